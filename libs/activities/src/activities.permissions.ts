import { ROLES, permissions } from '@app/core';

const { ADMIN_ONLY, ANY, ASSOCIATION, LEADERSHIP, STEERING_ONLY } = ROLES;

/**
 * Who may do what with activities and board areas: read by ActivityResolver and ActivitiesService
 * (`@Allow(...ACTIVITY_PERMISSIONS.x)`, `demand(actor, ACTIVITY_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const ACTIVITY_PERMISSIONS = permissions({
  activities: ANY,
  activity: ANY,
  createActivity: LEADERSHIP,
  updateActivityPlan: LEADERSHIP,
  linkToActivity: LEADERSHIP,
  unlinkFromActivity: LEADERSHIP,
  recordActivityStatusReport: STEERING_ONLY,
  closeActivity: STEERING_ONLY,
  boardAreas: ASSOCIATION,
  boardAreaHistory: ASSOCIATION,
  setBoardAreas: ADMIN_ONLY,
  /** Seeing budgets, revisions, figures and spending; a firm user sees its activities without them. */
  seeActivityMoney: ASSOCIATION,
});
