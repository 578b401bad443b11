import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCounter } from '@app/core';
import { Certificate, CertificateType } from '@app/members';
import { Notification } from '@app/notifications';
import { RemindersService } from '@app/platform';
import { Tender } from '@app/tenders';
import { createTestApp, type TestApp, USERS } from './support/test-app';
import { ok } from './support/bid-story';
import { decideTender, demoTender, memberByName } from './support/story';

/** Each reminder once: across repeated scans, a restart, and two instances on one database. */
describe('reminders are sent once (e2e)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tf-reminders-'));
  let t: TestApp;
  let now: Date;
  /** The test's own package: offered, its firm's certificate lapsing inside its window. */
  let wp: number;

  const countByKind = async (app: TestApp) => {
    const rows = await app.db.read((em) => em.find(Notification));
    const out: Record<string, number> = {};
    for (const r of rows) out[r.kind] = (out[r.kind] ?? 0) + 1;
    return { out, keys: rows.map((r) => r.dedupeKey) };
  };

  beforeAll(async () => {
    // a file database on SQLite (so it survives a restart); a fresh database on PostgreSQL
    t = await createTestApp({ env: process.env.DATABASE_URL ? {} : { DATABASE_PATH: join(dir, 'reminders.sqlite') } });
    const leader = await t.login(USERS.leader.email);
    const tender = await demoTender(t);
    await decideTender(t, tender.id, 'GO');
    const bidId = ok(
      await t.gql<{ createBid: { id: number } }>(`mutation { createBid(input: { tenderId: ${tender.id} }) { id } }`, undefined, leader),
    ).createBid.id;
    const req = ok(
      await t.gql<{ tender: { requirements: { id: number; capabilityCode: string; windowStart: string; windowEnd: string }[] } }>(
        `{ tender(id: ${tender.id}) { requirements { id capabilityCode windowStart windowEnd } } }`,
        undefined,
        leader,
      ),
    ).tender.requirements.find((r) => r.capabilityCode === 'WELD_TIG_AL')!;
    const sag = await memberByName(t, 'Sagstuen AS');
    wp = ok(
      await t.gql<{ addWorkPackage: { id: number } }>(
        'mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }',
        {
          i: {
            bidId,
            memberId: sag.id,
            title: 'TIG welding',
            requirements: [{ requirementId: req.id, hours: 200 }],
            price: '16000000',
            windowStart: req.windowStart,
            windowEnd: req.windowEnd,
          },
        },
        leader,
      ),
    ).addWorkPackage.id;
    now = new Date();
    ok(
      await t.gql(
        `mutation($d: DateTime) { offerWorkPackage(id: ${wp}, responseDeadline: $d) { warnings } }`,
        { d: new Date(now.getTime() + 20 * 3600000).toISOString() },
        leader,
      ),
    );
    // the tender is due in 20 hours, and the welding certificate now expires inside the package's window
    await t.db.transaction(async (tx) => {
      await tx.update(Tender, { id: tender.id }, { deadline: new Date(now.getTime() + 20 * 3600000) });
      const cert = await tx.findOneByOrFail(Certificate, { memberId: sag.id, type: CertificateType.ISO_3834_2 });
      await tx.update(Certificate, { id: cert.id }, { validUntil: req.windowStart });
    });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores each due reminder once per recipient, however often the scan runs', async () => {
    const before = await countByKind(t);
    const first = await t.app.get(RemindersService).runOnce(now);
    expect(first.stored).toBeGreaterThan(0);
    const after = await countByKind(t);
    const added = (k: string) => (after.out[k] ?? 0) - (before.out[k] ?? 0);
    expect(added('RESPONSE_DEADLINE_72H')).toBe(1); // one Sagstuen user
    expect(added('RESPONSE_DEADLINE_24H')).toBe(1);
    expect(added('SUBMISSION_DEADLINE_7D')).toBe(1); // one project leader
    expect(added('SUBMISSION_DEADLINE_1D')).toBe(1);
    expect(added('CERTIFICATE_EXPIRING_FOR_BID')).toBe(2); // the project leader and the firm's user
    const second = await t.app.get(RemindersService).runOnce(new Date(now.getTime() + 60_000));
    expect(second.stored).toBe(0);
    expect((await countByKind(t)).keys.sort()).toEqual(after.keys.sort());
    // the log sender delivered everything that was waiting
    expect((await t.db.read((em) => em.find(Notification))).every((n) => n.deliveredAt !== null)).toBe(true);
  });

  it('stores nothing again after a restart', async () => {
    const before = await countByKind(t);
    const restarted = await createTestApp({ shareDatabaseWith: t });
    try {
      expect((await restarted.app.get(RemindersService).runOnce(new Date(now.getTime() + 120_000))).stored).toBe(0);
      expect((await countByKind(restarted)).keys.sort()).toEqual(before.keys.sort());
    } finally {
      await restarted.app.close();
    }
  });

  // Two instances at the same time need two connections that can wait for each other: PostgreSQL.
  // better-sqlite3 is synchronous, so two instances in one process would block each other; on
  // SQLite the second instance runs right after the first (one deployment runs one instance).
  it('stores and delivers each reminder once with two instances on one database', async () => {
    await t.db.transaction((tx) => tx.query('DELETE FROM notification'));
    const second = await createTestApp({ shareDatabaseWith: t });
    try {
      const a = t.app.get(RemindersService);
      const b = second.app.get(RemindersService);
      const runs =
        t.db.kind === 'postgres' ? await Promise.all([a.runOnce(now), b.runOnce(now)]) : [await a.runOnce(now), await b.runOnce(now)];
      const rows = await t.db.read((em) => em.find(Notification));
      expect(rows.length).toBe(6);
      expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(6);
      if (t.db.kind === 'sqlite') expect(runs.map((r) => r.stored)).toEqual([6, 0]);
      expect(runs[0].delivered + runs[1].delivered).toBe(6); // claimed once, sent once
      expect(rows.every((r) => r.attempts === 1)).toBe(true);
    } finally {
      await second.app.close();
    }
  });

  it('scans set-based: its statements do not grow with the packages at risk, and it writes in batches', async () => {
    const counter = t.app.get(QueryCounter);
    const reminders = t.app.get(RemindersService);
    const statementsOf = async (at: Date) => {
      const seen: string[] = [];
      counter.tap = (sql) => seen.push(sql);
      try {
        const { stored } = await reminders.scan(at);
        return { stored, statements: seen.length, transactions: seen.filter((q) => /^(BEGIN|START TRANSACTION)/i.test(q)).length };
      } finally {
        counter.tap = null;
      }
    };
    await reminders.scan(now);
    const before = await statementsOf(now);
    expect(before.stored).toBe(0);
    // 300 more packages of the same firm, offered in the same bid and needing the lapsing certificate
    // (the database keeps work_package_need from their requirement links)
    const [risk] = await t.db.read((em) =>
      em.query(`SELECT w.id, wr.requirement_id, wr.capability_code FROM work_package w JOIN work_package_requirement wr ON wr.work_package_id = w.id
                 WHERE w.id = ${wp}`),
    );
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 300; i++) {
        const [row] = await tx.query(
          `INSERT INTO work_package (bid_id, tender_id, member_id, title, scope, hours, price_minor, currency, window_start, window_end,
                 clearance_level, export_controlled, status, response_deadline, offered_at, version, created_at, updated_at)
           SELECT bid_id, tender_id, member_id, title, scope, hours, price_minor, currency, window_start, window_end,
                  clearance_level, export_controlled, status, NULL, offered_at, 1, created_at, updated_at
             FROM work_package WHERE id = ${risk.id} RETURNING id`,
        );
        await tx.query(
          `INSERT INTO work_package_requirement (work_package_id, requirement_id, capability_code, hours) VALUES (${row.id}, ${risk.requirement_id}, '${risk.capability_code}', 10)`,
        );
      }
    });
    const first = await statementsOf(now);
    expect(first.stored).toBe(600); // the project leader and the firm's user, per package
    expect(first.transactions).toBeLessThanOrEqual(6); // 600 rows, at most 100 per short transaction
    const again = await statementsOf(now);
    expect(again.stored).toBe(0);
    // the same pages of certificates and packages due; only the lookup of 600 more keys (500 per statement)
    expect(again.statements).toBeLessThanOrEqual(before.statements + 2);
  });
});
