import { ROLES, permissions } from '@app/core';

const { ASSOCIATION, LEADERSHIP } = ROLES;

/**
 * Who may do what with tenders: read by the resolvers' and the upload route's @Allow and by
 * TendersService and OcdsImportService's own checks.
 */
export const TENDER_PERMISSIONS = permissions({
  tenders: ASSOCIATION,
  tender: ASSOCIATION,
  tenderStageHistory: ASSOCIATION,
  cpvMappings: ASSOCIATION,
  createTender: LEADERSHIP,
  updateTender: LEADERSHIP,
  addRequirement: LEADERSHIP,
  updateRequirement: LEADERSHIP,
  removeRequirement: LEADERSHIP,
  setCpvMapping: LEADERSHIP,
  removeCpvMapping: LEADERSHIP,
  /** Also `POST /imports/ocds`. */
  importOcdsReleasePackage: LEADERSHIP,
  /** Reaching the operation; GO and NO_GO are set only by a steering decision (see moveTenderStageByHand). */
  moveTenderStage: ASSOCIATION,
  /** Moving a tender to any stage but GO or NO_GO by hand. */
  moveTenderStageByHand: LEADERSHIP,
});
