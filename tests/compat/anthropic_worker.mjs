// The official SDK's EnvironmentWorker serving one claimed work item, as a process that an
// orchestrator launches in the session's sandbox: everything comes from the environment
// (ANTHROPIC_BASE_URL, ANTHROPIC_WORK_ID, ANTHROPIC_SESSION_ID, ANTHROPIC_ENVIRONMENT_ID,
// ANTHROPIC_WORK_SECRET), and it holds no API key. BYOC_WORKDIR and BYOC_MAX_IDLE_MS are
// the test's knobs. Prints "worker: done" when handleItem() returned.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('./fsglob.cjs'); // Node < 22 lacks the fs.glob the SDK's glob tool calls
const { default: Anthropic } = require('@anthropic-ai/sdk');

const client = new Anthropic({ baseURL: process.env.ANTHROPIC_BASE_URL, apiKey: null, authToken: null });
const worker = client.beta.environments.work.worker({
  workdir: process.env.BYOC_WORKDIR || process.cwd(),
  maxIdleMs: Number(process.env.BYOC_MAX_IDLE_MS || 1000),
});
console.log(`worker: pid ${process.pid} serving ${process.env.ANTHROPIC_WORK_ID}`);
await worker.handleItem();
console.log('worker: done');
