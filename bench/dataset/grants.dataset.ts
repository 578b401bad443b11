import { addDays } from '@app/core';
import { Grant } from '@app/pipeline';
import type { DatasetModule } from './dataset-module';

const SOURCES = [
  'Innovation Norway',
  'Arena Lettmetall',
  'Regionale forskningsfond Innlandet',
  'Oppland fylkeskommune',
  'Forskningsrådet (SkatteFUNN)',
];
const PURPOSES = [
  'Network coordination',
  'Joint marketing to defence buyers',
  'Certification support (AQAP, EN 9100)',
  'Pre-project: shared capability register',
];

/** SCALE_SPECS.grants grants over the last ten years, NOK 50,000–2,000,000 each (a few in EUR). */
export const grantsDataset: DatasetModule = {
  name: 'grants',
  explicitIdTables: [],
  async build(ctx) {
    const rng = ctx.rng('grants');
    const created = new Date(`${ctx.anchor}T08:00:00Z`);
    const grants: Partial<Grant>[] = Array.from({ length: ctx.spec.grants }, () => ({
      source: rng.pick(SOURCES),
      amountMinor: rng.int(5, 200) * 1_000_000,
      currency: rng.chance(0.03) ? 'EUR' : 'NOK',
      date: addDays(ctx.anchor, -rng.int(0, 3650)),
      purpose: `${rng.pick(PURPOSES)} (bench data)`,
      createdAt: created,
    }));
    await ctx.db.transaction((tx) => ctx.insert(tx, Grant, grants));
    return { grant_received: grants.length };
  },
};
