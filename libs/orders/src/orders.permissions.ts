import { ROLES, permissions } from '@app/core';

const { ANY, FIRMS, LEADERSHIP, LEADERSHIP_AND_FIRMS } = ROLES;

/**
 * Who may do what with orders and money reports: read by the resolvers, OrdersService and MoneyReportsService
 * (`@Allow(...ORDER_PERMISSIONS.x)`, `demand(actor, ORDER_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const ORDER_PERMISSIONS = permissions({
  moneyReports: ANY,
  reportInvoice: FIRMS,
  reportCreditNote: FIRMS,
  reportPayment: FIRMS,
  reportPaymentReversal: FIRMS,
  confirmMoneyReport: LEADERSHIP,
  rejectMoneyReport: LEADERSHIP,
  orders: ANY,
  order: ANY,
  createOrder: LEADERSHIP,
  addMilestone: LEADERSHIP_AND_FIRMS,
  updateMilestone: LEADERSHIP_AND_FIRMS,
  recordChangeOrder: LEADERSHIP,
  recordInvoice: LEADERSHIP,
  recordCreditNote: LEADERSHIP,
  recordPayment: LEADERSHIP,
  reversePayment: LEADERSHIP,
  /** Changing the status of an order. */
  setOrderStatus: LEADERSHIP,
  /** Acting on any firm's order line or invoice (milestones); a firm user acts on its own lines only. */
  actOnAnyLine: LEADERSHIP,
});
