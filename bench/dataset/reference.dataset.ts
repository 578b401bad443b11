import { type Database } from '@app/core';
import { CatalogueEntry, DuesBand } from '@app/members';
import { CpvMapping } from '@app/tenders';
// The demo seed's catalogue, dues table and CPV mappings, so bench data uses the real codes.
import { CATALOGUE, DUES_2006 } from '../../libs/platform/src/seed/catalogue';
import { CPV_MAPPINGS } from '../../libs/platform/src/seed/demo-tenders';
import { BulkWriter, type DatasetModule } from './dataset-module';

/**
 * Reference data every other module needs: the capability catalogue, dues tables for last year
 * and this year, and the CPV mappings. Also used on its own by entries that need only these
 * (the OCDS import), so they do not depend on the whole demo seed.
 */
export async function writeReferenceData(db: Database, year: number, writer = new BulkWriter()): Promise<Record<string, number>> {
  const catalogue = CATALOGUE.map((c) => ({
    code: c.code,
    group: c.group,
    nameNb: c.nameNb,
    nameEn: c.nameEn,
    defaultHourlyRateOre: c.rateNok * 100,
  }));
  const dues = [year - 1, year].flatMap((y) =>
    DUES_2006.map((b) => ({
      year: y,
      employeesMin: b.employeesMin,
      employeesMax: b.employeesMax,
      membershipFeeOre: b.membershipFeeNok * 100,
      serviceFeeOre: b.serviceFeeNok * 100,
    })),
  );
  const cpv = CPV_MAPPINGS.map((m) => ({ cpvPrefix: m.cpvPrefix, capabilityCode: m.capabilityCode, note: m.note }));
  await db.transaction(async (tx) => {
    await writer.insert(tx, CatalogueEntry, catalogue);
    await writer.insert(tx, DuesBand, dues);
    await writer.insert(tx, CpvMapping, cpv);
  });
  return { capability_catalogue: catalogue.length, dues_band: dues.length, cpv_mapping: cpv.length };
}

export const referenceDataset: DatasetModule = {
  name: 'reference',
  explicitIdTables: [],
  async build(ctx) {
    const rows = await writeReferenceData(ctx.db, Number(ctx.anchor.slice(0, 4)), ctx.writer);
    ctx.shared.capabilityCodes = CATALOGUE.map((c) => c.code);
    return rows;
  },
};
