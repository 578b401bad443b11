import { WorkPackage } from '@app/bids';
import { Notification } from '@app/notifications';
import { RemindersService } from '@app/platform';
import { Invoice } from '@app/orders';
import { RoyaltyStatement } from '@app/royalties';
import { IsNull } from 'typeorm';
import { ok } from './support/bid-story';
import { decideTender, demoTender, firmUserToken, memberByName } from './support/story';
import { Client } from 'pg';
import { JsonLogger, loadConfig } from '@app/core';
import { createApp } from '../apps/api/src/bootstrap';
import { codeOf, createTestApp, TEST_JWT_SECRET, type TestApp, USERS } from './support/test-app';

/**
 * Two API instances on one PostgreSQL database, as two processes behind a load balancer would
 * run (README "Several API instances"): the same DATABASE_URL and JWT_SECRET, their own pools,
 * locks and reminder schedulers. Every race a user can start from two browsers at once, sent
 * through both instances at the same moment, has exactly one winner. On SQLite one instance
 * runs (better-sqlite3 is one synchronous connection), so this suite needs DATABASE_URL
 * (`npm run test:e2e:pg`); bench/entries/multi-instance.entry.ts runs the mixed load through two
 * processes and checks every write.
 */
const onPostgres = !!process.env.DATABASE_URL;

(onPostgres ? describe : describe.skip)('two API instances on one PostgreSQL database (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  let leaderA: string;
  let leaderB: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareDatabaseWith: a, seed: false });
    leaderA = await a.login(USERS.leader.email);
    leaderB = await b.login(USERS.leader.email);
  });
  afterAll(async () => {
    await b?.app.close();
    await a?.close();
  });

  it('starts two instances at once on an empty database: the migrations run once, both serve', async () => {
    const name = `tf_test_twostart_${process.pid}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const config = loadConfig(
      { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url.toString(), LOG_LEVEL: 'error' },
      '0.0.0-test',
    );
    const started = await Promise.allSettled([0, 1].map(() => createApp(config, { logger: new JsonLogger('error') })));
    try {
      expect(started.map((s) => (s.status === 'rejected' ? String(s.reason).slice(0, 200) : 'ok'))).toEqual(['ok', 'ok']);
      const c = new Client({ connectionString: url.toString() });
      await c.connect();
      const { rows } = await c.query('SELECT name, COUNT(*) AS n FROM schema_migrations GROUP BY name HAVING COUNT(*) > 1');
      await c.end();
      expect(rows).toEqual([]);
    } finally {
      for (const s of started) if (s.status === 'fulfilled') await s.value.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('shares sign-ins: a token from one instance is accepted by the other (one JWT_SECRET)', async () => {
    const viaB = await b.gql<{ me: { email: string } }>('{ me { email } }', undefined, leaderA);
    expect(ok(viaB).me.email).toBe(USERS.leader.email);
  });

  describe('races across the two instances', () => {
    let bidId: number;
    let reqs: { id: number; capabilityCode: string; windowStart: string; windowEnd: string }[];

    beforeAll(async () => {
      const tender = await demoTender(a);
      await decideTender(a, tender.id); // GO only by the committee's decision (issue 20)
      bidId = ok(
        await a.gql<{ createBid: { id: number } }>(`mutation { createBid(input: { tenderId: ${tender.id} }) { id } }`, undefined, leaderA),
      ).createBid.id;
      reqs = ok(
        await a.gql<{ tender: { requirements: typeof reqs } }>(
          `{ tender(id: ${tender.id}) { requirements { id capabilityCode windowStart windowEnd } } }`,
          undefined,
          leaderA,
        ),
      ).tender.requirements;
    });

    async function offeredPackage(firm: string, hours: number): Promise<number> {
      const m = await memberByName(a, firm);
      const r = reqs.find((x) => x.capabilityCode === 'CNC_5AXIS')!;
      const id = ok(
        await a.gql<{ addWorkPackage: { id: number } }>(
          'mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }',
          {
            i: {
              bidId,
              memberId: m.id,
              title: `race ${hours}`,
              requirements: [{ requirementId: r.id, hours }],
              price: '10000000',
              windowStart: r.windowStart,
              windowEnd: r.windowEnd,
            },
          },
          leaderA,
        ),
      ).addWorkPackage.id;
      ok(await a.gql(`mutation { offerWorkPackage(id: ${id}) { warnings } }`, undefined, leaderA));
      return id;
    }

    it('the same work package answered through both at once: one answer wins, the other is CONFLICT', async () => {
      const userA = await a.login(USERS.firmB.email); // Sagstuen
      const userB = await firmUserToken(a, 'Sagstuen AS'); // a second user of the same firm
      for (let round = 0; round < 4; round++) {
        const id = await offeredPackage('Sagstuen AS', 100 + round);
        const results = await Promise.all([
          a.gql<{ respondToWorkPackage: { status: string } }>(
            `mutation { respondToWorkPackage(input: { workPackageId: ${id}, response: ACCEPT }) { status } }`,
            undefined,
            userA,
          ),
          b.gql<{ respondToWorkPackage: { status: string } }>(
            `mutation { respondToWorkPackage(input: { workPackageId: ${id}, response: DECLINE, reason: "fully booked" }) { status } }`,
            undefined,
            userB,
          ),
        ]);
        expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
        const winner = results.find((r) => codeOf(r) === 'OK')!.data!.respondToWorkPackage.status;
        expect((await b.db.read((em) => em.findOneByOrFail(WorkPackage, { id }))).status).toBe(winner);
        const events = await a.db.read((em) =>
          em.query(`SELECT kind FROM work_package_event WHERE work_package_id = $1 ORDER BY id`, [id]),
        );
        expect(events).toHaveLength(2); // OFFERED and the one answer that won
      }
    });

    let orderId: number;
    let lineId: number;
    const INVOICE = 'mutation($i: RecordInvoiceInput!) { recordInvoice(input: $i) { id amount { minorUnits } } }';

    it('the same idempotency key through both at once: one invoice, and both answers name it', async () => {
      const nammo = (await memberByName(a, 'Nammo Raufoss AS')).id;
      const order = ok(
        await a.gql<{ createOrder: { id: number; lines: { id: number }[] } }>(
          'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id lines { id } } }',
          {
            i: {
              buyerName: 'Luftforsvaret',
              contractReference: 'LF-2019-TWO',
              awardedValue: '500000000',
              awardDate: '2019-01-10',
              lines: [{ memberId: nammo, description: 'Machining', value: '500000000' }],
            },
          },
          leaderA,
        ),
      ).createOrder;
      orderId = order.id;
      lineId = order.lines[0].id;
      for (let round = 0; round < 4; round++) {
        const input = {
          orderLineId: lineId,
          number: `TWO-${round}`,
          issueDate: '2019-02-10',
          amount: '1000000',
          idempotencyKey: `two-${round}`,
        };
        const results = await Promise.all([
          a.gql<{ recordInvoice: { id: number } }>(INVOICE, { i: input }, leaderA),
          b.gql<{ recordInvoice: { id: number } }>(INVOICE, { i: input }, leaderB),
        ]);
        expect(results.map(codeOf)).toEqual(['OK', 'OK']);
        expect(results[0].data!.recordInvoice.id).toBe(results[1].data!.recordInvoice.id);
        const rows = await a.db.read((em) => em.find(Invoice, { where: { number: `TWO-${round}` } }));
        expect(rows).toHaveLength(1);
      }
    });

    it('the same royalty period run through both at once: one set of statements, every invoice on one line', async () => {
      ok(
        await a.gql(
          `mutation { setRoyaltyAgreement(input: { scope: "ORDER", orderId: ${orderId}, validFrom: "2019-01-01", rateBp: 300, basis: "INVOICED", amountKind: "GROSS" }) { id } }`,
          undefined,
          leaderA,
        ),
      );
      const RUN = 'mutation($p: String!) { runRoyaltyStatements(period: $p) { statements total { minorUnits } } }';
      for (let round = 0; round < 3; round++) {
        if (round > 0)
          ok(
            await a.gql(
              INVOICE,
              { i: { orderLineId: lineId, number: `TWO-R${round}`, issueDate: '2019-03-01', amount: '500000' } },
              leaderA,
            ),
          );
        const results = await Promise.all([a.gql(RUN, { p: '2019-Q1' }, leaderA), b.gql(RUN, { p: '2019-Q1' }, leaderB)]);
        // both may answer (the later one then finds the drafts up to date) or one may be told
        // CONFLICT: never two sets of statements
        expect(results.some((r) => codeOf(r) === 'OK')).toBe(true);
        for (const r of results) expect(['OK', 'CONFLICT']).toContain(codeOf(r));
        const statements = await a.db.read((em) => em.find(RoyaltyStatement, { where: { periodLabel: '2019-Q1' } }));
        expect(statements).toHaveLength(1);
        // 3 % of the invoices so far, to the øre
        const invoiced = 4 * 1_000_000 + round * 500_000;
        expect(statements[0].totalMinor).toBe((invoiced * 3) / 100);
        const onLines = await a.db.read((em) =>
          em.query(
            `SELECT l.source_id, COUNT(*) AS n FROM royalty_statement_line l JOIN invoice i ON i.id = l.source_id AND l.source_type = 'INVOICE'
              WHERE i.order_line_id = $1 GROUP BY l.source_id`,
            [lineId],
          ),
        );
        expect(onLines).toHaveLength(4 + round); // each invoice on exactly one line
        expect(onLines.every((r: { n: string | number }) => Number(r.n) === 1)).toBe(true);
      }
    });

    it('delivers every notification exactly once with both instances delivering at the same time', async () => {
      const waiting = await a.db.read((em) => em.count(Notification, { where: { deliveredAt: IsNull() } }));
      expect(waiting).toBeGreaterThan(0); // the offers above notified the firm
      const now = new Date();
      const runs = await Promise.all([a.app.get(RemindersService).runOnce(now), b.app.get(RemindersService).runOnce(now)]);
      const rows = await a.db.read((em) => em.find(Notification));
      expect(rows.every((n) => n.deliveredAt !== null)).toBe(true);
      expect(rows.every((n) => n.attempts === 1)).toBe(true); // claimed once, sent once
      expect(runs[0].delivered + runs[1].delivered).toBe(waiting);
      expect(new Set(rows.map((n) => n.dedupeKey)).size).toBe(rows.length);
    });
  });
});
