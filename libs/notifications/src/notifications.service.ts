import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { type Actor, AppError, Database, type Language, Role, type Tx } from '@app/core';
import { User } from '@app/identity';
import { type NotificationParams, renderNotification } from './notification-messages';
import { Notification } from './entities/notification.entity';
import { LogSender, type NotificationSender } from './notification-sender';

interface NotificationBase {
  kind: string;
  /** Unique per event; combined with the recipient, so each person gets it once. */
  key: string;
  recipientUserIds: number[];
  entityType?: string;
  entityId?: string | number;
}

/**
 * A notification to store: its facts (`params`), from which subject and body are made in each
 * recipient's language (and again in the reader's when read), or, for contexts that write their
 * own words, a ready subject and body.
 */
export type NewNotification = NotificationBase & ({ params: NotificationParams } | { subject: string; body: string });

/** The stored subject, body and facts of a notification for one recipient. */
function contentFor(n: NewNotification, language: Language): { subject: string; body: string; params: string | null } {
  if ('params' in n) return { ...renderNotification(n.params, language), params: JSON.stringify(n.params) };
  return { subject: n.subject.slice(0, 300), body: n.body, params: null };
}

const CLAIM_TIMEOUT_MS = 5 * 60 * 1000;
/** Keys per lookup statement and rows per write transaction of storeMany. */
const LOOKUP_CHUNK = 500;
const STORE_BATCH = 100;
/** Rows per insert statement of notifyAll (11 values a row, well inside SQLite's and PostgreSQL's limits). */
const INSERT_BATCH = 500;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Lets waiting requests run before the next step of a long background job: on SQLite every
 * statement runs on the one thread, so a job that never yields keeps requests waiting.
 */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
const MAX_ATTEMPTS = 10;

/**
 * The notifications outbox. `notify(tx, …)` stores notifications in the caller's transaction,
 * so they exist exactly when the event does. `deliverPending()` claims undelivered rows and hands
 * them to the pluggable sender; a claim makes two instances never send the same row twice.
 */
/**
 * The rows to store for some notifications: one per active recipient, each with its dedupe key
 * and the content in the recipient's own language.
 */
function rowsFor(items: NewNotification[], users: Map<number, User>) {
  const now = new Date();
  return items.flatMap((n) =>
    [...new Set(n.recipientUserIds)]
      .filter((id) => users.has(id))
      .map((id) => {
        const u = users.get(id)!;
        return {
          dedupeKey: `${n.key}:u${u.id}`.slice(0, 300),
          kind: n.kind,
          recipientUserId: u.id,
          recipientEmail: u.email,
          ...contentFor(n, u.language),
          entityType: n.entityType ?? null,
          entityId: n.entityId === undefined ? null : String(n.entityId),
          createdAt: now,
          attempts: 0,
        };
      }),
  );
}

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');
  private sender: NotificationSender = new LogSender();
  readonly instanceId = randomUUID();

  constructor(private readonly db: Database) {}

  useSender(sender: NotificationSender): void {
    this.sender = sender;
  }

  /**
   * Stores one notification per recipient; an existing dedupe key is kept (idempotent). Returns
   * how many it stored (under concurrent scans another instance may win a row counted here).
   */
  async notify(tx: Tx, n: NewNotification): Promise<number> {
    return this.notifyAll(tx, [n]);
  }

  /**
   * `notify` for several events in one transaction, in three statements for up to 500 recipient
   * rows: the recipients, the dedupe keys already stored, one insert (one more of each per 500).
   */
  async notifyAll(tx: Tx, items: NewNotification[]): Promise<number> {
    const ids = [...new Set(items.flatMap((n) => n.recipientUserIds))];
    if (!ids.length) return 0;
    const users = new Map((await tx.find(User, { where: { id: In(ids), active: true } })).map((u) => [u.id, u]));
    if (!users.size) return 0;
    const rows = rowsFor(items, users);
    const existing = new Set<string>();
    for (const keys of chunks(
      rows.map((r) => r.dedupeKey),
      LOOKUP_CHUNK,
    ))
      for (const r of await tx.find(Notification, { select: { dedupeKey: true }, where: { dedupeKey: In(keys) } }))
        existing.add(r.dedupeKey);
    const fresh = rows.filter((r) => !existing.has(r.dedupeKey) && existing.add(r.dedupeKey));
    // orIgnore: another instance may have stored the same key since the check above
    for (const batch of chunks(fresh, INSERT_BATCH))
      await tx.createQueryBuilder().insert().into(Notification).values(batch).orIgnore().execute();
    return fresh.length;
  }

  /**
   * Stores many notifications (the reminder scans), each once, in short steps so that requests
   * get in between: the recipients and the dedupe keys already stored are read first (reads only),
   * then only the new rows are written, at most STORE_BATCH rows per short transaction, with a
   * turn of the event loop before each. Not for use inside a transaction (events use notify).
   * Returns how many it stored.
   */
  async storeMany(items: NewNotification[]): Promise<number> {
    if (!items.length) return 0;
    const userIds = [...new Set(items.flatMap((n) => n.recipientUserIds))];
    const users = new Map<number, User>();
    for (const ids of chunks(userIds, LOOKUP_CHUNK)) {
      await yieldToRequests();
      for (const u of await this.db.read((em) => em.find(User, { where: { id: In(ids), active: true } }))) users.set(u.id, u);
    }
    const rows = rowsFor(items, users);
    const existing = new Set<string>();
    for (const keys of chunks(
      rows.map((r) => r.dedupeKey),
      LOOKUP_CHUNK,
    )) {
      await yieldToRequests();
      const found = await this.db.read((em) => em.find(Notification, { select: { dedupeKey: true }, where: { dedupeKey: In(keys) } }));
      for (const r of found) existing.add(r.dedupeKey);
    }
    const fresh = rows.filter((r) => !existing.has(r.dedupeKey) && existing.add(r.dedupeKey));
    for (const batch of chunks(fresh, STORE_BATCH)) {
      await yieldToRequests();
      // orIgnore: another instance may have stored the same key since the read above
      await this.db.transaction((tx) => tx.createQueryBuilder().insert().into(Notification).values(batch).orIgnore().execute());
    }
    return fresh.length;
  }

  /** User ids by role, and of a firm's users; for choosing recipients. */
  async usersWithRole(tx: Tx, ...roles: Role[]): Promise<number[]> {
    return (await tx.find(User, { where: { role: In(roles), active: true } })).map((u) => u.id);
  }

  /** The same, read outside any transaction (the reminder scans). */
  async activeUsersWithRole(...roles: Role[]): Promise<number[]> {
    return this.db.read(async (em) =>
      (await em.find(User, { where: { role: In(roles), active: true }, order: { id: 'ASC' } })).map((u) => u.id),
    );
  }

  async usersOfFirm(tx: Tx, memberId: number): Promise<number[]> {
    return (await tx.find(User, { where: { firmId: memberId, role: Role.FIRM_USER, active: true } })).map((u) => u.id);
  }

  /** The active firm users of each firm, in one statement. */
  async usersOfFirms(tx: Tx, memberIds: number[]): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>(memberIds.map((id) => [id, []]));
    if (!memberIds.length) return out;
    const users = await tx.find(User, {
      select: { id: true, firmId: true },
      where: { firmId: In([...new Set(memberIds)]), role: Role.FIRM_USER, active: true },
    });
    for (const u of users) if (u.firmId !== null) out.get(u.firmId)?.push(u.id);
    return out;
  }

  async mine(actor: Actor, unreadOnly: boolean, limit: number): Promise<Notification[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read((em) =>
      em.find(Notification, {
        where: { recipientUserId: actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
        order: { id: 'DESC' },
        take: Math.min(Math.max(limit, 1), 500),
      }),
    );
  }

  async markRead(actor: Actor, id: number): Promise<Notification> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.transaction(async (tx) => {
      const n = await tx.findOneBy(Notification, { id });
      if (!n || n.recipientUserId !== actor.userId) throw AppError.notFound('Notification', id);
      if (!n.readAt) {
        n.readAt = new Date();
        await tx.update(Notification, { id }, { readAt: n.readAt });
      }
      return n;
    });
  }

  /** Sends what is waiting. Returns how many were delivered by this call. */
  async deliverPending(limit = 100): Promise<number> {
    const now = Date.now();
    const candidates = await this.db.read((em) =>
      em
        .createQueryBuilder(Notification, 'n')
        .where('n.delivered_at IS NULL')
        .andWhere('n.attempts < :max', { max: MAX_ATTEMPTS })
        .andWhere('(n.claimed_at IS NULL OR n.claimed_at < :stale)', { stale: now - CLAIM_TIMEOUT_MS })
        .orderBy('n.id', 'ASC')
        .take(limit)
        .getMany(),
    );
    let delivered = 0;
    for (const n of candidates) {
      const claimed = await this.db.transaction((tx) =>
        tx
          .createQueryBuilder()
          .update(Notification)
          .set({ claimedBy: this.instanceId, claimedAt: new Date(), attempts: () => 'attempts + 1' } as never)
          .where('id = :id AND delivered_at IS NULL AND (claimed_at IS NULL OR claimed_at < :stale)', {
            id: n.id,
            stale: now - CLAIM_TIMEOUT_MS,
          })
          .execute(),
      );
      if (claimed.affected !== 1) continue; // another instance has it
      try {
        await this.sender.send({ to: n.recipientEmail, subject: n.subject, body: n.body, kind: n.kind });
        await this.db.transaction((tx) =>
          tx.update(Notification, { id: n.id, claimedBy: this.instanceId }, { deliveredAt: new Date(), lastError: null }),
        );
        delivered++;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        this.logger.warn({ msg: 'notification not delivered; will retry', id: n.id, error: message });
        await this.db.transaction((tx) =>
          tx.update(Notification, { id: n.id }, { claimedAt: null, claimedBy: null, lastError: message.slice(0, 1000) }),
        );
      }
    }
    return delivered;
  }
}
