import { ROLES, permissions } from '@app/core';

const { ADMIN_ONLY, ANY, ASSOCIATION, LEADERSHIP, LEADERSHIP_AND_FIRMS } = ROLES;

/**
 * Who may do what with the member register: read by the resolvers, MembersService, CapabilitiesService, CertificatesService and DuesService
 * (`@Allow(...MEMBER_PERMISSIONS.x)`, `demand(actor, MEMBER_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const MEMBER_PERMISSIONS = permissions({
  capabilityCatalogue: ANY,
  addCatalogueEntry: LEADERSHIP,
  setMemberCapability: LEADERSHIP_AND_FIRMS,
  removeMemberCapability: LEADERSHIP_AND_FIRMS,
  memberCapacity: ANY,
  addCertificate: LEADERSHIP_AND_FIRMS,
  updateCertificate: LEADERSHIP_AND_FIRMS,
  removeCertificate: LEADERSHIP_AND_FIRMS,
  expiringCertificates: ANY,
  membershipDues: ASSOCIATION,
  setMembershipDues: ADMIN_ONLY,
  members: ANY,
  member: ANY,
  registerMember: LEADERSHIP,
  updateMember: LEADERSHIP_AND_FIRMS,
  resignMember: LEADERSHIP,
  importMembers: ADMIN_ONLY,
  /** Changing any firm's profile, capabilities and certificates (a firm user changes its own only). */
  editAnyFirm: LEADERSHIP,
  /** Marking a member's data as illustrative (demo data). */
  markIllustrative: LEADERSHIP,
});
