import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { projectRoot } from '@app/core';
import { CONSOLE_SECTIONS } from '../apps/api/src/http/web-console';
import { WorkPackage, WorkPackageStatus } from '@app/bids';
import { SessionsService } from '@app/identity';
import { Notification } from '@app/notifications';
import { ok } from './support/bid-story';
import { decideTender, demoTender, firmUserToken, memberByName } from './support/story';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

/**
 * What the web console needs from the API (issue 18): browser sessions with a rotating refresh
 * cookie, a language per person used by notifications and exports, names instead of ids through
 * loaders (constant SQL statements), the firm's view of the tender, and offering many packages in
 * one transaction.
 */
describe('the API behind the web console (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let tenderId: number;
  let bidId: number;
  let nammoId: number;

  /** Posts with cookies, as a browser does; returns the body and the session cookie it set (if any). */
  async function post(query: string, opts: { cookie?: string; token?: string; variables?: Record<string, unknown> } = {}) {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (opts.cookie) req.set('cookie', `tf_session=${opts.cookie}`);
    if (opts.token) req.set('authorization', `Bearer ${opts.token}`);
    const res = await req.send({ query, variables: opts.variables });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('tf_session='));
    const value = setCookie ? /^tf_session=([^;]*)/.exec(setCookie)![1] : undefined;
    return {
      body: res.body as { data?: Record<string, never>; errors?: { message: string; extensions: Record<string, unknown> }[] },
      setCookie,
      value,
    };
  }
  const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token expiresAt user { id language firm { name } } } }';
  const REFRESH = 'mutation { refreshSession { token user { email } } }';
  const signIn = (email: string, password: string) => post(LOGIN, { variables: { i: { email, password } } });

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    tenderId = (await demoTender(t)).id;
    nammoId = (await memberByName(t, 'Nammo Raufoss AS')).id;
    await decideTender(t, tenderId); // GO only by the committee's decision (issue 20)
  });
  afterAll(() => t.close());

  describe('browser sessions', () => {
    it('signs in with an httpOnly, SameSite=Strict refresh cookie for /graphql only, and renews through it with rotation', async () => {
      const first = await signIn(USERS.firmB.email, USERS.firmB.password);
      expect(first.setCookie).toMatch(/HttpOnly/);
      expect(first.setCookie).toMatch(/SameSite=Strict/);
      expect(first.setCookie).toMatch(/Path=\/graphql/);
      expect(first.setCookie).toMatch(/Max-Age=43\d{3}/); // a working day: 12 h
      const renewed = await post(REFRESH, { cookie: first.value });
      expect(renewed.body.errors).toBeUndefined();
      expect((renewed.body.data as unknown as { refreshSession: { user: { email: string } } }).refreshSession.user.email).toBe(
        USERS.firmB.email,
      );
      expect(renewed.value).toBeDefined();
      expect(renewed.value).not.toBe(first.value);
      // the renewed access token works
      const token = (renewed.body.data as unknown as { refreshSession: { token: string } }).refreshSession.token;
      expect(codeOf(await t.gql('{ me { email } }', undefined, token))).toBe('OK');
      // a second tab presenting the old cookie a moment later gets an access token, no new cookie
      const twin = await post(REFRESH, { cookie: first.value });
      expect(twin.body.errors).toBeUndefined();
      expect(twin.value).toBeUndefined();
    });

    it('treats a rotated token used again after the grace as stolen: the whole session ends', async () => {
      const sessions = t.app.get(SessionsService);
      const first = await signIn(USERS.firmB.email, USERS.firmB.password);
      const second = await post(REFRESH, { cookie: first.value });
      const later = new Date(Date.now() + 60_000);
      await expect(sessions.rotate(first.value!, later)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      // the newest token of that session is dead too
      const after = await post(REFRESH, { cookie: second.value });
      expect(after.body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'SESSION_ENDED' } });
      expect(after.setCookie).toMatch(/tf_session=;/);
    });

    it('ends the session on sign-out, and without a cookie there is nothing to renew', async () => {
      const s = await signIn(USERS.firmB.email, USERS.firmB.password);
      const out = await post('mutation { logout }', { cookie: s.value });
      expect(out.body.errors).toBeUndefined();
      expect(out.setCookie).toMatch(/tf_session=;/);
      expect((await post(REFRESH, { cookie: s.value })).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await post(REFRESH)).body.errors![0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        details: { reason: 'SESSION_ENDED' },
      });
    });

    it('revokes every session on deactivation and on a role change', async () => {
      const admin = await t.login(USERS.admin.email);
      const created = ok(
        await t.gql<{ createUser: { id: number } }>(
          'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
          { i: { email: 'session.person@totalfly.example', displayName: 'Session Person', password: 'long-password-1', role: 'STEERING' } },
          admin,
        ),
      ).createUser.id;
      const a = await signIn('session.person@totalfly.example', 'long-password-1');
      ok(await t.gql(`mutation { changeUserRole(input: { userId: ${created}, role: PROJECT_LEADER }) { role } }`, undefined, admin));
      expect((await post(REFRESH, { cookie: a.value })).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      const b = await signIn('session.person@totalfly.example', 'long-password-1');
      ok(await t.gql(`mutation { deactivateUser(userId: ${created}) { active } }`, undefined, admin));
      expect((await post(REFRESH, { cookie: b.value })).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      ok(await t.gql(`mutation { reactivateUser(userId: ${created}) { active } }`, undefined, admin));
      expect((await post(REFRESH, { cookie: b.value })).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect(await t.app.get(SessionsService).liveCount(created)).toBe(0);
    });

    it('on a password change ends every other session and older access tokens at once; this browser carries on', async () => {
      const other = await signIn(USERS.firmB.email, USERS.firmB.password);
      const mine = await signIn(USERS.firmB.email, USERS.firmB.password);
      const oldToken = (mine.body.data as unknown as { login: { token: string } }).login.token;
      const wrong = await post('mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { token } }', {
        token: oldToken,
        variables: { i: { currentPassword: 'not-the-password', newPassword: 'a-new-password-1' } },
      });
      expect(wrong.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword' }] });
      const changed = await post('mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { token } }', {
        token: oldToken,
        variables: { i: { currentPassword: USERS.firmB.password, newPassword: 'a-new-password-1' } },
      });
      expect(changed.body.errors).toBeUndefined();
      expect(changed.value).toBeDefined();
      const newToken = (changed.body.data as unknown as { changeMyPassword: { token: string } }).changeMyPassword.token;
      expect(codeOf(await t.gql('{ me { id } }', undefined, oldToken))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql('{ me { id } }', undefined, newToken))).toBe('OK');
      expect((await post(REFRESH, { cookie: other.value })).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await post(REFRESH, { cookie: mine.value })).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await post(REFRESH, { cookie: changed.value })).body.errors).toBeUndefined();
      // put it back for the other tests
      ok(
        await t.gql(
          'mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { token } }',
          { i: { currentPassword: 'a-new-password-1', newPassword: USERS.firmB.password } },
          newToken,
        ),
      );
    });
  });

  const pkgs = () => t.db.read((em) => em.find(WorkPackage, { where: { bidId }, order: { id: 'ASC' } }));

  describe("language, notifications and the firm's view", () => {
    it('creates the bid from exactly the alternative shown, or refuses when it has changed', async () => {
      const s = ok(
        await t.gql<{
          suggestConsortia: { alternatives: { firms: { firmId: number; assignments: { requirementId: number; hours: number }[] }[] }[] };
        }>(
          `{ suggestConsortia(tenderId: ${tenderId}) { alternatives { firms { firmId assignments { requirementId hours } } } } }`,
          undefined,
          leader,
        ),
      );
      const seen = s.suggestConsortia.alternatives[0].firms.flatMap((f) => f.assignments.map((a) => ({ firmId: f.firmId, ...a })));
      const tampered = [...seen.slice(1), { ...seen[0], hours: seen[0].hours + 1 }];
      const before = await t.db.read((em) => em.count(WorkPackage));
      const refused = await t.gql(
        'mutation($i: CreateBidFromSuggestionInput!) { createBidFromSuggestion(input: $i) { id } }',
        { i: { tenderId, rank: 1, seen: tampered } },
        leader,
      );
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'SUGGESTION_CHANGED' } });
      expect(await t.db.read((em) => em.count(WorkPackage))).toBe(before);
      bidId = ok(
        await t.gql<{ createBidFromSuggestion: { id: number } }>(
          'mutation($i: CreateBidFromSuggestionInput!) { createBidFromSuggestion(input: $i) { id } }',
          { i: { tenderId, rank: 1, seen } },
          leader,
        ),
      ).createBidFromSuggestion.id;
      const made = await pkgs();
      expect(new Set(made.map((p) => p.memberId))).toEqual(new Set(seen.map((a) => a.firmId)));
    });

    it('offers many packages in one transaction: one that cannot be offered leaves all as they were', async () => {
      const packages = await pkgs();
      const victim = packages[packages.length - 1];
      await t.db.transaction((tx) => tx.update(WorkPackage, { id: victim.id }, { priceMinor: null }));
      const notesBefore = await t.db.read((em) => em.count(Notification));
      const refused = await t.gql(
        'mutation($ids: [Int!]!) { offerWorkPackages(ids: $ids) { warnings } }',
        { ids: packages.map((p) => p.id) },
        leader,
      );
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { workPackageId: victim.id } });
      expect(refused.errors?.[0].message).toMatch(new RegExp(`^Nothing was offered. Work package ${victim.id}:`));
      expect((await pkgs()).map((p) => p.status)).toEqual(packages.map(() => WorkPackageStatus.DRAFT));
      expect(await t.db.read((em) => em.count(Notification))).toBe(notesBefore);
      await t.db.transaction((tx) => tx.update(WorkPackage, { id: victim.id }, { priceMinor: 14500000 }));
      // the firm reads in English when the offer is made: its e-mail text is English
      const firmA = await t.login(USERS.firmA.email);
      expect(ok(await t.gql<{ me: { language: string } }>('{ me { language } }', undefined, firmA)).me.language).toBe('NB');
      ok(await t.gql('mutation { setMyLanguage(language: EN) { language } }', undefined, firmA));
      const offered = ok(
        await t.gql<{ offerWorkPackages: { workPackage: { status: string } }[] }>(
          'mutation($ids: [Int!]!) { offerWorkPackages(ids: $ids) { workPackage { status } } }',
          { ids: packages.map((p) => p.id) },
          leader,
        ),
      );
      expect(offered.offerWorkPackages.map((o) => o.workPackage.status)).toEqual(packages.map(() => 'OFFERED'));
      const nammoPackage = (await pkgs()).find((p) => p.memberId === nammoId)!;
      const stored = await t.db.read((em) =>
        em.findOneByOrFail(Notification, { kind: 'WORK_PACKAGE_OFFERED', entityId: String(nammoPackage.id) }),
      );
      expect(stored.subject).toBe(`New work package: ${nammoPackage.title}`.slice(0, 300));
      expect(stored.body).toMatch(
        /^TotAl-Fly offers your firm work package \d+ ".*" \([\d,]+ hours?, \d+ \w{3} \d{4} to \d+ \w{3} \d{4}, NOK\s[\d,]+\.\d{2}\)\. Please accept, decline or counter by \d+ \w{3} \d{4}, \d{2}:\d{2}\.$/,
      );
    });

    it('shows in-app notifications in the reader\'s current language: Oslo time, amounts as "kr 1 450 000,00"', async () => {
      const firmA = await t.login(USERS.firmA.email);
      const q = '{ myNotifications(limit: 5) { kind subject body target { type id label bidId } } }';
      type N = {
        myNotifications: {
          kind: string;
          subject: string;
          body: string;
          target: { type: string; id: number; label: string; bidId: number };
        }[];
      };
      const en = ok(await t.gql<N>(q, undefined, firmA)).myNotifications.find((n) => n.kind === 'WORK_PACKAGE_OFFERED')!;
      expect(en.subject).toMatch(/^New work package: /);
      ok(await t.gql('mutation { setMyLanguage(language: NB) { language } }', undefined, firmA));
      const nb = ok(await t.gql<N>(q, undefined, firmA)).myNotifications.find((n) => n.kind === 'WORK_PACKAGE_OFFERED')!;
      expect(nb.subject).toMatch(/^Ny arbeidspakke: /);
      expect(nb.body).toMatch(
        /\([\d\s]+ timer, \d{2}\.\d{2}\.\d{4}–\d{2}\.\d{2}\.\d{4}, kr\s[\d\s]+,\d{2}\)\. Svar – godta, avslå eller gi motbud – innen \d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}\.$/,
      );
      expect(nb.target).toMatchObject({ type: 'WorkPackage', bidId });
    });

    it("gives the firm its package with names and the tender's public summary, never other firms' prices", async () => {
      const firmA = await t.login(USERS.firmA.email);
      const r = ok(
        await t.gql<{
          myWorkPackages: {
            member: { name: string };
            tender: { id: number; buyerName: string; title: string; deadline: string };
            requirements: { requirement: { description: string } }[];
          }[];
        }>(
          '{ myWorkPackages { member { name } tender { id buyerName title deadline } requirements { requirement { description capabilityCode } } } }',
          undefined,
          firmA,
        ),
      );
      const mine = r.myWorkPackages.find((p) => p.tender.id === tenderId)!;
      expect(mine.member.name).toBe('Nammo Raufoss AS');
      expect(mine.tender.buyerName).toBeTruthy();
      expect(mine.requirements.length).toBeGreaterThan(0);
      // the summary type has no money and no other firm in it
      const type = ok(
        await t.gql<{ __type: { fields: { name: string; type: { name: string | null; ofType: { name: string } | null } }[] } }>(
          '{ __type(name: "TenderSummary") { fields { name type { name ofType { name } } } } }',
        ),
      ).__type;
      const types = type.fields.map((f) => f.type.name ?? f.type.ofType?.name);
      expect(types).not.toContain('Money');
      expect(types).not.toContain('WorkPackage');
      expect(codeOf(await t.gql(`{ tender(id: ${tenderId}) { id } }`, undefined, firmA))).toBe('FORBIDDEN');
    });

    it("shows a firm only its own answers in a package's history, not what an earlier firm said", async () => {
      const packages = await pkgs();
      const other = packages.find((p) => p.memberId !== nammoId)!;
      const firmName = (await t.db.read((em) => em.query(`SELECT name FROM member WHERE id = ${other.memberId}`)))[0].name as string;
      ok(
        await t.gql(
          'mutation($i: RespondToWorkPackageInput!) { respondToWorkPackage(input: $i) { status } }',
          { i: { workPackageId: other.id, response: 'DECLINE', reason: 'Secret reason of the first firm' } },
          await firmUserToken(t, firmName),
        ),
      );
      const candidates = ok(
        await t.gql<{ reassignmentCandidates: { memberId: number; name: string }[] }>(
          `{ reassignmentCandidates(workPackageId: ${other.id}) { memberId name } }`,
          undefined,
          leader,
        ),
      ).reassignmentCandidates;
      const next = candidates[0];
      ok(await t.gql(`mutation { reassignWorkPackage(id: ${other.id}, memberId: ${next.memberId}) { status } }`, undefined, leader));
      ok(await t.gql(`mutation { offerWorkPackages(ids: [${other.id}]) { warnings } }`, undefined, leader));
      const seenByNext = ok(
        await t.gql<{ workPackage: { history: { kind: string; comment: string | null; member: { name: string } }[] } }>(
          `{ workPackage(id: ${other.id}) { history { kind comment member { name } } } }`,
          undefined,
          await firmUserToken(t, next.name),
        ),
      ).workPackage.history;
      // the reassignment to this firm and its offer; nothing of the firm before
      expect(seenByNext.map((h) => h.kind)).toEqual(['REASSIGNED', 'OFFERED']);
      expect(seenByNext.every((h) => h.member.name === next.name)).toBe(true);
      expect(seenByNext[0].comment).toBeNull();
      expect(JSON.stringify(seenByNext)).not.toContain('Secret reason');
      const seenByLeader = ok(
        await t.gql<{ workPackage: { history: { kind: string; member: { name: string } }[] } }>(
          `{ workPackage(id: ${other.id}) { history { kind member { name } } } }`,
          undefined,
          leader,
        ),
      ).workPackage.history;
      expect(seenByLeader.map((h) => h.kind)).toEqual(['OFFERED', 'DECLINE', 'REASSIGNED', 'OFFERED']);
      expect(seenByLeader[1].member.name).toBe(firmName);
    });

    it('lists the stages a tender may move to (GO and NO_GO only by a committee decision)', async () => {
      const r = ok(await t.gql<{ tender: { nextStages: string[] } }>(`{ tender(id: ${tenderId}) { nextStages } }`, undefined, leader));
      expect(r.tender.nextStages).toEqual(['SUBMITTED', 'WITHDRAWN', 'CANCELLED']);
    });
  });

  describe('the console beside the API on one origin', () => {
    it("serves the console's page paths and leaves every other path to the API's routes", async () => {
      const routes = [...readFileSync(join(projectRoot(), 'apps/web/src/app.tsx'), 'utf8').matchAll(/path="\/([a-z-]*)/g)].map((m) => m[1]);
      for (const first of routes.filter((r) => r && r !== '*')) expect(CONSOLE_SECTIONS).toContain(first);
      const http = request(t.app.getHttpServer());
      for (const path of ['/', '/inbox', '/bids/12', '/tenders/3/suggestion']) {
        const res = await http.get(path).set('accept', 'text/html');
        // the built page, or (in a checkout that has not built it) a plain word saying how to build it
        expect([200, 503]).toContain(res.status);
        expect(res.status === 200 ? res.headers['content-security-policy'] : res.text).toMatch(
          res.status === 200 ? /script-src 'self'/ : /npm start/,
        );
      }
      expect((await http.get('/health')).body).toMatchObject({ status: 'ok' });
      expect((await http.get('/no-such-page').set('accept', 'text/html')).status).toBe(404);
      expect((await http.get('/brochures/1.pdf').set('accept', 'text/html')).headers['content-type']).not.toMatch(/text\/html/);
    });
  });

  describe('names through loaders: SQL statements do not grow with the rows', () => {
    const BOARD = (id: number) => `{ bid(id: ${id}) { workPackages { id member { name } tender { title buyerName }
        requirements { hours requirement { description requiredCertificates { type } } } history { kind member { name } price { minorUnits } } } }
      complianceMatrix(bidId: ${id}) { rows { packages { member { name } } } } }`;
    const INBOX =
      '{ myWorkPackages { id member { name } tender { title } requirements { requirement { description } } history { kind member { name } } } }';

    it("the bid board and the firm's inbox cost the same at 1 and at 12 packages", async () => {
      const firmA = await t.login(USERS.firmA.email);
      const small = await t.gql(BOARD(bidId), undefined, leader);
      const smallInbox = await t.gql<{ myWorkPackages: unknown[] }>(INBOX, undefined, firmA);
      expect([codeOf(small), codeOf(smallInbox)]).toEqual(['OK', 'OK']);
      // eleven more packages for Nammo on the same bid, each with its covers and an offer event
      const packages = await pkgs();
      const template = packages.find((p) => p.memberId === nammoId)!;
      for (let i = 0; i < 11; i++) {
        const wp = ok(
          await t.gql<{ addWorkPackage: { id: number } }>(
            'mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }',
            {
              i: {
                bidId,
                memberId: nammoId,
                title: `Extra ${i}`,
                price: '100000',
                windowStart: template.windowStart,
                windowEnd: template.windowEnd,
                requirements: [
                  {
                    requirementId: (
                      await t.db.read((em) =>
                        em.query(`SELECT requirement_id FROM work_package_requirement WHERE work_package_id = ${template.id}`),
                      )
                    )[0].requirement_id,
                    hours: 1,
                  },
                ],
              },
            },
            leader,
          ),
        ).addWorkPackage.id;
        ok(await t.gql(`mutation { offerWorkPackages(ids: [${wp}]) { warnings } }`, undefined, leader));
      }
      const large = await t.gql<{ bid: { workPackages: unknown[] } }>(BOARD(bidId), undefined, leader);
      const largeInbox = await t.gql<{ myWorkPackages: unknown[] }>(INBOX, undefined, firmA);
      expect(large.data!.bid.workPackages.length).toBeGreaterThanOrEqual(packages.length + 11);
      expect(largeInbox.data!.myWorkPackages.length).toBe(smallInbox.data!.myWorkPackages.length + 11);
      expect(Number.isFinite(small.sqlStatements)).toBe(true);
      expect(large.sqlStatements).toBe(small.sqlStatements);
      expect(largeInbox.sqlStatements).toBe(smallInbox.sqlStatements);
    });
  });
});
