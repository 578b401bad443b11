import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { MoreThan } from 'typeorm';
import {
  APP_CONFIG,
  type Actor,
  type AppConfig,
  AppError,
  Database,
  DUMMY_HASH,
  ErrorCode,
  leanShape,
  Role,
  type UserActor,
  verifyPassword,
  ErrorReason,
} from '@app/core';
import { LoginFailure } from './entities/login-failure.entity';
import { User } from './entities/user.entity';
import { type IssuedRefresh, SessionsService } from './sessions.service';

export const LOGIN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perIp: 30,
};

/** The one message for a wrong password and an unknown email, so neither can be probed. */
const BAD_CREDENTIALS = 'The email or password is wrong.';

export interface TokenClaims {
  sub: string;
  role: Role;
  firm: number | null;
  /** The user's session version when the token was made; a password change bumps it. */
  sv?: number;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: User;
  /** The new refresh token for the session cookie; null when a concurrent refresh already made one. */
  refresh: IssuedRefresh | null;
}

/** How many checked tokens `authenticate` remembers (first in, first out). */
const VERIFIED_TOKENS = 1000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  /**
   * Tokens whose signature, algorithm, issuer and audience were checked, with their claims. A
   * console sends the same token with every request for its lifetime; checking it again cost
   * ~0.2 ms a request (HMAC, base64 and JSON twice; issue 23). Only the exact string that passed
   * is remembered, so a changed token is checked afresh; expiry is checked on every request.
   */
  private readonly verified = new Map<string, TokenClaims & { exp: number }>();
  constructor(
    private readonly db: Database,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailRaw: string, password: string, ip: string): Promise<SignedIn> {
    const email = emailRaw.trim().toLowerCase();
    const since = new Date(Date.now() - LOGIN_LIMITS.windowMs);
    // one after the other: queries on one EntityManager never overlap (a transaction's is one connection)
    const [byAccount, byIp, user] = await this.db.read(
      async (em) =>
        [
          await em.countBy(LoginFailure, { email, at: MoreThan(since) as never }),
          await em.countBy(LoginFailure, { ip, at: MoreThan(since) as never }),
          await em.findOneBy(User, { email }),
        ] as const,
    );
    if (byAccount >= LOGIN_LIMITS.perAccount || byIp >= LOGIN_LIMITS.perIp) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many failed sign-in attempts. Wait 15 minutes and try again.', {
        details: { retryAfterSeconds: LOGIN_LIMITS.windowMs / 1000 },
      });
    }
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      await this.db.transaction((tx) => tx.insert(LoginFailure, { email, ip, at: new Date() }));
      this.logger.warn({ msg: 'failed sign-in', email, ip });
      throw AppError.unauthenticated(BAD_CREDENTIALS);
    }
    const refresh = await this.db.transaction(async (tx) => {
      await tx.update(User, { id: user.id }, { lastLoginAt: new Date() });
      await tx.delete(LoginFailure, { email });
      return this.sessions.start(tx, user.id);
    });
    return { ...(await this.accessToken(user)), user, refresh };
  }

  /** Renews the access token from the session cookie's refresh token, rotating it. */
  async refresh(refreshToken: string | undefined): Promise<SignedIn> {
    if (!refreshToken)
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'There is no session in this browser; sign in.', {
        details: { reason: ErrorReason.SESSION_ENDED },
      });
    const { user, refresh } = await this.sessions.rotate(refreshToken);
    return { ...(await this.accessToken(user)), user, refresh };
  }

  /** A short-lived access token for a user (claims: id, role, firm, session version). */
  async accessToken(user: User): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.jwt.ttlSeconds * 1000);
    const claims: TokenClaims = { sub: String(user.id), role: user.role, firm: user.firmId, sv: user.sessionVersion };
    return { token: await this.jwt.signAsync(claims), expiresAt };
  }

  /**
   * Turns a bearer token into an Actor. The signature, algorithm (HS256 only), issuer, audience
   * and expiry are checked; then the user is re-read, so deactivation and role changes take
   * effect at once rather than when the token expires.
   */
  async authenticate(token: string): Promise<UserActor> {
    let claims: TokenClaims;
    try {
      claims = await this.verify(token);
    } catch (e) {
      const expired = e instanceof Error && e.name === 'TokenExpiredError';
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        expired ? 'Your session has expired; sign in again.' : 'The token is not valid; sign in again.',
        {
          details: { reason: expired ? ErrorReason.TOKEN_EXPIRED : ErrorReason.TOKEN_INVALID },
        },
      );
    }
    const id = Number(claims.sub);
    // every signed-in request re-reads its user: a lean read of the columns an actor needs
    const user = Number.isSafeInteger(id)
      ? await this.db.read(async (em) => {
          const shape = leanShape(em, User, 'u', ACTOR_COLUMNS);
          return (await shape.read(em, `SELECT ${shape.select} FROM app_user u WHERE u.id = ?`, [id]))[0];
        })
      : null;
    if (!user || !user.active) throw AppError.unauthenticated('This account is not active; sign in again or ask an administrator.');
    if ((claims.sv ?? 0) !== user.sessionVersion)
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Your password was changed since you signed in; sign in again.', {
        details: { reason: ErrorReason.SESSION_ENDED },
      });
    return toActor(user);
  }

  /** The token's claims once its signature and claims are checked; remembered until it expires. */
  private async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known) {
      // as jsonwebtoken decides it: expired from the second of `exp` on
      if (Math.floor(Date.now() / 1000) < known.exp) return known;
      this.verified.delete(token);
      throw Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' });
    }
    const claims = await this.jwt.verifyAsync<TokenClaims & { exp?: number }>(token);
    // our tokens always expire; one that does not is checked every time rather than kept forever
    if (typeof claims.exp === 'number') {
      this.verified.set(token, claims as TokenClaims & { exp: number });
      if (this.verified.size > VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    }
    return claims;
  }
}

/** What `toActor` reads of a user, whether the account is active and its session version. */
const ACTOR_COLUMNS = ['id', 'email', 'role', 'firmId', 'language', 'active', 'sessionVersion'] as const;

export function toActor(user: Pick<User, 'id' | 'email' | 'role' | 'firmId' | 'language'>): UserActor {
  return { kind: 'user', userId: user.id, email: user.email, role: user.role, firmId: user.firmId, language: user.language };
}

export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw AppError.unauthenticated();
  return actor;
}
