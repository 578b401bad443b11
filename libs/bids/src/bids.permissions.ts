import { ROLES, permissions } from '@app/core';

const { ANY, ASSOCIATION, FIRMS, LEADERSHIP } = ROLES;

/**
 * Who may do what with bids, work packages and submission: read by the resolvers, BidsService and SubmissionService
 * (`@Allow(...BID_PERMISSIONS.x)`, `demand(actor, BID_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const BID_PERMISSIONS = permissions({
  bids: ASSOCIATION,
  bid: ASSOCIATION,
  createBid: LEADERSHIP,
  createBidFromSuggestion: LEADERSHIP,
  updateBid: LEADERSHIP,
  markBidReady: LEADERSHIP,
  withdrawBid: LEADERSHIP,
  complianceMatrix: ASSOCIATION,
  myWorkPackages: FIRMS,
  workPackage: ANY,
  addWorkPackage: LEADERSHIP,
  updateWorkPackage: LEADERSHIP,
  offerWorkPackage: LEADERSHIP,
  offerWorkPackages: LEADERSHIP,
  respondToWorkPackage: FIRMS,
  acceptCounterOffer: LEADERSHIP,
  reassignWorkPackage: LEADERSHIP,
  withdrawWorkPackage: LEADERSHIP,
  reassignmentCandidates: LEADERSHIP,
  submitBid: LEADERSHIP,
  reviseBid: LEADERSHIP,
  correctBidOutcome: LEADERSHIP,
  recordBidOutcome: LEADERSHIP,
  bidRevision: ASSOCIATION,
  bidRevisions: ASSOCIATION,
  /** Seeing a bid's price build-up (Bid.priceBuildUp). */
  seePriceBuildUp: ASSOCIATION,
});
