// `npm run bench`: builds the extension (bench build: a blank page for the
// panel's floor), runs every tests/bench/*.bench.ts in Debian's Chromium and
// prints each figure beside its floor and budget (DESIGN.md section 5).
//
//   npm run bench                      full run; writes docs/benchmarks.md and the README table
//   npm run bench -- --json FILE       also writes every row as JSON
//   npm run bench -- --quick           100,000 calls instead of 1,000,000 (iteration; docs untouched)
//   npm run bench -- --fresh           seeds the browser profiles again (kept between runs otherwise)
//   npm run bench -- --reuse-profiles  keeps a seeded profile even if the schema or seed sources changed since
//   npm run bench -- calls             only bench files matching "calls" (docs untouched)
//   npm run bench -- --docs-from FILE  rewrites the docs from a JSON file written by --json
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

// Another folder (CALLSIDE_BENCH_OUT=.output-bench-mine) lets two runs on one machine keep out of each other's way.
const OUT = process.env.CALLSIDE_BENCH_OUT ?? '.output-bench';
const RESULTS = `${OUT}/results.jsonl`;
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const flag = (name) => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const jsonFile = option('--json');
const docsFrom = option('--docs-from');
const quick = flag('--quick');
const fresh = flag('--fresh');
const reuse = flag('--reuse-profiles');
const filters = args;

const catalogue = JSON.parse(readFileSync('tests/bench/figures.json', 'utf8')).figures;

function machine() {
  const chromium = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return {
    date: new Date().toISOString(),
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    chromium: chromium || 'unknown',
    node: process.version,
    load: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

/** Rows in catalogue order (figures.json), then the rest in the order recorded; unrecorded catalogue rows as "not measured". */
function collectRows(recorded, complete) {
  const byId = new Map();
  for (const row of recorded) byId.set(row.id, row); // a figure recorded twice: the last one stands
  const rows = [];
  for (const spec of catalogue) {
    const row = byId.get(spec.id);
    if (row) rows.push(row);
    else if (complete)
      rows.push({
        ...spec,
        status: 'not measured',
        value: null,
        floorValue: null,
        ratio: null,
        ok: null,
        median: null,
        min: null,
        max: null,
        runs: 0,
        reason: spec.pending,
      });
    byId.delete(spec.id);
  }
  return [...rows, ...byId.values()];
}

const number = (value) => (value === null || value === undefined ? '–' : String(value));
const okText = (row) => (row.status !== 'measured' ? '–' : row.ok === null ? 'no budget' : row.ok ? 'yes' : '**no**');

function table(rows, { notes }) {
  const lines = ['| figure | value | min – max (runs) | floor | ratio | budget | within |', '|---|---|---|---|---|---|---|'];
  rows.forEach((row, index) => {
    const ref = notes && (row.note || row.reason) ? ` [${index + 1}]` : '';
    if (row.status !== 'measured') {
      lines.push(`| ${row.name}${ref} | not measured: ${row.reason} | | | | ${row.budget} | – |`);
      return;
    }
    const spread = row.runs > 1 ? `${number(row.min)} – ${number(row.max)} (${row.runs})` : `(${row.runs})`;
    const floor = row.floorValue === null ? '–' : `${row.floorValue} ${row.unit}`;
    lines.push(
      `| ${row.name}${ref} | ${row.value} ${row.unit} | ${spread} | ${floor} | ${row.ratio === null ? '–' : `${row.ratio}x`} | ${row.budget} | ${okText(row)} |`,
    );
  });
  return lines.join('\n');
}

const machineLine = (info) =>
  `${info.date.slice(0, 16).replace('T', ' ')} UTC, ${info.cores} cores (${info.cpu}), ${info.chromium} headless, Node ${info.node}, load average at start ${info.load.join(' / ')}`;

function writeDocs(report) {
  const { rows, machine: info, calls } = report;
  const floors = rows.filter((row) => row.floor).map((row) => `- **${row.name}**: floor = ${row.floor}.`);
  const notes = rows
    .map((row, index) => (row.note || row.reason ? `${index + 1}. ${row.name}: ${row.note ?? row.reason}` : undefined))
    .filter(Boolean);
  writeFileSync(
    'docs/benchmarks.md',
    `# Benchmarks\n\nWritten by \`npm run bench\` (scripts/bench.mjs) from its JSON rows; do not edit by hand.\n\n` +
      `Machine: ${machineLine(info)}. Database: ${calls.toLocaleString('en')} seeded calls.\n\n` +
      (report.runs
        ? `Rows from ${report.runs.length} runs, each building the tree as it then was: ${report.runs.map((run) => `${run.filters.join(' ') || 'all'}${run.quick ? ' (--quick)' : ''} at ${run.machine.date.slice(11, 16)} UTC (load average ${run.machine.load.join(' / ')})`).join('; ')}.\n\n`
        : '') +
      `Each figure is the median of its runs (min and max beside it); a floor is the same work done the cheapest way the ` +
      `platform allows, measured in the same run, and the ratio is figure / floor. Byte counts are exact, one run.\n\n` +
      `${table(rows, { notes: true })}\n\n## Floors\n\n${floors.join('\n')}\n\n## Notes\n\n${notes.join('\n')}\n`,
  );
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:table -->';
  const end = '<!-- /bench:table -->';
  if (readme.includes(start) && readme.includes(end)) {
    const before = readme.slice(0, readme.indexOf(start) + start.length);
    const after = readme.slice(readme.indexOf(end));
    writeFileSync('README.md', `${before}\nLatest run: ${machineLine(info)}.\n\n${table(rows, { notes: false })}\n\n${after}`);
  } else console.warn('README.md has no bench:table markers; its table was not updated');
}

function printSummary(rows) {
  console.log(`\n${table(rows, { notes: false })}\n`);
  const measured = rows.filter((row) => row.status === 'measured');
  const over = measured.filter((row) => row.ok === false);
  const missing = rows.length - measured.length;
  console.log(
    `${measured.length - over.length} measured within budget (or without one), ${over.length} over budget, ${missing} not measured`,
  );
  for (const row of over)
    console.log(
      `  over budget: ${row.name} (${row.value} ${row.unit}${row.ratio !== null ? `, ${row.ratio}x` : ''}; budget ${row.budget})`,
    );
  return over.length;
}

if (docsFrom) {
  // Several files (a,b): runs of different bench files on the same build, merged; a row in a later file wins.
  const reports = docsFrom.split(',').map((file) => JSON.parse(readFileSync(file, 'utf8')));
  const last = reports[reports.length - 1];
  const merged =
    reports.length === 1
      ? last
      : {
          ...last,
          // A --quick part seeded fewer calls: the header names the smaller count, the rows name theirs.
          calls: reports.some((report) => report.quick)
            ? Math.min(...reports.map((report) => report.calls))
            : Math.max(...reports.map((report) => report.calls)),
          quick: reports.some((report) => report.quick),
          filters: reports.flatMap((report) => report.filters),
          runs: reports.map((report) => ({ filters: report.filters, quick: report.quick, machine: report.machine })),
          rows: collectRows(
            reports.flatMap((report) => report.rows.filter((row) => row.status === 'measured' || !row.pending)),
            true,
          ),
        };
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(merged, null, 2)}\n`);
  writeDocs(merged);
  printSummary(merged.rows);
  process.exit(0);
}

const LOCK = `${OUT}/run.pid`;
if (existsSync(LOCK)) {
  const holder = Number(readFileSync(LOCK, 'utf8'));
  let alive = false;
  try {
    process.kill(holder, 0);
    alive = true;
  } catch {
    // no such process: a run that ended without cleaning up
  }
  if (alive && holder !== process.pid) {
    console.error(
      `Another \`npm run bench\` (pid ${holder}) is using ${OUT}; wait for it, or run with CALLSIDE_BENCH_OUT=.output-bench-<name>.`,
    );
    process.exit(2);
  }
}
const calls = quick ? 100_000 : Number(process.env.CALLSIDE_BENCH_CALLS ?? 1_000_000);
const info = machine();
// The build and results start clean; seeded browser profiles stay (bench-browser.ts keys them by schema and seed).
for (const entry of existsSync(OUT) ? readdirSync(OUT) : [])
  if (fresh || entry !== 'profiles') rmSync(`${OUT}/${entry}`, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(LOCK, String(process.pid));
process.on('exit', () => rmSync(LOCK, { force: true }));
const env = {
  ...process.env,
  CALLSIDE_BENCH: '1',
  CALLSIDE_E2E: '1',
  CALLSIDE_PREAUTHORISED: '1',
  CALLSIDE_OUT_DIR: OUT,
  CALLSIDE_EXT_DIR: `${OUT}/chrome-mv3`,
  CALLSIDE_BENCH_PROFILES: `${OUT}/profiles`,
  CALLSIDE_BENCH_RESULTS: RESULTS,
  CALLSIDE_BENCH_CALLS: String(calls),
  CALLSIDE_BENCH_QUICK: quick ? '1' : '0',
  CALLSIDE_BENCH_REUSE: reuse ? '1' : '0',
};
const runStep = (command) => spawnSync('npx', command, { stdio: 'inherit', env }).status === 0;
if (!runStep(['wxt', 'build'])) process.exit(1);
const benchOk = runStep(['vitest', 'run', '--project', 'bench', ...filters]);

const recorded = existsSync(RESULTS)
  ? readFileSync(RESULTS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const rows = collectRows(recorded, filters.length === 0);
const report = { machine: info, calls, quick, filters, rows };
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
if (filters.length === 0 && !quick) writeDocs(report);
const over = printSummary(rows);
if (!benchOk) console.log('Some benchmark files failed: their rows say "not measured: failed: ..."');
process.exit(benchOk && over === 0 ? 0 : 1);
