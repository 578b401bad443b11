/**
 * npm run bench:data -- --scale small|large [--db sqlite|postgres] [--force] [--anchor YYYY-MM-DD]
 *
 * Builds the deterministic bench dataset into the bench database (never the demo database) with
 * bulk inserts in transactions, and reports how long it took.
 */
import 'reflect-metadata';
import { isLocalDate, osloDate } from '@app/core';
import { benchTarget } from './lib/bench-target';
import { UsageError, parseArgs, parseDb, parseScale, runMain } from './lib/cli-args';
import { machineInfo } from './lib/machine';
import { writeJson } from './lib/report-files';
import { buildBenchDatabase } from './dataset';

const USAGE = `Usage: npm run bench:data -- --scale small|large [--db sqlite|postgres] [--force] [--anchor YYYY-MM-DD]

  --scale    small (60 firms, 600 tenders) or large (2,000 firms, 20,000 tenders); default small
  --db       sqlite (data/bench-<scale>.sqlite, or BENCH_DATABASE_PATH) or postgres
             (BENCH_DATABASE_URL, else <database>_bench_<scale> on DATABASE_URL's server); default sqlite
  --force    wipe the bench database first if it is not empty (never the demo database)
  --anchor   the day the data is generated around (default: today in Europe/Oslo); same seed,
             scale and anchor give the same rows (the checksum shows it)`;

runMain(USAGE, async () => {
  const { values, switches } = parseArgs(process.argv.slice(2), { values: ['scale', 'db', 'anchor'], switches: ['force'] });
  const scale = parseScale(values.get('scale'), 'small');
  const kind = parseDb(values.get('db'));
  const anchor = values.get('anchor') ?? osloDate(new Date());
  if (!isLocalDate(anchor)) throw new UsageError(`--anchor must be a date YYYY-MM-DD (got "${anchor}").`);
  const target = benchTarget(kind, scale);
  if (!(await target.isEmpty())) {
    if (!switches.has('force')) {
      throw new UsageError(`The bench database ${target.label} is not empty; nothing was changed. Add --force to wipe it and build again.`);
    }
    process.stdout.write(`Wiping the bench database ${target.label} (--force)\n`);
    await target.wipe();
  }
  process.stdout.write(`Building the ${scale} dataset into ${target.label} (anchor ${anchor})\n`);
  const report = await buildBenchDatabase(target, { scale, kind, anchor, log: (m) => process.stdout.write(m + '\n') });
  process.stdout.write(
    `Done: ${report.rows.toLocaleString('en')} rows in ${report.totalSeconds.toFixed(1)} s ` +
      `(migrations ${report.migrateSeconds.toFixed(1)} s, data ${report.seconds.toFixed(1)} s); checksum ${report.checksum}\n`,
  );
  const file = writeJson(`dataset-${scale}-${kind}.json`, { ...report, target: target.label, machine: machineInfo() });
  process.stdout.write(`Report: ${file}\n`);
  return 0;
});
