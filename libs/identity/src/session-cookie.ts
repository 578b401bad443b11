import type { GqlContext } from '@app/core';
import type { IssuedRefresh } from './sessions.service';

/** The refresh token's cookie: httpOnly (no script reads it), SameSite=Strict, sent to /graphql only. */
export const SESSION_COOKIE = 'tf_session';
const COOKIE_PATH = '/graphql';

export function readSessionCookie(ctx: GqlContext): string | undefined {
  const header = ctx.req.headers.cookie;
  const raw = Array.isArray(header) ? header.join('; ') : header;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function setSessionCookie(ctx: GqlContext, refresh: IssuedRefresh, now = Date.now()): void {
  ctx.res?.cookie(SESSION_COOKIE, refresh.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.req.secure === true,
    path: COOKIE_PATH,
    maxAge: Math.max(0, refresh.expiresAt.getTime() - now),
  });
}

export function clearSessionCookie(ctx: GqlContext): void {
  ctx.res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: ctx.req.secure === true, path: COOKIE_PATH });
}
