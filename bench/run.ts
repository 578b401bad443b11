/**
 * npm run bench -- [--scale small|large] [--db sqlite|postgres] [--quick] [--only name,...]
 *
 * Runs every benchmark entry and prints one table. --quick is the CI smoke run: it builds a small
 * dataset in a temporary database, shortens every entry and asserts no timing; it fails only
 * when the harness itself breaks (an entry throws, or the mixed load loses or invents a write).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { osloDate } from '@app/core';
import { type BenchTarget, benchTarget, temporaryTarget } from './lib/bench-target';
import { UsageError, parseArgs, parseDb, parseScale, runMain } from './lib/cli-args';
import { machineInfo } from './lib/machine';
import { writeJson } from './lib/report-files';
import { renderTable } from './lib/table';
import type { BenchContext, ResultRow, RunOptions } from './lib/types';
import { buildBenchDatabase } from './dataset';
import { ENTRIES } from './entries';

const USAGE = `Usage: npm run bench -- [--scale small|large] [--db sqlite|postgres] [--quick] [--only name,...]

  --scale   the dataset the entries run on (default small); built first if its bench database is empty
            (npm run bench:data builds it on its own)
  --db      sqlite (default) or postgres (BENCH_DATABASE_URL, else a separate database on DATABASE_URL's server)
  --quick   smoke run: a small dataset in a temporary database, short runs, no timing goals enforced
  --only    a comma-separated list of entries: ${ENTRIES.map((e) => e.name).join(', ')}`;

function parseRunOptions(argv: string[]): RunOptions {
  const { values, switches } = parseArgs(argv, { values: ['scale', 'db', 'only'], switches: ['quick'] });
  const only = values.has('only')
    ? values
        .get('only')!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;
  const known = ENTRIES.map((e) => e.name);
  const unknown = only?.filter((n) => !known.includes(n)) ?? [];
  if (unknown.length) throw new UsageError(`Unknown entry ${unknown.map((u) => `"${u}"`).join(', ')}: use ${known.join(', ')}.`);
  return {
    scale: parseScale(values.get('scale'), 'small'),
    db: parseDb(values.get('db')),
    quick: switches.has('quick'),
    only,
    force: false,
  };
}

const log = (msg: string) => process.stdout.write(msg + '\n');

async function prepareTarget(opts: RunOptions): Promise<BenchTarget> {
  const scale = opts.quick ? 'small' : opts.scale;
  const target = opts.quick ? await temporaryTarget(opts.db) : benchTarget(opts.db, opts.scale);
  if (opts.quick || (await target.isEmpty())) {
    log(`Building the ${scale} dataset into ${target.label} …`);
    const r = await buildBenchDatabase(target, { scale, kind: opts.db, anchor: osloDate(new Date()), log: () => undefined });
    log(`  ${r.rows.toLocaleString('en')} rows in ${r.totalSeconds.toFixed(1)} s`);
    if (!opts.quick) writeJson(`dataset-${scale}-${opts.db}.json`, { ...r, target: target.label, machine: machineInfo() });
  }
  return target;
}

/**
 * The harness (and the in-process entries) run on the last core; servers get core 0 and autocannon
 * core 1 (taskset), so on a two-core machine the measured server has a core of its own.
 */
function pinHarness(): boolean {
  return setAffinity(String(cpus().length - 1));
}

/**
 * Lets the harness use every core, for an entry that measures code as the API runs it
 * (`BenchEntry.unpinned`). `BENCH_PIN_ALL=1` keeps every entry pinned, as runs before 2026-12-07
 * were (for comparing with their figures).
 */
function unpinHarness(): boolean {
  if (process.env.BENCH_PIN_ALL === '1') return false;
  return setAffinity(`0-${cpus().length - 1}`);
}

function setAffinity(cores: string): boolean {
  if (cpus().length < 2) return false;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    log('(taskset is not available: nothing is pinned, figures are noisier)');
    return false;
  }
}

runMain(USAGE, async () => {
  const opts = parseRunOptions(process.argv.slice(2));
  if (opts.quick) opts.scale = 'small';
  const machine = machineInfo();
  log(
    `TotAl-Fly benchmarks: ${machine.cores} cores (${machine.cpuModel}), Node ${machine.node}, commit ${machine.commit}${machine.dirty ? ' (work tree has changes)' : ''}`,
  );
  log(`scale ${opts.scale}, database ${opts.db}${opts.quick ? ', quick smoke run (figures are not measurements)' : ''}\n`);
  pinHarness();
  const target = await prepareTarget(opts);
  const ctx: BenchContext = { opts, target, machine, log: (m) => log(`  ${m}`) };
  const rows: ResultRow[] = [];
  const load: Record<string, { before: number; after: number }> = {};
  const started = Date.now();
  try {
    for (const entry of ENTRIES.filter((e) => !opts.only || opts.only.includes(e.name))) {
      const before = loadavg()[0];
      log(`▶ ${entry.name}: ${entry.description}`);
      if (before > machine.cores / 2)
        log(`  the machine is busy (load average ${before.toFixed(1)} on ${machine.cores} cores): figures will be noisy`);
      const t0 = Date.now();
      const unpinned = entry.unpinned === true && unpinHarness();
      if (unpinned) log('  (this entry runs on every core, as the API would; BENCH_PIN_ALL=1 pins it as before)');
      try {
        const got = await entry.run({ ...ctx, pinnedToOneCore: !unpinned && cpus().length > 1 });
        rows.push(...got);
        for (const r of got.filter((x) => x.harnessFailure)) log(`  HARNESS FAILURE ${r.scenario}: ${r.harnessFailure}`);
        for (const r of got) for (const f of r.findings ?? []) log(`  FINDING ${f}`);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        log(`  ENTRY FAILED: ${e instanceof Error ? (e.stack ?? message) : message}`);
        rows.push({
          entry: entry.name,
          scenario: '(entry threw)',
          scale: opts.scale,
          db: opts.db,
          unit: '',
          median: null,
          runs: 0,
          harnessFailure: message.split('\n')[0],
        });
      }
      if (unpinned) pinHarness();
      load[entry.name] = { before, after: loadavg()[0] };
      // kept after every entry, so an interrupted long run still leaves its figures
      writeJson(`partial-${opts.quick ? 'quick' : opts.scale}-${opts.db}.json`, {
        machine,
        options: opts,
        target: target.label,
        seconds: (Date.now() - started) / 1000,
        loadAverage: load,
        rows,
      });
      log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s; load average ${before.toFixed(1)} → ${load[entry.name].after.toFixed(1)})`);
    }
  } finally {
    await target.dispose();
  }
  log('\n' + renderTable(rows));
  const report = { machine, options: opts, target: target.label, seconds: (Date.now() - started) / 1000, loadAverage: load, rows };
  const stamp = machine.date.replace(/[:.]/g, '-');
  const file = writeJson(`run-${stamp}-${opts.quick ? 'quick' : opts.scale}-${opts.db}.json`, report);
  writeJson(`latest-${opts.quick ? 'quick' : opts.scale}-${opts.db}.json`, report);
  log(`\nJSON report: ${file}`);
  const broken = rows.filter((r) => r.harnessFailure);
  if (broken.length) log(`\n${broken.length} harness failure(s): see BROKEN rows above.`);
  return broken.length ? 1 : 0;
});
