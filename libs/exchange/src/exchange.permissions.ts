import { ROLES, permissions } from '@app/core';

const { ADMIN_ONLY, ANY, ASSOCIATION, FIRMS, LEADERSHIP, LEADERSHIP_AND_FIRMS } = ROLES;

/**
 * Who may do what with the capacity exchange: read by the resolvers, the agreement PDF route and the exchange services
 * (`@Allow(...EXCHANGE_PERMISSIONS.x)`, `demand(actor, EXCHANGE_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const EXCHANGE_PERMISSIONS = permissions({
  /** `GET /exchange/agreements/:id.pdf`. */
  downloadLoanAgreementPdf: ANY,
  loanAgreements: ANY,
  loanAgreement: ANY,
  proposeLoanAgreement: LEADERSHIP_AND_FIRMS,
  confirmLoanAgreement: FIRMS,
  declineLoanAgreement: FIRMS,
  cancelLoanAgreement: LEADERSHIP_AND_FIRMS,
  completeLoanAgreement: LEADERSHIP_AND_FIRMS,
  reportLoanHours: FIRMS,
  confirmLoanHours: FIRMS,
  rejectLoanHours: FIRMS,
  exchangeBoard: ANY,
  exchangePosting: ANY,
  exchangePostingsOfFirm: LEADERSHIP_AND_FIRMS,
  exchangeNeeds: ASSOCIATION,
  exchangeMatches: ANY,
  postExchangeOffer: LEADERSHIP_AND_FIRMS,
  postExchangeNeed: LEADERSHIP_AND_FIRMS,
  withdrawExchangePosting: LEADERSHIP_AND_FIRMS,
  exchangeSettlement: ANY,
  exchangeSettlementExport: ANY,
  exchangeTerms: ANY,
  exchangeTermsHistory: ANY,
  recordExchangeTerms: ADMIN_ONLY,
  /** Acting on behalf of any firm (posting, proposing, cancelling for it); a firm user acts for its own. */
  actForAnyFirm: LEADERSHIP,
});
