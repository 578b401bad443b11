import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditRecord, bulkInsert, osloDate, QueryCounter } from '@app/core';
import { importInvoicesCommand } from '../apps/cli/src/commands/royalties';
import { Invoice, Order, Payment } from '@app/orders';
import { RoyaltyLedgerEntry, RoyaltyStatement, RoyaltyStatementLine } from '@app/royalties';
import { codeOf, createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';
import { ok } from './support/bid-story';
import { memberByName } from './support/story';

// years well in the past: money dates may not lie in the future, and the demo data's own
// statements (the last two quarters) stay out of the way
const Y = Number(osloDate(new Date()).slice(0, 4)) - 3;
const Y1 = Y + 1;

const counts = (t: TestApp) =>
  t.db.read((em) =>
    Promise.all([
      em.count(Order),
      em.count(Invoice),
      em.count(Payment),
      em.count(RoyaltyStatement),
      em.count(RoyaltyStatementLine),
      em.count(RoyaltyLedgerEntry),
    ]),
  );

describe('orders, invoices and the royalty ledger (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let firmA: string; // Nammo
  let firmB: string; // Sagstuen
  let nammo: number;
  let sag: number;
  let orderId: number;
  let lineA: number;

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    firmA = await t.login(USERS.firmA.email);
    firmB = await t.login(USERS.firmB.email);
    nammo = (await memberByName(t, 'Nammo Raufoss AS')).id;
    sag = (await memberByName(t, 'Sagstuen AS')).id;
  });
  afterAll(() => t.close());

  const CREATE = 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id lines { id memberId value { minorUnits } } } }';
  const INVOICE = 'mutation($i: RecordInvoiceInput!) { recordInvoice(input: $i) { id amount { minorUnits } } }';
  const CREDIT = 'mutation($i: RecordCreditNoteInput!) { recordCreditNote(input: $i) { id amount { minorUnits } creditsInvoiceId } }';
  const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id kind amount { minorUnits } } }';

  it('registers an order by hand, and a replay with the same idempotency key writes nothing', async () => {
    const input = {
      buyerName: 'Luftforsvaret',
      contractReference: `LF-${Y}-001`,
      awardedValue: '200000000',
      awardDate: `${Y}-01-10`,
      lines: [
        { memberId: nammo, description: 'Machining', value: '120000000' },
        { memberId: sag, description: 'Welding', value: '80000000' },
      ],
      idempotencyKey: `order-lf-${Y}-001`,
    };
    const first = ok(
      await t.gql<{ createOrder: { id: number; lines: { id: number; memberId: number }[] } }>(CREATE, { i: input }, leader),
    ).createOrder;
    orderId = first.id;
    lineA = first.lines.find((l) => l.memberId === nammo)!.id;
    expect(first.lines.map((l) => l.memberId).sort()).toEqual([nammo, sag].sort());
    const before = await counts(t);
    const replay = ok(await t.gql<{ createOrder: { id: number } }>(CREATE, { i: input }, leader)).createOrder;
    expect(replay.id).toBe(orderId);
    expect(await counts(t)).toEqual(before);
    const clash = await t.gql(CREATE, { i: { ...input, awardedValue: '200000001' } }, leader);
    expect(codeOf(clash)).toBe('CONFLICT');
    expect(clash.errors![0].message).toMatch(/already used for a different createOrder/);
    expect(await counts(t)).toEqual(before);
  });

  it('applies the limits of recordInvoice to the CSV import too: a 900,000-character invoice number is refused, nothing stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tf-invoices-'));
    try {
      const file = join(dir, 'invoices.csv');
      writeFileSync(file, `order_line_id,number,issue_date,amount_nok\n${lineA},${'N'.repeat(900_000)},${Y}-07-01,100.00\n`);
      const before = await counts(t);
      await expect(importInvoicesCommand(t.app, file)).rejects.toThrow(/number: at most 60 characters/);
      expect(
        codeOf(await t.gql(INVOICE, { i: { orderLineId: lineA, number: 'N'.repeat(61), issueDate: `${Y}-07-01`, amount: '100' } }, leader)),
      ).toBe('BAD_USER_INPUT');
      expect(await counts(t)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an order with bad input and writes nothing', async () => {
    const before = await counts(t);
    const r = await t.gql(
      CREATE,
      { i: { buyerName: 'X', contractReference: 'Y', awardedValue: '0', awardDate: `${Y}-13-01`, lines: [] } },
      leader,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await counts(t)).toEqual(before);
  });

  it('records invoices (the association; a firm reports them), credit notes within what remains, payments without overpaying', async () => {
    const inv = ok(
      await t.gql<{ recordInvoice: { id: number } }>(
        INVOICE,
        { i: { orderLineId: lineA, number: 'N-1', issueDate: `${Y}-07-10`, amount: '10000000', idempotencyKey: 'n-1' } },
        leader,
      ),
    ).recordInvoice;
    // a firm records nothing itself, not even on its own line (it reports: money-reports.e2e-spec.ts)
    expect(codeOf(await t.gql(INVOICE, { i: { orderLineId: lineA, number: 'X-1', issueDate: `${Y}-07-10`, amount: '100' } }, firmA))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(INVOICE, { i: { orderLineId: lineA, number: 'N-1', issueDate: `${Y}-07-11`, amount: '100' } }, leader))).toBe(
      'CONFLICT',
    ); // number taken
    expect(
      codeOf(await t.gql(INVOICE, { i: { orderLineId: lineA, number: 'N-2', issueDate: `${Y}-07-11`, amount: '-100' } }, leader)),
    ).toBe('BAD_USER_INPUT');
    // replay: same key, same payload → same invoice, nothing written; other payload → CONFLICT
    const before = await counts(t);
    expect(
      ok(
        await t.gql<{ recordInvoice: { id: number } }>(
          INVOICE,
          { i: { orderLineId: lineA, number: 'N-1', issueDate: `${Y}-07-10`, amount: '10000000', idempotencyKey: 'n-1' } },
          leader,
        ),
      ).recordInvoice.id,
    ).toBe(inv.id);
    expect(
      codeOf(
        await t.gql(
          INVOICE,
          { i: { orderLineId: lineA, number: 'N-1', issueDate: `${Y}-07-10`, amount: '10000001', idempotencyKey: 'n-1' } },
          leader,
        ),
      ),
    ).toBe('CONFLICT');
    expect(await counts(t)).toEqual(before);
    // credit notes: at most what remains of the invoice
    ok(
      await t.gql(
        CREDIT,
        { i: { invoiceId: inv.id, number: 'N-CN-1', issueDate: `${Y}-07-20`, amount: '4000000', reason: 'price correction' } },
        leader,
      ),
    );
    const over = await t.gql(
      CREDIT,
      { i: { invoiceId: inv.id, number: 'N-CN-2', issueDate: `${Y}-07-21`, amount: '6000001', reason: 'too much' } },
      leader,
    );
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0].message).toMatch(/has 6000000 øre left to credit/);
    // payments: partial allowed, overpayment refused (invoice 100 000,00)
    ok(await t.gql(PAY, { i: { invoiceId: inv.id, date: `${Y}-08-01`, amount: '6000000' } }, leader));
    const overpay = await t.gql(PAY, { i: { invoiceId: inv.id, date: `${Y}-08-02`, amount: '4000001' } }, leader);
    expect(codeOf(overpay)).toBe('BAD_USER_INPUT');
    expect(overpay.errors![0].message).toMatch(/4000000 øre outstanding/);
  });

  it('shows a firm only its own orders, lines, invoices, statements and balance', async () => {
    const r = ok(
      await t.gql<{ order: { lines: { memberId: number; invoices: { number: string }[] }[] } }>(
        `{ order(id: ${orderId}) { lines { memberId invoices { number } } } }`,
        undefined,
        firmB,
      ),
    ).order;
    expect(r.lines.map((l) => l.memberId)).toEqual([sag]);
    // change orders: a firm sees those of its own lines only (batched by a DataLoader), the leader all
    const lines = ok(
      await t.gql<{ order: { lines: { id: number; memberId: number }[] } }>(
        `{ order(id: ${orderId}) { lines { id memberId } } }`,
        undefined,
        leader,
      ),
    ).order.lines;
    for (const l of lines)
      ok(
        await t.gql(
          'mutation($i: ChangeOrderInput!) { recordChangeOrder(input: $i) { id } }',
          { i: { orderLineId: l.id, delta: '100', reason: `scope check ${l.memberId}` } },
          leader,
        ),
      );
    const changes = async (token: string) =>
      ok(
        await t.gql<{ orders: { id: number; changeOrders: { orderLineId: number; reason: string }[] }[] }>(
          '{ orders { id changeOrders { orderLineId reason } } }',
          undefined,
          token,
        ),
      )
        .orders.find((o) => o.id === orderId)!
        .changeOrders.filter((c) => c.reason.startsWith('scope check'));
    const lineOf = (m: number) => lines.find((l) => l.memberId === m)!.id;
    expect((await changes(firmB)).map((c) => c.orderLineId)).toEqual([lineOf(sag)]);
    expect((await changes(firmA)).map((c) => c.orderLineId)).toEqual([lineOf(nammo)]);
    expect((await changes(leader)).map((c) => c.orderLineId).sort()).toEqual(lines.map((l) => l.id).sort());
    expect(codeOf(await t.gql(`{ royaltyBalance(firmId: ${nammo}) { minorUnits } }`, undefined, firmB))).toBe('NOT_FOUND');
    const stmts = ok(
      await t.gql<{ royaltyStatements: { memberId: number }[] }>('{ royaltyStatements { memberId } }', undefined, firmB),
    ).royaltyStatements;
    expect(stmts.every((s) => s.memberId === sag)).toBe(true);
    const orders = ok(
      await t.gql<{ orders: { id: number }[] }>('{ orders { id } }', undefined, await t.login('admin@totalfly.example', 'demo-admin-2006')),
    ).orders;
    const own = ok(await t.gql<{ orders: { id: number }[] }>('{ orders { id } }', undefined, firmB)).orders;
    expect(own.length).toBeLessThan(orders.length + 1);
    for (const o of own) expect(codeOf(await t.gql(`{ order(id: ${o.id}) { id } }`, undefined, firmB))).toBe('OK');
  });

  it('records money by reading what it checks: not every earlier invoice of the line, and no table read whole', async () => {
    // an order of its own whose line already has 300 invoices (a line invoiced monthly for years)
    const D = `${Y1 + 1}-02-01`;
    const order = ok(
      await t.gql<{ createOrder: { id: number; lines: { id: number }[] } }>(
        CREATE,
        {
          i: {
            buyerName: 'Forsvarsmateriell',
            contractReference: `FMA-${Y1}-SCALE`,
            awardedValue: '1000000000',
            awardDate: `${Y1 + 1}-01-05`,
            lines: [{ memberId: nammo, description: 'Machining, monthly', value: '1000000000' }],
          },
        },
        leader,
      ),
    ).createOrder;
    const line = order.lines[0].id;
    const EARLIER = 300;
    await t.db.transaction((tx) =>
      bulkInsert(
        tx,
        'invoice',
        ['order_id', 'order_line_id', 'member_id', 'kind', 'number', 'issue_date', 'amount_minor', 'currency', 'created_at'],
        Array.from({ length: EARLIER }, (_, i) => [order.id, line, nammo, 'INVOICE', `SCALE-${i}`, D, 100_000, 'NOK', Date.now()]),
      ),
    );
    const [first] = await t.db.read((em) => em.findBy(Invoice, { number: 'SCALE-0', memberId: nammo }));
    const counter = t.app.get(QueryCounter);
    /** The statements a write sent, each replayed afterwards to count the rows it reads; on SQLite also its plan. */
    const readsOf = async (write: () => Promise<GqlResult<unknown>>) => {
      const seen: { sql: string; params: unknown[] }[] = [];
      counter.tap = (sql, params) => seen.push({ sql, params: params ?? [] });
      try {
        ok(await write());
      } finally {
        counter.tap = null;
      }
      const selects = seen.filter((q) => /^\s*SELECT/i.test(q.sql));
      expect(selects.length).toBeGreaterThan(2);
      let rows = 0;
      const scans: string[] = [];
      for (const q of selects) {
        rows += (await t.db.read((em) => em.query(q.sql, q.params))).length;
        if (t.db.kind === 'sqlite') {
          const plan = await t.db.read((em) => em.query(`EXPLAIN QUERY PLAN ${q.sql}`, q.params));
          for (const step of plan as { detail: string }[])
            if (/^SCAN (?!CONSTANT ROW|dummy_table\b)/.test(step.detail)) scans.push(`${step.detail}: ${q.sql.slice(0, 160)}`);
        }
      }
      return { rows, scans };
    };
    const invoice = await readsOf(() =>
      t.gql(INVOICE, { i: { orderLineId: line, number: 'SCALE-NEXT', issueDate: D, amount: '100000' } }, leader),
    );
    const credit = await readsOf(() =>
      t.gql(CREDIT, { i: { invoiceId: first.id, number: 'SCALE-CN', issueDate: D, amount: '40000', reason: 'price correction' } }, leader),
    );
    const payment = await readsOf(() => t.gql(PAY, { i: { invoiceId: first.id, date: D, amount: '60000' } }, leader));
    const change = await readsOf(() =>
      t.gql(
        'mutation($i: ChangeOrderInput!) { recordChangeOrder(input: $i) { id } }',
        { i: { orderLineId: line, delta: '-100000', reason: 'one month less' } },
        leader,
      ),
    );
    // the line's 300 earlier invoices are summed in the database, not read one by one
    for (const w of [invoice, credit, payment, change]) expect(w.rows).toBeLessThan(40);
    expect([...invoice.scans, ...credit.scans, ...payment.scans, ...change.scans]).toEqual([]);
  });

  describe('royalty statements', () => {
    const RUN = 'mutation($p: String!) { runRoyaltyStatements(period: $p) { period statements lines adjustments total { minorUnits } } }';
    const statementsOf = async (period: string) =>
      ok(
        await t.gql<{
          royaltyStatements: { id: number; memberId: number; status: string; total: { minorUnits: string }; lineCount: number }[];
        }>(
          `{ royaltyStatements(filter: { period: "${period}" }) { id memberId status total { minorUnits } lineCount } }`,
          undefined,
          leader,
        ),
      ).royaltyStatements;

    it(`computes ${Y}-Q3 exactly: an order agreement of 2.5 % gross on invoices`, async () => {
      ok(
        await t.gql(
          `mutation { setRoyaltyAgreement(input: { scope: "ORDER", orderId: ${orderId}, validFrom: "${Y}-01-01", rateBp: 250, basis: "INVOICED", amountKind: "GROSS" }) { id } }`,
          undefined,
          leader,
        ),
      );
      const run = ok(
        await t.gql<{ runRoyaltyStatements: { statements: number; total: { minorUnits: string } } }>(RUN, { p: `${Y}-Q3` }, leader),
      ).runRoyaltyStatements;
      // Nammo: invoice 100 000,00 − credit note 40 000,00 → base 60 000,00 × 2.5 % = 1 500,00
      expect(run).toMatchObject({ statements: 1, total: { minorUnits: '150000' } });
      const [s] = await statementsOf(`${Y}-Q3`);
      expect(s).toMatchObject({ memberId: nammo, status: 'DRAFT', lineCount: 2, total: { minorUnits: '150000' } });
    });

    const lineIdsOf = (statementId: number) =>
      t.db.read(async (em) => (await em.find(RoyaltyStatementLine, { where: { statementId }, order: { id: 'ASC' } })).map((l) => l.id));

    it('re-running a period with nothing changed keeps its drafts as they are and never duplicates', async () => {
      const before = await statementsOf(`${Y}-Q3`);
      const linesBefore = await lineIdsOf(before[0].id);
      ok(await t.gql(RUN, { p: `${Y}-Q3` }, leader));
      const after = await statementsOf(`${Y}-Q3`);
      expect(after).toEqual(before);
      expect(await lineIdsOf(after[0].id)).toEqual(linesBefore);
    });

    it('two concurrent runs of the same period produce one set of statements', async () => {
      await Promise.all([t.gql(RUN, { p: `${Y}-Q3` }, leader), t.gql(RUN, { p: `${Y}-Q3` }, leader)]);
      expect(await statementsOf(`${Y}-Q3`)).toHaveLength(1);
      const [s] = await statementsOf(`${Y}-Q3`);
      expect(await t.db.read((em) => em.count(RoyaltyStatementLine))).toBeGreaterThanOrEqual(s.lineCount);
      const sourceIds = await t.db.read((em) => em.find(RoyaltyStatementLine, { where: { statementId: s.id } }));
      expect(new Set(sourceIds.map((l) => `${l.sourceType}:${l.sourceId}`)).size).toBe(s.lineCount);
    });

    const balanceOf = async (firm: number, token: string) =>
      Number(
        ok(await t.gql<{ royaltyBalance: { minorUnits: string } }>(`{ royaltyBalance(firmId: ${firm}) { minorUnits } }`, undefined, token))
          .royaltyBalance.minorUnits,
      );
    let balanceBefore = 0;

    it('issues, is immutable afterwards by any operation, and the ledger follows', async () => {
      const [s] = await statementsOf(`${Y}-Q3`);
      balanceBefore = await balanceOf(nammo, firmA); // the demo data's own statements
      const issued = ok(
        await t.gql<{ issueRoyaltyStatement: { status: string } }>(
          `mutation { issueRoyaltyStatement(id: ${s.id}) { status } }`,
          undefined,
          leader,
        ),
      );
      expect(issued.issueRoyaltyStatement.status).toBe('ISSUED');
      expect(codeOf(await t.gql(`mutation { issueRoyaltyStatement(id: ${s.id}) { status } }`, undefined, leader))).toBe('CONFLICT');
      // re-running the period leaves the issued statement alone
      ok(await t.gql(RUN, { p: `${Y}-Q3` }, leader));
      const again = await statementsOf(`${Y}-Q3`);
      expect(again.map((x) => [x.id, x.status, x.total.minorUnits])).toEqual([[s.id, 'ISSUED', '150000']]);
      // and the database itself refuses to change it
      const tamper = (sql: string) =>
        t.db
          .transaction((tx) => tx.query(sql))
          .then(
            () => 'changed',
            (e: Error) => e.message,
          );
      expect(await tamper(`UPDATE royalty_statement SET total_minor = 1 WHERE id = ${s.id}`)).toMatch(/cannot change/);
      expect(await tamper(`DELETE FROM royalty_statement_line WHERE statement_id = ${s.id}`)).toMatch(/cannot be deleted/);
      expect(await tamper(`UPDATE royalty_statement_line SET royalty_minor = 0 WHERE statement_id = ${s.id}`)).toMatch(/never change/);
      expect(await tamper('UPDATE royalty_ledger_entry SET amount_minor = 0')).toMatch(/append-only/);
      expect(await balanceOf(nammo, firmA)).toBe(balanceBefore + 150000);
    });

    it('carries a late credit note for the closed period into the next period as an adjustment', async () => {
      const inv = await t.db.read((em) => em.findOneByOrFail(Invoice, { number: 'N-1' }));
      ok(
        await t.gql(
          CREDIT,
          { i: { invoiceId: inv.id, number: 'N-CN-LATE', issueDate: `${Y}-09-30`, amount: '1000000', reason: 'late discount' } },
          leader,
        ),
      );
      const run = ok(
        await t.gql<{ runRoyaltyStatements: { adjustments: number; total: { minorUnits: string } } }>(RUN, { p: `${Y}-Q4` }, leader),
      ).runRoyaltyStatements;
      expect(run).toMatchObject({ adjustments: 1, total: { minorUnits: '-25000' } }); // −10 000,00 × 2.5 %
      const q4 = await statementsOf(`${Y}-Q4`);
      const lines = ok(
        await t.gql<{
          royaltyStatement: { lines: { adjustment: boolean; eventDate: string; royalty: { minorUnits: string }; note: string }[] };
        }>(`{ royaltyStatement(id: ${q4[0].id}) { lines { adjustment eventDate royalty { minorUnits } note } } }`, undefined, leader),
      ).royaltyStatement.lines;
      expect(lines).toEqual([
        { adjustment: true, eventDate: `${Y}-09-30`, royalty: { minorUnits: '-25000' }, note: `adjustment for ${Y}-09-30` },
      ]);
    });

    it('marks paid (idempotently), and the ledger equals the statements', async () => {
      const [s] = await statementsOf(`${Y}-Q3`);
      const q = `mutation { markRoyaltyStatementPaid(id: ${s.id}, paidOn: "${Y}-10-15", idempotencyKey: "pay-${s.id}") { status } }`;
      expect(ok(await t.gql<{ markRoyaltyStatementPaid: { status: string } }>(q, undefined, leader)).markRoyaltyStatementPaid.status).toBe(
        'PAID',
      );
      const before = await counts(t);
      expect(ok(await t.gql<{ markRoyaltyStatementPaid: { status: string } }>(q, undefined, leader)).markRoyaltyStatementPaid.status).toBe(
        'PAID',
      );
      expect(await counts(t)).toEqual(before);
      expect(await balanceOf(nammo, leader)).toBe(balanceBefore);
      const check = ok(
        await t.gql<{ royaltyLedgerCheck: { ok: boolean; problems: string[] } }>(
          '{ royaltyLedgerCheck { ok problems } }',
          undefined,
          await t.login(USERS.steering.email),
        ),
      ).royaltyLedgerCheck;
      expect(check).toEqual({ ok: true, problems: [] });
    });

    it('exports statements and the ledger as CSV in the reader\'s format: bokmål ";" and a decimal comma, English "," and a dot, with a BOM', async () => {
      const csv = ok(
        await t.gql<{ royaltyExport: string }>(`{ royaltyExport(kind: "STATEMENTS", period: "${Y}-Q3") }`, undefined, leader),
      ).royaltyExport;
      expect(csv.startsWith('\ufeff')).toBe(true);
      const rows = csv.slice(1).trimEnd().split('\r\n');
      expect(rows[0]).toBe('statement_id;period;member_id;member;org_number;status;lines;total;currency;issued_at;paid_at');
      expect(rows[1]).toMatch(new RegExp(`^\\d+;${Y}-Q3;${nammo};Nammo Raufoss AS;;PAID;2;1500,00;NOK;`));
      const ledger = ok(
        await t.gql<{ royaltyExport: string }>('{ royaltyExport(kind: "LEDGER", separator: ",") }', undefined, leader),
      ).royaltyExport;
      expect(ledger.startsWith('\ufeffentry_id,date,member_id,member,kind,amount,currency,statement_id,note\r\n')).toBe(true);
      expect(ledger).toMatch(/,RECEIVED,-1500\.00,NOK,/);
      // an English reader gets "," and a decimal dot without asking
      const steering = await t.login(USERS.steering.email);
      ok(await t.gql('mutation { setMyLanguage(language: EN) { language } }', undefined, steering));
      try {
        const en = ok(
          await t.gql<{ royaltyExport: string }>(`{ royaltyExport(kind: "STATEMENTS", period: "${Y}-Q3") }`, undefined, steering),
        ).royaltyExport;
        expect(en.slice(1).split('\r\n')[1]).toMatch(new RegExp(`^\\d+,${Y}-Q3,${nammo},Nammo Raufoss AS,,PAID,2,1500\\.00,NOK,`));
      } finally {
        ok(await t.gql('mutation { setMyLanguage(language: NB) { language } }', undefined, steering));
      }
    });

    it('audits every money mutation', async () => {
      const actions = new Set((await t.db.read((em) => em.find(AuditRecord))).map((a) => a.action));
      for (const a of [
        'createOrder',
        'recordInvoice',
        'recordCreditNote',
        'recordPayment',
        'setRoyaltyAgreement',
        'runRoyaltyStatements',
        'issueRoyaltyStatement',
        'markRoyaltyStatementPaid',
      ])
        expect(actions).toContain(a);
    });

    it('re-running a changed period replaces the draft that changed, and drops a draft left with nothing', async () => {
      const invoice = async (number: string, issueDate: string, amount: string) =>
        ok(await t.gql(INVOICE, { i: { orderLineId: lineA, number, issueDate, amount } }, leader));
      await invoice(`N-${Y1}-1`, `${Y1}-01-10`, '2000000');
      // the order agreement of 2.5 % gross on invoices (from year Y): 20 000,00 → 500,00
      expect(ok(await t.gql(RUN, { p: `${Y1}-01` }, leader)).runRoyaltyStatements).toMatchObject({
        statements: 1,
        lines: 1,
        total: { minorUnits: '50000' },
      });
      const [first] = await statementsOf(`${Y1}-01`);
      const firstLines = await lineIdsOf(first.id);
      // a new invoice in the period: the draft is written anew, with both invoices once each
      await invoice(`N-${Y1}-2`, `${Y1}-01-11`, '1000000');
      expect(ok(await t.gql(RUN, { p: `${Y1}-01` }, leader)).runRoyaltyStatements).toMatchObject({
        statements: 1,
        lines: 2,
        total: { minorUnits: '75000' },
      });
      const [second] = await statementsOf(`${Y1}-01`);
      expect(second).toMatchObject({ memberId: nammo, status: 'DRAFT', lineCount: 2, total: { minorUnits: '75000' } });
      expect(second.id).not.toBe(first.id);
      const lines = await t.db.read((em) => em.find(RoyaltyStatementLine, { where: { statementId: second.id }, order: { id: 'ASC' } }));
      expect(lines.map((l) => [l.sourceType, l.eventDate, Number(l.royaltyMinor)])).toEqual([
        ['INVOICE', `${Y1}-01-10`, 50000],
        ['INVOICE', `${Y1}-01-11`, 25000],
      ]);
      expect(lines.map((l) => l.id)).not.toContain(firstLines[0]);
      expect(await t.db.read((em) => em.countBy(RoyaltyStatement, { id: first.id }))).toBe(0);
      const agreement = (rateBp: number, basis: string) =>
        t.gql(
          `mutation { setRoyaltyAgreement(input: { scope: "ORDER", orderId: ${orderId}, validFrom: "${Y1}-01-01", rateBp: ${rateBp}, basis: "${basis}", amountKind: "GROSS" }) { id } }`,
          undefined,
          leader,
        );
      // a new rate from year Y + 1, same sources: the draft is rewritten in place (same statement, same lines)
      ok(await agreement(300, 'INVOICED'));
      expect(ok(await t.gql(RUN, { p: `${Y1}-01` }, leader)).runRoyaltyStatements).toMatchObject({
        statements: 1,
        lines: 2,
        total: { minorUnits: '90000' },
      });
      const [third] = await statementsOf(`${Y1}-01`);
      expect(third).toMatchObject({ id: second.id, lineCount: 2, total: { minorUnits: '90000' } });
      const rewritten = await t.db.read((em) => em.find(RoyaltyStatementLine, { where: { statementId: second.id }, order: { id: 'ASC' } }));
      expect(rewritten.map((l) => [l.id, l.rateBp, Number(l.royaltyMinor), JSON.parse(l.agreementSnapshot!).rateBp])).toEqual([
        [lines[0].id, 300, 60000, 300],
        [lines[1].id, 300, 30000, 300],
      ]);
      // a re-run puts back what was changed by hand on a draft, down to one line's agreement snapshot
      await t.db.transaction((tx) =>
        tx.query(`UPDATE royalty_statement_line SET agreement_snapshot = '{}', royalty_minor = 1 WHERE id = ${lines[1].id}`),
      );
      ok(await t.gql(RUN, { p: `${Y1}-01` }, leader));
      const restored = await t.db.read((em) => em.find(RoyaltyStatementLine, { where: { statementId: second.id }, order: { id: 'ASC' } }));
      expect(restored.map((l) => [l.id, Number(l.royaltyMinor), l.agreementSnapshot])).toEqual(
        rewritten.map((l) => [l.id, Number(l.royaltyMinor), l.agreementSnapshot]),
      );
      await t.db.transaction((tx) => tx.query(`UPDATE royalty_statement_line SET agreement_snapshot = NULL WHERE id = ${lines[0].id}`));
      ok(await t.gql(RUN, { p: `${Y1}-01` }, leader));
      expect((await t.db.read((em) => em.findOneByOrFail(RoyaltyStatementLine, { id: lines[0].id }))).agreementSnapshot).toBe(
        rewritten[0].agreementSnapshot,
      );
      // a draft's line may be rewritten, but never moved to another source or statement
      const refused = await t.db
        .transaction((tx) => tx.query(`UPDATE royalty_statement_line SET source_id = source_id + 1000000 WHERE id = ${lines[0].id}`))
        .then(
          () => 'changed',
          (e: Error) => e.message,
        );
      expect(refused).toMatch(/never change/);
      // the year year Y + 1 overlaps the January draft: its invoices are counted there, never twice
      expect(ok(await t.gql(RUN, { p: `${Y1}` }, leader)).runRoyaltyStatements).toMatchObject({ statements: 0, lines: 0 });
      expect(await statementsOf(`${Y1}-01`)).toHaveLength(1);
      // from year Y + 1 the order pays royalties on payments only: the firm has nothing left in January
      ok(await agreement(250, 'PAID'));
      expect(ok(await t.gql(RUN, { p: `${Y1}-01` }, leader)).runRoyaltyStatements).toMatchObject({ statements: 0, lines: 0 });
      expect(await statementsOf(`${Y1}-01`)).toEqual([]);
      expect(await t.db.read((em) => em.countBy(RoyaltyStatementLine, { statementId: second.id }))).toBe(0);
    });
  });
});
