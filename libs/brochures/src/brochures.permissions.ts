import { ROLES, permissions } from '@app/core';

const { ANY, ASSOCIATION, LEADERSHIP } = ROLES;

/**
 * Who may do what with brochures and the network contact: read by the resolver, the download route, BrochuresService and NetworkContactService
 * (`@Allow(...BROCHURE_PERMISSIONS.x)`, `demand(actor, BROCHURE_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const BROCHURE_PERMISSIONS = permissions({
  /** `GET /brochures/:id.pdf`. */
  downloadBrochure: ANY,
  generateBrochure: ANY,
  brochures: ANY,
  networkContact: ANY,
  setNetworkContact: LEADERSHIP,
  /** Making and seeing tender brochures (everyone signed in makes and sees the network brochure). */
  tenderBrochures: ASSOCIATION,
});
