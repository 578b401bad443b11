import { CatalogueEntry, DuesBand } from '@app/members';
import { CpvMapping } from '@app/tenders';
// The demo seed's catalogue, dues table and CPV mappings, so bench data uses the real codes.
import { CATALOGUE, DUES_2006 } from '../../libs/platform/src/seed/catalogue';
import { CPV_MAPPINGS } from '../../libs/platform/src/seed/demo-tenders';
import type { DatasetModule } from './dataset-module';

/** Reference data every other module needs: the capability catalogue, dues tables, CPV mappings. */
export const referenceDataset: DatasetModule = {
  name: 'reference',
  explicitIdTables: [],
  async build(ctx) {
    const year = Number(ctx.anchor.slice(0, 4));
    const catalogue = CATALOGUE.map((c) => ({
      code: c.code,
      group: c.group,
      nameNb: c.nameNb,
      nameEn: c.nameEn,
      defaultHourlyRateOre: c.rateNok * 100,
    }));
    // dues tables for last year and this year, so membershipDues(year) has work to do for both
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
    await ctx.db.transaction(async (tx) => {
      await ctx.insert(tx, CatalogueEntry, catalogue);
      await ctx.insert(tx, DuesBand, dues);
      await ctx.insert(tx, CpvMapping, cpv);
    });
    ctx.shared.capabilityCodes = catalogue.map((c) => c.code);
    return { capability_catalogue: catalogue.length, dues_band: dues.length, cpv_mapping: cpv.length };
  },
};
