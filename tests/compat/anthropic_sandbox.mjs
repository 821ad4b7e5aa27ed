// The official Anthropic SDK's EnvironmentWorker inside a byoc-local sandbox, as an
// orchestrator runs it: the host claims the work with the SDK's WorkPoller, uploads the SDK
// into the sandbox with the official Daytona SDK, and starts `node` from the sandbox's /usr with
// the work's ANTHROPIC_* variables. The worker runs a scripted session's six tool kinds against
// the sandbox's filesystem and shell, heartbeats and stops its item; a second session's worker
// is killed mid-tool inside the sandbox and the next one finishes it.
// byoc-local runs with --work-ttl 20 (anthropic_sandbox.sh): a lease outlives a slow node start.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, test, run } from './harness.mjs';
import { checkShape } from './sdktypes.mjs';

const require = createRequire(import.meta.url);
const { Daytona } = require('@daytonaio/sdk');
const Anthropic = require('@anthropic-ai/sdk').default;

const here = path.dirname(new URL(import.meta.url).pathname);
const baseURL = process.env.ANTHROPIC_BASE_URL;
const sandboxURL = process.env.SANDBOX_ANTHROPIC_BASE_URL || baseURL;  // what the worker in the sandbox calls
const apiKey = process.env.ANTHROPIC_API_KEY;
const client = new Anthropic({ baseURL, apiKey, maxRetries: 0 });
const daytona = new Daytona({ apiUrl: process.env.DAYTONA_API_URL, apiKey: process.env.DAYTONA_API_KEY });
const tag = crypto.randomBytes(3).toString('hex');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-anthropic-sbx-'));
const W = '/home/daytona/worker';   // the SDK and the worker script
const WS = '/home/daytona/ws';      // the worker's workdir
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let sandbox, agent, env, key;

async function waitFor(what, fn, ms = 60000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function claim() {
  const poller = client.beta.environments.work.poller({ environmentId: env.id, environmentKey: key, autoStop: false });
  for await (const w of poller) return checkShape(w, 'BetaSelfHostedWork');
  throw new Error('no work');
}

// What an orchestrator hands the worker: the item's ids and secret, never the API key.
const workerEnv = (item, sid) => ({
  ANTHROPIC_BASE_URL: sandboxURL, ANTHROPIC_WORK_ID: item.id, ANTHROPIC_SESSION_ID: sid,
  ANTHROPIC_ENVIRONMENT_ID: env.id, ANTHROPIC_WORK_SECRET: item.secret, ANTHROPIC_WORKDIR: WS, RUNNER_MAX_IDLE_SECONDS: '0.5',
});

async function events(sid) {
  const out = [];
  for await (const ev of client.beta.sessions.events.list(sid, { limit: 100 })) out.push(ev);
  return out;
}

async function newSession(calls) {
  const s = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id,
    metadata: { 'daytona.sandbox_id': sandbox.id } });
  await client.beta.sessions.events.send(s.id, { events: [{ type: 'user.message',
    content: [{ type: 'text', text: JSON.stringify({ script: calls }) }] }] });
  return s;
}

test('a sandbox with the official SDK uploaded into it, and node from its /usr', async () => {
  await daytona.snapshot.create({ name: `anthropic-${tag}`, image: 'python:3.12-slim' });
  sandbox = await daytona.create({ name: `worker-${tag}`, snapshot: `anthropic-${tag}` }, { timeout: 60 });
  const mods = path.join(here, 'node_modules');
  // The SDK and what it requires at run time.
  const parts = ['@anthropic-ai/sdk', '@opentelemetry/api', 'standardwebhooks', '@stablelib', 'fast-sha256',
    'json-schema-to-ts', 'ts-algebra', '@babel/runtime'].filter((p) => fs.existsSync(path.join(mods, p)));
  const tgz = path.join(tmp, 'sdk.tgz');
  execFileSync('tar', ['-czf', tgz, '-C', here, ...parts.map((p) => `node_modules/${p}`),
    '-C', path.join(here, '../../dockerfiles/runner'), 'runner.mjs', 'fsglob.cjs']);
  await sandbox.process.executeCommand(`mkdir -p ${W} ${WS}`);
  await sandbox.fs.uploadFile(tgz, `${W}/sdk.tgz`);
  const r = await sandbox.process.executeCommand(`tar -xzf sdk.tgz && rm sdk.tgz && command -v node && node --version`, W);
  assert.equal(r.exitCode, 0, r.result);
  assert.match(r.result, /^\/usr\/bin\/node/m, 'node comes from the sandbox\'s /usr');
  assert.ok(!fs.existsSync(WS), 'the workdir is the sandbox\'s, not this machine\'s');
});

test('the Anthropic side: an agent, a self-hosted environment and its key', async () => {
  agent = await client.beta.agents.create({ name: `sbx-${tag}`, model: 'claude-sonnet-4-5' });
  env = await client.beta.environments.create({ name: `sbx-${tag}`, config: { type: 'self_hosted' } });
  const r = await fetch(`${baseURL}/v1/environments/${env.id}/keys`, { method: 'POST',
    headers: { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01', 'anthropic-beta': 'managed-agents-2026-04-01' } });
  key = (await r.json()).key;
  assert.match(key, /^sk-ant-oat01-/);
});

test('EnvironmentWorker.handleItem in the sandbox runs bash, write, read, edit, glob and grep there, heartbeats and stops its item', async () => {
  const s = await newSession([
    { name: 'bash', input: { command: 'echo "$(hostname) $(id -un)" > who.txt; cat /etc/os-release | head -1' } },
    { name: 'write', input: { file_path: `${WS}/notes.txt`, content: 'one two\n' } },
    { name: 'read', input: { file_path: `${WS}/notes.txt` } },
    { name: 'edit', input: { file_path: `${WS}/notes.txt`, old_string: 'two', new_string: 'three' } },
    { name: 'glob', input: { pattern: '*.txt' } },
    { name: 'grep', input: { pattern: 'three' } },
  ]);
  const item = await claim();
  const r = await sandbox.process.executeCommand('node runner.mjs 2>&1', W, workerEnv(item, s.id), 120);
  assert.equal(r.exitCode, 0, r.result);
  assert.match(r.result, /runner: done/);
  const files = await sandbox.process.executeCommand(`cat ${WS}/notes.txt ${WS}/who.txt`);
  assert.match(files.result, /^one three$/m, 'write and edit changed the sandbox\'s file');
  assert.match(files.result, /daytona/, 'bash ran as the sandbox\'s user');
  const evs = await events(s.id);
  const results = evs.filter((e) => e.type === 'user.tool_result');
  assert.deepEqual(evs.filter((e) => e.type === 'agent.tool_use').map((e) => e.name),
    ['bash', 'write', 'read', 'edit', 'glob', 'grep']);
  assert.equal(results.length, 6);
  assert.ok(results.every((x) => !x.is_error), JSON.stringify(results.filter((x) => x.is_error)));
  const text = (i) => results[i].content.map((b) => b.text).join('');
  assert.match(text(0), /PRETTY_NAME/);
  assert.ok(!fs.existsSync(`${WS}/notes.txt`), 'the files are in the sandbox, not on this machine');
  assert.match(text(2), /one two/);
  assert.match(text(4), /notes\.txt/);
  assert.match(text(5), /three/);
  const w = await client.beta.environments.work.retrieve(item.id, { environment_id: env.id });
  assert.equal(w.state, 'stopped');
  assert.ok(w.latest_heartbeat_at, 'the worker heartbeated');
  assert.equal((await client.beta.sessions.retrieve(s.id)).status, 'idle');
});

test('a worker killed mid-tool in the sandbox: the lease expires, the session reschedules, the next worker finishes', async () => {
  const s = await newSession([
    { name: 'bash', input: { command: `if [ -e ${WS}/started ]; then echo resumed; else touch ${WS}/started; sleep 120; fi` } },
    { name: 'write', input: { file_path: `${WS}/after.txt`, content: 'after' } },
  ]);
  const item = await claim();
  assert.equal(item.data.id, s.id, `claimed ${JSON.stringify(item)}`);
  const bg = await sandbox.process.executeCommand('setsid nohup node runner.mjs > /tmp/w1.log 2>&1 < /dev/null & echo started',
    W, workerEnv(item, s.id), 30);
  assert.equal(bg.exitCode, 0, bg.result);
  await waitFor('the first worker to start its bash call', async () =>
    (await sandbox.process.executeCommand(`test -e ${WS}/started`)).exitCode === 0)
    .catch(async (e) => { throw new Error(`${e.message}: ${(await sandbox.process.executeCommand('cat /tmp/w1.log')).result}`); });
  const k = await sandbox.process.executeCommand('pkill -KILL -f runner.mjs; sleep 0.2; pgrep -f runner.mjs || echo gone');
  assert.match(k.result, /gone/);
  await waitFor('the session to reschedule', async () => (await client.beta.sessions.retrieve(s.id)).status === 'rescheduling');
  const again = await claim();
  assert.equal(again.id, item.id, 'the item came back to the queue');
  const r = await sandbox.process.executeCommand('node runner.mjs 2>&1', W, workerEnv(again, s.id), 120);
  assert.equal(r.exitCode, 0, r.result);
  assert.equal((await sandbox.process.executeCommand(`cat ${WS}/after.txt`)).result.trim(), 'after');
  const results = (await events(s.id)).filter((e) => e.type === 'user.tool_result');
  assert.equal(results.length, 2);
  assert.match(results[0].content[0].text, /resumed/);
  assert.ok((await events(s.id)).some((e) => e.type === 'session.status_rescheduled'));
});

run(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (sandbox) await sandbox.delete().catch(() => {});
});
