import { ROLES, permissions } from '@app/core';

const { ASSOCIATION, FIRMS, LEADERSHIP } = ROLES;

/**
 * Who may do what with the committee's pipeline and grants: read by PipelineResolver and PipelineService
 * (`@Allow(...PIPELINE_PERMISSIONS.x)`, `demand(actor, PIPELINE_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const PIPELINE_PERMISSIONS = permissions({
  pipeline: ASSOCIATION,
  pipelineExport: ASSOCIATION,
  myFirmPipeline: FIRMS,
  grants: ASSOCIATION,
  recordGrant: LEADERSHIP,
});
