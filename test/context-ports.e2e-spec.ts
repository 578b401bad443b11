import { NestFactory } from '@nestjs/core';
import { Bid, BidsModule, BidsService } from '@app/bids';
import { CoreModule, Database, JsonLogger, Ports, SYSTEM_ACTOR, loadConfig, osloDate, rawQuery } from '@app/core';
import { Order, OrderLine } from '@app/orders';
import { SCHEMA } from '@app/platform';
import { RoyaltyStatementLine } from '@app/royalties';
import { createApp } from '../apps/api/src/bootstrap';
import { createTestApp, type TestApp, TEST_JWT_SECRET, USERS } from './support/test-app';
import { ok, readyBid } from './support/bid-story';
import { approveBid, decideTender, demoTender } from './support/story';

/**
 * The ports between contexts (docs/ARCHITECTURE.md "How a lower context reaches a higher one"):
 * the bids context's expected royalty and the royalties context's statements have one truth when
 * no royalty agreement is in force, and there is no default behind a port.
 */
describe('ports between contexts', () => {
  describe('with no royalty agreement in force', () => {
    let t: TestApp;
    let leader: string;
    beforeAll(async () => {
      t = await createTestApp();
      leader = await t.login(USERS.leader.email);
      // the demo seed sets a 3 % default agreement: take it away, so that none is in force
      await t.db.transaction((tx) => rawQuery(tx, 'DELETE FROM royalty_agreement', []));
      await decideTender(t, (await demoTender(t)).id, 'GO');
    });
    afterAll(() => t?.close());

    it("a won bid's expected royalty equals what the royalty statement charges for the same work: nothing", async () => {
      const { bidId } = await readyBid(t);
      await approveBid(t, bidId);
      ok(await t.gql(`mutation { submitBid(bidId: ${bidId}) { revision } }`, undefined, leader));
      const today = osloDate(new Date());
      const { bid } = ok(
        await t.gql<{
          bid: {
            priceBuildUp: {
              packagesTotal: { minorUnits: string };
              bidPrice: { minorUnits: string };
              expectedRoyalty: { minorUnits: string };
              royaltyRateBp: number;
            };
          };
        }>(
          `{ bid(id: ${bidId}) { priceBuildUp { packagesTotal { minorUnits } bidPrice { minorUnits } expectedRoyalty { minorUnits } royaltyRateBp } } }`,
          undefined,
          leader,
        ),
      );
      const pb = bid.priceBuildUp;
      ok(
        await t.gql(
          `mutation { recordBidOutcome(input: { bidId: ${bidId}, outcome: "WON", date: "${today}", awardedValue: "${pb.bidPrice.minorUnits}", contractReference: "PORTS-1" }) { status } }`,
          undefined,
          leader,
        ),
      );
      // the order made from the won bid, invoiced in full today: each firm's line at its package price
      const order = await t.db.read((em) => em.findOneByOrFail(Order, { bidId }));
      const lines = await t.db.read((em) => em.findBy(OrderLine, { orderId: order.id }));
      expect(lines.reduce((s, l) => s + Number(l.valueMinor), 0)).toBe(Number(pb.packagesTotal.minorUnits));
      for (const l of lines)
        ok(
          await t.gql(
            'mutation($i: RecordInvoiceInput!) { recordInvoice(input: $i) { id } }',
            {
              i: {
                orderLineId: l.id,
                number: `PORTS-${l.id}`,
                issueDate: today,
                amount: String(l.valueMinor),
                idempotencyKey: `ports-${l.id}`,
              },
            },
            leader,
          ),
        );
      ok(await t.gql('mutation($p: String!) { runRoyaltyStatements(period: $p) { statements } }', { p: today.slice(0, 7) }, leader));
      const charged = await t.db.read((em) => em.findBy(RoyaltyStatementLine, { orderId: order.id }));
      expect(charged.length).toBe(lines.length);
      // one truth: the rate the build-up shows is the rate each statement line applied, and the sums agree
      expect(new Set(charged.map((c) => c.rateBp))).toEqual(new Set([pb.royaltyRateBp]));
      expect(charged.reduce((s, c) => s + Number(c.royaltyMinor), 0)).toBe(Number(pb.expectedRoyalty.minorUnits));
      expect(pb.royaltyRateBp).toBe(0);
    });
  });

  it('the price build-up reads the royalties context even before app.init() (the demo seed in main.ts runs then): no 300 bp default', async () => {
    // as apps/api/src/main.ts does it: the application is made and used (seed) before init/listen
    const config = loadConfig(
      { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, DATABASE_PATH: ':memory:', LOG_LEVEL: 'error' },
      '0.0.0-test',
    );
    const app = await createApp(config, { logger: new JsonLogger('error') });
    try {
      const [{ n }] = await app.get(Database).read((em) => em.query('SELECT COUNT(*) AS n FROM royalty_agreement'));
      expect(Number(n)).toBe(0);
      const bid = Object.assign(new Bid(), {
        id: -1,
        currency: 'NOK',
        coordinationFeeBp: null,
        coordinationFeeFixedMinor: null,
        contingencyBp: null,
        contingencyFixedMinor: null,
      });
      const [built] = await app.get(BidsService).priceBuildUps(SYSTEM_ACTOR, [bid]);
      // the old code answered 300 here (its fallback), while a statement with no agreement charges 0 %
      expect(built.royaltyRateBp).toBe(0);
      expect(app.get(Ports).missing()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('an application without the contexts that provide what bids needs does not start, and says which ports are missing', async () => {
    const config = loadConfig(
      { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, DATABASE_PATH: ':memory:', LOG_LEVEL: 'error' },
      '0.0.0-test',
    );
    // createApplicationContext initialises the modules: the ports' check runs there
    await expect(
      NestFactory.createApplicationContext(
        { module: class BidsAlone {}, imports: [CoreModule.forRoot(config, { schema: SCHEMA, runMigrations: true }), BidsModule] },
        { logger: false, abortOnError: false },
      ),
    ).rejects.toThrow(/missing providers for ports: .*bids\.royaltyRate \(provided by royalties\), bids\.bidWon \(provided by orders\)/);
  });
});
