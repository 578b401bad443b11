import { ROLES, permissions } from '@app/core';

const { ANY, ASSOCIATION, LEADERSHIP } = ROLES;

/**
 * Who may do what with royalty agreements, statements and the ledger: read by RoyaltyResolver and RoyaltiesService
 * (`@Allow(...ROYALTY_PERMISSIONS.x)`, `demand(actor, ROYALTY_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const ROYALTY_PERMISSIONS = permissions({
  royaltyAgreement: ASSOCIATION,
  setRoyaltyAgreement: LEADERSHIP,
  runRoyaltyStatements: LEADERSHIP,
  royaltyStatements: ANY,
  royaltyStatement: ANY,
  issueRoyaltyStatement: LEADERSHIP,
  markRoyaltyStatementPaid: LEADERSHIP,
  royaltyBalance: ANY,
  royaltyBalances: ANY,
  royaltyTotalOwed: ASSOCIATION,
  royaltyLedger: ANY,
  royaltyLedgerCheck: ASSOCIATION,
  royaltyExport: ASSOCIATION,
});
