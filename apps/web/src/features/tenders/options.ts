import type { Market, TenderStage } from '../../gql/graphql';

export const STAGES: TenderStage[] = [
  'IDENTIFIED',
  'QUALIFYING',
  'GO',
  'NO_GO',
  'BID_IN_PREPARATION',
  'SUBMITTED',
  'WON',
  'LOST',
  'WITHDRAWN',
  'CANCELLED',
];
export const MARKETS: Market[] = ['DEFENCE', 'MILITARY_AVIATION', 'CIVIL_AVIATION', 'PUBLIC_SECTOR', 'OTHER'];

export const STAGE_COLOR: Record<TenderStage, string> = {
  IDENTIFIED: 'gray',
  QUALIFYING: 'cyan',
  GO: 'teal',
  NO_GO: 'red',
  BID_IN_PREPARATION: 'blue',
  SUBMITTED: 'indigo',
  WON: 'green',
  LOST: 'red',
  WITHDRAWN: 'gray',
  CANCELLED: 'gray',
};
