/**
 * node dist/bench/report.js <run.json> [<run.json> …]
 *
 * Prints the rows of one or more JSON reports of `npm run bench` (bench/out/) as Markdown, one
 * table per entry with the goal next to each figure, for docs/BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { UsageError, runMain } from './lib/cli-args';
import type { MachineInfo } from './lib/machine';
import { sig } from './lib/stats';
import type { ResultRow } from './lib/types';

interface RunReport {
  machine: MachineInfo;
  options: { scale: string; db: string; quick: boolean };
  seconds: number;
  loadAverage?: Record<string, { before: number; after: number }>;
  rows: ResultRow[];
}

const USAGE = 'Usage: node dist/bench/report.js bench/out/<run>.json [more.json …]';

const num = (n: number | null | undefined, unit: string) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : `${sig(n).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${unit}`.trim();
const esc = (s: string) => s.replace(/\|/g, '\\|');

function table(rows: { row: ResultRow; run: RunReport }[]): string {
  const out = [
    '| scenario | scale/db | median | min – max | runs | baseline (same run) | ratio | goal | ok? |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { row: r } of rows) {
    const range = r.min === undefined || r.min === null ? '–' : `${num(r.min, r.unit)} – ${num(r.max, r.unit)}`;
    const base = r.baseline ? `${num(r.baseline.value, r.unit)} (${r.baseline.label})` : '–';
    const ok = r.harnessFailure ? '**BROKEN**' : r.ok === true ? 'yes' : r.ok === false ? '**no**' : '–';
    out.push(
      `| ${esc(r.scenario)} | ${r.db === '-' ? r.scale : `${r.scale}/${r.db}`} | ${num(r.median, r.unit)} | ${range} | ${r.runs} | ${esc(base)} | ${r.ratio === null || r.ratio === undefined ? '–' : `${sig(r.ratio)}×`} | ${esc(r.goal ?? '–')} | ${ok} |`,
    );
  }
  const notes = rows
    .filter(({ row }) => row.note || row.harnessFailure)
    .map(({ row }) => `- ${esc(row.scenario)}: ${esc([row.harnessFailure, row.note].filter(Boolean).join(' '))}`);
  const findings = rows.flatMap(({ row }) => (row.findings ?? []).map((f) => `- **finding:** ${esc(f)}`));
  return [...out, ...(notes.length ? ['', ...notes] : []), ...(findings.length ? ['', ...findings] : [])].join('\n');
}

runMain(USAGE, async () => {
  const files = process.argv.slice(2);
  if (!files.length) throw new UsageError('Give at least one JSON report from bench/out/.', true);
  const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as RunReport);
  for (const run of runs) {
    const m = run.machine;
    const load = Object.values(run.loadAverage ?? {}).flatMap((l) => [l.before, l.after]);
    process.stdout.write(
      `- ${run.options.scale}/${run.options.db}${run.options.quick ? ' (quick)' : ''}: ${m.cores} cores, ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}; ` +
        `${m.date.slice(0, 16).replace('T', ' ')} UTC; commit ${m.commit}${m.dirty ? ' (+ uncommitted changes)' : ''}; ` +
        `${Math.round(run.seconds / 60)} min; load average ${load.length ? `${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}` : 'not recorded'}\n`,
    );
  }
  const entries = [...new Set(runs.flatMap((r) => r.rows.map((x) => x.entry)))];
  for (const entry of entries) {
    process.stdout.write(
      `\n#### ${entry}\n\n${table(runs.flatMap((run) => run.rows.filter((r) => r.entry === entry).map((row) => ({ row, run }))))}\n`,
    );
  }
  return 0;
});
