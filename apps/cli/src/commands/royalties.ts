import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync, writeFileSync } from 'node:fs';
import { AppError, Database, SYSTEM_ACTOR, csvFormatWith, parseCsv, parseDecimal, isLocalDate, toDecimalString } from '@app/core';
import { OrdersService } from '@app/orders';
import { RoyaltiesService } from '@app/royalties';

export const ROYALTIES_USAGE = `  royalties run <period>   compute statements for 2026-07, 2026-Q3 or 2026 (one transaction)
  royalties check          prove the ledger equals the statements
  royalties export <statements|ledger> [period] [--out file.csv] [--sep ';']
  import-invoices <file.csv>  invoices as order_line_id,number,issue_date,amount_nok[,declared_cost_nok] (all or nothing)`;

export async function royaltiesCommand(ctx: INestApplicationContext, args: string[]): Promise<string> {
  const service = ctx.get(RoyaltiesService);
  const [sub, ...rest] = args;
  if (sub === 'run') {
    if (!rest[0]) throw new Error('Usage: npm run cli -- royalties run 2026-Q3');
    // on stderr, so that stdout stays the result alone (the crash-safety test kills a run after this line)
    process.stderr.write(`Computing the royalty statements of ${rest[0]} in one transaction …\n`);
    const r = await service.run(SYSTEM_ACTOR, rest[0]);
    const totals = r.totals.map((m) => `${toDecimalString(m.minorUnits, m.currency)} ${m.currency}`).join(', ') || '0.00 NOK';
    return `Period ${r.period}: ${r.statements} statement(s)${r.supplementary ? ` (${r.supplementary} supplementary)` : ''}, ${r.lines} line(s), ${r.adjustments} adjustment(s), total ${totals}.`;
  }
  if (sub === 'check') {
    const c = await service.check(SYSTEM_ACTOR);
    if (!c.ok) throw new Error(`The ledger does not match the statements:\n  ${c.problems.join('\n  ')}`);
    return `OK: ${c.statementsChecked} issued statement(s) and ${c.ledgerEntries} ledger entries agree.`;
  }
  if (sub === 'export') {
    const kind = rest[0]?.toUpperCase();
    if (kind !== 'STATEMENTS' && kind !== 'LEDGER')
      throw new Error('Usage: npm run cli -- royalties export statements|ledger [period] [--out file] [--sep ;]');
    const out = flag(rest, '--out');
    const sep = flag(rest, '--sep') ?? ';';
    const period = rest[1] && !rest[1].startsWith('--') ? rest[1] : null;
    const csv = await service.exportCsv(SYSTEM_ACTOR, kind, period, csvFormatWith(sep === '\\t' ? '\t' : sep));
    if (!out) return csv.trimEnd();
    writeFileSync(out, csv);
    return `Wrote ${out}.`;
  }
  throw new Error(`Unknown royalties command "${sub ?? ''}".\n${ROYALTIES_USAGE}`);
}

/** Imports invoices from CSV in one transaction: a bad row, or a crash, leaves nothing of the file. */
export async function importInvoicesCommand(ctx: INestApplicationContext, file: string | undefined): Promise<string> {
  if (!file) throw new Error('Usage: npm run cli -- import-invoices <file.csv>');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const cols = header.map((h) => h.trim().toLowerCase());
  const need = ['order_line_id', 'number', 'issue_date', 'amount_nok'];
  const missing = need.filter((c) => !cols.includes(c));
  if (missing.length) throw new Error(`Missing column(s): ${missing.join(', ')}`);
  const at = (r: string[], c: string) => (cols.includes(c) ? (r[cols.indexOf(c)] ?? '').trim() : '');
  const problems: string[] = [];
  const parsed = rows.map((r, i) => {
    const line = i + 2;
    const get = (c: string) => at(r, c);
    const id = Number(get('order_line_id'));
    if (!Number.isInteger(id) || id <= 0) problems.push(`row ${line}: order_line_id`);
    if (!isLocalDate(get('issue_date'))) problems.push(`row ${line}: issue_date is not YYYY-MM-DD`);
    let amount = 0;
    let cost: number | null = null;
    try {
      amount = parseDecimal(get('amount_nok'));
      cost = get('declared_cost_nok') ? parseDecimal(get('declared_cost_nok')) : null;
    } catch (e) {
      problems.push(`row ${line}: ${(e as Error).message}`);
    }
    // the column says NOK: an order in another currency refuses the row instead of taking it as its own
    return {
      orderLineId: id,
      number: get('number'),
      issueDate: get('issue_date'),
      amountMinor: amount,
      currency: 'NOK',
      declaredCostMinor: cost,
    };
  });
  if (problems.length) throw new Error(`The file was rejected; nothing was imported:\n  ${problems.slice(0, 50).join('\n  ')}`);
  const orders = ctx.get(OrdersService);
  process.stderr.write(`Importing ${parsed.length} invoice(s) in one transaction …\n`);
  const n = await ctx.get(Database).transaction(async () => {
    for (const inv of parsed) {
      try {
        await orders.recordInvoice(SYSTEM_ACTOR, inv);
      } catch (e) {
        throw e instanceof AppError ? new Error(`invoice ${inv.number}: ${e.message}`) : e;
      }
    }
    return parsed.length;
  });
  return `Imported ${n} invoice(s).`;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
