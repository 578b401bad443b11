import { AuditRecord, IdempotencyKey, type SchemaParts } from '@app/core';
import { AUDITS_ENTITIES } from '@app/audits';
import { ACTIVITIES_ENTITIES } from '@app/activities';
import { BIDS_ENTITIES } from '@app/bids';
import { BROCHURES_ENTITIES } from '@app/brochures';
import { EXCHANGE_ENTITIES } from '@app/exchange';
import { IDENTITY_ENTITIES } from '@app/identity';
import { MEMBERS_ENTITIES } from '@app/members';
import { NOTIFICATIONS_ENTITIES } from '@app/notifications';
import { ORDERS_ENTITIES } from '@app/orders';
import { PIPELINE_ENTITIES } from '@app/pipeline';
import { ROYALTIES_ENTITIES } from '@app/royalties';
import { STEERING_ENTITIES } from '@app/steering';
import { TENDERS_ENTITIES } from '@app/tenders';
import { MIGRATIONS } from './migrations';

/** Every entity of every context, and the migrations that create them, in one place. */
export const SCHEMA: SchemaParts = {
  entities: [
    AuditRecord,
    IdempotencyKey,
    ...MEMBERS_ENTITIES,
    ...IDENTITY_ENTITIES,
    ...TENDERS_ENTITIES,
    ...BIDS_ENTITIES,
    ...NOTIFICATIONS_ENTITIES,
    ...STEERING_ENTITIES,
    ...BROCHURES_ENTITIES,
    ...ORDERS_ENTITIES,
    ...ROYALTIES_ENTITIES,
    ...PIPELINE_ENTITIES,
    ...EXCHANGE_ENTITIES,
    ...AUDITS_ENTITIES,
    ...ACTIVITIES_ENTITIES,
  ],
  migrations: MIGRATIONS,
};
