import type { ActivityStatus, FollowUpStatus, GoalsMet } from '../../gql/graphql';

export const STATUS_COLOR: Record<ActivityStatus, string> = { DRAFT: 'gray', APPROVED: 'teal', CLOSED: 'indigo' };
export const FOLLOW_UP_COLOR: Record<FollowUpStatus, string> = { ON_TRACK: 'green', AT_RISK: 'yellow', OFF_TRACK: 'red' };
export const FOLLOW_UPS: FollowUpStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
export const GOALS: GoalsMet[] = ['MET', 'PARTLY', 'NOT_MET'];
/** The "changed since approval" badge: a dark orange that keeps 4.5:1 on white as an outline (Mantine's orange.9 does not). */
export const CHANGED_COLOR = '#a63c06';
