import { addDays, osloDate, Role, SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { MembersService } from '@app/members';
import { Invoice, MoneyReport, OrdersService, Payment } from '@app/orders';
import { RoyaltiesService } from '@app/royalties';
import { Notification } from '@app/notifications';
import { codeOf, createTestApp, type TestApp } from './support/test-app';
import { ok } from './support/bid-story';

/**
 * Who records money (issue 24, item 13): firms report invoices, credit notes, payments and
 * reversals on their own order lines; the project leader confirms a report before it counts
 * toward royalties, or rejects it. Under an agreement on the PAID basis a firm therefore cannot
 * set its own royalty base (a 1-øre payment used to be accepted from the firm itself).
 */
describe('firms report money, the project leader confirms it (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let firmA: string;
  let firmB: string;
  const id: Record<string, number> = {};
  const today = osloDate(new Date());
  const day = addDays(today, -3);
  const month = day.slice(0, 7);

  const REPORT_INVOICE = 'mutation($i: RecordInvoiceInput!) { reportInvoice(input: $i) { id kind status amount { minorUnits } } }';
  const REPORT_PAYMENT = 'mutation($i: RecordPaymentInput!) { reportPayment(input: $i) { id kind status amount { minorUnits } } }';
  const CONFIRM = 'mutation($id: Int!) { confirmMoneyReport(id: $id) { id status recordedInvoiceId recordedPaymentId } }';
  const REJECT = 'mutation($id: Int!, $r: String!) { rejectMoneyReport(id: $id, reason: $r) { id status rejectionReason } }';
  const rows = () => t.db.read((em) => Promise.all([em.count(Invoice), em.count(Payment), em.count(MoneyReport)]));
  const royaltyOfA = async () => {
    const royalties = t.app.get(RoyaltiesService);
    await royalties.run(SYSTEM_ACTOR, month);
    const mine = (await royalties.statements(SYSTEM_ACTOR, { period: month })).filter((s) => s.memberId === id.A);
    return mine.reduce((sum, s) => sum + s.totalMinor, 0);
  };

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const users = t.app.get(UsersService);
    await users.create(SYSTEM_ACTOR, { email: 'pl@m.example', displayName: 'PL', password: 'pl-password-1', role: Role.PROJECT_LEADER });
    leader = await t.login('pl@m.example', 'pl-password-1');
    for (const key of ['A', 'B']) {
      id[key] = (await t.app.get(MembersService).register(SYSTEM_ACTOR, { name: `Firm ${key} AS`, employees: 10 })).id;
      await users.create(SYSTEM_ACTOR, {
        email: `u${key}@m.example`,
        displayName: key,
        password: 'firm-password-1',
        role: Role.FIRM_USER,
        firmId: id[key],
      });
    }
    firmA = await t.login('uA@m.example', 'firm-password-1');
    firmB = await t.login('uB@m.example', 'firm-password-1');
    const order = await t.app.get(OrdersService).create(SYSTEM_ACTOR, {
      buyerName: 'Buyer',
      contractReference: 'M-1',
      awardedValueMinor: 300_000_00,
      awardDate: addDays(today, -10),
      lines: [
        { memberId: id.A, description: 'A', valueMinor: 200_000_00 },
        { memberId: id.B, description: 'B', valueMinor: 100_000_00 },
      ],
    });
    const lines = await t.db.read((em) => em.query(`SELECT id, member_id FROM order_line WHERE order_id = ${order.id} ORDER BY id`));
    id.lineA = Number(lines[0].id);
    // royalties: 3 % of what is paid, gross
    await t.app
      .get(RoyaltiesService)
      .setAgreement(SYSTEM_ACTOR, { scope: 'DEFAULT', validFrom: '2000-01-01', rateBp: 300, basis: 'PAID', amountKind: 'GROSS' });
  }, 60_000);
  afterAll(() => t.close());

  it('no longer lets a firm record money itself: the record mutations are the association’s', async () => {
    const before = await rows();
    const invoice = await t.gql(
      'mutation($i: RecordInvoiceInput!) { recordInvoice(input: $i) { id } }',
      { i: { orderLineId: id.lineA, number: 'A-0', issueDate: day, amount: '100' } },
      firmA,
    );
    expect(codeOf(invoice)).toBe('FORBIDDEN');
    expect(invoice.errors![0].message).toMatch(/Allowed: ADMIN, PROJECT_LEADER/);
    // and a payment, the issue's 1 øre under the PAID basis
    expect(
      codeOf(await t.gql('mutation { recordPayment(input: { invoiceId: 1, date: "2026-01-01", amount: "1" }) { id } }', undefined, firmA)),
    ).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });

  it('keeps a reported invoice out of every figure until the project leader confirms it', async () => {
    const reported = ok(
      await t.gql<{ reportInvoice: { id: number; status: string } }>(
        REPORT_INVOICE,
        { i: { orderLineId: id.lineA, number: 'A-1', issueDate: day, amount: '10000000' } },
        firmA,
      ),
    ).reportInvoice;
    expect(reported).toMatchObject({ kind: 'INVOICE', status: 'REPORTED', amount: { minorUnits: '10000000' } });
    expect((await rows()).slice(0, 2)).toEqual([0, 0]); // no invoice yet
    // the leaders were told; another firm cannot report on Firm A's line (as if it did not exist)
    const told = await t.db.read((em) => em.count(Notification, { where: { kind: 'MONEY_REPORTED' } }));
    expect(told).toBe(1);
    // in the reader's language, from the notifications catalogue, the amount in kroner
    const notice = await t.db.read((em) => em.findOneByOrFail(Notification, { kind: 'MONEY_REPORTED' }));
    expect(notice.subject).toBe('En bedrift har rapportert en faktura: godkjenn eller avvis');
    expect(notice.body.replace(/\u00a0/g, ' ')).toMatch(
      /^Rapport \d+ \(ordre \d+\): faktura A-1 datert .+, kr 100 000,00\. Den teller for royalty først når den er godkjent/,
    );
    const other = await t.gql(REPORT_INVOICE, { i: { orderLineId: id.lineA, number: 'B-1', issueDate: day, amount: '100' } }, firmB);
    expect(codeOf(other)).toBe('NOT_FOUND');
    // a firm cannot confirm its own report
    expect(codeOf(await t.gql(CONFIRM, { id: reported.id }, firmA))).toBe('FORBIDDEN');
    const confirmed = ok(
      await t.gql<{ confirmMoneyReport: { status: string; recordedInvoiceId: number } }>(CONFIRM, { id: reported.id }, leader),
    ).confirmMoneyReport;
    expect(confirmed.status).toBe('CONFIRMED');
    const invoice = await t.db.read((em) => em.findOneByOrFail(Invoice, { id: confirmed.recordedInvoiceId }));
    expect([invoice.number, invoice.amountMinor, invoice.memberId]).toEqual(['A-1', 10_000_000, id.A]);
    expect(codeOf(await t.gql(CONFIRM, { id: reported.id }, leader))).toBe('CONFLICT'); // decided once
    id.invoice = invoice.id;
  });

  it('does not let a firm set its own royalty base on the PAID basis: a 1-øre payment counts only if confirmed', async () => {
    // by hand: nothing is paid yet, so 3 % of 0 = 0
    const oneOre = ok(
      await t.gql<{ reportPayment: { id: number; status: string } }>(
        REPORT_PAYMENT,
        { i: { invoiceId: id.invoice, date: day, amount: '1' } },
        firmA,
      ),
    ).reportPayment;
    expect(oneOre.status).toBe('REPORTED');
    expect(await royaltyOfA()).toBe(0);
    expect((await rows())[1]).toBe(0); // no payment recorded
    const rejected = ok(
      await t.gql<{ rejectMoneyReport: { status: string; rejectionReason: string } }>(
        REJECT,
        { id: oneOre.id, r: 'Not on the bank statement' },
        leader,
      ),
    ).rejectMoneyReport;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Not on the bank statement' });
    const decided = ok(
      await t.gql<{ myNotifications: { kind: string; subject: string; body: string }[] }>(
        '{ myNotifications { kind subject body } }',
        undefined,
        firmA,
      ),
    ).myNotifications.filter((n) => n.kind === 'MONEY_REPORT_DECIDED');
    expect(decided[0]).toEqual({
      kind: 'MONEY_REPORT_DECIDED',
      subject: `Rapport ${oneOre.id} (innbetaling) er avvist`,
      body: `Rapporten din ${oneOre.id} (innbetaling) ble avvist: Not on the bank statement`,
    });
    // the real payment of kr 100 000, confirmed: 3 % of 10 000 000 øre = 300 000 øre (kr 3 000)
    const real = ok(
      await t.gql<{ reportPayment: { id: number } }>(
        REPORT_PAYMENT,
        { i: { invoiceId: id.invoice, date: day, amount: '10000000' } },
        firmA,
      ),
    ).reportPayment;
    expect(await royaltyOfA()).toBe(0);
    ok(await t.gql(CONFIRM, { id: real.id }, leader));
    expect(await royaltyOfA()).toBe(300_000);
  });

  it('checks a report by the rules of the record mutation at once, and stores nothing that breaks them', async () => {
    const before = await rows();
    // the invoice of kr 100 000 is paid in full: another kr 1 would overpay it
    const over = await t.gql(REPORT_PAYMENT, { i: { invoiceId: id.invoice, date: day, amount: '100' } }, firmA);
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0].message).toMatch(/0 øre outstanding/);
    // the number A-1 is taken
    const taken = await t.gql(REPORT_INVOICE, { i: { orderLineId: id.lineA, number: 'A-1', issueDate: day, amount: '100' } }, firmA);
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(await rows()).toEqual(before);
  });

  it('shows a firm its own reports only, and the association all of them', async () => {
    const list = (token: string) =>
      t.gql<{ moneyReports: { memberId: number; status: string }[] }>('{ moneyReports { memberId status } }', undefined, token);
    const mine = ok(await list(firmA)).moneyReports;
    expect(mine.map((r) => r.status)).toEqual(['CONFIRMED', 'REJECTED', 'CONFIRMED']); // newest first
    expect(ok(await list(firmB)).moneyReports).toEqual([]);
    expect(ok(await list(leader)).moneyReports).toHaveLength(3);
    const waiting = await t.gql<{ moneyReports: unknown[] }>('{ moneyReports(filter: { status: REPORTED }) { id } }', undefined, leader);
    expect(ok(waiting).moneyReports).toEqual([]);
  });
});
