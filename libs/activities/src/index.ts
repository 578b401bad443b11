export * from './activities.module';
export * from './activities.service';
export * from './activity-rules';
export * from './entities/activity.entity';
import {
  Activity,
  ActivityBudgetLine,
  ActivityEvaluation,
  ActivityFirm,
  ActivityLink,
  ActivityMilestone,
  ActivityPlanRevision,
  ActivityStatusReport,
  BoardArea,
  BoardAreaVersion,
} from './entities/activity.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const ACTIVITIES_ENTITIES = [
  BoardAreaVersion,
  BoardArea,
  Activity,
  ActivityFirm,
  ActivityBudgetLine,
  ActivityMilestone,
  ActivityPlanRevision,
  ActivityLink,
  ActivityStatusReport,
  ActivityEvaluation,
];
