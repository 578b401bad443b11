import type { INestApplicationContext } from '@nestjs/common';
import { Database, SYSTEM_ACTOR, bulkInsert, rawQuery } from '@app/core';
import { RoyaltiesService } from '@app/royalties';
import { platformContext } from '../lib/nest';
import { round, measure } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';
import type { ScratchDatabase } from '../lib/bench-target';

/**
 * A royalty run for one year over many invoice lines (1 000 000; 20 000 with --quick), in three
 * cases: a first run (no drafts for the year), a re-run with nothing changed, and a re-run after
 * a new rate (every draft line rewritten). The baseline is the same totals as one raw SQL
 * aggregate, and after each case the totals must equal it to the øre (gross on invoices).
 */
const YEAR = '2025';
const FIRMS = 400;

async function populate(app: INestApplicationContext, invoices: number): Promise<void> {
  const db = app.get(Database);
  await db.transaction(async (tx) => {
    const now = Date.now();
    await bulkInsert(
      tx,
      'member',
      ['id', 'name', 'sort_name', 'status', 'illustrative', 'version', 'created_at', 'updated_at'],
      Array.from({ length: FIRMS }, (_, i) => [i + 1, `Bench firm ${i + 1}`, `bench firm ${i + 1}`, 'ACTIVE', false, 1, now, now]),
    );
    await bulkInsert(
      tx,
      'customer_order',
      ['id', 'buyer_name', 'contract_reference', 'awarded_value_minor', 'currency', 'award_date', 'status', 'version', 'created_at'],
      Array.from({ length: FIRMS }, (_, i) => [i + 1, 'Buyer', `R-${i + 1}`, 1_000_000_000, 'NOK', '2024-12-01', 'ACTIVE', 1, now]),
    );
    await bulkInsert(
      tx,
      'order_line',
      ['id', 'order_id', 'member_id', 'description', 'value_minor', 'original_value_minor', 'version'],
      Array.from({ length: FIRMS }, (_, i) => [i + 1, i + 1, i + 1, 'line', 1_000_000_000, 1_000_000_000, 1]),
    );
    const chunk = 50_000;
    for (let start = 0; start < invoices; start += chunk) {
      const rows: unknown[][] = [];
      for (let i = start; i < Math.min(invoices, start + chunk); i++) {
        const firm = (i % FIRMS) + 1;
        const day = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
        const credit = i % 50 === 49;
        const amount = (10_000 + ((i * 7919) % 9_990_000)) * (credit ? -1 : 1);
        rows.push([firm, firm, firm, credit ? 'CREDIT_NOTE' : 'INVOICE', `B-${i}`, day, amount, 'NOK', null, null, null, now]);
      }
      await bulkInsert(
        tx,
        'invoice',
        [
          'order_id',
          'order_line_id',
          'member_id',
          'kind',
          'number',
          'issue_date',
          'amount_minor',
          'currency',
          'declared_cost_minor',
          'credits_invoice_id',
          'note',
          'created_at',
        ],
        rows,
      );
    }
    await tx.query(
      "INSERT INTO royalty_agreement (scope, valid_from, rate_bp, basis, amount_kind, created_at) VALUES ('DEFAULT', '2000-01-01', 300, 'INVOICED', 'GROSS', " +
        now +
        ')',
    );
  });
}

export const royaltyRunEntry: BenchEntry = {
  name: 'royalty-run',
  description: 'a royalty run for one year over many invoice lines, against one raw SQL aggregate of the same totals',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const invoices = Number(process.env.BENCH_ROYALTY_INVOICES ?? (ctx.opts.quick ? 20_000 : 1_000_000));
    let db: ScratchDatabase | undefined;
    let app: INestApplicationContext | undefined;
    try {
      db = await ctx.target.fresh('royalty');
      app = await platformContext(db.env);
      ctx.log(`royalty-run: writing ${invoices} invoice lines`);
      await populate(app, invoices);
      const royalties = app.get(RoyaltiesService);
      const database = app.get(Database);
      const independent = async () =>
        database.read((em) =>
          rawQuery<{ member_id: number; total: string | number }>(
            em,
            "SELECT member_id, SUM(amount_minor) AS total FROM invoice WHERE issue_date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY member_id",
          ),
        );
      const baseline = await measure(() => independent(), { warmups: 1, runs: 5 });
      const sums = await independent();
      /** Firms whose statement total differs from the independent sum at `rateBp` (gross on invoices), and the year's lines. */
      const check = async (rateBp: number) => {
        // rounded like the engine: the exact total half away from zero
        const expected = new Map(
          sums.map((r) => {
            const x = BigInt(r.total) * BigInt(rateBp);
            const q = (x < 0n ? -x : x) / 10000n;
            const rem = (x < 0n ? -x : x) % 10000n;
            const rounded = rem * 2n >= 10000n ? q + 1n : q;
            return [Number(r.member_id), Number(x < 0n ? -rounded : rounded)];
          }),
        );
        const statements = await database.read((em) =>
          rawQuery<{ member_id: number; total_minor: string | number; line_count: number }>(
            em,
            'SELECT member_id, total_minor, line_count FROM royalty_statement WHERE period_label = ?',
            [YEAR],
          ),
        );
        const mismatches =
          statements.filter((s) => expected.get(Number(s.member_id)) !== Number(s.total_minor)).length +
          Math.abs(statements.length - expected.size);
        return { statements: statements.length, mismatches, lines: statements.reduce((a, s) => a + Number(s.line_count), 0) };
      };
      const run = () => royalties.run(SYSTEM_ACTOR, YEAR);
      const runs = ctx.opts.quick ? 2 : 5;
      const goal = invoices >= 1_000_000 && ctx.opts.db === 'sqlite';
      const seconds = (ms: number) => round(ms / 1000, 2);
      const row = (
        scenario: string,
        timed: Awaited<ReturnType<typeof measure>>,
        got: Awaited<ReturnType<typeof check>>,
        rateBp: number,
      ): ResultRow => ({
        entry: 'royalty-run',
        scenario: `${scenario}, ${YEAR}, ${invoices.toLocaleString('en')} invoice lines`,
        scale: '-',
        db: ctx.opts.db,
        unit: 's',
        median: seconds(timed.median),
        min: seconds(timed.min),
        max: seconds(timed.max),
        runs: timed.runs,
        baseline: { label: 'raw SQL SUM per firm', value: seconds(baseline.median) },
        ratio: baseline.median ? round(timed.median / baseline.median, 1) : null,
        goal: goal ? '≤ 10 s (SQLite)' : undefined,
        ok: goal ? timed.median <= 10_000 : null,
        details: { statements: got.statements, lines: got.lines, rateBp, totalsEqualIndependentSum: got.mismatches === 0 },
        note: `${got.statements} statements, ${got.lines.toLocaleString('en')} lines; totals ${got.mismatches === 0 ? 'equal' : 'DIFFER FROM'} the independent SQL sum`,
        harnessFailure:
          got.mismatches === 0 && got.lines === invoices
            ? undefined
            : `royalty totals differ from the independent SQL sum (${got.mismatches} firms) or lines missing (${got.lines} of ${invoices})`,
      });
      // 1. a first run: before each (untimed), the year's drafts are deleted
      const dropDrafts = () =>
        database.transaction(async (tx) => {
          const drafts = "SELECT id FROM royalty_statement WHERE period_label = ? AND status = 'DRAFT'";
          await rawQuery(tx, `DELETE FROM royalty_statement_line WHERE statement_id IN (${drafts})`, [YEAR]);
          await rawQuery(tx, `DELETE FROM royalty_statement WHERE id IN (${drafts})`, [YEAR]);
        });
      const first = await measure(run, { warmups: 1, runs, setup: dropDrafts });
      const firstRow = row('first run', first, await check(300), 300);
      // 2. a re-run with nothing changed: every draft is computed again and compared, none written
      const again = await measure(run, { warmups: 1, runs });
      const againRow = row('re-run, nothing changed', again, await check(300), 300);
      // 3. a re-run after a new default agreement (3.1 %, then 3.0 %, …): every line is rewritten
      let rateBp = 300;
      const newRate = async () => {
        rateBp = rateBp === 300 ? 310 : 300;
        await royalties.setAgreement(SYSTEM_ACTOR, {
          scope: 'DEFAULT',
          validFrom: '2000-01-01',
          rateBp,
          basis: 'INVOICED',
          amountKind: 'GROSS',
        });
      };
      const rerated = await measure(run, { warmups: 1, runs, setup: newRate });
      return [firstRow, againRow, row('re-run after a rate change', rerated, await check(rateBp), rateBp)];
    } finally {
      await app?.close();
      await db?.drop();
    }
  },
};
