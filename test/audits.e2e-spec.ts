import { AuditRecord, addDays, osloDate } from '@app/core';
import { AuditFinding, CoordinatedAudit, SupplierAuditRecord } from '@app/audits';
import { Notification } from '@app/notifications';
import { RemindersService } from '@app/platform';
import { flat, pdfText } from '../libs/brochures/src/pdf/testing/pdf-tools';
import { ok } from './support/bid-story';
import { demoTender, firmUserToken, memberByName } from './support/story';
import { codeOf, createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';

/**
 * Coordinated supplier audits over GraphQL, as the issue tells the story: Nammo and Sagstuen both
 * buy from Tokvam and are due to audit it; Intek Engineering buys from Tokvam too but later; Al-Sveis
 * takes no part. One coordinated audit is suggested, agreed, done, reported with a minor finding
 * whose action is closed; the register then records the audit for the two and not for Intek.
 */
/** A date as the Norwegian notifications write it: 06.12.2026. */
const nbDate = (iso: string) => iso.split('-').reverse().join('.');

describe('coordinated supplier audits (e2e)', () => {
  let t: TestApp;
  const today = osloDate(new Date());
  let leader: string;
  let steering: string;
  let nammo: string;
  let sagstuen: string;
  let intek: string;
  let tokvam: string;
  let alSveis: string;
  const id = { nammo: 0, sagstuen: 0, intek: 0, tokvam: 0, alSveis: 0 };
  const user = { nammo: 0, sagstuen: 0, tokvam: 0 };
  let auditId = 0;
  let findingId = 0;

  const fields = (r: GqlResult<unknown>) =>
    ((r.errors?.[0]?.extensions.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);
  const reason = (r: GqlResult<unknown>) => (r.errors?.[0]?.extensions.details as { reason?: string } | undefined)?.reason;
  const meId = async (token: string) => ok(await t.gql<{ me: { id: number } }>('{ me { id } }', undefined, token)).me.id;
  const countRows = async () =>
    t.db.read(async (em) => ({
      audits: await em.count(CoordinatedAudit),
      findings: await em.count(AuditFinding),
      records: await em.count(SupplierAuditRecord),
    }));

  const PROGRAMME = `query($i: AuditProgrammeInput) { auditProgramme(input: $i) {
      asOf needCount overdueCount supplierCount suggestionCount
      suppliers(first: 100) { supplierMemberId supplier { name } needs { buyerMemberId standard sources dueOn overdue lastAuditedOn scheduledAuditId } }
      suggestions { supplierMemberId supplier { name } standards suggestedDate windowEnd auditsSaved suggestedLeadMember { name }
        members { memberId member { name } standards dueOn } } } }`;
  type Programme = {
    needCount: number;
    suggestionCount: number;
    suppliers: {
      supplierMemberId: number;
      needs: {
        buyerMemberId: number;
        standard: string;
        sources: string[];
        dueOn: string;
        lastAuditedOn: string | null;
        scheduledAuditId: number | null;
      }[];
    }[];
    suggestions: {
      supplierMemberId: number;
      standards: string[];
      suggestedDate: string;
      auditsSaved: number;
      suggestedLeadMember: { name: string };
      members: { memberId: number; member: { name: string }; standards: string[] }[];
    }[];
  };
  const programme = async (token: string, i: Record<string, unknown> = {}) =>
    ok(await t.gql<{ auditProgramme: Programme }>(PROGRAMME, { i }, token)).auditProgramme;
  const needsAt = (p: Programme, supplierId: number) => p.suppliers.find((s) => s.supplierMemberId === supplierId)?.needs ?? [];

  const AUDIT = `query($id: Int!) { audit(id: $id) { id status viewerAccess standards doneOn plannedOn supplierConfirmed registeredOn summary
      supplier { name } leadMember { name } leadAuditor { displayName }
      participants { memberId status member { name } }
      findings { id severity clause status overdue correctiveAction evidence dueOn }
      reportUrl } }`;
  type AuditView = {
    status: string;
    viewerAccess: string;
    registeredOn: string | null;
    summary: string | null;
    participants: { memberId: number; status: string }[] | null;
    findings: { id: number; severity: string; status: string; overdue: boolean }[] | null;
    reportUrl: string | null;
    plannedOn: string | null;
    leadAuditor: { displayName: string } | null;
  };
  const auditAs = (token: string, auditId: number) => t.gql<{ audit: AuditView }>(AUDIT, { id: auditId }, token);

  const addSupplier = (token: string, input: Record<string, unknown>) =>
    t.gql<{ addSupplierRelationship: { id: number } }>(
      'mutation($i: AddSupplierRelationshipInput!) { addSupplierRelationship(input: $i) { id standards since auditIntervalMonths } }',
      { i: input },
      token,
    );
  const propose = (token: string, input: Record<string, unknown>) =>
    t.gql<{ proposeAudit: { id: number; status: string; participants: { memberId: number; status: string }[] } }>(
      'mutation($i: ProposeAuditInput!) { proposeAudit(input: $i) { id status participants { memberId status } } }',
      { i: input },
      token,
    );
  const recordFinding = (token: string, input: Record<string, unknown>) =>
    t.gql<{ recordAuditFinding: { id: number; status: string } }>(
      'mutation($i: RecordAuditFindingInput!) { recordAuditFinding(input: $i) { id status } }',
      { i: input },
      token,
    );
  const pdf = async (token: string | null, auditId: number, language = 'nb') => {
    const req = t.http
      .get(`/audits/${auditId}/report.pdf?language=${language}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    if (token) req.set('authorization', `Bearer ${token}`);
    return req;
  };

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    steering = await t.login(USERS.steering.email);
    nammo = await t.login(USERS.firmA.email);
    sagstuen = await t.login(USERS.firmB.email);
    intek = await firmUserToken(t, 'Intek Engineering AS');
    tokvam = await firmUserToken(t, 'Tokvam AS');
    alSveis = await firmUserToken(t, 'Al-Sveis AS');
    id.nammo = (await memberByName(t, 'Nammo Raufoss AS')).id;
    id.sagstuen = (await memberByName(t, 'Sagstuen AS')).id;
    id.intek = (await memberByName(t, 'Intek Engineering AS')).id;
    id.tokvam = (await memberByName(t, 'Tokvam AS')).id;
    id.alSveis = (await memberByName(t, 'Al-Sveis AS')).id;
    user.nammo = await meId(nammo);
    user.sagstuen = await meId(sagstuen);
    user.tokvam = await meId(tokvam);
  });
  afterAll(() => t.close());

  describe('the supplier register', () => {
    it('each buying member registers Tokvam as its supplier; a firm keeps only its own register', async () => {
      ok(
        await addSupplier(nammo, {
          buyerMemberId: id.nammo,
          supplierMemberId: id.tokvam,
          standards: ['AQAP_2110'],
          since: addDays(today, 20),
        }),
      );
      ok(
        await addSupplier(sagstuen, {
          buyerMemberId: id.sagstuen,
          supplierMemberId: id.tokvam,
          standards: ['AQAP_2110'],
          since: addDays(today, 60),
        }),
      );
      // Intek buys from Tokvam too, but is due much later: it is the third member
      ok(
        await addSupplier(leader, {
          buyerMemberId: id.intek,
          supplierMemberId: id.tokvam,
          standards: ['AQAP_2110'],
          since: addDays(today, 300),
          scope: 'Anodising of prototype parts',
        }),
      );
      const foreign = await addSupplier(sagstuen, { buyerMemberId: id.nammo, supplierMemberId: id.alSveis, standards: [] });
      expect(codeOf(foreign)).toBe('FORBIDDEN');
      expect(reason(foreign)).toBe('NOT_YOUR_REGISTER');
      const again = await addSupplier(nammo, { buyerMemberId: id.nammo, supplierMemberId: id.tokvam, standards: [] });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(reason(again)).toBe('ALREADY_REGISTERED');
    });

    it('refuses bad entries with the field named and writes nothing; null clears only what can be cleared', async () => {
      const before = await t.db.read((em) => em.query('SELECT COUNT(*) AS n FROM supplier_relationship'));
      const bad = async (input: Record<string, unknown>, field: string) => {
        const r = await addSupplier(leader, { buyerMemberId: id.alSveis, supplierMemberId: id.tokvam, ...input });
        expect([codeOf(r), fields(r)]).toEqual(['BAD_USER_INPUT', expect.arrayContaining([field])]);
      };
      await bad({ standards: ['FACILITY_CLEARANCE'] }, 'standards');
      await bad({ standards: ['ISO_9001', 'ISO_9001'] }, 'standards');
      await bad({ auditIntervalMonths: 3 }, 'auditIntervalMonths');
      await bad({ lastAuditedOn: addDays(today, 1) }, 'lastAuditedOn');
      await bad({ supplierMemberId: id.alSveis }, 'supplierMemberId');
      expect(await t.db.read((em) => em.query('SELECT COUNT(*) AS n FROM supplier_relationship'))).toEqual(before);

      const entry = ok(
        await addSupplier(alSveis, {
          buyerMemberId: id.alSveis,
          supplierMemberId: id.sagstuen,
          scope: 'Machining',
          lastAuditedOn: addDays(today, -30),
        }),
      ).addSupplierRelationship;
      const update = (input: Record<string, unknown>) =>
        t.gql<{ updateSupplierRelationship: { scope: string | null; lastAuditedOn: string | null; standards: string[] } }>(
          'mutation($i: UpdateSupplierRelationshipInput!) { updateSupplierRelationship(input: $i) { scope lastAuditedOn standards endedOn } }',
          { i: { id: entry.id, ...input } },
          alSveis,
        );
      for (const field of ['standards', 'auditIntervalMonths', 'since']) {
        const r = await update({ [field]: null });
        expect([codeOf(r), fields(r)]).toEqual(['BAD_USER_INPUT', [field]]);
      }
      expect(ok(await update({ scope: null, lastAuditedOn: null })).updateSupplierRelationship).toMatchObject({
        scope: null,
        lastAuditedOn: null,
      });
      // the supplier sees the entry that names it, but may not change it; another firm does not see it
      expect(
        codeOf(await t.gql(`mutation { updateSupplierRelationship(input: { id: ${entry.id}, scope: "x" }) { id } }`, undefined, sagstuen)),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(await t.gql(`mutation { updateSupplierRelationship(input: { id: ${entry.id}, scope: "x" }) { id } }`, undefined, intek)),
      ).toBe('NOT_FOUND');
      const seen = async (token: string) =>
        ok(
          await t.gql<{ supplierRelationships: { id: number }[] }>('{ supplierRelationships { id } }', undefined, token),
        ).supplierRelationships.map((r) => r.id);
      expect(await seen(sagstuen)).toContain(entry.id);
      expect(await seen(intek)).not.toContain(entry.id);
      expect(await seen(steering)).toContain(entry.id);
      // ended: out of the register (and the programme) unless asked for
      ok(await update({ endedOn: today }));
      expect(await seen(alSveis)).not.toContain(entry.id);
    });
  });

  describe('the programme', () => {
    it('suggests one coordinated audit for two members due to audit one supplier, and leaves the third out', async () => {
      const p = await programme(leader);
      const tokvamNeeds = needsAt(p, id.tokvam);
      expect(tokvamNeeds.map((n) => [n.buyerMemberId, n.standard, n.dueOn, n.sources])).toEqual([
        [id.nammo, 'AQAP_2110', addDays(today, 20), ['REGISTER']],
        [id.sagstuen, 'AQAP_2110', addDays(today, 60), ['REGISTER']],
        [id.intek, 'AQAP_2110', addDays(today, 300), ['REGISTER']],
      ]);
      const forTokvam = p.suggestions.filter((s) => s.supplierMemberId === id.tokvam);
      expect(forTokvam).toHaveLength(1);
      expect(forTokvam[0]).toMatchObject({ standards: ['AQAP_2110'], suggestedDate: addDays(today, 20), auditsSaved: 1 });
      expect(forTokvam[0].members.map((m) => m.member.name)).toEqual(['Nammo Raufoss AS', 'Sagstuen AS']);
    });

    it('shows a firm what it buys or supplies, and no more', async () => {
      const asNammo = await programme(nammo);
      // (the demo seed has Nammo due for StirTech too)
      expect(asNammo.suggestions.filter((s) => s.supplierMemberId === id.tokvam)).toHaveLength(1);
      expect(asNammo.suggestions.every((s) => s.members.some((m) => m.memberId === id.nammo))).toBe(true);
      expect(needsAt(asNammo, id.tokvam).map((n) => n.buyerMemberId)).toEqual([id.nammo]);
      const asTokvam = await programme(tokvam);
      expect(needsAt(asTokvam, id.tokvam).map((n) => n.buyerMemberId)).toEqual([id.nammo, id.sagstuen, id.intek]);
      const asOutsider = await programme(alSveis);
      expect(needsAt(asOutsider, id.tokvam)).toEqual([]);
      expect(asOutsider.suggestions).toEqual([]);
      expect(codeOf(await t.gql(PROGRAMME, { i: { memberId: id.nammo } }, alSveis))).toBe('FORBIDDEN');
      const bad = await t.gql(PROGRAMME, { i: { windowDays: -1, horizonDays: null } }, leader);
      expect([codeOf(bad), fields(bad)]).toEqual(['BAD_USER_INPUT', ['windowDays']]);
    });
  });

  describe('a coordinated audit', () => {
    it('refuses a proposal that is not valid, naming the field, and writes nothing', async () => {
      const before = await countRows();
      const base = {
        supplierMemberId: id.tokvam,
        scope: [{ standard: 'AQAP_2110', clauses: ['8.4', '8.5'] }],
        plannedOn: today,
        leadAuditorUserId: user.nammo,
        onBehalfOfMemberIds: [id.nammo, id.sagstuen],
      };
      const bad = async (over: Record<string, unknown>, field: string, token = nammo) => {
        const r = await propose(token, { ...base, ...over });
        expect([codeOf(r), fields(r)]).toEqual(['BAD_USER_INPUT', expect.arrayContaining([field])]);
      };
      await bad({ plannedOn: addDays(today, -1) }, 'plannedOn');
      await bad({ scope: [] }, 'scope');
      await bad({ scope: [{ standard: 'EXPORT_CONTROL' }] }, 'scope');
      await bad({ scope: [{ standard: 'AQAP_2110', clauses: ['8.4; drop table'] }] }, 'scope[0].clauses');
      await bad({ onBehalfOfMemberIds: [] }, 'onBehalfOfMemberIds');
      await bad({ onBehalfOfMemberIds: [id.nammo, id.tokvam] }, 'onBehalfOfMemberIds');
      await bad({ leadAuditorUserId: user.tokvam }, 'leadAuditorUserId');
      const outsider = await propose(alSveis, base);
      expect([codeOf(outsider), reason(outsider)]).toEqual(['FORBIDDEN', 'NOT_A_PARTY']);
      expect(codeOf(await propose(steering, base))).toBe('FORBIDDEN');
      expect(codeOf(await propose(nammo, { ...base, leadAuditorUserId: 999999 }))).toBe('NOT_FOUND');
      expect(await countRows()).toEqual(before);
    });

    it('is proposed by Nammo on behalf of Nammo and Sagstuen, with a Nammo auditor as lead; the programme then counts it as planned', async () => {
      const r = ok(
        await propose(nammo, {
          supplierMemberId: id.tokvam,
          scope: [{ standard: 'AQAP_2110', clauses: ['8.4', '8.5'] }],
          plannedOn: today,
          leadAuditorUserId: user.nammo,
          onBehalfOfMemberIds: [id.nammo, id.sagstuen],
          note: 'Coordinated on the programme suggestion',
        }),
      ).proposeAudit;
      auditId = r.id;
      expect(r.status).toBe('PLANNED');
      // the proposing firm relies on its own proposal; Sagstuen is asked
      expect(r.participants).toEqual([
        { memberId: id.nammo, status: 'ACCEPTED' },
        { memberId: id.sagstuen, status: 'INVITED' },
      ]);
      const p = await programme(leader);
      expect(needsAt(p, id.tokvam).map((n) => n.scheduledAuditId)).toEqual([auditId, auditId, null]);
      expect(p.suggestions.filter((s) => s.supplierMemberId === id.tokvam)).toEqual([]);
      // a second audit of Tokvam against AQAP 2110 for Sagstuen would overlap
      const overlap = await propose(sagstuen, {
        supplierMemberId: id.tokvam,
        scope: [{ standard: 'AQAP_2110' }],
        plannedOn: addDays(today, 5),
        leadAuditorUserId: user.sagstuen,
        onBehalfOfMemberIds: [id.sagstuen],
      });
      expect([codeOf(overlap), reason(overlap)]).toEqual(['CONFLICT', 'ALREADY_ON_AN_AUDIT']);
      // the supplier and the invited member are told, each in their own language (NB by default)
      const mine = async (token: string) =>
        ok(
          await t.gql<{ myNotifications: { kind: string; subject: string; body: string }[] }>(
            '{ myNotifications { kind subject body } }',
            undefined,
            token,
          ),
        ).myNotifications;
      const toTokvam = (await mine(tokvam)).find((n) => n.kind === 'AUDIT_PROPOSED_SUPPLIER')!;
      expect(toTokvam.subject).toBe(`Revisjon ${auditId}: bekreft datoen ${nbDate(today)}`);
      expect(toTokvam.body).toContain('Det er foreslått en felles revisjon av Tokvam AS mot AQAP 2110');
      expect((await mine(sagstuen)).map((n) => n.kind)).toContain('AUDIT_PROPOSED_MEMBER');
    });

    it('a planned audit is hidden from members outside it; the association sees its plan', async () => {
      expect(codeOf(await auditAs(alSveis, auditId))).toBe('NOT_FOUND');
      expect(codeOf(await auditAs(intek, auditId))).toBe('NOT_FOUND');
      const plan = ok(await auditAs(steering, auditId)).audit;
      expect(plan).toMatchObject({ viewerAccess: 'PLAN', plannedOn: today, findings: null, reportUrl: null });
      expect(plan.leadAuditor?.displayName).toBeTruthy();
      expect(ok(await auditAs(sagstuen, auditId)).audit.viewerAccess).toBe('PLAN'); // invited, not yet relying
    });

    it('takes place only once the supplier has confirmed the date; findings only by the lead firm, within scope', async () => {
      const done = () =>
        t.gql(`mutation { markAuditDone(input: { auditId: ${auditId}, doneOn: "${today}" }) { status } }`, undefined, nammo);
      const early = await done();
      expect([codeOf(early), reason(early)]).toEqual(['CONFLICT', 'NOT_CONFIRMED_BY_SUPPLIER']);
      expect(codeOf(await t.gql(`mutation { confirmAuditDate(auditId: ${auditId}) { id } }`, undefined, sagstuen))).toBe('FORBIDDEN');
      expect(
        ok(
          await t.gql<{ confirmAuditDate: { supplierConfirmed: boolean } }>(
            `mutation { confirmAuditDate(auditId: ${auditId}) { supplierConfirmed } }`,
            undefined,
            tokvam,
          ),
        ).confirmAuditDate.supplierConfirmed,
      ).toBe(true);
      ok(await t.gql(`mutation { acceptAuditReliance(auditId: ${auditId}) { id } }`, undefined, sagstuen));
      const early2 = await recordFinding(nammo, {
        auditId,
        standard: 'AQAP_2110',
        clause: '8.4.2',
        severity: 'MINOR',
        description: 'x',
        dueOn: addDays(today, 30),
      });
      expect([codeOf(early2), reason(early2)]).toEqual(['CONFLICT', 'WRONG_AUDIT_STATUS']);
      expect(ok(await done())).toEqual({ markAuditDone: { status: 'DONE' } });

      const before = await countRows();
      const bad = async (input: Record<string, unknown>, field: string) => {
        const r = await recordFinding(nammo, {
          auditId,
          standard: 'AQAP_2110',
          clause: '8.4.2',
          severity: 'MINOR',
          description: 'd',
          dueOn: addDays(today, 30),
          ...input,
        });
        expect([codeOf(r), fields(r)]).toEqual(['BAD_USER_INPUT', expect.arrayContaining([field])]);
      };
      await bad({ clause: '9.1' }, 'clause'); // outside the clauses in scope
      await bad({ standard: 'ISO_9001' }, 'standard');
      await bad({ dueOn: null }, 'dueOn'); // a minor nonconformity needs a due date
      await bad({ dueOn: addDays(today, -1) }, 'dueOn');
      await bad({ description: '   ' }, 'description');
      const notLead = await recordFinding(sagstuen, {
        auditId,
        standard: 'AQAP_2110',
        clause: '8.4.2',
        severity: 'MINOR',
        description: 'd',
        dueOn: addDays(today, 30),
      });
      expect([codeOf(notLead), reason(notLead)]).toEqual(['FORBIDDEN', 'NOT_LEAD_FIRM']);
      expect(await countRows()).toEqual(before);

      findingId = ok(
        await recordFinding(nammo, {
          auditId,
          standard: 'AQAP_2110',
          clause: '8.4.2',
          severity: 'MINOR',
          description: 'Incoming inspection of anodised parts is not recorded for two of five batches.',
          dueOn: addDays(today, 30),
        }),
      ).recordAuditFinding.id;
      const nulls = await t.gql(`mutation { updateAuditFinding(input: { id: ${findingId}, clause: null }) { id } }`, undefined, nammo);
      expect([codeOf(nulls), fields(nulls)]).toEqual(['BAD_USER_INPUT', ['clause']]);
    });

    it('a member outside the audit cannot read the findings, nor act on them, nor download the report', async () => {
      for (const token of [intek, alSveis]) {
        const seen = ok(await auditAs(token, auditId)).audit;
        // it sees that the audit took place, and no more
        expect(seen).toMatchObject({
          viewerAccess: 'SUMMARY',
          status: 'DONE',
          findings: null,
          participants: null,
          plannedOn: null,
          summary: null,
          reportUrl: null,
          leadAuditor: null,
        });
        const listed = ok(
          await t.gql<{ audits: { nodes: { id: number; findings: unknown }[] } }>(
            '{ audits { nodes { id findings { id } } } }',
            undefined,
            token,
          ),
        ).audits.nodes;
        expect(listed.find((a) => a.id === auditId)).toEqual({ id: auditId, findings: null });
        expect(
          codeOf(
            await t.gql(`mutation { respondToAuditFinding(input: { findingId: ${findingId}, evidence: "x" }) { id } }`, undefined, token),
          ),
        ).toBe('NOT_FOUND');
        expect(
          codeOf(await t.gql(`mutation { closeAuditFinding(input: { findingId: ${findingId}, evidence: "x" }) { id } }`, undefined, token)),
        ).toBe('NOT_FOUND');
        expect((await pdf(token, auditId)).status).toBe(404);
      }
      // the association coordinates, but the findings are for the parties only
      expect(ok(await auditAs(leader, auditId)).audit).toMatchObject({ viewerAccess: 'PLAN', findings: null });
      expect((await pdf(leader, auditId)).status).toBe(404);
      expect((await pdf(null, auditId)).status).toBe(401);
      // the parties read them
      for (const token of [nammo, sagstuen, tokvam]) {
        const seen = ok(await auditAs(token, auditId)).audit;
        expect(seen.viewerAccess).toBe('REPORT');
        expect(seen.findings?.map((f) => f.id)).toEqual([findingId]);
      }
    });

    it('reporting it records it in the register for both relying members and not for the third; closing the action completes it', async () => {
      const reported = ok(
        await t.gql<{ reportAudit: AuditView }>(
          `mutation { reportAudit(input: { auditId: ${auditId}, summary: "Tokvam's quality system meets AQAP 2110 §8.4–8.5, with one minor nonconformity." }) { status registeredOn } }`,
          undefined,
          nammo,
        ),
      ).reportAudit;
      // a minor finding does not hold the register back
      expect(reported).toEqual({ status: 'REPORTED', registeredOn: today });
      const again = await t.gql(`mutation { reportAudit(input: { auditId: ${auditId}, summary: "again" }) { id } }`, undefined, nammo);
      expect(codeOf(again)).toBe('CONFLICT');

      // the supplier answers, the lead firm closes
      const noEvidence = await t.gql(
        `mutation { respondToAuditFinding(input: { findingId: ${findingId}, evidence: null }) { id } }`,
        undefined,
        tokvam,
      );
      expect([codeOf(noEvidence), fields(noEvidence)]).toEqual(['BAD_USER_INPUT', ['evidence']]);
      const early = await t.gql(`mutation { closeAuditFinding(input: { findingId: ${findingId} }) { id } }`, undefined, nammo);
      expect([codeOf(early), fields(early).sort()]).toEqual(['BAD_USER_INPUT', ['correctiveAction', 'evidence']]);
      ok(
        await t.gql(
          `mutation { respondToAuditFinding(input: { findingId: ${findingId}, correctiveAction: "Inspection record made mandatory in the ERP before goods receipt", evidence: "Procedure QP-12 rev. 4 and receipts for batches 2611-2614" }) { id } }`,
          undefined,
          tokvam,
        ),
      );
      expect(codeOf(await t.gql(`mutation { closeAuditFinding(input: { findingId: ${findingId} }) { id } }`, undefined, tokvam))).toBe(
        'FORBIDDEN',
      );
      const closed = ok(
        await t.gql<{ closeAuditFinding: { status: string; closedOn: string; evidence: string } }>(
          `mutation { closeAuditFinding(input: { findingId: ${findingId} }) { status closedOn evidence } }`,
          undefined,
          nammo,
        ),
      ).closeAuditFinding;
      expect(closed).toEqual({ status: 'CLOSED', closedOn: today, evidence: 'Procedure QP-12 rev. 4 and receipts for batches 2611-2614' });

      // the register: Tokvam audited against AQAP 2110 today, for Nammo and Sagstuen, not for Intek
      const records = ok(
        await t.gql<{ supplierAuditRecords: { buyerMemberId: number; standard: string; auditedOn: string; auditId: number }[] }>(
          `{ supplierAuditRecords(supplierMemberId: ${id.tokvam}) { buyerMemberId standard auditedOn auditId } }`,
          undefined,
          leader,
        ),
      ).supplierAuditRecords;
      expect(records.map((r) => [r.buyerMemberId, r.standard, r.auditedOn, r.auditId]).sort()).toEqual(
        [
          [id.nammo, 'AQAP_2110', today, auditId],
          [id.sagstuen, 'AQAP_2110', today, auditId],
        ].sort(),
      );
      // the programme follows: the two are next due in 24 months, Intek is still due as before
      const needs = needsAt(await programme(leader, { includeLater: true }), id.tokvam);
      const byBuyer = new Map(needs.map((n) => [n.buyerMemberId, n]));
      expect(byBuyer.get(id.nammo)).toMatchObject({ lastAuditedOn: today, scheduledAuditId: null });
      expect(byBuyer.get(id.sagstuen)).toMatchObject({ lastAuditedOn: today, scheduledAuditId: null });
      expect(byBuyer.get(id.nammo)!.dueOn.slice(0, 4)).toBe(String(Number(today.slice(0, 4)) + 2));
      expect(byBuyer.get(id.intek)).toMatchObject({ lastAuditedOn: null, dueOn: addDays(today, 300) });
      // on the member register, as each may see it
      const recordsOnMember = async (token: string) =>
        ok(
          await t.gql<{ member: { supplierAuditRecords: { buyer: { name: string } }[] } }>(
            `{ member(id: ${id.tokvam}) { supplierAuditRecords { buyer { name } standard auditedOn } } }`,
            undefined,
            token,
          ),
        ).member.supplierAuditRecords.map((r) => r.buyer.name);
      expect((await recordsOnMember(tokvam)).sort()).toEqual(['Nammo Raufoss AS', 'Sagstuen AS']);
      expect(await recordsOnMember(sagstuen)).toEqual(['Sagstuen AS']);
      expect(await recordsOnMember(intek)).toEqual([]);
      // every step is in the audit trail, and the relying members were told
      const actions = (
        await t.db.read((em) => em.find(AuditRecord, { where: { entityType: 'CoordinatedAudit', entityId: String(auditId) } }))
      ).map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'proposeAudit',
          'confirmAuditDate',
          'acceptAuditReliance',
          'markAuditDone',
          'reportAudit',
          'registerAudit',
        ]),
      );
      const told = await t.db.read((em) => em.find(Notification, { where: { kind: 'AUDIT_REGISTERED', entityId: String(auditId) } }));
      expect(told.map((n) => n.recipientEmail).sort()).toEqual([USERS.firmA.email, USERS.firmB.email].sort());
    });

    it('prints the report in Norwegian and English for the parties', async () => {
      const nb = await pdf(sagstuen, auditId, 'nb');
      expect(nb.status).toBe(200);
      expect(nb.headers['content-type']).toBe('application/pdf');
      const nbText = flat(await pdfText(nb.body as Buffer));
      for (const s of [
        'Revisjonsrapport: Tokvam AS',
        'Fortrolig',
        'AQAP 2110',
        'punkt 8.4, 8.5',
        'Funn 1 · Mindre avvik · AQAP 2110 8.4.2',
        'Incoming inspection of anodised parts',
        'Procedure QP-12 rev. 4',
        'Nammo Raufoss AS, Sagstuen AS',
        'Virkning i registeret',
      ])
        expect(nbText).toContain(s);
      expect(nbText).toMatch(/Lukket \d+\. \w+ \d{4}/);
      const en = await pdf(tokvam, auditId, 'en');
      const enText = flat(await pdfText(en.body as Buffer));
      for (const s of ['Audit report: Tokvam AS', 'Minor nonconformity', 'Effect on the register', 'Confidential'])
        expect(enText).toContain(s);
      expect(enText).not.toContain('Revisjonsrapport');
      const wrongLanguage = await pdf(nammo, auditId, 'de');
      expect(wrongLanguage.status).toBe(400);
    });
  });

  describe('an overdue major finding', () => {
    let secondAudit = 0;
    let majorId = 0;

    it('is found in a second audit (ISO 9001, led by Sagstuen for itself) and its action passes its due date', async () => {
      secondAudit = ok(
        await propose(sagstuen, {
          supplierMemberId: id.tokvam,
          scope: [{ standard: 'ISO_9001' }],
          plannedOn: today,
          leadAuditorUserId: user.sagstuen,
          onBehalfOfMemberIds: [id.sagstuen],
        }),
      ).proposeAudit.id;
      ok(await t.gql(`mutation { confirmAuditDate(auditId: ${secondAudit}) { id } }`, undefined, tokvam));
      ok(await t.gql(`mutation { markAuditDone(input: { auditId: ${secondAudit}, doneOn: "${today}" }) { id } }`, undefined, sagstuen));
      majorId = ok(
        await recordFinding(sagstuen, {
          auditId: secondAudit,
          standard: 'ISO_9001',
          clause: '7.1.5',
          severity: 'MAJOR',
          description: 'Calibration of the thickness gauges lapsed in 2025.',
          dueOn: addDays(today, 14),
        }),
      ).recordAuditFinding.id;
      ok(
        await t.gql(
          `mutation { reportAudit(input: { auditId: ${secondAudit}, summary: "One major nonconformity." }) { id } }`,
          undefined,
          sagstuen,
        ),
      );
      // an open major finding holds the register back
      expect(ok(await auditAs(sagstuen, secondAudit)).audit.registeredOn).toBeNull();
      const noMove = await t.gql(`mutation { updateAuditFinding(input: { id: ${majorId}, severity: MINOR }) { id } }`, undefined, sagstuen);
      expect([codeOf(noMove), fields(noMove)]).toEqual(['BAD_USER_INPUT', ['severity']]);
      // time passes: the due date is now in the past
      await t.db.transaction((tx) => tx.update(AuditFinding, { id: majorId }, { dueOn: addDays(today, -3) }));
      const f = ok(await auditAs(tokvam, secondAudit)).audit.findings!;
      expect(f).toEqual([expect.objectContaining({ id: majorId, severity: 'MAJOR', status: 'OPEN', overdue: true })]);
    });

    it("shows in the solver's explanation, for the supplier's firm only", async () => {
      const tender = await demoTender(t);
      const s = ok(
        await t.gql<{
          suggestConsortia: {
            explanations: {
              capabilityCode: string;
              eligibleFirmIds: number[];
              warnings: { firmId: number; firmName: string; code: string; message: string }[];
            }[];
          };
        }>(
          `{ suggestConsortia(tenderId: ${tender.id}) { explanations { capabilityCode eligibleFirmIds
              warnings { firmId firmName code message certificateType auditId foundOn dueOn } } } }`,
          undefined,
          leader,
        ),
      ).suggestConsortia;
      const anodising = s.explanations.find((e) => e.capabilityCode === 'ANODISING')!;
      expect(anodising.eligibleFirmIds).toContain(id.tokvam); // still eligible: the network does not withdraw certificates
      expect(anodising.warnings).toEqual([
        {
          firmId: id.tokvam,
          firmName: 'Tokvam AS',
          code: 'OVERDUE_MAJOR_FINDING',
          message: `Major nonconformity against ISO 9001 found in audit ${secondAudit} on ${today}: its corrective action was due ${addDays(today, -3)} and is still open. The certificate stands until the certification body decides.`,
          // the facts a client words it from in its reader's language
          certificateType: 'ISO_9001',
          auditId: secondAudit,
          foundOn: today,
          dueOn: addDays(today, -3),
        },
      ]);
      expect(s.explanations.flatMap((e) => e.warnings).every((w) => w.firmId === id.tokvam)).toBe(true);
    });

    it("puts a warning on the supplier's certificate entry without removing it, for those who may know", async () => {
      const cert = async (token: string) =>
        ok(
          await t.gql<{ member: { certificates: { type: string; auditWarnings: { code: string; auditId: number }[] }[] } }>(
            `{ member(id: ${id.tokvam}) { certificates { type auditWarnings { code auditId dueOn message } } } }`,
            undefined,
            token,
          ),
        ).member.certificates;
      for (const token of [leader, steering, tokvam, sagstuen]) {
        const certs = await cert(token);
        expect(certs.find((c) => c.type === 'ISO_9001')!.auditWarnings).toEqual([
          expect.objectContaining({ code: 'OVERDUE_MAJOR_FINDING', auditId: secondAudit }),
        ]);
        expect(certs.find((c) => c.type === 'AQAP_2110')!.auditWarnings).toEqual([]);
      }
      // Nammo took no part in the second audit: the certificate, but no warning
      const nammoView = await cert(nammo);
      expect(nammoView.find((c) => c.type === 'ISO_9001')!.auditWarnings).toEqual([]);
    });

    it('reminds the supplier and the lead auditor once, each in their own language', async () => {
      // Sagstuen's lead auditor reads English; Tokvam's user keeps the default, Norwegian
      ok(await t.gql('mutation { setMyLanguage(language: EN) { language } }', undefined, sagstuen));
      const reminders = t.app.get(RemindersService);
      await reminders.runOnce(new Date());
      await reminders.runOnce(new Date());
      const rows = await t.db.read((em) => em.find(Notification, { where: { kind: 'FINDING_ACTION_OVERDUE' }, order: { id: 'ASC' } }));
      const tokvamEmail = `user${id.tokvam}@firm.example`;
      expect(rows.map((n) => n.recipientEmail).sort()).toEqual([USERS.firmB.email, tokvamEmail].sort());
      const due = addDays(today, -3);
      const toTokvam = rows.find((n) => n.recipientEmail === tokvamEmail)!;
      const toLead = rows.find((n) => n.recipientEmail === USERS.firmB.email)!;
      expect(toTokvam.subject).toBe('Forfalt tiltak: Stort avvik ISO 9001 7.1.5 hos Tokvam AS');
      expect(toTokvam.body).toContain(`skulle vært lukket ${nbDate(due)}`);
      expect(toLead.subject).toBe('Overdue action: Major nonconformity ISO 9001 7.1.5 at Tokvam AS');
      expect(toLead.body).toContain('was due to be closed on');
      // and the console shows them in the reader's language, whatever it was stored in
      const seen = ok(
        await t.gql<{ myNotifications: { kind: string; subject: string }[] }>('{ myNotifications { kind subject } }', undefined, sagstuen),
      ).myNotifications.find((n) => n.kind === 'FINDING_ACTION_OVERDUE')!;
      expect(seen.subject).toBe('Overdue action: Major nonconformity ISO 9001 7.1.5 at Tokvam AS');
      ok(await t.gql('mutation { setMyLanguage(language: NB) { language } }', undefined, sagstuen));
    });

    it('closing the major action records the audit in the register and lifts the warnings', async () => {
      ok(
        await t.gql(
          `mutation { respondToAuditFinding(input: { findingId: ${majorId}, correctiveAction: "Gauges calibrated; calibration added to the maintenance plan", evidence: "Calibration certificates 2026-118, -119" }) { id } }`,
          undefined,
          tokvam,
        ),
      );
      ok(await t.gql(`mutation { closeAuditFinding(input: { findingId: ${majorId} }) { id } }`, undefined, sagstuen));
      expect(ok(await auditAs(sagstuen, secondAudit)).audit.registeredOn).toBe(today);
      const rows = await t.db.read((em) => em.find(SupplierAuditRecord, { where: { auditId: secondAudit } }));
      expect(rows.map((r) => [r.buyerMemberId, r.standard, r.auditedOn])).toEqual([[id.sagstuen, 'ISO_9001', today]]);
      const tender = await demoTender(t);
      const s = ok(
        await t.gql<{ suggestConsortia: { explanations: { warnings: unknown[] }[] } }>(
          `{ suggestConsortia(tenderId: ${tender.id}) { explanations { warnings { firmId } } } }`,
          undefined,
          leader,
        ),
      ).suggestConsortia;
      expect(s.explanations.flatMap((e) => e.warnings)).toEqual([]);
      // the register's records are written once and never changed
      await expect(t.db.transaction((tx) => tx.query('DELETE FROM supplier_audit_record'))).rejects.toThrow(/append-only/);
    });
  });

  describe('the rest of the life of an audit', () => {
    it('moves, invites, declines and cancels, each by whom it belongs to', async () => {
      const a = ok(
        await propose(leader, {
          supplierMemberId: id.alSveis,
          scope: [{ standard: 'ISO_3834_2' }],
          plannedOn: addDays(today, 40),
          leadAuditorUserId: user.sagstuen,
          onBehalfOfMemberIds: [id.sagstuen],
        }),
      ).proposeAudit;
      // the project leader proposed: nobody relies on it yet
      expect(a.participants).toEqual([{ memberId: id.sagstuen, status: 'INVITED' }]);
      ok(await t.gql(`mutation { inviteToAudit(input: { auditId: ${a.id}, memberId: ${id.nammo} }) { id } }`, undefined, sagstuen));
      expect(
        codeOf(await t.gql(`mutation { inviteToAudit(input: { auditId: ${a.id}, memberId: ${id.intek} }) { id } }`, undefined, nammo)),
      ).toBe('FORBIDDEN');
      const decline = await t.gql(`mutation { declineAuditReliance(input: { auditId: ${a.id}, reason: " " }) { id } }`, undefined, nammo);
      expect([codeOf(decline), fields(decline)]).toEqual(['BAD_USER_INPUT', ['reason']]);
      ok(
        await t.gql(
          `mutation { declineAuditReliance(input: { auditId: ${a.id}, reason: "We audit Al-Sveis ourselves this year" }) { id } }`,
          undefined,
          nammo,
        ),
      );
      // Al-Sveis asks for another date: that confirms it at once
      const moved = ok(
        await t.gql<{ rescheduleAudit: { plannedOn: string; supplierConfirmed: boolean } }>(
          `mutation { rescheduleAudit(input: { auditId: ${a.id}, plannedOn: "${addDays(today, 50)}", reason: "Summer shutdown" }) { plannedOn supplierConfirmed } }`,
          undefined,
          alSveis,
        ),
      ).rescheduleAudit;
      expect(moved).toEqual({ plannedOn: addDays(today, 50), supplierConfirmed: true });
      const reMoved = ok(
        await t.gql<{ rescheduleAudit: { supplierConfirmed: boolean } }>(
          `mutation { rescheduleAudit(input: { auditId: ${a.id}, plannedOn: "${addDays(today, 45)}", reason: "Auditor on leave" }) { supplierConfirmed } }`,
          undefined,
          sagstuen,
        ),
      ).rescheduleAudit;
      expect(reMoved.supplierConfirmed).toBe(false);
      expect(codeOf(await t.gql(`mutation { cancelAudit(input: { auditId: ${a.id}, reason: "x" }) { id } }`, undefined, alSveis))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await t.gql(`mutation { cancelAudit(input: { auditId: ${a.id}, reason: "x" }) { id } }`, undefined, steering))).toBe(
        'FORBIDDEN',
      );
      const cancelled = ok(
        await t.gql<{ cancelAudit: { status: string; cancelReason: string } }>(
          `mutation { cancelAudit(input: { auditId: ${a.id}, reason: "Replaced by Sagstuen's own audit" }) { status cancelReason } }`,
          undefined,
          leader,
        ),
      ).cancelAudit;
      expect(cancelled).toEqual({ status: 'CANCELLED', cancelReason: "Replaced by Sagstuen's own audit" });
      expect(codeOf(await t.gql(`mutation { confirmAuditDate(auditId: ${a.id}) { id } }`, undefined, alSveis))).toBe('CONFLICT');
      // a cancelled audit is no news to outsiders
      expect(codeOf(await auditAs(intek, a.id))).toBe('NOT_FOUND');
    });

    it('lists audits by what a person may see, and lets a firm filter by its own participation only', async () => {
      const list = async (token: string, filter = '') =>
        ok(
          await t.gql<{ audits: { totalCount: number; nodes: { id: number; viewerAccess: string }[] } }>(
            `{ audits${filter} { totalCount nodes { id viewerAccess } } }`,
            undefined,
            token,
          ),
        ).audits;
      // this file's three audits and the demo seed's reported audit of Sagstuen
      const all = await list(leader);
      expect(all.totalCount).toBe(4);
      const outsider = await list(intek);
      // the three audits that took place, as summaries; the cancelled one not at all
      expect(outsider.nodes.map((n) => n.viewerAccess)).toEqual(['SUMMARY', 'SUMMARY', 'SUMMARY']);
      expect(outsider.totalCount).toBe(3);
      // Sagstuen took part in this file's three (the seed's audited it: it was the supplier there)
      const mine = await list(sagstuen, `(filter: { participantMemberId: ${id.sagstuen} })`);
      expect(mine.totalCount).toBe(3);
      expect(codeOf(await t.gql(`{ audits(filter: { participantMemberId: ${id.sagstuen} }) { totalCount } }`, undefined, intek))).toBe(
        'FORBIDDEN',
      );
      const page = await list(leader, '(first: 1, offset: 1)');
      expect(page).toEqual({ totalCount: 4, nodes: [all.nodes[1]] });
    });

    it('corrects findings before the report, only their due date (with a reason) after it, and removes one recorded by mistake', async () => {
      const a = ok(
        await propose(nammo, {
          supplierMemberId: id.intek,
          scope: [{ standard: 'AQAP_2110', clauses: ['8'] }],
          plannedOn: today,
          leadAuditorUserId: user.nammo,
          onBehalfOfMemberIds: [id.nammo],
        }),
      ).proposeAudit.id;
      ok(await t.gql(`mutation { confirmAuditDate(auditId: ${a}) { id } }`, undefined, intek));
      ok(await t.gql(`mutation { markAuditDone(input: { auditId: ${a}, doneOn: "${today}" }) { id } }`, undefined, nammo));
      const f = ok(
        await recordFinding(nammo, { auditId: a, standard: 'AQAP_2110', clause: '8.4', severity: 'OBSERVATION', description: 'Note' }),
      ).recordAuditFinding.id;
      const mistake = ok(
        await recordFinding(nammo, { auditId: a, standard: 'AQAP_2110', clause: '8.5', severity: 'OBSERVATION', description: 'Typo' }),
      ).recordAuditFinding.id;
      expect(
        ok(await t.gql<{ removeAuditFinding: boolean }>(`mutation { removeAuditFinding(id: ${mistake}) }`, undefined, nammo))
          .removeAuditFinding,
      ).toBe(true);
      // an observation becomes a minor nonconformity: it then needs a due date
      const noDue = await t.gql(`mutation { updateAuditFinding(input: { id: ${f}, severity: MINOR }) { id } }`, undefined, nammo);
      expect([codeOf(noDue), fields(noDue)]).toEqual(['BAD_USER_INPUT', ['dueOn']]);
      ok(
        await t.gql(
          `mutation { updateAuditFinding(input: { id: ${f}, severity: MINOR, clause: "8.4.1", dueOn: "${addDays(today, 20)}" }) { id } }`,
          undefined,
          nammo,
        ),
      );
      ok(await t.gql(`mutation { reportAudit(input: { auditId: ${a}, summary: "One minor." }) { id } }`, undefined, nammo));
      const noReason = await t.gql(
        `mutation { updateAuditFinding(input: { id: ${f}, dueOn: "${addDays(today, 40)}" }) { id } }`,
        undefined,
        nammo,
      );
      expect([codeOf(noReason), fields(noReason)]).toEqual(['BAD_USER_INPUT', ['reason']]);
      const moved = ok(
        await t.gql<{ updateAuditFinding: { dueOn: string; clause: string; severity: string } }>(
          `mutation { updateAuditFinding(input: { id: ${f}, dueOn: "${addDays(today, 40)}", reason: "Supplier waits for a new gauge" }) { dueOn clause severity } }`,
          undefined,
          nammo,
        ),
      ).updateAuditFinding;
      expect(moved).toEqual({ dueOn: addDays(today, 40), clause: '8.4.1', severity: 'MINOR' });
      expect(codeOf(await t.gql(`mutation { removeAuditFinding(id: ${f}) }`, undefined, nammo))).toBe('CONFLICT');
      const trail = await t.db.read((em) =>
        em.find(AuditRecord, { where: { entityType: 'AuditFinding', entityId: String(f) }, order: { id: 'ASC' } }),
      );
      expect(trail.map((r) => [r.action, r.reason])).toEqual([
        ['recordAuditFinding', null],
        ['updateAuditFinding', null],
        ['updateAuditFinding', 'Supplier waits for a new gauge'],
      ]);
    });

    it('two major findings closed at the same moment record the audit in the register exactly once', async () => {
      const a = ok(
        await propose(sagstuen, {
          supplierMemberId: id.alSveis,
          scope: [{ standard: 'ISO_3834_2' }],
          plannedOn: today,
          leadAuditorUserId: user.sagstuen,
          onBehalfOfMemberIds: [id.sagstuen, id.nammo],
        }),
      ).proposeAudit.id;
      ok(await t.gql(`mutation { acceptAuditReliance(auditId: ${a}) { id } }`, undefined, nammo));
      ok(await t.gql(`mutation { confirmAuditDate(auditId: ${a}) { id } }`, undefined, alSveis));
      ok(await t.gql(`mutation { markAuditDone(input: { auditId: ${a}, doneOn: "${today}" }) { id } }`, undefined, sagstuen));
      const majors: number[] = [];
      for (const clause of ['7.3', '7.4'])
        majors.push(
          ok(
            await recordFinding(sagstuen, {
              auditId: a,
              standard: 'ISO_3834_2',
              clause,
              severity: 'MAJOR',
              description: `Welder qualification ${clause}`,
              correctiveAction: 'Requalify',
              dueOn: addDays(today, 10),
            }),
          ).recordAuditFinding.id,
        );
      ok(await t.gql(`mutation { reportAudit(input: { auditId: ${a}, summary: "Two majors." }) { id } }`, undefined, sagstuen));
      const closes = await Promise.all(
        majors.map((m) =>
          t.gql(`mutation { closeAuditFinding(input: { findingId: ${m}, evidence: "WPQ records ${m}" }) { status } }`, undefined, sagstuen),
        ),
      );
      expect(closes.map(codeOf)).toEqual(['OK', 'OK']);
      const rows = await t.db.read((em) => em.find(SupplierAuditRecord, { where: { auditId: a } }));
      expect(rows.map((r) => r.buyerMemberId).sort()).toEqual([id.sagstuen, id.nammo].sort());
      expect(ok(await auditAs(nammo, a)).audit.registeredOn).toBe(today);
    });

    it('of two simultaneous proposals for the same member, supplier and standard exactly one succeeds', async () => {
      const input = (lead: number) => ({
        supplierMemberId: id.nammo,
        scope: [{ standard: 'ISO_14001' }],
        plannedOn: addDays(today, 30),
        leadAuditorUserId: lead,
        onBehalfOfMemberIds: [id.sagstuen],
      });
      const before = await countRows();
      const both = await Promise.all([propose(sagstuen, input(user.sagstuen)), propose(leader, input(user.sagstuen))]);
      expect(both.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
      expect((await countRows()).audits).toBe(before.audits + 1);
    });

    it('takes null for any optional field as "clear" or refuses it naming the field: never an internal error', async () => {
      const a = ok(
        await propose(nammo, {
          supplierMemberId: id.alSveis,
          scope: [{ standard: 'ISO_9001', clauses: null }],
          plannedOn: addDays(today, 10),
          leadAuditorUserId: user.nammo,
          onBehalfOfMemberIds: [id.nammo],
          note: null,
        }),
      ).proposeAudit.id;
      const entry = ok(
        await addSupplier(alSveis, {
          buyerMemberId: id.alSveis,
          supplierMemberId: id.intek,
          standards: null,
          scope: null,
          auditIntervalMonths: null,
          since: null,
          lastAuditedOn: null,
        }),
      ).addSupplierRelationship.id;
      const calls: [string, string, Record<string, unknown>, string][] = [
        ['UpdateSupplierRelationshipInput', 'updateSupplierRelationship', { id: entry }, alSveis],
        ['UpdateAuditFindingInput', 'updateAuditFinding', { id: findingId }, nammo],
        ['RespondToAuditFindingInput', 'respondToAuditFinding', { findingId }, tokvam],
        ['CloseAuditFindingInput', 'closeAuditFinding', { findingId }, nammo],
        ['AuditProgrammeInput', 'auditProgramme', {}, leader],
        ['AuditFilterInput', 'audits', {}, leader],
        ['SupplierRelationshipFilterInput', 'supplierRelationships', {}, leader],
        [
          'RecordAuditFindingInput',
          'recordAuditFinding',
          { auditId: a, standard: 'ISO_9001', clause: '7', severity: 'OBSERVATION', description: 'x' },
          nammo,
        ],
      ];
      const schema = ok(
        await t.gql<{ __schema: { types: { name: string; inputFields: { name: string; type: { kind: string } }[] | null }[] } }>(
          '{ __schema { types { name inputFields { name type { kind } } } } }',
          undefined,
          leader,
        ),
      ).__schema.types;
      const seen: string[] = [];
      for (const [type, field, base, token] of calls) {
        const optional = schema
          .find((x) => x.name === type)!
          .inputFields!.filter((f) => f.type.kind !== 'NON_NULL')
          .map((f) => f.name);
        for (const name of optional) {
          const isQuery = ['auditProgramme', 'audits', 'supplierRelationships'].includes(field);
          const arg = field === 'auditProgramme' ? 'input' : isQuery ? 'filter' : 'input';
          const q = `${isQuery ? 'query' : 'mutation'}($i: ${type}) { ${field}(${arg}: $i) { __typename } }`;
          const r = await t.gql(
            q.replace(`$i: ${type})`, isQuery ? `$i: ${type})` : `$i: ${type}!)`),
            { i: { ...base, [name]: null } },
            token,
          );
          const code = codeOf(r);
          seen.push(`${type}.${name}: ${code}${code === 'BAD_USER_INPUT' ? ` [${fields(r).join(',')}]` : ''}`);
          expect(['OK', 'BAD_USER_INPUT', 'CONFLICT']).toContain(code);
          if (code === 'BAD_USER_INPUT') expect(fields(r)).toContain(name);
        }
      }
      // the fields that cannot be cleared say so; the rest are cleared or mean "the default"
      expect(seen).toEqual(
        expect.arrayContaining([
          'UpdateSupplierRelationshipInput.standards: BAD_USER_INPUT [standards]',
          'UpdateSupplierRelationshipInput.scope: OK',
          'UpdateAuditFindingInput.clause: BAD_USER_INPUT [clause]',
          'RespondToAuditFindingInput.evidence: BAD_USER_INPUT [evidence]',
          'CloseAuditFindingInput.evidence: BAD_USER_INPUT [evidence]',
          'AuditProgrammeInput.windowDays: OK',
        ]),
      );
    });

    it('offers the people of a member as lead auditors: all to the project leader, its own to a firm', async () => {
      const people = ok(
        await t.gql<{ auditorCandidates: { userId: number; memberId: number }[] }>(
          `{ auditorCandidates(memberId: ${id.nammo}) { userId memberId displayName } }`,
          undefined,
          leader,
        ),
      ).auditorCandidates;
      expect(people.map((p) => p.userId)).toContain(user.nammo);
      expect(codeOf(await t.gql(`{ auditorCandidates(memberId: ${id.nammo}) { userId } }`, undefined, sagstuen))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(`{ auditorCandidates(memberId: 999999) { userId } }`, undefined, leader))).toBe('NOT_FOUND');
    });
  });
});
