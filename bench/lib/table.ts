import { sig } from './stats';
import type { ResultRow } from './types';

function fmt(n: number | null | undefined, unit: string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '-';
  const v = sig(n);
  return `${v.toLocaleString('en-US', { maximumFractionDigits: 3 })}${unit ? ' ' + unit : ''}`;
}

const okText = (ok: boolean | null | undefined) => (ok === true ? 'yes' : ok === false ? 'NO' : '-');

export const COLUMNS = ['entry', 'scenario', 'scale', 'median', 'min', 'max', 'baseline', 'ratio', 'goal', 'ok?'] as const;

export function cells(r: ResultRow): string[] {
  return [
    r.entry,
    r.scenario,
    r.db === '-' ? r.scale : `${r.scale}/${r.db}`,
    fmt(r.median, r.unit),
    fmt(r.min, r.unit),
    fmt(r.max, r.unit),
    r.baseline ? `${fmt(r.baseline.value, r.unit)} (${r.baseline.label})` : '-',
    r.ratio === null || r.ratio === undefined ? '-' : `${sig(r.ratio)}×`,
    r.goal ?? '-',
    r.harnessFailure ? 'BROKEN' : okText(r.ok),
  ];
}

/** The one table `npm run bench` prints: fixed-width columns, notes underneath. */
export function renderTable(rows: ResultRow[]): string {
  const body = rows.map(cells);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...body.map((r) => r[i].length)));
  const line = (cols: readonly string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of body) out.push(line(r));
  const notes = rows
    .filter((r) => r.note || r.harnessFailure)
    .map((r) => `  ${r.entry} / ${r.scenario}: ${r.harnessFailure ?? ''}${r.harnessFailure && r.note ? ' ' : ''}${r.note ?? ''}`);
  if (notes.length) out.push('', 'Notes:', ...notes);
  const findings = rows.flatMap((r) => (r.findings ?? []).map((f) => `  ${r.entry}: ${f}`));
  if (findings.length) out.push('', 'Findings (requests slower than 1 s and the like; never averaged away):', ...findings);
  out.push('', 'median/min/max over the runs of each row (runs in the JSON report); ratio = median ÷ baseline, both measured in this run.');
  return out.join('\n');
}
