import { ROLES, permissions } from '@app/core';

const { ASSOCIATION, LEADERSHIP } = ROLES;

/**
 * Who may do what with the consortium solver: read by MatchingResolver and MatchingService
 * (`@Allow(...MATCHING_PERMISSIONS.x)`, `demand(actor, MATCHING_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const MATCHING_PERMISSIONS = permissions({
  suggestConsortia: ASSOCIATION,
  /** Seeing the suggestion's estimated costs (the firms' rates); STEERING sees the consortia without them. */
  seeSuggestionCosts: LEADERSHIP,
});
