import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppError, Database, ErrorCode, type Tx, ErrorReason } from '@app/core';
import { RefreshSession } from './entities/refresh-session.entity';
import { User } from './entities/user.entity';

/**
 * Two requests that refresh with the same token at once (two tabs, a retried request) are not a
 * theft: within this many ms of a rotation the old token still yields an access token (no new
 * refresh token: the browser already holds the newer one). Later reuse revokes the session.
 */
export const REUSE_GRACE_MS = 10_000;

export type RevokeReason = 'SIGN_OUT' | 'REUSE' | 'PASSWORD_CHANGED' | 'ROLE_CHANGED' | 'DEACTIVATED';

export interface IssuedRefresh {
  /** The cookie value; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

function sessionEnded(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { details: { reason: ErrorReason.SESSION_ENDED } });
}

/** Browser sessions: rotating refresh tokens, revoked on sign-out and on password, role or status changes. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session for a user who just proved who they are. */
  async start(tx: Tx, userId: number, now = new Date()): Promise<IssuedRefresh> {
    // a user's finished sessions are cleared as they sign in, so the table stays small
    await tx
      .createQueryBuilder()
      .delete()
      .from(RefreshSession)
      .where('user_id = :u AND expires_at < :now', { u: userId, now: now.getTime() })
      .execute();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlSeconds * 1000);
    return this.insert(tx, userId, randomUUID(), expiresAt, now);
  }

  /**
   * Exchanges a refresh token for the user and, unless the token was rotated a moment ago, a new
   * refresh token. Anything else (unknown, expired, revoked, reused) ends the session.
   */
  async rotate(token: string, now = new Date()): Promise<{ user: User; refresh: IssuedRefresh | null }> {
    const outcome = await this.db.transaction(async (tx): Promise<{ user: User; refresh: IssuedRefresh | null } | 'REUSED'> => {
      const row = await tx.findOneBy(RefreshSession, { tokenHash: hash(token) });
      if (!row || row.revokedAt) throw sessionEnded('Your session has ended; sign in again.');
      if (row.expiresAt.getTime() <= now.getTime()) throw sessionEnded('Your working-day session has expired; sign in again.');
      const user = await tx.findOneBy(User, { id: row.userId });
      if (!user || !user.active) throw sessionEnded('This account is not active; sign in again or ask an administrator.');
      if (row.rotatedAt) {
        if (now.getTime() - row.rotatedAt.getTime() <= REUSE_GRACE_MS) return { user, refresh: null };
        // the revocation must be committed, so the refusal is thrown after the transaction
        await this.revokeWhere(tx, { familyId: row.familyId }, 'REUSE', now);
        return 'REUSED';
      }
      const updated = await tx
        .createQueryBuilder()
        .update(RefreshSession)
        .set({ rotatedAt: now.getTime() } as never)
        .where('id = :id AND rotated_at IS NULL AND revoked_at IS NULL', { id: row.id })
        .execute();
      if (updated.affected !== 1) return { user, refresh: null };
      return { user, refresh: await this.insert(tx, row.userId, row.familyId, row.expiresAt, now) };
    });
    if (outcome === 'REUSED') throw sessionEnded('This session was used from somewhere else and has been ended; sign in again.');
    return outcome;
  }

  /** Signs out: the whole session (every rotated token of it) is revoked. Unknown tokens are ignored. */
  async end(token: string, now = new Date()): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await tx.findOneBy(RefreshSession, { tokenHash: hash(token) });
      if (row) await this.revokeWhere(tx, { familyId: row.familyId }, 'SIGN_OUT', now);
    });
  }

  /** Ends every session of a user, inside the transaction that changes the password, role or status. */
  async revokeAll(tx: Tx, userId: number, reason: RevokeReason, now = new Date()): Promise<void> {
    await this.revokeWhere(tx, { userId }, reason, now);
  }

  /** Live (unrevoked, unexpired, unrotated) sessions of a user: for tests and administration. */
  async liveCount(userId: number, now = new Date()): Promise<number> {
    return this.db.read((em) =>
      em
        .createQueryBuilder(RefreshSession, 's')
        .where('s.user_id = :u AND s.revoked_at IS NULL AND s.rotated_at IS NULL AND s.expires_at > :now', {
          u: userId,
          now: now.getTime(),
        })
        .getCount(),
    );
  }

  private async insert(tx: Tx, userId: number, familyId: string, expiresAt: Date, now: Date): Promise<IssuedRefresh> {
    const token = randomBytes(32).toString('base64url');
    await tx.insert(RefreshSession, {
      userId,
      familyId,
      tokenHash: hash(token),
      createdAt: now,
      expiresAt,
      rotatedAt: null,
      revokedAt: null,
    });
    return { token, expiresAt };
  }

  private async revokeWhere(tx: Tx, where: { familyId?: string; userId?: number }, reason: RevokeReason, now: Date): Promise<void> {
    await tx.update(RefreshSession, { ...where, revokedAt: IsNull() }, { revokedAt: now, revokeReason: reason });
  }
}
