// The activities context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
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

export { ActivitiesModule } from './activities.module';
export { ActivitiesService } from './activities.service';
export {
  Activity,
  ActivityBudgetLine,
  ActivityEvaluation,
  ActivityFirm,
  ActivityKind,
  ActivityLink,
  ActivityLinkKind,
  ActivityMilestone,
  ActivityPlanRevision,
  ActivityStatus,
  ActivityStatusReport,
  BoardArea,
  BoardAreaVersion,
  FollowUpStatus,
  FundingSource,
  GoalsMet,
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
