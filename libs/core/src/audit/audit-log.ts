import type { Actor } from '../auth/actor';
import { RequestContext } from '../context/request-context';
import type { Tx } from '../database/database.service';
import { AuditRecord } from './audit-record.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

/** Keys never written to the audit trail. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'token']);

function summary(v: object | null | undefined): string | null {
  if (!v) return null;
  return JSON.stringify(v, (k, val) => (SECRET_KEYS.has(k) ? '[redacted]' : val));
}

/**
 * Appends an audit record. Takes the transaction, not the Database, so the record commits or
 * rolls back together with the change it describes.
 */
export async function audit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(AuditRecord, {
    at: new Date(),
    actorUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
    actorEmail: actor.kind === 'user' ? actor.email : 'anonymous',
    actorRole: actor.kind === 'user' ? actor.role : 'ANONYMOUS',
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: summary(entry.before),
    after: summary(entry.after),
    reason: entry.reason ?? null,
    requestId: RequestContext.requestId() ?? null,
  });
}
