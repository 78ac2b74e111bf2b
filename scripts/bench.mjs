// `npm run bench`: builds the extension, runs every benchmark in tests/bench in
// Debian's Chromium, prints each figure beside its budget (DESIGN.md section 5)
// and writes the table to docs/benchmarks.md for the README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const OUT = '.output-bench';
const RESULTS = `${OUT}/results.jsonl`;
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const env = {
  ...process.env,
  CALLSIDE_E2E: '1',
  CALLSIDE_OUT_DIR: OUT,
  CALLSIDE_EXT_DIR: `${OUT}/chrome-mv3`,
  CALLSIDE_BENCH_RESULTS: RESULTS,
};
const runStep = (args) => spawnSync('npx', args, { stdio: 'inherit', env }).status === 0;
if (!runStep(['wxt', 'build'])) process.exit(1);
const filter = process.argv.slice(2);
const benchOk = runStep(['vitest', 'run', '--project', 'bench', ...filter]);

const rows = existsSync(RESULTS)
  ? readFileSync(RESULTS, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const table = [
  '| what | measured | budget | within |',
  '|---|---|---|---|',
  ...rows.map(
    (row) => `| ${row.what}${row.note ? ` (${row.note})` : ''} | ${row.value} ${row.unit} | ${row.budget} | ${row.ok ? 'yes' : '**no**'} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
if (filter.length === 0) {
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'Chromium';
  writeFileSync(
    'docs/benchmarks.md',
    `# Benchmarks\n\nLatest \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${chromium}, headless, 2-core machine.\n\n${table}\n`,
  );
}
const within = rows.filter((row) => row.ok).length;
console.log(`${within} within budget, ${rows.length - within} over budget`);
process.exit(benchOk && within === rows.length ? 0 : 1);
