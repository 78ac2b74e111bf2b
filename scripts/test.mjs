// `npm test`: every check the project has, in order, ending with one line
// `N passed, M failed` that sums them. Each non-Vitest step (typecheck, lint,
// builds, web-ext lint) counts as one check; Vitest steps count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e` runs just those steps
const results = [];
const scratch = mkdtempSync(join(tmpdir(), 'callside-test-'));

function run(command, args, env = {}) {
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: child.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function step(name, command, args, env) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const { ok, seconds } = run(command, args, env);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds}s)`);
}

function vitestStep(name, project, env) {
  if (only.length && !only.includes(name)) return;
  const report = join(scratch, `${name}.json`);
  console.log(`\n▶ ${name}: vitest run --project ${project}`);
  const { ok, seconds } = run(
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  let passed = 0;
  let failed = ok ? 0 : 1; // a crash before any report still counts as a failure
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed = summary.numPassedTests;
    failed = summary.numFailedTests + (summary.numTotalTestSuites > 0 && !ok && summary.numFailedTests === 0 ? 1 : 0);
    if (summary.numTotalTests === 0) failed += 1; // a step that ran no test is a failure, not a pass
  }
  results.push({ name, passed, failed });
  console.log(`${failed === 0 ? '✔' : '✘'} ${name}: ${passed} passed, ${failed} failed (${seconds}s)`);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['biome', 'check', '.']);
vitestStep('unit', 'unit');
step('build-chrome', 'npx', ['wxt', 'build']);
step('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('lint-firefox', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--self-hosted',
  '--warnings-as-errors=false',
  '--output=text',
]);
// The e2e build adds host access to 127.0.0.1 only, so tests can read the local
// demo CRM without a permission prompt no headless browser can answer.
step('build-e2e', 'npx', ['wxt', 'build'], { CALLSIDE_E2E: '1', CALLSIDE_OUT_DIR: '.output-e2e' });
vitestStep('e2e', 'e2e', { CALLSIDE_EXT_DIR: '.output-e2e/chrome-mv3', CALLSIDE_PROD_DIR: '.output/chrome-mv3' });

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('\nSummary:');
for (const result of results)
  console.log(`  ${result.failed ? '✘' : '✔'} ${result.name}: ${result.passed} passed, ${result.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
