// byoc-orchestrator's runner: the official SDK's EnvironmentWorker serving the one work
// item the orchestrator claimed for this sandbox's session, then exiting (0 when the
// session went idle or ended). Everything comes from the environment the orchestrator
// launches it with (never argv):
//   ANTHROPIC_BASE_URL, ANTHROPIC_WORK_ID, ANTHROPIC_SESSION_ID, ANTHROPIC_ENVIRONMENT_ID,
//   ANTHROPIC_WORK_SECRET (the per-session token), ANTHROPIC_ENVIRONMENT_KEY (only when the
//   orchestrator runs with --pass-environment-key), ANTHROPIC_WORKDIR (default /workspace),
//   RUNNER_MAX_IDLE_SECONDS (default 300).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('./fsglob.cjs'); // Node < 22 lacks the fs.glob the SDK's glob tool calls
const { default: Anthropic } = require('@anthropic-ai/sdk');

const workdir = process.env.ANTHROPIC_WORKDIR || '/workspace';
const maxIdleMs = 1000 * Number(process.env.RUNNER_MAX_IDLE_SECONDS || 300);
const client = new Anthropic({ baseURL: process.env.ANTHROPIC_BASE_URL, apiKey: null, authToken: null });
const abort = new AbortController();
const worker = client.beta.environments.work.worker({ workdir, maxIdleMs, signal: abort.signal });

let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    if (stopping) process.exit(143);
    stopping = true;
    console.error(`runner: ${sig}, ending the item`);
    abort.abort();
    setTimeout(() => process.exit(143), 5000).unref();
  });
}

console.error(`runner: pid ${process.pid} serving ${process.env.ANTHROPIC_WORK_ID} in ${workdir}`);
try {
  await worker.handleItem();
  console.error('runner: done');
} catch (err) {
  console.error(`runner: ${err?.message || err}`);
  process.exitCode = 1;
}
