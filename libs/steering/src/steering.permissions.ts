import { ROLES, permissions } from '@app/core';

const { ADMIN_ONLY, ASSOCIATION, LEADERSHIP, STEERING_ONLY } = ROLES;

/**
 * Who may do what with the steering committee and its decisions: read by SteeringResolver and SteeringService
 * (`@Allow(...STEERING_PERMISSIONS.x)`, `demand(actor, STEERING_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const STEERING_PERMISSIONS = permissions({
  steeringCommittee: ASSOCIATION,
  setSteeringCommittee: ADMIN_ONLY,
  openSteeringDecision: LEADERSHIP,
  castVote: STEERING_ONLY,
  closeSteeringDecision: ASSOCIATION,
  cancelSteeringDecision: ASSOCIATION,
  declareDisqualified: STEERING_ONLY,
  steeringDecisions: ASSOCIATION,
  /** Closing or cancelling any decision; otherwise only whoever chairs it (chairDecision) may. */
  closeAnyDecision: LEADERSHIP,
  /** The role that may chair a decision: the chair, or the deputy chair when the chair is disqualified. */
  chairDecision: STEERING_ONLY,
});
