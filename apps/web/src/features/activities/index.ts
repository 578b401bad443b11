export { ActivitiesPage } from './activities-page';
export { ActivityPage } from './activity-page';
export { NewActivityPage } from './plan-form';
