// A tiny TAP-ish harness: each test prints "ok - name" or "not ok - name" (with the error),
// which tests/run.sh counts. Tests run in order and share state through closures.
import assert from 'node:assert/strict';
export { assert };
const tests = [];
export function test(name, fn) { tests.push({ name, fn }); }
export async function run(after) {
  let failed = 0;
  for (const t of tests) {
    const start = Date.now();
    try {
      await t.fn();
      console.log(`ok - ${t.name} (${Date.now() - start} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${t.name}`);
      console.log(String(e && e.stack || e).split('\n').map((l) => '#   ' + l).join('\n'));
    }
  }
  if (after) { try { await after(); } catch (e) { console.log('# cleanup: ' + e); } }
  process.exit(failed ? 1 : 0);
}
