// The official @anthropic-ai/sdk (pinned in package.json) against byoc-local's /v1 side: its
// sessions client, its WorkPoller and its EnvironmentWorker, unchanged. Every response is
// checked against the type the SDK declares for it (sdktypes.mjs reads the SDK's .d.ts).
// byoc-local runs with --work-ttl 12 --tool-timeout 30 (anthropic_local.sh).
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, test, run } from './harness.mjs';
import { checkShape } from './sdktypes.mjs';

const require = createRequire(import.meta.url);
require('../../dockerfiles/runner/fsglob.cjs'); // Node < 22 lacks the fs.glob the SDK's glob tool calls
const sdk = require('@anthropic-ai/sdk');
const Anthropic = sdk.default;
const { AuthenticationError, PermissionDeniedError, BadRequestError, NotFoundError, ConflictError } = sdk;
const { BetaHeartbeatPreconditionFailedError } = require('@anthropic-ai/sdk/resources/beta/environments/work');

const baseURL = process.env.ANTHROPIC_BASE_URL;
const apiKey = process.env.ANTHROPIC_API_KEY;
const client = new Anthropic({ baseURL, apiKey, maxRetries: 0 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-anthropic-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const here = path.dirname(new URL(import.meta.url).pathname);
let agent;

// A self-hosted environment and a key for it (POST /v1/environments/{id}/keys stands in for
// the Console's "Generate environment key").
async function mkEnv(name, type = 'self_hosted') {
  const env = checkShape(await client.beta.environments.create({ name, config: { type } }), 'BetaEnvironment');
  if (type !== 'self_hosted') return { env };
  const r = await fetch(`${baseURL}/v1/environments/${env.id}/keys`, {
    method: 'POST',
    headers: { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01', 'anthropic-beta': 'managed-agents-2026-04-01' },
  });
  assert.equal(r.status, 200);
  const { key } = await r.json();
  assert.match(key, /^sk-ant-oat01-/);
  return { env, key, envClient: new Anthropic({ baseURL, apiKey: null, authToken: key, maxRetries: 0 }) };
}

const script = (calls) => JSON.stringify({ script: calls });
const say = (sid, text) =>
  client.beta.sessions.events.send(sid, { events: [{ type: 'user.message', content: [{ type: 'text', text }] }] });

async function claim(envId, key) {
  const poller = client.beta.environments.work.poller({ environmentId: envId, environmentKey: key, autoStop: false });
  for await (const w of poller) return checkShape(w, 'BetaSelfHostedWork');
  throw new Error('the poller ended without an item');
}

function decodeSecret(secret) {
  return JSON.parse(Buffer.from(secret.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString());
}

async function waitFor(what, fn, ms = 40000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function allEvents(sid) {
  const out = [];
  for await (const ev of client.beta.sessions.events.list(sid, { limit: 50 })) out.push(ev);
  return out;
}

const sixCalls = (dir) => [
  { name: 'bash', input: { command: 'echo from-bash > bash.txt && pwd' } },
  { name: 'write', input: { file_path: `${dir}/w.txt`, content: 'alpha beta\n' } },
  { name: 'read', input: { file_path: `${dir}/w.txt` } },
  { name: 'edit', input: { file_path: `${dir}/w.txt`, old_string: 'beta', new_string: 'gamma' } },
  { name: 'glob', input: { pattern: '*.txt' } },
  { name: 'grep', input: { pattern: 'gamma' } },
];

test('agents: create, retrieve and list records (no model runs)', async () => {
  agent = checkShape(await client.beta.agents.create({ name: 'compat', model: 'claude-sonnet-4-5' }), 'BetaManagedAgentsAgent');
  assert.match(agent.id, /^agent_/);
  assert.equal((await client.beta.agents.retrieve(agent.id)).name, 'compat');
  const ids = [];
  for await (const a of client.beta.agents.list()) ids.push(checkShape(a, 'BetaManagedAgentsAgent').id);
  assert.ok(ids.includes(agent.id));
});

test('environments: self_hosted and cloud; retrieve, list, archive', async () => {
  const { env } = await mkEnv('compat-sh');
  assert.equal(env.config.type, 'self_hosted');
  const { env: cloud } = await mkEnv('compat-cloud', 'cloud');
  checkShape(cloud.config, 'BetaCloudConfig');
  assert.equal((await client.beta.environments.retrieve(env.id)).id, env.id);
  const ids = [];
  for await (const e of client.beta.environments.list()) ids.push(e.id);
  assert.ok(ids.includes(env.id) && ids.includes(cloud.id));
  const archived = await client.beta.environments.archive(cloud.id);
  assert.ok(archived.archived_at);
});

test('auth split: API key for sessions, environment key for the queue, each key its own environment', async () => {
  const a = await mkEnv('auth-a');
  const b = await mkEnv('auth-b');
  await assert.rejects(() => a.envClient.beta.sessions.create({ agent: agent.id, environment_id: a.env.id }),
    (e) => e instanceof AuthenticationError && e.status === 401);
  await assert.rejects(() => client.beta.environments.work.poll(a.env.id), (e) => e instanceof AuthenticationError);
  await assert.rejects(() => a.envClient.beta.environments.work.poll(b.env.id), (e) => e instanceof PermissionDeniedError);
  const wrong = new Anthropic({ baseURL, apiKey: 'sk-ant-api-wrong', maxRetries: 0 });
  await assert.rejects(() => wrong.beta.agents.list(), (e) => e instanceof AuthenticationError && e.error?.error?.type === 'authentication_error');
  const r = await fetch(`${baseURL}/v1/agents`, { headers: { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01' } });
  assert.equal(r.status, 400, 'the managed-agents beta header is required');
  assert.equal((await r.json()).error.type, 'invalid_request_error');
  assert.match(r.headers.get('request-id') || '', /^req_/);
});

test('sessions: create, retrieve, list, metadata patch (upsert, null deletes, limits), archive', async () => {
  const { env } = await mkEnv('sessions');
  const s = checkShape(await client.beta.sessions.create({
    agent: agent.id, environment_id: env.id, title: 't', metadata: { 'daytona.sandbox_id': 'sbx-1', team: 'infra' },
  }), 'BetaManagedAgentsSession');
  assert.equal(s.status, 'idle');
  assert.equal(s.agent.id, agent.id);
  checkShape(s.agent, 'BetaManagedAgentsSessionAgent');
  const u = await client.beta.sessions.update(s.id, { metadata: { team: null, owner: 'me' } });
  assert.deepEqual(u.metadata, { 'daytona.sandbox_id': 'sbx-1', owner: 'me' });
  assert.deepEqual((await client.beta.sessions.update(s.id, { title: 'x' })).metadata, u.metadata, 'omitting metadata keeps it');
  const many = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, 'v']));
  await assert.rejects(() => client.beta.sessions.update(s.id, { metadata: many }), (e) => e instanceof BadRequestError);
  await assert.rejects(() => client.beta.sessions.update(s.id, { metadata: { ['k'.repeat(65)]: 'v' } }), BadRequestError);
  await assert.rejects(() => client.beta.sessions.update(s.id, { metadata: { k: 'v'.repeat(513) } }), BadRequestError);
  await assert.rejects(() => client.beta.sessions.create({ agent: agent.id, environment_id: env.id,
    resources: [{ type: 'file', file_id: 'file_1' }] }), BadRequestError);
  await assert.rejects(() => client.beta.sessions.create({ agent: 'agent_nope', environment_id: env.id }), NotFoundError);
  await assert.rejects(() => client.beta.sessions.retrieve('sesn_nope'), NotFoundError);
  const listed = async (q) => { const out = []; for await (const x of client.beta.sessions.list(q)) out.push(checkShape(x, 'BetaManagedAgentsSession').id); return out; };
  assert.ok((await listed()).includes(s.id));
  assert.ok((await listed({ agent_id: agent.id, statuses: ['idle'] })).includes(s.id));
  assert.ok(!(await listed({ statuses: ['running'] })).includes(s.id), 'statuses[] filters');
  assert.deepEqual(await listed({ agent_id: 'agent_other' }), [], 'agent_id filters');
  const a = await client.beta.sessions.archive(s.id);
  assert.ok(a.archived_at);
  assert.equal(a.status, 'terminated');
});

test('a scripted session: the WorkPoller claims it, EnvironmentWorker.handleItem runs the six tools, the stream shows it', async () => {
  const { env, key } = await mkEnv('six');
  const dir = fs.mkdtempSync(path.join(tmp, 'six-'));
  const s = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
  const stream = await client.beta.sessions.events.stream(s.id);
  const seen = [];
  const reading = (async () => {
    for await (const ev of stream) {
      seen.push(ev);
      if (ev.type === 'session.status_idle' && ev.stop_reason.type === 'end_turn') break;
    }
  })();
  const sent = await say(s.id, script(sixCalls(dir)));
  checkShape(sent, 'BetaManagedAgentsSendSessionEvents');
  assert.equal((await client.beta.sessions.retrieve(s.id)).status, 'running');
  const stats = checkShape(await client.beta.environments.work.stats(env.id), 'BetaSelfHostedWorkQueueStats');
  assert.equal(stats.depth, 1);
  const item = await claim(env.id, key);
  assert.equal(item.data.id, s.id);
  const acked = await client.beta.environments.work.retrieve(item.id, { environment_id: env.id });
  assert.equal(acked.state, 'starting', 'the poller acked it');
  const secret = decodeSecret(item.secret);
  assert.match(secret.sessions_token, /^sk-ant-req-/);

  const worker = new Anthropic({ baseURL, apiKey: null, authToken: null }).beta.environments.work.worker({ workdir: dir, maxIdleMs: 300 });
  await worker.handleItem({ workId: item.id, environmentId: env.id, sessionId: s.id, workSecret: item.secret });
  await reading;

  assert.equal(fs.readFileSync(path.join(dir, 'w.txt'), 'utf8'), 'alpha gamma\n');
  assert.equal(fs.readFileSync(path.join(dir, 'bash.txt'), 'utf8'), 'from-bash\n');
  const events = await allEvents(s.id);
  const uses = events.filter((e) => e.type === 'agent.tool_use');
  const results = events.filter((e) => e.type === 'user.tool_result');
  assert.deepEqual(uses.map((e) => e.name), ['bash', 'write', 'read', 'edit', 'glob', 'grep']);
  uses.forEach((e) => checkShape(e, 'BetaManagedAgentsAgentToolUseEvent'));
  assert.equal(results.length, 6);
  assert.ok(results.every((r) => r.is_error === false), JSON.stringify(results.filter((r) => r.is_error)));
  const text = (e) => e.content.map((b) => b.text).join('');
  assert.match(text(results[2]), /alpha beta/, 'read returned the written file');
  assert.match(text(results[4]), /w\.txt/, 'glob found the file');
  assert.match(text(results[5]), /gamma/, 'grep found the edit');
  checkShape(events.at(-1), 'BetaManagedAgentsSessionStatusIdleEvent');
  assert.equal((await client.beta.sessions.retrieve(s.id)).status, 'idle');
  const w = checkShape(await client.beta.environments.work.retrieve(item.id, { environment_id: env.id }), 'BetaSelfHostedWork');
  assert.equal(w.state, 'stopped', 'the worker force-stopped its item');
  assert.equal(w.secret, null, 'the secret is only on the poll');
  assert.ok(seen.some((e) => e.type === 'agent.tool_use') && seen.some((e) => e.type === 'user.tool_result'),
    'the SSE stream delivered the calls and results');
});

test('heartbeats: NO_HEARTBEAT then the value returned; a stale one is a 412; stop, stopping, 409', async () => {
  const { env, key, envClient } = await mkEnv('hb');
  const s = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
  await say(s.id, script([{ name: 'bash', input: { command: 'true' } }]));
  const item = await claim(env.id, key);
  const work = envClient.beta.environments.work;
  const hb = checkShape(await work.heartbeat(item.id, { environment_id: env.id, expected_last_heartbeat: 'NO_HEARTBEAT' }),
    'BetaSelfHostedWorkHeartbeatResponse');
  assert.equal(hb.lease_extended, true);
  assert.equal(hb.state, 'active');
  await assert.rejects(() => work.heartbeat(item.id, { environment_id: env.id, expected_last_heartbeat: 'NO_HEARTBEAT' }),
    (e) => e instanceof BetaHeartbeatPreconditionFailedError && e.status === 412 &&
      e.errorCode === 'heartbeat_precondition_failed' && !!checkShape(e.details.current_state, 'BetaWorkLeaseState'));
  const hb2 = await work.heartbeat(item.id, { environment_id: env.id, expected_last_heartbeat: hb.last_heartbeat, desired_ttl_seconds: 30 });
  assert.equal(hb2.ttl_seconds, 30);
  assert.notEqual(hb2.last_heartbeat, hb.last_heartbeat);
  await work.stop(item.id, { environment_id: env.id, force: false });
  const hb3 = await work.heartbeat(item.id, { environment_id: env.id, expected_last_heartbeat: 'whatever' });
  assert.equal(hb3.lease_extended, false, 'a stopping item tells its worker to shut down');
  assert.equal(hb3.state, 'stopping');
  await work.stop(item.id, { environment_id: env.id, force: true });
  await assert.rejects(() => work.stop(item.id, { environment_id: env.id, force: true }), ConflictError);
  const wu = await client.beta.environments.work.update(item.id, { environment_id: env.id, metadata: { a: '1' } });
  assert.deepEqual(wu.metadata, { a: '1' });
  const listed = [];
  for await (const w of work.list(env.id)) listed.push(checkShape(w, 'BetaSelfHostedWork').id);
  assert.ok(listed.includes(item.id));
  await client.beta.sessions.events.send(s.id, { events: [{ type: 'user.interrupt' }] });
});

test('poll: block_ms 1..999, no work is null, an unacked item is reclaimed after reclaim_older_than_ms', async () => {
  const { env, key, envClient } = await mkEnv('poll');
  const work = envClient.beta.environments.work;
  await assert.rejects(() => work.poll(env.id, { block_ms: 0 }), BadRequestError);
  await assert.rejects(() => work.poll(env.id, { block_ms: 1000 }), BadRequestError);
  const t0 = Date.now();
  assert.equal(await work.poll(env.id, { block_ms: 300, 'Anthropic-Worker-ID': 'w1' }), null);
  assert.ok(Date.now() - t0 >= 250, 'block_ms waited');
  const s = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
  await say(s.id, 'anything: the default script');
  const first = await work.poll(env.id, { 'Anthropic-Worker-ID': 'w1' });
  assert.equal(first.data.id, s.id);
  assert.equal(await work.poll(env.id, { 'Anthropic-Worker-ID': 'w2' }), null, 'a polled item is not handed out twice');
  const again = await work.poll(env.id, { 'Anthropic-Worker-ID': 'w2', reclaim_older_than_ms: 0 });
  assert.equal(again.id, first.id, 'reclaimed');
  assert.notEqual(decodeSecret(again.secret).sessions_token, decodeSecret(first.secret).sessions_token);
  const stats = await work.stats(env.id);
  assert.equal(stats.workers_polling, 2);
  assert.equal(stats.pending, 1);
  await client.beta.sessions.archive(s.id);
});

test('a lost lease: the item goes back to the queue, the session reschedules, the old token is refused, a new worker finishes', async () => {
  const { env, key, envClient } = await mkEnv('lease');
  const dir = fs.mkdtempSync(path.join(tmp, 'lease-'));
  const s = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
  await say(s.id, script([{ name: 'write', input: { file_path: `${dir}/x.txt`, content: 'x' } }]));
  const item = await claim(env.id, key);
  const token = decodeSecret(item.secret).sessions_token;
  const tokClient = new Anthropic({ baseURL, apiKey: null, authToken: token, maxRetries: 0 });
  await tokClient.beta.environments.work.heartbeat(item.id, { environment_id: env.id, expected_last_heartbeat: 'NO_HEARTBEAT', desired_ttl_seconds: 1 });
  await assert.rejects(() => tokClient.beta.sessions.retrieve('sesn_other'), (e) => e instanceof NotFoundError || e instanceof PermissionDeniedError);
  await waitFor('the lease to expire', async () =>
    (await client.beta.environments.work.retrieve(item.id, { environment_id: env.id })).state === 'queued');
  assert.equal((await client.beta.sessions.retrieve(s.id)).status, 'rescheduling');
  assert.ok((await allEvents(s.id)).some((e) => e.type === 'session.status_rescheduled'));
  await assert.rejects(() => tokClient.beta.environments.work.heartbeat(item.id, { environment_id: env.id }), AuthenticationError);
  const again = await claim(env.id, key);
  assert.equal(again.id, item.id, 'the same item, requeued');
  await new Anthropic({ baseURL, apiKey: null, authToken: null }).beta.environments.work
    .worker({ workdir: dir, maxIdleMs: 300 })
    .handleItem({ workId: again.id, environmentId: env.id, sessionId: s.id, workSecret: again.secret });
  assert.equal(fs.readFileSync(path.join(dir, 'x.txt'), 'utf8'), 'x');
  assert.equal((await client.beta.sessions.retrieve(s.id)).status, 'idle');
  void envClient;
});

test('a worker killed mid-tool: the lease expires, the session reschedules, the next worker runs the call and the rest', async () => {
  const { env, key } = await mkEnv('killed');
  const dir = fs.mkdtempSync(path.join(tmp, 'killed-'));
  const s = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
  // The first worker's bash marks its start and hangs; the next worker's run finds the mark and goes on.
  await say(s.id, script([
    { name: 'bash', input: { command: `if [ -e ${dir}/started ]; then echo second; else touch ${dir}/started; sleep 60; fi` } },
    { name: 'write', input: { file_path: `${dir}/after.txt`, content: 'after' } },
  ]));
  const spawnWorker = (item) => spawn(process.execPath, [path.join(here, '../../dockerfiles/runner/runner.mjs')], {
    env: { ...process.env, NODE_PATH: path.join(here, 'node_modules'), ANTHROPIC_API_KEY: '', ANTHROPIC_WORK_ID: item.id, ANTHROPIC_SESSION_ID: s.id,
      ANTHROPIC_ENVIRONMENT_ID: env.id, ANTHROPIC_WORK_SECRET: item.secret, ANTHROPIC_WORKDIR: dir, RUNNER_MAX_IDLE_SECONDS: '0.3' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const item = await claim(env.id, key);
  const first = spawnWorker(item);
  let out1 = '';
  first.stdout.on('data', (d) => (out1 += d));
  first.stderr.on('data', (d) => (out1 += d));
  await waitFor('the first worker to start the call', () => fs.existsSync(path.join(dir, 'started')))
    .catch((e) => { throw new Error(`${e.message}; its output: ${out1}`); });
  first.kill('SIGKILL');
  await waitFor('the session to reschedule', async () => (await client.beta.sessions.retrieve(s.id)).status === 'rescheduling');
  const again = await claim(env.id, key);
  const second = spawnWorker(again);
  let out = '';
  second.stdout.on('data', (d) => (out += d));
  second.stderr.on('data', (d) => (out += d));
  const code = await new Promise((r) => second.on('exit', r));
  assert.equal(code, 0, out);
  assert.match(out, /runner: done/);
  assert.equal(fs.readFileSync(path.join(dir, 'after.txt'), 'utf8'), 'after');
  const results = (await allEvents(s.id)).filter((e) => e.type === 'user.tool_result');
  assert.equal(results.length, 2);
  assert.match(results[0].content[0].text, /second/);
});

test('a cloud environment has no work queue; its session answers without tools', async () => {
  const { env } = await mkEnv('cloudy', 'cloud');
  const s = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
  await say(s.id, 'hello');
  const events = await allEvents(s.id);
  assert.ok(events.some((e) => e.type === 'agent.message'));
  assert.equal((await client.beta.sessions.retrieve(s.id)).status, 'idle');
  await assert.rejects(() => client.beta.environments.work.stats(env.id), BadRequestError);
});

run(() => fs.rmSync(tmp, { recursive: true, force: true }));
