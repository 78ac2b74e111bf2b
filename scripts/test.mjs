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
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, failures: [] });
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds}s)`);
}

/**
 * The failed tests of a Vitest JSON report, each with the first line of its
 * error: CI keeps only the end of the log, so the summary must name them.
 */
function failedTestsOf(summary) {
  const failures = [];
  for (const file of summary.testResults ?? []) {
    const path = file.name.replace(`${process.cwd()}/`, '');
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const firstLine = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
      failures.push(`${path} > ${test.fullName}: ${firstLine}`);
    }
    // A file that fails to load has no tests, only a message.
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'))
      failures.push(`${path}: ${(file.message ?? '').split('\n')[0].slice(0, 300)}`);
  }
  return failures;
}

/** `filters`: test folders or --exclude globs (the e2e tiers share one Vitest project). */
function vitestStep(name, project, env, filters = []) {
  if (only.length && !only.includes(name)) return;
  const report = join(scratch, `${name}.json`);
  console.log(`\n▶ ${name}: vitest run --project ${project} ${filters.join(' ')}`);
  const { ok, seconds } = run(
    'npx',
    ['vitest', 'run', '--project', project, ...filters, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  let passed = 0;
  let failed = ok ? 0 : 1; // a crash before any report still counts as a failure
  let failures = [];
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed = summary.numPassedTests;
    failed = summary.numFailedTests + (summary.numTotalTestSuites > 0 && !ok && summary.numFailedTests === 0 ? 1 : 0);
    if (summary.numTotalTests === 0) failed += 1; // a step that ran no test is a failure, not a pass
    failures = failedTestsOf(summary);
  }
  results.push({ name, passed, failed, failures });
  console.log(`${failed === 0 ? '✔' : '✘'} ${name}: ${passed} passed, ${failed} failed (${seconds}s)`);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['biome', 'check', '.']);
vitestStep('unit', 'unit*'); // unit (happy-dom) and unit-node (pure lib tests in Node), one summed count
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
// The pre-authorised build adds host access to 127.0.0.1 only, for the tests
// whose subject is not site access (call log, scripts, reader details, axe):
// no user has that build. Access is proved on the production build (.output)
// by the real-gesture tiers below, in headful browsers on a private X display.
step('build-preauthorised', 'npx', ['wxt', 'build'], { CALLSIDE_PREAUTHORISED: '1', CALLSIDE_OUT_DIR: '.output-preauthorised' });
vitestStep('e2e-preauthorised', 'e2e', { CALLSIDE_EXT_DIR: '.output-preauthorised/chrome-mv3', CALLSIDE_PROD_DIR: '.output/chrome-mv3' }, [
  // Every e2e file but the two real-gesture tiers (features add theirs at the top of tests/e2e).
  '--exclude',
  'tests/e2e/gesture/**',
  '--exclude',
  'tests/e2e/firefox/**',
]);
vitestStep('e2e-gesture-chromium', 'e2e', { CALLSIDE_PROD_DIR: '.output/chrome-mv3' }, ['tests/e2e/gesture/']);
vitestStep('e2e-gesture-firefox', 'e2e', { CALLSIDE_FIREFOX_DIR: '.output/firefox-mv2' }, ['tests/e2e/firefox/']);

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('\nSummary:');
for (const result of results) {
  console.log(`  ${result.failed ? '✘' : '✔'} ${result.name}: ${result.passed} passed, ${result.failed} failed`);
  for (const failure of result.failures) console.log(`      ✘ ${failure}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
