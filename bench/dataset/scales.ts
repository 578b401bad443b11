import type { Scale } from '../lib/types';

/**
 * How much each dataset module generates at each scale. `large` is issue 12's figure; `small` is
 * about a thirtieth of it, enough for the smoke run.
 */
export interface ScaleSpec {
  firms: number;
  tenders: number;
  /** Bench users signed in by the load entries: firm users of this many firms. */
  firmUsers: number;
  /** Work packages spread over the bids (bids.dataset.ts). */
  workPackages: number;
  /** Orders: one per won bid, the rest registered by hand (orders.dataset.ts). */
  orders: number;
  /** Invoice rows including credit notes; payments come on top (orders.dataset.ts). */
  invoiceLines: number;
  /** Grants received (grants.dataset.ts). */
  grants: number;
  /** Open offers of free hours on the capacity exchange (exchange.dataset.ts). */
  exchangeOffers: number;
  /** Needs on the exchange. */
  exchangeNeeds: number;
  /** Loan agreements, most confirmed, with a month or two of hours each. */
  loanAgreements: number;
  /** Entries of the members' supplier registers (audits.dataset.ts). */
  supplierRelationships: number;
  /** Coordinated audits, with their members, findings and the register's records (audits.dataset.ts). */
  audits: number;
}

export const SCALE_SPECS: Record<Scale, ScaleSpec> = {
  small: {
    firms: 60,
    tenders: 600,
    firmUsers: 4,
    workPackages: 3_000,
    orders: 300,
    invoiceLines: 6_000,
    grants: 30,
    exchangeOffers: 300,
    exchangeNeeds: 60,
    loanAgreements: 60,
    supplierRelationships: 180,
    audits: 40,
  },
  large: {
    firms: 2_000,
    tenders: 20_000,
    firmUsers: 8,
    workPackages: 100_000,
    orders: 10_000,
    invoiceLines: 200_000,
    grants: 1_000,
    exchangeOffers: 10_000,
    exchangeNeeds: 1_000,
    loanAgreements: 2_000,
    supplierRelationships: 8_000,
    audits: 1_500,
  },
};
