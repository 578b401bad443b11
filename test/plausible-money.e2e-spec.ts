import { type AppError, AuditRecord, SYSTEM_ACTOR, addDays, osloDate } from '@app/core';
import { Invoice, MoneyReport, Order, OrderLine, OrdersService, Payment } from '@app/orders';
import { RoyaltyStatement } from '@app/royalties';
import { WorkPackage } from '@app/bids';
import { codeOf, createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';
import { ok, readyBid } from './support/bid-story';
import { approveBid, decideTender, demoTender, firmUserToken, memberByName } from './support/story';

/** Issue 20, items 4–8: plausible prices, amounts and dates; corrections with a trail. */
describe('issue 20: plausible prices, amounts and dates (e2e)', () => {
  let t: TestApp;
  let leader: string;
  const today = osloDate(new Date());
  const tomorrow = addDays(today, 1);
  // amounts are written "kr 450 000,00" with no-break spaces
  const messageOf = (r: GqlResult<unknown>) => r.errors![0].message.replace(/\u00a0/g, ' ');
  const fieldsOf = (r: GqlResult<unknown>) => (r.errors?.[0]?.extensions.fields as { field: string; message: string }[]) ?? [];

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    await decideTender(t, (await demoTender(t)).id, 'GO');
  });
  afterAll(() => t.close());

  describe('4. every way of setting a package’s firm or price applies the same rules', () => {
    let bidId: number;
    let packageId: number;
    const pkg = () => t.db.read((em) => em.findOneByOrFail(WorkPackage, { id: packageId }));
    const reassign = (memberId: number, price?: string) =>
      t.gql(
        `mutation($p: MinorUnits) { reassignWorkPackage(id: ${packageId}, memberId: ${memberId}, price: $p) { id memberId status price { minorUnits } } }`,
        { p: price ?? null },
        leader,
      );

    beforeAll(async () => {
      const tender = await demoTender(t);
      bidId = ok(
        await t.gql<{ createBid: { id: number } }>(`mutation { createBid(input: { tenderId: ${tender.id} }) { id } }`, undefined, leader),
      ).createBid.id;
      const weld = (
        await t.db.read((em) =>
          em.query(
            `SELECT id, window_start, window_end FROM requirement WHERE tender_id = ${tender.id} AND capability_code = 'WELD_TIG_AL'`,
          ),
        )
      )[0];
      const alSveis = await memberByName(t, 'Al-Sveis AS');
      packageId = ok(
        await t.gql<{ addWorkPackage: { id: number } }>(
          'mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }',
          {
            i: {
              bidId,
              memberId: alSveis.id,
              title: 'TIG welding',
              requirements: [{ requirementId: weld.id, hours: 100 }],
              price: '45000000',
              windowStart: weld.window_start,
              windowEnd: weld.window_end,
            },
          },
          leader,
        ),
      ).addWorkPackage.id;
    });

    it('refuses a negative price on reassignment, as adding a package does, and changes nothing', async () => {
      const sagstuen = await memberByName(t, 'Sagstuen AS');
      const before = await pkg();
      const r = await reassign(sagstuen.id, '-5');
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual([{ field: 'price', message: 'cannot be negative', rule: 'NOT_NEGATIVE' }]);
      expect(await pkg()).toMatchObject({ memberId: before.memberId, priceMinor: 45000000, version: before.version });
      const build = ok(
        await t.gql<{ bid: { priceBuildUp: { packagesTotal: { minorUnits: string } } } }>(
          `{ bid(id: ${bidId}) { priceBuildUp { packagesTotal { minorUnits } } } }`,
          undefined,
          leader,
        ),
      ).bid.priceBuildUp;
      expect(build.packagesTotal.minorUnits).toBe('45000000');
    });

    it('refuses to reassign to a firm without the capability or without a valid certificate, naming why', async () => {
      const kapp = await memberByName(t, 'Kapp Aluminium Tretum Offshore AS'); // TIG welding, no ISO 3834-2
      const noCert = await reassign(kapp.id);
      expect(codeOf(noCert)).toBe('CONFLICT');
      expect(noCert.errors![0].message).toMatch(/Kapp Aluminium Tretum Offshore AS is not eligible for work package \d+: .*ISO 3834-2/);
      expect((noCert.errors![0].extensions.details as { reason: string }).reason).toBe('NOT_ELIGIBLE');
      const [{ id: noCapability }] = await t.db.read((em) =>
        em.query(
          "SELECT m.id FROM member m WHERE NOT EXISTS (SELECT 1 FROM member_capability c WHERE c.member_id = m.id AND c.code = 'WELD_TIG_AL') ORDER BY m.id LIMIT 1",
        ),
      );
      const none = await reassign(noCapability);
      expect(codeOf(none)).toBe('CONFLICT');
      expect(none.errors![0].message).toMatch(/does not offer capability WELD_TIG_AL/);
      expect((await pkg()).memberId).toBe((await memberByName(t, 'Al-Sveis AS')).id);
      // an eligible firm is fine
      const sagstuen = await memberByName(t, 'Sagstuen AS');
      expect(ok(await reassign(sagstuen.id, '44000000')).reassignWorkPackage).toMatchObject({ memberId: sagstuen.id, status: 'DRAFT' });
    });

    it('applies the same rules when a package is edited and when a firm counters', async () => {
      const kapp = await memberByName(t, 'Kapp Aluminium Tretum Offshore AS');
      const before = await pkg();
      const update = (i: Record<string, unknown>) =>
        t.gql('mutation($i: UpdateWorkPackageInput!) { updateWorkPackage(input: $i) { id } }', { i: { id: packageId, ...i } }, leader);
      const negative = await update({ price: '-1' });
      expect(codeOf(negative)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(negative).map((f) => f.field)).toEqual(['price']);
      const moved = await update({ memberId: kapp.id });
      expect(codeOf(moved)).toBe('CONFLICT');
      expect((moved.errors![0].extensions.details as { reason: string }).reason).toBe('NOT_ELIGIBLE');
      expect(await pkg()).toMatchObject({ memberId: before.memberId, priceMinor: before.priceMinor, version: before.version });
      // the firm's counter-offer: a negative price is refused as well
      ok(await t.gql(`mutation { offerWorkPackage(id: ${packageId}) { workPackage { status } } }`, undefined, leader));
      const firm = await firmUserToken(t, 'Sagstuen AS');
      const counter = await t.gql(
        'mutation($i: RespondToWorkPackageInput!) { respondToWorkPackage(input: $i) { status } }',
        { i: { workPackageId: packageId, response: 'COUNTER', price: '-5', comment: 'cheaper' } },
        firm,
      );
      expect(codeOf(counter)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(counter)).toEqual([{ field: 'price', message: 'cannot be negative', rule: 'NOT_NEGATIVE' }]);
      expect((await pkg()).status).toBe('OFFERED');
    });
  });

  describe('5. outcome dates are plausible, and a recorded outcome can be corrected with a trail', () => {
    let bidId: number;
    const record = (date: string, value = '900000000', ref = 'FMA-2026-0001') =>
      t.gql<{ recordBidOutcome: { status: string } }>(
        `mutation { recordBidOutcome(input: { bidId: ${bidId}, outcome: "WON", date: "${date}", awardedValue: "${value}", contractReference: "${ref}" }) { status } }`,
        undefined,
        leader,
      );
    const correct = (input: Record<string, unknown>) =>
      t.gql<{
        correctBidOutcome: { status: string; outcomeDate: string; contractReference: string; awardedValue: { minorUnits: string } };
      }>(
        'mutation($i: CorrectBidOutcomeInput!) { correctBidOutcome(input: $i) { status outcomeDate contractReference awardedValue { minorUnits } } }',
        { i: { bidId, ...input } },
        leader,
      );
    const orderOfBid = () => t.db.read((em) => em.findOneByOrFail(Order, { bidId }));

    beforeAll(async () => {
      ({ bidId } = await readyBid(t));
      await approveBid(t, bidId);
      ok(await t.gql(`mutation { submitBid(bidId: ${bidId}) { revision } }`, undefined, leader));
      // submitted 40 days ago, so that earlier award dates are plausible
      await t.db.transaction((tx) =>
        tx.query(`UPDATE bid_revision SET submitted_at = ${Date.now() - 40 * 86_400_000} WHERE bid_id = ${bidId}`),
      );
    });

    it('refuses an outcome dated in the future or before the bid was submitted, and writes nothing', async () => {
      const future = await record(tomorrow);
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(future)[0]).toMatchObject({ field: 'date', message: expect.stringMatching(/is in the future/) });
      const early = await record(addDays(today, -60));
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(early)[0].message).toMatch(/before the bid was submitted/);
      expect(ok(await t.gql<{ bid: { status: string } }>(`{ bid(id: ${bidId}) { status } }`, undefined, leader)).bid.status).toBe(
        'SUBMITTED',
      );
      expect(await t.db.read((em) => em.countBy(Order, { bidId }))).toBe(0);
    });

    it('corrects the award value, date and contract reference with a reason; the order, the pipeline and the trail follow', async () => {
      ok(await record(addDays(today, -5)));
      const again = await record(addDays(today, -4));
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors![0].message).toMatch(/use correctBidOutcome/);
      expect(codeOf(await correct({ reason: ' ', date: addDays(today, -20) }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await correct({ reason: 'typo', date: tomorrow }))).toBe('BAD_USER_INPUT');
      const awarded = addDays(today, -20);
      const fixed = ok(
        await correct({
          reason: 'The award letter is dated earlier',
          date: awarded,
          awardedValue: '912500000',
          contractReference: 'FMA-2026-0042',
        }),
      ).correctBidOutcome;
      expect(fixed).toEqual({
        status: 'WON',
        outcomeDate: awarded,
        contractReference: 'FMA-2026-0042',
        awardedValue: { minorUnits: '912500000' },
      });
      expect(await orderOfBid()).toMatchObject({ awardDate: awarded, awardedValueMinor: 912500000, contractReference: 'FMA-2026-0042' });
      const trail = ok(
        await t.gql<{ auditTrail: { action: string; before: string | null; after: string | null; reason: string | null }[] }>(
          `{ auditTrail(entityType: "Bid", entityId: "${bidId}") { action before after reason } }`,
          undefined,
          await t.login(USERS.admin.email),
        ),
      ).auditTrail;
      const correction = trail.find((a) => a.action === 'correctBidOutcome')!;
      expect(correction.reason).toBe('The award letter is dated earlier');
      expect(JSON.parse(correction.before!)).toEqual({
        date: addDays(today, -5),
        awardedValueMinor: 900000000,
        contractReference: 'FMA-2026-0001',
      });
      expect(JSON.parse(correction.after!)).toEqual({ date: awarded, awardedValueMinor: 912500000, contractReference: 'FMA-2026-0042' });
      const orderId = (await orderOfBid()).id;
      expect(await t.db.read((em) => em.findBy(AuditRecord, { action: 'correctOrderAward', entityId: String(orderId) }))).toHaveLength(1);
      // the committee's pipeline counts the order on its corrected award date
      const pipe = (from: string, to: string) =>
        t.gql<{ pipeline: { orders: { count: number; value: { minorUnits: string } } } }>(
          `{ pipeline(filter: { from: "${from}", to: "${to}" }) { orders { count value { minorUnits } } } }`,
          undefined,
          leader,
        );
      expect(ok(await pipe(awarded, awarded)).pipeline.orders).toEqual({ count: 1, value: { minorUnits: '912500000' } });
      expect(ok(await pipe(addDays(today, -5), addDays(today, -5))).pipeline.orders.count).toBe(0);
      // and the tender's outcome (WON) on its corrected date: the transition's outcomeDate follows, audited on the tender
      const tenderId = (await orderOfBid()).tenderId!;
      const history = ok(
        await t.gql<{ tenderStageHistory: { toStage: string; outcomeDate: string | null }[] }>(
          `{ tenderStageHistory(id: ${tenderId}) { toStage outcomeDate } }`,
          undefined,
          leader,
        ),
      ).tenderStageHistory;
      expect(history.filter((h) => h.toStage === 'WON')).toEqual([{ toStage: 'WON', outcomeDate: awarded }]);
      const won = (day: string) =>
        t.gql<{ pipeline: { outcomes: { won: number } } }>(
          `{ pipeline(filter: { from: "${day}", to: "${day}" }) { outcomes { won } } }`,
          undefined,
          leader,
        );
      expect(ok(await won(awarded)).pipeline.outcomes.won).toBe(1);
      expect(ok(await won(addDays(today, -5))).pipeline.outcomes.won).toBe(0);
      const tenderTrail = await t.db.read((em) => em.findBy(AuditRecord, { action: 'correctOutcomeDate', entityId: String(tenderId) }));
      expect(tenderTrail).toHaveLength(1);
      expect(tenderTrail[0].reason).toBe('The award letter is dated earlier');
    });
  });

  describe('6. invoices, credit notes and payments are plausible', () => {
    let lineId: number;
    const awarded = addDays(today, -30);
    const INVOICE = 'mutation($i: RecordInvoiceInput!) { recordInvoice(input: $i) { id } }';
    const invoice = (number: string, issueDate: string, amount: string) =>
      t.gql<{ recordInvoice: { id: number } }>(INVOICE, { i: { orderLineId: lineId, number, issueDate, amount } }, leader);
    const counts = () =>
      t.db.read((em) => Promise.all([em.count(Invoice), em.count(Payment), em.countBy(OrderLine, { id: lineId }), em.count(Order)]));

    beforeAll(async () => {
      const nammo = await memberByName(t, 'Nammo Raufoss AS');
      lineId = ok(
        await t.gql<{ createOrder: { lines: { id: number }[] } }>(
          'mutation($i: CreateOrderInput!) { createOrder(input: $i) { lines { id } } }',
          {
            i: {
              buyerName: 'Forsvarsmateriell',
              contractReference: 'FMA-PLAUSIBLE-1',
              awardedValue: '45000000',
              awardDate: awarded,
              lines: [{ memberId: nammo.id, description: 'Machining', value: '45000000' }],
            },
          },
          leader,
        ),
      ).createOrder.lines[0].id;
    });

    it('refuses an invoice above what is left of the line’s value, saying what is allowed', async () => {
      const before = await counts();
      const r = await invoice('P-1', addDays(today, -10), '1000000000'); // kr 10 000 000 on a line of kr 450 000
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(messageOf(r)).toMatch(
        /worth kr 450 000,00 \(after change orders\) and kr 0,00 is invoiced, so at most kr 450 000,00 can still be invoiced/,
      );
      // with the rule and what is left, which the console says as money in the reader's language
      expect(fieldsOf(r)).toEqual([
        expect.objectContaining({ field: 'amount', rule: 'AMOUNT_AT_MOST', params: { max: '45000000', currency: 'NOK' } }),
      ]);
      expect(await counts()).toEqual(before);
      ok(await invoice('P-2', addDays(today, -10), '40000000'));
      const over = await invoice('P-3', addDays(today, -9), '6000000');
      expect(codeOf(over)).toBe('BAD_USER_INPUT');
      expect(messageOf(over)).toMatch(/at most kr 50 000,00 can still be invoiced/);
      expect(fieldsOf(over)[0]).toMatchObject({ rule: 'AMOUNT_AT_MOST', params: { max: '5000000', currency: 'NOK' } });
      // an amount in another currency than the order's (the CLI's import names one): refused by its rule
      const foreign = await t.app
        .get(OrdersService)
        .recordInvoice(SYSTEM_ACTOR, {
          orderLineId: lineId,
          number: 'P-EUR',
          issueDate: addDays(today, -9),
          amountMinor: 100,
          currency: 'EUR',
        })
        .then(
          () => null,
          (e: AppError) => e,
        );
      expect(foreign?.extensions.fields).toEqual([
        expect.objectContaining({ field: 'currency', rule: 'ONLY_CURRENCY', params: { currency: 'NOK' } }),
      ]);
      // a change order raises the line's value: then it fits
      ok(
        await t.gql(
          'mutation($i: ChangeOrderInput!) { recordChangeOrder(input: $i) { id } }',
          { i: { orderLineId: lineId, delta: '1000000', reason: 'Extra parts' } },
          leader,
        ),
      );
      ok(await invoice('P-3', addDays(today, -9), '6000000'));
      // and a change order cannot take the value below what is invoiced
      const down = await t.gql(
        'mutation($i: ChangeOrderInput!) { recordChangeOrder(input: $i) { id } }',
        { i: { orderLineId: lineId, delta: '-1000000', reason: 'Fewer parts' } },
        leader,
      );
      expect(codeOf(down)).toBe('BAD_USER_INPUT');
      expect(messageOf(down)).toMatch(/has kr 460 000,00 invoiced/);
    });

    it('refuses money dates in the future or before the document they follow', async () => {
      const before = await counts();
      const beforeAward = await invoice('P-4', addDays(awarded, -1), '100');
      expect(codeOf(beforeAward)).toBe('BAD_USER_INPUT');
      // each with the rule and date the console words in the reader's language
      expect(fieldsOf(beforeAward)[0]).toEqual({
        field: 'issueDate',
        message: `${addDays(awarded, -1)} is before the order's award (${awarded}); it may be on that day or later`,
        rule: 'ON_OR_AFTER',
        params: { date: awarded },
      });
      const future = await invoice('P-4', tomorrow, '100');
      expect(fieldsOf(future)[0]).toEqual({
        field: 'issueDate',
        message: `${tomorrow} is in the future; money dates are on or before today (${today})`,
        rule: 'ON_OR_BEFORE',
        params: { date: today },
      });
      const inv = await t.db.read((em) => em.findOneByOrFail(Invoice, { number: 'P-2' }));
      const pay = (date: string) =>
        t.gql(
          'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
          { i: { invoiceId: inv.id, date, amount: '100' } },
          leader,
        );
      const early = await pay(addDays(inv.issueDate, -1));
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(early)[0]).toMatchObject({
        message: expect.stringMatching(/is before invoice P-2/),
        rule: 'ON_OR_AFTER',
        params: { date: inv.issueDate },
      });
      expect(codeOf(await pay(tomorrow))).toBe('BAD_USER_INPUT');
      const credit = (date: string) =>
        t.gql(
          'mutation($i: RecordCreditNoteInput!) { recordCreditNote(input: $i) { id } }',
          { i: { invoiceId: inv.id, number: `CN-${date}`, issueDate: date, amount: '100', reason: 'discount' } },
          leader,
        );
      expect(fieldsOf(await credit(addDays(inv.issueDate, -1)))[0].message).toMatch(/is before invoice P-2/);
      expect(codeOf(await credit(tomorrow))).toBe('BAD_USER_INPUT');
      const order = (awardDate: string) =>
        t.gql(
          'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }',
          {
            i: {
              buyerName: 'X',
              contractReference: 'Y',
              awardedValue: '100',
              awardDate,
              lines: [{ memberId: 1, description: 'x', value: '100' }],
            },
          },
          leader,
        );
      expect(fieldsOf(await order(tomorrow))[0]).toMatchObject({ field: 'awardDate' });
      expect(await counts()).toEqual(before);
      // the same dates, plausible, are taken
      const paid = ok(
        await t.gql<{ recordPayment: { id: number } }>(
          'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
          { i: { invoiceId: inv.id, date: inv.issueDate, amount: '100' } },
          leader,
        ),
      ).recordPayment;
      const reverse = (date: string) =>
        t.gql(`mutation { reversePayment(paymentId: ${paid.id}, date: "${date}", reason: "bounced") { id } }`, undefined, leader);
      expect(codeOf(await reverse(addDays(inv.issueDate, -1)))).toBe('BAD_USER_INPUT');
      expect(codeOf(await reverse(tomorrow))).toBe('BAD_USER_INPUT');
      ok(await reverse(inv.issueDate));
    });
  });

  it('6. applies the same limits to what a firm reports, when it reports and again when the project leader confirms', async () => {
    const nammo = await memberByName(t, 'Nammo Raufoss AS');
    const firm = await firmUserToken(t, 'Nammo Raufoss AS');
    const awarded = addDays(today, -30);
    const lineId = ok(
      await t.gql<{ createOrder: { lines: { id: number }[] } }>(
        'mutation($i: CreateOrderInput!) { createOrder(input: $i) { lines { id } } }',
        {
          i: {
            buyerName: 'Forsvarsmateriell',
            contractReference: 'FMA-PLAUSIBLE-REPORTS',
            awardedValue: '100000',
            awardDate: awarded,
            lines: [{ memberId: nammo.id, description: 'Anodising', value: '100000' }],
          },
        },
        leader,
      ),
    ).createOrder.lines[0].id;
    const report = (number: string, issueDate: string, amount: string) =>
      t.gql<{ reportInvoice: { id: number; status: string } }>(
        'mutation($i: RecordInvoiceInput!) { reportInvoice(input: $i) { id status } }',
        { i: { orderLineId: lineId, number, issueDate, amount } },
        firm,
      );
    const confirm = (id: number) =>
      t.gql<{ confirmMoneyReport: { status: string } }>(`mutation { confirmMoneyReport(id: ${id}) { status } }`, undefined, leader);
    const stored = () => t.db.read((em) => Promise.all([em.count(MoneyReport), em.countBy(Invoice, { orderLineId: lineId })]));
    const before = await stored();
    // kr 2 000 on a line worth kr 1 000; dated tomorrow; dated before the award: refused at once, nothing kept
    const over = await report('R-1', addDays(today, -2), '200000');
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(messageOf(over)).toMatch(/at most kr 1 000,00 can still be invoiced/);
    expect(fieldsOf(await report('R-1', tomorrow, '100'))[0]).toMatchObject({
      field: 'issueDate',
      message: expect.stringMatching(/future/),
    });
    expect(fieldsOf(await report('R-1', addDays(awarded, -1), '100'))[0].message).toMatch(/before the order's award/);
    expect(await stored()).toEqual(before);
    // two reports of kr 600 each fit alone; confirmed one after the other, the second no longer fits
    const first = ok(await report('R-1', addDays(today, -2), '60000')).reportInvoice;
    const second = ok(await report('R-2', addDays(today, -2), '60000')).reportInvoice;
    expect(ok(await confirm(first.id)).confirmMoneyReport.status).toBe('CONFIRMED');
    const refused = await confirm(second.id);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(messageOf(refused)).toMatch(/at most kr 400,00 can still be invoiced/);
    const left = await t.db.read((em) => em.findOneByOrFail(MoneyReport, { id: second.id }));
    expect(left.status).toBe('REPORTED');
    expect(await t.db.read((em) => em.countBy(Invoice, { orderLineId: lineId }))).toBe(1);
    // a reported payment dated before its invoice is refused too
    const invoiceId = (await t.db.read((em) => em.findOneByOrFail(Invoice, { orderLineId: lineId }))).id;
    const early = await t.gql(
      'mutation($i: RecordPaymentInput!) { reportPayment(input: $i) { id } }',
      { i: { invoiceId, date: addDays(today, -3), amount: '100' } },
      firm,
    );
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(early)[0].message).toMatch(/is before invoice R-1/);
  });

  describe('7. royalty runs', () => {
    // the old schema's fields first, so that the test fails on the rule, not on the schema
    const RUN = 'mutation($p: String!) { runRoyaltyStatements(period: $p) { statements adjustments } }';
    const month = today.slice(0, 7);

    it('refuses a period that has not started yet', async () => {
      const y = Number(today.slice(0, 4));
      const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
      const next = q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
      const r = await t.gql(RUN, { p: next }, leader);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(new RegExp(`^${next} has not started yet`));
      expect(await t.db.read((em) => em.countBy(RoyaltyStatement, { periodLabel: next }))).toBe(0);
    });

    it('carries an invoice recorded after the current period’s statement was issued into its next run, as an adjustment', async () => {
      const tokvam = await memberByName(t, 'Tokvam AS');
      const line = ok(
        await t.gql<{ createOrder: { lines: { id: number }[] } }>(
          'mutation($i: CreateOrderInput!) { createOrder(input: $i) { lines { id } } }',
          {
            i: {
              buyerName: 'Luftforsvaret',
              contractReference: 'LF-LATE-1',
              awardedValue: '10000000',
              awardDate: `${month}-01`,
              lines: [{ memberId: tokvam.id, description: 'Anodising', value: '10000000' }],
            },
          },
          leader,
        ),
      ).createOrder.lines[0].id;
      const inv = async (number: string, amount: string) =>
        ok(
          await t.gql(
            'mutation($i: RecordInvoiceInput!) { recordInvoice(input: $i) { id } }',
            { i: { orderLineId: line, number, issueDate: today, amount } },
            leader,
          ),
        );
      await inv('T-1', '1000000');
      ok(await t.gql(RUN, { p: month }, leader));
      const mine = () =>
        t.db.read((em) => em.find(RoyaltyStatement, { where: { memberId: tokvam.id, periodLabel: month }, order: { id: 'ASC' } }));
      const [first] = await mine();
      ok(await t.gql(`mutation { issueRoyaltyStatement(id: ${first.id}) { status } }`, undefined, leader));
      // recorded after the issue, dated in the same (current) period
      await inv('T-2', '2000000');
      const run = ok(await t.gql<{ runRoyaltyStatements: { adjustments: number } }>(RUN, { p: month }, leader)).runRoyaltyStatements;
      expect(run.adjustments).toBeGreaterThanOrEqual(1);
      const after = await mine();
      expect(after.map((s) => [s.id === first.id, s.status, Number(s.totalMinor), s.lineCount])).toEqual([
        [true, 'ISSUED', 30000, 1],
        [false, 'DRAFT', 60000, 1], // 3 % of 20 000,00, on a supplementary statement
      ]);
      const lines = ok(
        await t.gql<{ royaltyStatement: { lines: { adjustment: boolean; eventDate: string; note: string }[] } }>(
          `{ royaltyStatement(id: ${after[1].id}) { lines { adjustment eventDate note } } }`,
          undefined,
          leader,
        ),
      ).royaltyStatement.lines;
      expect(lines).toEqual([{ adjustment: true, eventDate: today, note: `adjustment for ${today}` }]);
      // a re-run keeps the supplement as it is and says so
      const again = ok(
        await t.gql<{ runRoyaltyStatements: { supplementary: number } }>(
          'mutation($p: String!) { runRoyaltyStatements(period: $p) { supplementary } }',
          { p: month },
          leader,
        ),
      ).runRoyaltyStatements;
      expect(again.supplementary).toBeGreaterThanOrEqual(1);
      expect((await mine()).map((s) => s.id)).toEqual(after.map((s) => s.id));
    });
  });

  it('8. gives NOT_FOUND for the royalty balance of a firm that does not exist', async () => {
    const r = await t.gql('{ royaltyBalance(firmId: 9999) { minorUnits } }', undefined, leader);
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0].message).toBe('Member 9999 was not found.');
  });
});
