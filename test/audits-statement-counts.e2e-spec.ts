import { Role, SYSTEM_ACTOR, addDays, osloDate } from '@app/core';
import {
  AuditFinding,
  AuditParticipant,
  AuditStatus,
  CoordinatedAudit,
  FindingSeverity,
  FindingStatus,
  ParticipantStatus,
  SupplierAuditRecord,
  SupplierRelationship,
} from '@app/audits';
import { UsersService } from '@app/identity';
import { Certificate, CertificateType, Member } from '@app/members';
import { codeOf, createTestApp, type TestApp } from './support/test-app';

/**
 * No N+1 in the audits context: every list with nested fields costs the same number of SQL
 * statements with 5 and with 500 rows (counted by the app, x-sql-statements; never timed).
 * The lead firm's user sees every audit with its findings (REPORT), the project leader the plans.
 */
describe('audits: SQL statements per request do not grow with the data (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let leadFirmUser: string;
  let leadFirmId = 0;
  let leadUserId = 0;
  const firmIds: number[] = [];
  const today = osloDate(new Date());

  async function growTo(n: number): Promise<void> {
    await t.db.transaction(async (tx) => {
      const now = new Date();
      for (let k = firmIds.length; k < n; k++) {
        const name = `Audit Firm ${String(k).padStart(4, '0')} AS`;
        const m = await tx.save(tx.create(Member, { name, createdAt: now, updatedAt: now }));
        firmIds.push(m.id);
        await tx.insert(Certificate, {
          memberId: m.id,
          type: CertificateType.ISO_9001,
          issuer: 'DNV',
          validFrom: '2025-01-01',
          validUntil: '2029-01-01',
        });
      }
      for (let k = await tx.count(CoordinatedAudit); k < n; k++) {
        const supplier = firmIds[k];
        const other = firmIds[(k + 1) % n];
        await tx.insert(SupplierRelationship, [
          {
            buyerMemberId: leadFirmId,
            supplierMemberId: supplier,
            standards: [CertificateType.ISO_9001],
            auditIntervalMonths: 24,
            since: addDays(today, 10 + (k % 50)),
            createdAt: now,
            updatedAt: now,
          },
          {
            buyerMemberId: other,
            supplierMemberId: supplier,
            standards: [CertificateType.ISO_9001],
            auditIntervalMonths: 24,
            since: addDays(today, 20 + (k % 50)),
            createdAt: now,
            updatedAt: now,
          },
          {
            buyerMemberId: firmIds[(k + 2) % n],
            supplierMemberId: supplier,
            standards: [CertificateType.ISO_9001],
            auditIntervalMonths: 24,
            since: addDays(today, 30 + (k % 50)),
            createdAt: now,
            updatedAt: now,
          },
        ]);
        const audit = await tx.save(
          tx.create(CoordinatedAudit, {
            supplierMemberId: supplier,
            scope: [{ standard: CertificateType.ISO_9001, clauses: ['7.1'] }],
            plannedOn: addDays(today, -20),
            leadAuditorUserId: leadUserId,
            leadMemberId: leadFirmId,
            status: k % 2 ? AuditStatus.REPORTED : AuditStatus.DONE,
            doneOn: addDays(today, -20),
            reportedOn: k % 2 ? addDays(today, -19) : null,
            registeredOn: k % 2 ? addDays(today, -19) : null,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await tx.insert(AuditParticipant, [
          { auditId: audit.id, memberId: leadFirmId, status: ParticipantStatus.ACCEPTED },
          { auditId: audit.id, memberId: other, status: ParticipantStatus.INVITED },
        ]);
        await tx.insert(AuditFinding, [
          {
            auditId: audit.id,
            supplierMemberId: supplier,
            standard: CertificateType.ISO_9001,
            clause: '7.1.5',
            severity: FindingSeverity.MAJOR,
            description: 'Overdue',
            dueOn: addDays(today, -5),
            status: FindingStatus.OPEN,
            createdAt: now,
            updatedAt: now,
          },
          {
            auditId: audit.id,
            supplierMemberId: supplier,
            standard: CertificateType.ISO_9001,
            clause: '7.1.2',
            severity: FindingSeverity.MINOR,
            description: 'Minor',
            dueOn: addDays(today, 30),
            status: FindingStatus.OPEN,
            createdAt: now,
            updatedAt: now,
          },
        ]);
        if (k % 2)
          await tx.insert(SupplierAuditRecord, {
            supplierMemberId: supplier,
            buyerMemberId: leadFirmId,
            standard: CertificateType.ISO_9001,
            auditedOn: addDays(today, -20),
            auditId: audit.id,
            recordedAt: now,
          });
      }
    });
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const users = t.app.get(UsersService);
    const now = new Date();
    leadFirmId = (await t.db.transaction((tx) => tx.save(tx.create(Member, { name: 'Lead Firm AS', createdAt: now, updatedAt: now })))).id;
    await users.create(SYSTEM_ACTOR, {
      email: 'leader@audits.example',
      displayName: 'L',
      password: 'long-password-1',
      role: Role.PROJECT_LEADER,
    });
    leadUserId = (
      await users.create(SYSTEM_ACTOR, {
        email: 'lead@audits.example',
        displayName: 'Lead auditor',
        password: 'long-password-1',
        role: Role.FIRM_USER,
        firmId: leadFirmId,
      })
    ).id;
    leader = await t.login('leader@audits.example', 'long-password-1');
    leadFirmUser = await t.login('lead@audits.example', 'long-password-1');
  });
  afterAll(() => t.close());

  // each query within the API's cost limit at 500 rows, together covering every nested field
  const AUDITS =
    '{ audits(first: 500) { totalCount nodes { id viewerAccess supplier { name } participants { status member { name } } } } }';
  const AUDIT_TEAMS = '{ audits(first: 500) { nodes { id leadMember { name } leadAuditor { displayName } findings { id overdue } } } }';
  const RELATIONSHIPS = '{ supplierRelationships { id buyer { name } supplier { name } } }';
  const PROGRAMME =
    '{ auditProgramme(input: { horizonDays: 400 }) { needCount suppliers(first: 500) { supplier { name } needs { standard dueOn buyer { name } } } } }';
  const SUGGESTIONS =
    '{ auditProgramme(input: { horizonDays: 400 }) { needCount suggestionCount suggestions(first: 500) { supplier { name } suggestedLeadMember { name } members { member { name } } } } }';
  const RECORDS = '{ supplierAuditRecords { auditedOn supplier { name } buyer { name } } }';
  const MEMBER_RECORDS = '{ members(first: 500) { totalCount nodes { id supplierAuditRecords { auditedOn buyer { name } } } } }';
  const WARNINGS = '{ members(first: 500) { totalCount nodes { id certificates { type auditWarnings { code auditId } } } } }';

  async function measure(query: string, token: string, rows: (d: Record<string, unknown>) => number) {
    const r = await t.gql<Record<string, unknown>>(query, undefined, token);
    expect([codeOf(r), r.errors?.[0]?.message]).toEqual(['OK', undefined]);
    return { n: rows(r.data!), statements: r.sqlStatements };
  }

  const audits = (d: Record<string, unknown>) => (d.audits as { nodes: unknown[] }).nodes.length;
  const needs = (d: Record<string, unknown>) => (d.auditProgramme as { needCount: number }).needCount;
  const members = (d: Record<string, unknown>) => (d.members as { nodes: unknown[] }).nodes.length;
  const cases: [string, string, () => string, (d: Record<string, unknown>) => number][] = [
    ['audits { supplier participants { member } } (the lead firm: report)', AUDITS, () => leadFirmUser, audits],
    ['audits { leadMember leadAuditor findings } (the lead firm: report)', AUDIT_TEAMS, () => leadFirmUser, audits],
    ['audits { leadMember leadAuditor findings } (the project leader: plans)', AUDIT_TEAMS, () => leader, audits],
    ['supplierRelationships { buyer supplier }', RELATIONSHIPS, () => leader, (d) => (d.supplierRelationships as unknown[]).length],
    ['auditProgramme { suppliers { supplier needs { buyer } } }', PROGRAMME, () => leader, needs],
    [
      'auditProgramme { suggestions { supplier suggestedLeadMember members { member } } }',
      SUGGESTIONS,
      () => leader,
      (d) => (d.auditProgramme as { suggestionCount: number }).suggestionCount,
    ],
    ['supplierAuditRecords { supplier buyer }', RECORDS, () => leader, (d) => (d.supplierAuditRecords as unknown[]).length],
    ['members { supplierAuditRecords { buyer } }', MEMBER_RECORDS, () => leadFirmUser, members],
    ['members { certificates { auditWarnings } }', WARNINGS, () => leadFirmUser, members],
  ];

  it('costs the same at 5 and at 500 audits, register entries, programme rows and records', async () => {
    await growTo(5);
    const small: { n: number; statements: number }[] = [];
    for (const [, q, token, rows] of cases) small.push(await measure(q, token(), rows));
    await growTo(500);
    const large: { n: number; statements: number }[] = [];
    for (const [, q, token, rows] of cases) large.push(await measure(q, token(), rows));
    const report = cases.map(([name], i) => [name, small[i].n, small[i].statements, large[i].n, large[i].statements]);
    // the lists really grew
    // programme needs within the horizon: three buyers per supplier, but an odd audit is recorded for
    // the lead firm (next due in 24 months); suggestions: the two buyers of an odd audit's supplier
    expect(report.map((r) => [r[1], r[3]])).toEqual([
      [5, 500],
      [5, 500],
      [5, 500],
      [15, 1500],
      [13, 1250],
      [2, 250],
      [2, 250],
      [6, 500],
      [6, 500],
    ]);
    for (const r of report) expect(Number.isFinite(r[2])).toBe(true);
    // and cost the same
    expect(report.map((r) => [r[0], r[4]])).toEqual(report.map((r) => [r[0], r[2]]));
    // the programme: the signed-in user, its six reads, the members named (one batch)
    expect(small[4].statements).toBe(8);
    // the findings really came back with the report-level viewer, and not for the leader
    const withFindings = await t.gql<{ audits: { nodes: { findings: unknown[] | null }[] } }>(AUDIT_TEAMS, undefined, leadFirmUser);
    expect(withFindings.data!.audits.nodes.every((a) => a.findings?.length === 2)).toBe(true);
    const plans = await t.gql<{ audits: { nodes: { findings: unknown[] | null }[] } }>(AUDIT_TEAMS, undefined, leader);
    expect(plans.data!.audits.nodes.every((a) => a.findings === null)).toBe(true);
    const warned = await t.gql<{ members: { nodes: { certificates: { auditWarnings: unknown[] }[] }[] } }>(
      WARNINGS,
      undefined,
      leadFirmUser,
    );
    expect(warned.data!.members.nodes.filter((m) => m.certificates.some((c) => c.auditWarnings.length)).length).toBe(500);
  });
});
