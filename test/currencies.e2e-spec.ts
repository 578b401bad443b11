import { osloDate, SYSTEM_ACTOR } from '@app/core';
import { Bid } from '@app/bids';
import { RoyaltyStatement } from '@app/royalties';
import { TendersService } from '@app/tenders';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';
import { ok } from './support/bid-story';
import { decideTender, demoTender, memberByName } from './support/story';

/** Issue 20, items 9 and 10: one currency per sum. */
describe('issue 20: one currency per sum (e2e)', () => {
  let t: TestApp;
  let leader: string;
  const today = osloDate(new Date());
  const month = today.slice(0, 7);

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
  });
  afterAll(() => t.close());

  it('9. makes one royalty statement per firm and currency, and keeps balances apart per currency', async () => {
    const nammo = (await memberByName(t, 'Nammo Raufoss AS')).id;
    const order = async (currency: string) =>
      ok(
        await t.gql<{ createOrder: { lines: { id: number }[] } }>(
          'mutation($i: CreateOrderInput!) { createOrder(input: $i) { lines { id } } }',
          {
            i: {
              buyerName: currency === 'EUR' ? 'NATO Support and Procurement Agency' : 'Forsvarsmateriell',
              contractReference: `C-${currency}`,
              awardedValue: '20000000',
              currency,
              awardDate: `${month}-01`,
              lines: [{ memberId: nammo, description: `Machining (${currency})`, value: '20000000' }],
            },
          },
          leader,
        ),
      ).createOrder.lines[0].id;
    for (const currency of ['EUR', 'NOK'])
      ok(
        await t.gql(
          'mutation($i: RecordInvoiceInput!) { recordInvoice(input: $i) { id } }',
          { i: { orderLineId: await order(currency), number: `INV-${currency}`, issueDate: today, amount: '10000000' } },
          leader,
        ),
      );
    // the reproduction: 100 000,00 EUR and 100 000,00 NOK on one firm's lines, the default 3 %
    ok(await t.gql(`mutation { runRoyaltyStatements(period: "${month}") { statements } }`, undefined, leader));
    const drafts = await t.db.read((em) =>
      em.find(RoyaltyStatement, { where: { memberId: nammo, periodLabel: month }, order: { currency: 'ASC' } }),
    );
    expect(drafts.map((s) => [s.currency, Number(s.totalMinor), s.lineCount])).toEqual([
      ['EUR', 300000, 1],
      ['NOK', 300000, 1],
    ]);
    const run = ok(
      await t.gql<{
        runRoyaltyStatements: { total: { minorUnits: string; currency: string }; totals: { minorUnits: string; currency: string }[] };
      }>(
        `mutation { runRoyaltyStatements(period: "${month}") { total { minorUnits currency } totals { minorUnits currency } } }`,
        undefined,
        leader,
      ),
    ).runRoyaltyStatements;
    expect(run.total).toEqual({ minorUnits: '300000', currency: 'NOK' });
    expect(run.totals).toEqual([
      { minorUnits: '300000', currency: 'NOK' },
      { minorUnits: '300000', currency: 'EUR' },
    ]);
    const shown = ok(
      await t.gql<{
        royaltyStatements: {
          id: number;
          currency: string;
          total: { currency: string };
          lines: { royalty: { minorUnits: string; currency: string } }[];
        }[];
      }>(
        `{ royaltyStatements(filter: { period: "${month}", memberId: ${nammo} }) { id currency total { currency } lines { royalty { minorUnits currency } } } }`,
        undefined,
        leader,
      ),
    ).royaltyStatements;
    for (const s of shown) {
      expect(s.total.currency).toBe(s.currency);
      expect(s.lines.map((l) => l.royalty)).toEqual([{ minorUnits: '300000', currency: s.currency }]);
    }
    const balanceBefore = ok(
      await t.gql<{ royaltyBalances: { minorUnits: string; currency: string }[] }>(
        `{ royaltyBalances(firmId: ${nammo}) { minorUnits currency } }`,
        undefined,
        leader,
      ),
    ).royaltyBalances;
    expect(balanceBefore.map((m) => m.currency)).toEqual(['NOK']); // the demo data's NOK statements only
    for (const s of shown) ok(await t.gql(`mutation { issueRoyaltyStatement(id: ${s.id}) { status } }`, undefined, leader));
    const balances = ok(
      await t.gql<{ royaltyBalances: { minorUnits: string; currency: string }[] }>(
        `{ royaltyBalances(firmId: ${nammo}) { minorUnits currency } }`,
        undefined,
        leader,
      ),
    ).royaltyBalances;
    expect(balances).toEqual([
      { minorUnits: String(Number(balanceBefore[0].minorUnits) + 300000), currency: 'NOK' },
      { minorUnits: '300000', currency: 'EUR' },
    ]);
    expect(
      ok(
        await t.gql<{ royaltyBalance: { minorUnits: string } }>(
          `{ royaltyBalance(firmId: ${nammo}, currency: "EUR") { minorUnits } }`,
          undefined,
          leader,
        ),
      ).royaltyBalance.minorUnits,
    ).toBe('300000');
    expect(
      ok(await t.gql<{ royaltyLedgerCheck: { ok: boolean } }>('{ royaltyLedgerCheck { ok } }', undefined, leader)).royaltyLedgerCheck.ok,
    ).toBe(true);
    const csv = ok(
      await t.gql<{ royaltyExport: string }>(`{ royaltyExport(kind: "STATEMENTS", period: "${month}") }`, undefined, leader),
    ).royaltyExport;
    expect(csv).toMatch(new RegExp(`;${month};${nammo};Nammo Raufoss AS;[^;]*;ISSUED;1;3000,00;EUR;`));
    expect(csv).toMatch(new RegExp(`;${month};${nammo};Nammo Raufoss AS;[^;]*;ISSUED;1;3000,00;NOK;`));
  });

  describe('10. a bid on a tender in another currency', () => {
    let tenderId: number;

    beforeAll(async () => {
      // the demo tender's requirements again, on a tender in EUR
      const tenders = t.app.get(TendersService);
      const demo = await demoTender(t);
      const eur = await tenders.create(SYSTEM_ACTOR, {
        title: 'Upgrade kit, NSPA (EUR)',
        buyerName: 'NATO Support and Procurement Agency',
        market: demo.market,
        currency: 'EUR',
        deadline: new Date(Date.now() + 60 * 86_400_000),
      });
      for (const r of await tenders.requirementsOf(demo.id))
        await tenders.addRequirement(SYSTEM_ACTOR, eur.id, {
          capabilityCode: r.capabilityCode,
          description: r.description,
          hours: r.hours,
          windowStart: r.windowStart,
          windowEnd: r.windowEnd,
          requiredCertificates: r.requiredCertificates,
          mandatory: r.mandatory,
        });
      ok(await t.gql(`mutation { moveTenderStage(input: { tenderId: ${eur.id}, to: QUALIFYING }) { stage } }`, undefined, leader));
      await decideTender(t, eur.id, 'GO');
      tenderId = eur.id;
    });

    const create = (extra = '', fields = 'id currency exchangeRate') =>
      t.gql<{ createBidFromSuggestion: { id: number; currency: string; exchangeRate: string | null } }>(
        `mutation { createBidFromSuggestion(input: { tenderId: ${tenderId}, rank: 1${extra} }) { ${fields} } }`,
        undefined,
        leader,
      );

    it('refuses to take the solver’s NOK costs as prices in EUR until the project leader gives a rate', async () => {
      const before = await t.db.read((em) => em.countBy(Bid, { tenderId }));
      const r = await create('', 'id currency'); // fields the old schema had: the test fails on the rule
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/The tender is in EUR, but the solver's costs are the firms' rates in NOK\. Give exchangeRate/);
      expect(r.errors![0].extensions.fields).toEqual([
        { field: 'exchangeRate', message: 'required for a tender in EUR', rule: 'REQUIRED' },
      ]);
      expect(await t.db.read((em) => em.countBy(Bid, { tenderId }))).toBe(before);
    });

    it('converts the solver’s NOK costs into EUR package prices at the stated rate, kept on the bid', async () => {
      const suggestion = ok(
        await t.gql<{
          suggestConsortia: {
            alternatives: {
              firms: {
                firmId: number;
                assignments: { requirementId: number; estimatedCost: { minorUnits: string; currency: string } }[];
              }[];
            }[];
          };
        }>(
          `{ suggestConsortia(tenderId: ${tenderId}, options: { alternatives: 1 }) { alternatives { firms { firmId assignments { requirementId estimatedCost { minorUnits currency } } } } } }`,
          undefined,
          leader,
        ),
      ).suggestConsortia.alternatives[0];
      const bid = ok(await create(', exchangeRate: "11.75"')).createBidFromSuggestion;
      expect(bid).toMatchObject({ currency: 'EUR', exchangeRate: '11.75' });
      const packages = ok(
        await t.gql<{
          bid: {
            workPackages: {
              memberId: number;
              price: { minorUnits: string; currency: string };
              requirements: { requirementId: number }[];
            }[];
          };
        }>(
          `{ bid(id: ${bid.id}) { workPackages { memberId price { minorUnits currency } requirements { requirementId } } } }`,
          undefined,
          leader,
        ),
      ).bid.workPackages;
      expect(packages.length).toBeGreaterThan(0);
      for (const p of packages) {
        const firm = suggestion.firms.find((f) => f.firmId === p.memberId)!;
        const covered = firm.assignments.filter((a) => p.requirements.some((r) => r.requirementId === a.requirementId));
        expect(covered.every((a) => a.estimatedCost.currency === 'NOK')).toBe(true);
        const nokOre = covered.reduce((s, a) => s + Number(a.estimatedCost.minorUnits), 0);
        // NOK øre ÷ 11.75 = euro cents, half away from zero; never the øre taken as cents
        const cents = (BigInt(nokOre) * 200n + 1175n) / 2350n; // øre × 100 ÷ 1175, half up (amounts are positive)
        expect(p.price).toEqual({ minorUnits: String(cents), currency: 'EUR' });
        expect(Number(p.price.minorUnits)).toBeLessThan(nokOre);
      }
      // a NOK tender needs no rate, and is refused one
      const nokTender = (await demoTender(t)).id;
      await decideTender(t, nokTender, 'GO');
      const r = await t.gql(
        `mutation { createBidFromSuggestion(input: { tenderId: ${nokTender}, exchangeRate: "1" }) { id } }`,
        undefined,
        leader,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toEqual([
        { field: 'exchangeRate', message: 'only for a tender in another currency', rule: 'LEAVE_EMPTY' },
      ]);
    });
  });
});
