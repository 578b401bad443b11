import type { Scale } from '../lib/types';

/**
 * How much each dataset module generates at each scale. `large` is issue 12's figure; `small` is
 * about a thirtieth of it, enough for the smoke run. Counts marked "later" belong to contexts that
 * do not exist yet: their modules read them when they are added (docs/BENCHMARKS.md "TODO").
 */
export interface ScaleSpec {
  firms: number;
  tenders: number;
  /** Bench users signed in by the load entries: firm users of this many firms. */
  firmUsers: number;
  /** later: work packages (bids issue). */
  workPackages: number;
  /** later: orders (orders issue). */
  orders: number;
  /** later: invoice lines, including credit notes and payments (royalties/invoicing issue). */
  invoiceLines: number;
  /** later: grants. */
  grants: number;
}

export const SCALE_SPECS: Record<Scale, ScaleSpec> = {
  small: { firms: 60, tenders: 600, firmUsers: 4, workPackages: 3_000, orders: 300, invoiceLines: 6_000, grants: 30 },
  large: { firms: 2_000, tenders: 20_000, firmUsers: 8, workPackages: 100_000, orders: 10_000, invoiceLines: 200_000, grants: 1_000 },
};
