import { createHmac } from 'node:crypto';
import { AuditRecord } from '@app/core';
import { LOGIN_LIMITS } from '@app/identity';
import { codeOf, createTestApp, TEST_JWT_SECRET, type TestApp, USERS } from './support/test-app';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
function sign(header: object, payload: object, secret = TEST_JWT_SECRET, alg: 'sha256' | 'sha512' = 'sha256'): string {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${createHmac(alg, secret).update(body).digest('base64url')}`;
}
const now = () => Math.floor(Date.now() / 1000);
const claims = (over: object = {}) => ({
  sub: '1',
  role: 'ADMIN',
  firm: null,
  iat: now(),
  exp: now() + 600,
  iss: 'totalfly',
  aud: 'totalfly-api',
  ...over,
});
const ME = '{ me { email role firmId } }';

describe('authentication (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in and returns the user, role and firm from `me`', async () => {
    const token = await t.login(USERS.firmA.email);
    const r = await t.gql<{ me: { email: string; role: string; firmId: number } }>(ME, undefined, token);
    expect(r.data!.me).toMatchObject({ email: USERS.firmA.email, role: 'FIRM_USER' });
    expect(r.data!.me.firmId).toEqual(expect.any(Number));
  });

  it('accepts a token we signed the same way (control for the rejections below)', async () => {
    expect(codeOf(await t.gql(ME, undefined, sign({ alg: 'HS256', typ: 'JWT' }, claims())))).toBe('OK');
  });

  it.each([
    ['alg: none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
    ['HS512 (algorithm not pinned)', sign({ alg: 'HS512', typ: 'JWT' }, claims(), TEST_JWT_SECRET, 'sha512')],
    [
      'a tampered payload',
      (() => {
        const [h, , s] = sign({ alg: 'HS256', typ: 'JWT' }, claims({ sub: '7', role: 'FIRM_USER' })).split('.');
        return `${h}.${b64(claims())}.${s}`;
      })(),
    ],
    ['another secret', sign({ alg: 'HS256', typ: 'JWT' }, claims(), 'not-our-secret-not-our-secret-not-our')],
    ['an expired token', sign({ alg: 'HS256', typ: 'JWT' }, claims({ iat: now() - 3600, exp: now() - 60 }))],
    ['a wrong audience', sign({ alg: 'HS256', typ: 'JWT' }, claims({ aud: 'someone-else' }))],
    ['garbage', 'not.a.token'],
  ])('rejects %s with UNAUTHENTICATED', async (_name, token) => {
    const r = await t.gql(ME, undefined, token);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  });

  it('tells an expired session apart in the message', async () => {
    const r = await t.gql(ME, undefined, sign({ alg: 'HS256', typ: 'JWT' }, claims({ exp: now() - 60 })));
    expect(r.errors![0].message).toMatch(/expired/);
  });

  it('refuses a token it accepted before once that token has expired (a checked token is remembered, its expiry is not)', async () => {
    const exp = now() + 1;
    const token = sign({ alg: 'HS256', typ: 'JWT' }, claims({ exp }));
    expect(codeOf(await t.gql(ME, undefined, token))).toBe('OK');
    expect(codeOf(await t.gql(ME, undefined, token))).toBe('OK');
    // jsonwebtoken counts a token expired from the second of its `exp` on
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 20));
    const r = await t.gql(ME, undefined, token);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/expired/);
    expect(r.errors![0].extensions).toMatchObject({ details: { reason: 'TOKEN_EXPIRED' } });
  });

  it('checks a token that differs from an accepted one by a single character afresh', async () => {
    const token = sign({ alg: 'HS256', typ: 'JWT' }, claims());
    expect(codeOf(await t.gql(ME, undefined, token))).toBe('OK');
    const last = token.at(-1)!;
    const altered = token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    expect(codeOf(await t.gql(ME, undefined, altered))).toBe('UNAUTHENTICATED');
  });

  it('gives one identical error for a wrong password and an unknown email', async () => {
    const q = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
    const wrong = await t.gql(q, { i: { email: USERS.steering.email, password: 'wrong-password' } });
    const unknown = await t.gql(q, { i: { email: 'nobody@totalfly.example', password: 'wrong-password' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.errors![0].extensions).toEqual(unknown.errors![0].extensions);
  });

  it('limits failed attempts per account, then refuses even the right password for a while', async () => {
    const q = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
    const email = 'styre2@totalfly.example';
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      expect(codeOf(await t.gql(q, { i: { email, password: `wrong-${i}` } }))).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(q, { i: { email, password: 'demo-styre-2006' } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
  });

  it('stops a deactivated user at once, even with an unexpired token, and audits it', async () => {
    const admin = await t.login(USERS.admin.email);
    const victim = await t.login(USERS.firmB.email);
    const me = await t.gql<{ me: { email: string } }>('{ me { email } }', undefined, victim);
    expect(codeOf(me)).toBe('OK');
    const users = await t.gql<{ users: { id: number; email: string }[] }>('{ users { id email } }', undefined, admin);
    const id = users.data!.users.find((u) => u.email === USERS.firmB.email)!.id;
    expect(codeOf(await t.gql(`mutation { deactivateUser(userId: ${id}) { active } }`, undefined, admin))).toBe('OK');
    expect(codeOf(await t.gql(ME, undefined, victim))).toBe('UNAUTHENTICATED');
    const trail = await t.db.read((em) => em.findBy(AuditRecord, { entityType: 'User', entityId: String(id) }));
    expect(trail.map((a) => a.action)).toContain('deactivateUser');
    expect(JSON.stringify(trail)).not.toContain('scrypt$');
    await t.gql(`mutation { reactivateUser(userId: ${id}) { active } }`, undefined, admin);
  });

  it('creates users with validated input; a firm user needs a firm and other roles must not have one', async () => {
    const admin = await t.login(USERS.admin.email);
    const q = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id role firmId } }';
    const base = { email: 'new.user@totalfly.example', displayName: 'New', password: 'long-enough-pw' };
    expect(codeOf(await t.gql(q, { i: { ...base, role: 'FIRM_USER' } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(q, { i: { ...base, role: 'STEERING', firmId: 1 } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(q, { i: { ...base, role: 'FIRM_USER', firmId: 999999 } }, admin))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(q, { i: { ...base, password: 'short', role: 'STEERING' } }, admin))).toBe('BAD_USER_INPUT');
    const ok = await t.gql<{ createUser: { id: number } }>(q, { i: { ...base, role: 'FIRM_USER', firmId: 1 } }, admin);
    expect(codeOf(ok)).toBe('OK');
    expect(codeOf(await t.gql(q, { i: { ...base, email: 'NEW.USER@totalfly.example', role: 'STEERING' } }, admin))).toBe('CONFLICT');
    const token = await t.login('new.user@totalfly.example', 'long-enough-pw');
    const me = await t.gql<{ me: { role: string; firmId: number } }>(ME, undefined, token);
    expect(me.data!.me).toMatchObject({ role: 'FIRM_USER', firmId: 1 });
    // a role change takes effect on the next request, without a new token
    await t.gql(`mutation { changeUserRole(input: { userId: ${ok.data!.createUser.id}, role: STEERING }) { role } }`, undefined, admin);
    const after = await t.gql<{ me: { role: string; firmId: number | null } }>(ME, undefined, token);
    expect(after.data!.me).toEqual({ email: 'new.user@totalfly.example', role: 'STEERING', firmId: null });
  });

  it('does not let an administrator lock themselves out', async () => {
    const admin = await t.login(USERS.admin.email);
    const me = await t.gql<{ users: { id: number; email: string }[] }>('{ users { id email } }', undefined, admin);
    const id = me.data!.users.find((u) => u.email === USERS.admin.email)!.id;
    expect(codeOf(await t.gql(`mutation { deactivateUser(userId: ${id}) { id } }`, undefined, admin))).toBe('CONFLICT');
    expect(codeOf(await t.gql(`mutation { changeUserRole(input: { userId: ${id}, role: STEERING }) { id } }`, undefined, admin))).toBe(
      'CONFLICT',
    );
  });

  it('shows the audit trail to the association but not to firms', async () => {
    const q = '{ auditTrail(entityType: "Member", entityId: "1") { action actorEmail } }';
    expect(codeOf(await t.gql(q, undefined, await t.login(USERS.steering.email)))).toBe('OK');
    expect(codeOf(await t.gql(q, undefined, await t.login(USERS.firmA.email)))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(q))).toBe('UNAUTHENTICATED');
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    const attempt = (sql: string) =>
      t.db
        .transaction((tx) => tx.query(sql))
        .then(
          () => 'changed',
          (e: Error) => e.message,
        );
    expect(await attempt("UPDATE audit_record SET action = 'x'")).toMatch(/append-only/);
    expect(await attempt('DELETE FROM audit_record')).toMatch(/append-only/);
  });
});
