// The anchor of bench/orchestrator.sh: one work item taken to a running runner with the
// official SDKs, step by step, as the reference orchestrator does it (minus its per-item pip
// install: the runner is in the snapshot, as for byoc-orchestrator). Claim (WorkPoller: poll
// and ack), read the session, then either get the prepared sandbox, bind it (labels) and start
// it, or create byoc-<session> from the snapshot; preflight; launch the runner in its own
// session with the work's variables. Handles BENCH_ITEMS items one after the other (a daemon,
// as the orchestrator is: node's start is not counted), printing each work id. Environment: the ANTHROPIC_* and
// DAYTONA_* of the bench, ENVIRONMENT_ID, ANTHROPIC_ENVIRONMENT_KEY, DEFAULT_SNAPSHOT_NAME,
// RUNNER_BASE_URL. NODE_PATH names the SDKs' node_modules.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Daytona } = require('@daytonaio/sdk');
const Anthropic = require('@anthropic-ai/sdk').default;

const env = process.env;
const client = new Anthropic({ baseURL: env.ANTHROPIC_BASE_URL, apiKey: env.ANTHROPIC_API_KEY });
const daytona = new Daytona({ apiUrl: env.DAYTONA_API_URL, apiKey: env.DAYTONA_API_KEY });

const poller = client.beta.environments.work.poller({
  environmentId: env.ENVIRONMENT_ID, environmentKey: env.ANTHROPIC_ENVIRONMENT_KEY, autoStop: false,
});
let left = Number(env.BENCH_ITEMS || 1);
for await (const work of poller) {
  const sid = work.data.id;
  const session = await client.beta.sessions.retrieve(sid);
  const md = session.metadata || {};
  let sandbox;
  if (md['daytona.sandbox_id']) {
    sandbox = await daytona.get(md['daytona.sandbox_id']);
    await sandbox.setLabels({ ...sandbox.labels, 'byoc.session_id': sid, 'byoc.mode': 'in-sandbox' });
    if (sandbox.state !== 'started') await sandbox.start(300);
  } else {
    sandbox = await daytona.create({
      name: `byoc-${sid}`, snapshot: md['daytona.snapshot_name'] || env.DEFAULT_SNAPSHOT_NAME,
      labels: { 'byoc.environment_id': env.ENVIRONMENT_ID, 'byoc.session_id': sid, 'byoc.mode': 'in-sandbox' },
    }, { timeout: 300 });
  }
  const pre = await sandbox.process.executeCommand(
    'command -v setsid && command -v node && test -r /opt/byoc-runner/runner.mjs && mkdir -p /workspace');
  if (pre.exitCode !== 0) throw new Error(`preflight: ${pre.result}`);
  const vars = {
    ANTHROPIC_BASE_URL: env.RUNNER_BASE_URL, ANTHROPIC_WORK_ID: work.id, ANTHROPIC_SESSION_ID: sid,
    ANTHROPIC_ENVIRONMENT_ID: env.ENVIRONMENT_ID, ANTHROPIC_WORK_SECRET: work.secret,
  };
  const launch = await sandbox.process.executeCommand(
    `setsid sh -c 'cd /workspace && exec node /opt/byoc-runner/runner.mjs' >/tmp/runner.log 2>&1 </dev/null & echo $!`,
    '/workspace', vars, 30);
  if (launch.exitCode !== 0) throw new Error(`launch: ${launch.result}`);
  console.log(work.id);
  if (--left <= 0) break;
}
