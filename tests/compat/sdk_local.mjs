// The official @daytonaio/sdk (pinned in package.json) driving byoc-local exactly as it
// drives Daytona: if byoc-local drifts from the real API, these calls throw.
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, test, run } from './harness.mjs';

const require = createRequire(import.meta.url);
const sdk = require('@daytonaio/sdk');
const { Daytona, Image, DaytonaNotFoundError, DaytonaConflictError, DaytonaAuthenticationError } = sdk;

const apiUrl = process.env.DAYTONA_API_URL;
const apiKey = process.env.DAYTONA_API_KEY;
const daytona = new Daytona({ apiUrl, apiKey });
const tag = crypto.randomBytes(3).toString('hex');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-compat-'));
const snapName = `compat-${tag}`;
let sandbox;

const sha256 = (p) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

test('a wrong API key is refused with DaytonaAuthenticationError', async () => {
  const bad = new Daytona({ apiUrl, apiKey: 'wrong-key' });
  await assert.rejects(() => bad.snapshot.get('anything'), (e) => e instanceof DaytonaAuthenticationError);
});

test('snapshot from a Dockerfile with COPY of a file and a folder: contexts uploaded, logs streamed, active', async () => {
  fs.writeFileSync(path.join(work, 'app.py'), 'print("hello from app.py")\n');
  fs.mkdirSync(path.join(work, 'conf', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(work, 'conf', 'a.ini'), '[a]\nx=1\n');
  fs.writeFileSync(path.join(work, 'conf', 'sub', 'b.txt'), 'bee\n');
  fs.writeFileSync(path.join(work, 'Dockerfile'), [
    'FROM python:3.12-slim',
    'ENV GREETING=hello-compat',
    'WORKDIR /app',
    'COPY app.py /app/app.py',
    'COPY conf /app/conf',
    'RUN pip install --no-cache-dir requests',
    '',
  ].join('\n'));
  const logs = [];
  const snap = await daytona.snapshot.create(
    { name: snapName, image: Image.fromDockerfile(path.join(work, 'Dockerfile')) },
    { onLogs: (l) => logs.push(l) },
  );
  assert.equal(snap.state, 'active');
  assert.equal(snap.name, snapName);
  const text = logs.join('\n');
  assert.match(text, /COPY app\.py/, `build log should show the COPY step, got:\n${text}`);
  assert.match(text, /RUN pip install/, 'build log should mention the RUN line');
  const got = await daytona.snapshot.get(snapName);
  assert.equal(got.id, snap.id);
});

test('snapshot names are unique: a second create answers 409', async () => {
  await assert.rejects(
    () => daytona.snapshot.create({ name: snapName, image: 'python:3.12-slim' }),
    (e) => e instanceof DaytonaConflictError || /already exists/.test(e.message),
  );
});

test('snapshot.list finds it', async () => {
  const page = await daytona.snapshot.list(1, 100);
  assert.ok(page.items.some((s) => s.name === snapName), 'listed');
  assert.ok(page.total >= 1);
});

test('sandbox with labels from the snapshot starts, with the COPY files and ENV in place', async () => {
  sandbox = await daytona.create({
    name: `sb-${tag}`, snapshot: snapName,
    labels: { 'byoc.environment_id': `env-${tag}`, 'byoc.mode': 'prepared' },
    envVars: { FROM_SANDBOX: 'yes' },
  }, { timeout: 60 });
  assert.equal(sandbox.state, 'started');
  assert.equal(sandbox.labels['byoc.mode'], 'prepared');
  const r = await sandbox.process.executeCommand('cat /app/app.py /app/conf/a.ini /app/conf/sub/b.txt; echo "$GREETING $FROM_SANDBOX"');
  assert.equal(r.exitCode, 0, r.result);
  assert.match(r.result, /hello from app\.py/);
  assert.match(r.result, /x=1/);
  assert.match(r.result, /bee/);
  assert.match(r.result, /hello-compat yes/);
});

test('sandbox names are unique: a second create answers 409', async () => {
  await assert.rejects(
    () => daytona.create({ name: `sb-${tag}`, snapshot: snapName }, { timeout: 30 }),
    (e) => e instanceof DaytonaConflictError || /already exists/.test(e.message),
  );
});

test('list by labels returns exactly the matching sandboxes', async () => {
  const other = await daytona.create({ snapshot: snapName, labels: { 'byoc.environment_id': `other-${tag}` } });
  const found = [];
  for await (const s of daytona.list({ labels: { 'byoc.environment_id': `env-${tag}` } })) found.push(s.id);
  assert.deepEqual(found, [sandbox.id]);
  await other.delete();
});

test('setLabels replaces the whole set', async () => {
  await sandbox.setLabels({ 'byoc.environment_id': `env-${tag}`, team: 'infra' });
  const again = await daytona.get(sandbox.id);
  assert.equal(again.labels.team, 'infra');
  assert.equal(again.labels['byoc.mode'], undefined, 'PUT labels is a full replace');
});

test('upload and download of a 50 MiB file keep every byte', async () => {
  const src = path.join(work, 'big.bin');
  const fd = fs.openSync(src, 'w');
  for (let i = 0; i < 50; i++) fs.writeSync(fd, crypto.randomBytes(1 << 20));
  fs.closeSync(fd);
  await sandbox.fs.uploadFile(src, '/home/daytona/big.bin');
  const info = await sandbox.fs.getFileDetails('/home/daytona/big.bin');
  assert.equal(Number(info.size), 50 << 20);
  const dst = path.join(work, 'back.bin');
  await sandbox.fs.downloadFile('/home/daytona/big.bin', dst);
  assert.equal(sha256(dst), sha256(src));
  const r = await sandbox.process.executeCommand('sha256sum /home/daytona/big.bin');
  assert.equal(r.result.split(/\s+/)[0], sha256(src), 'the bytes inside the sandbox are the uploaded ones');
});

test('exec reports exit codes, honours cwd and envs, runs as daytona', async () => {
  let r = await sandbox.process.executeCommand('exit 3');
  assert.equal(r.exitCode, 3);
  r = await sandbox.process.executeCommand('pwd', '/tmp');
  assert.equal(r.result.trim(), '/tmp');
  r = await sandbox.process.executeCommand('echo "$A-$B"', undefined, { A: 'one', B: 'two' });
  assert.equal(r.result.trim(), 'one-two');
  r = await sandbox.process.executeCommand('id -un; id -u; echo $HOME');
  assert.deepEqual(r.result.trim().split('\n'), ['daytona', '1000', '/home/daytona']);
});

test('folders, permissions and file info', async () => {
  await sandbox.fs.createFolder('/mnt/session/work/deep', '755');
  await sandbox.fs.uploadFile(Buffer.from('secret\n'), '/mnt/session/work/deep/k.txt');
  await sandbox.fs.setFilePermissions('/mnt/session/work/deep/k.txt', { mode: '600' });
  const info = await sandbox.fs.getFileDetails('/mnt/session/work/deep/k.txt');
  assert.equal(info.permissions, '0600');
  assert.equal(info.isDir, false);
});

test('stop then start keeps files; a stopped sandbox runs nothing', async () => {
  await sandbox.process.executeCommand('echo kept > /home/daytona/kept.txt');
  await sandbox.stop();
  assert.equal(sandbox.state, 'stopped');
  await assert.rejects(() => sandbox.process.executeCommand('true'));
  await sandbox.start();
  assert.equal(sandbox.state, 'started');
  const r = await sandbox.process.executeCommand('cat /home/daytona/kept.txt');
  assert.equal(r.result.trim(), 'kept');
});

test('delete, then get answers DaytonaNotFoundError and the name is free again', async () => {
  await sandbox.delete(60, true);
  await assert.rejects(() => daytona.get(sandbox.id), (e) => e instanceof DaytonaNotFoundError);
  const again = await daytona.create({ name: `sb-${tag}`, snapshot: snapName });
  await again.delete(60, true);
});

test('snapshot delete, then get answers DaytonaNotFoundError', async () => {
  await daytona.snapshot.delete(await daytona.snapshot.get(snapName));
  const deadline = Date.now() + 30000;
  for (;;) {
    try { await daytona.snapshot.get(snapName); } catch (e) {
      assert.ok(e instanceof DaytonaNotFoundError, String(e)); break;
    }
    assert.ok(Date.now() < deadline, 'snapshot still there after 30 s');
    await new Promise((r) => setTimeout(r, 500));
  }
});

await run(() => fs.rmSync(work, { recursive: true, force: true }));
