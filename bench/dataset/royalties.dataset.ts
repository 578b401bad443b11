import { SYSTEM_ACTOR } from '@app/core';
import { RoyaltiesService } from '@app/royalties';
import type { DatasetModule } from './dataset-module';

/**
 * Royalty statements made by the real engine, so that statements, lines and ledger agree: the
 * association's default agreement (3 % of invoiced amounts), then a run for each of the three
 * complete years before the anchor. The oldest two years are issued and the oldest is paid; the
 * last complete year stays DRAFT. One transaction per issue and payment, as in the service.
 */
export const royaltiesDataset: DatasetModule = {
  name: 'royalties',
  explicitIdTables: [],
  async build(ctx) {
    const royalties = ctx.app.get(RoyaltiesService);
    await royalties.setAgreement(SYSTEM_ACTOR, {
      scope: 'DEFAULT',
      validFrom: '2000-01-01',
      rateBp: 300,
      basis: 'INVOICED',
      amountKind: 'GROSS',
      note: 'bench data',
    });
    const year = Number(ctx.anchor.slice(0, 4));
    let lines = 0;
    let issued = 0;
    let paid = 0;
    let statements = 0;
    for (const y of [year - 3, year - 2, year - 1]) {
      const r = await royalties.run(SYSTEM_ACTOR, String(y));
      lines += r.lines;
      statements += r.statements;
      if (y === year - 1) continue;
      for (const s of await royalties.statements(SYSTEM_ACTOR, { period: String(y) })) {
        await royalties.issue(SYSTEM_ACTOR, s.id);
        issued++;
        if (y === year - 3) {
          await royalties.markPaid(SYSTEM_ACTOR, s.id, `${y + 1}-03-31`);
          paid++;
        }
      }
    }
    return { royalty_statement: statements, royalty_statement_line: lines, royalty_ledger_entry: issued + paid, royalty_agreement: 1 };
  },
};
