import {
  type Agreement,
  type EngineInput,
  type InvoiceFact,
  type PaymentFact,
  agreementFor,
  allocateStatement,
  computeLine,
  invoiceEvent,
  marginBases,
  paymentEvent,
  signedAmount,
  statementTotal,
} from './royalty-engine';
import { CurrencyMismatchError, money } from '@app/core';

const agreement = (over: Partial<Agreement>): Agreement => ({
  id: 1,
  scope: 'DEFAULT',
  orderId: null,
  memberId: null,
  validFrom: '2000-01-01',
  rateBp: 300,
  basis: 'INVOICED',
  amountKind: 'GROSS',
  minimumOrderValueMinor: null,
  ...over,
});
const inv = (
  id: number,
  issueDate: string,
  amountMinor: number,
  declaredCostMinor: number | null = null,
  orderLineId = 10,
): InvoiceFact => ({
  id,
  memberId: 7,
  orderId: 100,
  orderLineId,
  issueDate,
  amountMinor,
  currency: 'NOK',
  declaredCostMinor,
});
function engine(agreements: Agreement[], invoices: InvoiceFact[], orderValue = 1_000_000_00, orderCurrency = 'NOK'): EngineInput {
  const byLine = new Map<number, InvoiceFact[]>();
  for (const i of invoices) byLine.set(i.orderLineId, [...(byLine.get(i.orderLineId) ?? []), i]);
  return {
    agreements,
    orderValue: new Map([[100, money(orderValue, orderCurrency)]]),
    invoicesByLine: byLine,
    invoicesById: new Map(invoices.map((i) => [i.id, i])),
  };
}
/** Statement of the given events: line bases and amounts, and the total. */
function statement(input: EngineInput, events: ReturnType<typeof invoiceEvent>[]) {
  const cache = new Map();
  const lines = events.map((e) => computeLine(e, input, cache));
  const { amounts, total } = allocateStatement(lines.map((l) => l.exactTimes10000));
  return { bases: lines.map((l) => l.baseMinor), amounts, total, notes: lines.map((l) => l.note) };
}

describe('royalty engine: hand-worked examples', () => {
  it('GROSS on invoices: 3 % of 100 000,00 + 3 % of 33 333,33 − a credit note of 10 000,00', () => {
    const invoices = [
      inv(1, '2026-07-10', 100_000_00),
      inv(2, '2026-08-01', 33_333_33),
      inv(3, '2026-09-15', signedAmount('CREDIT_NOTE', 10_000_00)),
    ];
    const s = statement(engine([agreement({})], invoices), invoices.map(invoiceEvent));
    // exact: 3 000,00 + 999,9999 − 300,00 = 3 699,9999 → total 3 700,00; the 0,9999 line takes the remainder
    expect(s.bases).toEqual([100_000_00, 33_333_33, -10_000_00]);
    expect(s.amounts).toEqual([3_000_00, 1_000_00, -300_00]);
    expect(s.total).toBe(3_700_00);
  });

  it('MARGIN with a loss carried forward on the same order line', () => {
    // inv1: 50 000 − cost 70 000 = −20 000 (floored sum 0 → base 0)
    // inv2: 80 000 − cost 30 000 = +50 000 (cumulative 30 000 → base 30 000)
    // inv3: 40 000 − cost 10 000 = +30 000 (cumulative 60 000 → base 30 000)
    const invoices = [
      inv(1, '2026-07-01', 50_000_00, 70_000_00),
      inv(2, '2026-07-15', 80_000_00, 30_000_00),
      inv(3, '2026-08-01', 40_000_00, 10_000_00),
    ];
    expect([...marginBases(invoices).values()]).toEqual([0, 30_000_00, 30_000_00]);
    const s = statement(engine([agreement({ amountKind: 'MARGIN', rateBp: 1000 })], invoices), invoices.map(invoiceEvent));
    expect(s.amounts).toEqual([0, 3_000_00, 3_000_00]);
    expect(s.total).toBe(6_000_00);
  });

  it('MARGIN: a loss on another order line is not offset', () => {
    const invoices = [inv(1, '2026-07-01', 10_000_00, 20_000_00, 10), inv(2, '2026-07-02', 10_000_00, 0, 11)];
    expect(marginBases([invoices[0]]).get(1)).toBe(0);
    expect(marginBases([invoices[1]]).get(2)).toBe(10_000_00);
  });

  it('PAID basis with a full refund cancels exactly', () => {
    const invoices = [inv(1, '2026-07-01', 250_000_00), inv(2, '2026-08-01', signedAmount('CREDIT_NOTE', 250_000_00))];
    const payments: PaymentFact[] = [
      { id: 11, invoiceId: 1, date: '2026-07-20', amountMinor: signedAmount('PAYMENT', 250_000_00) },
      { id: 12, invoiceId: 2, date: '2026-08-10', amountMinor: signedAmount('REFUND', 250_000_00) },
    ];
    const input = engine([agreement({ basis: 'PAID', rateBp: 275 })], invoices);
    const byId = new Map(invoices.map((i) => [i.id, i]));
    const events = payments.map((p) => paymentEvent(p, byId.get(p.invoiceId)!));
    const s = statement(input, events);
    expect(s.bases).toEqual([250_000_00, -250_000_00]);
    expect(s.amounts).toEqual([6_875_00, -6_875_00]);
    expect(s.total).toBe(0);
    // and the invoices themselves count for nothing under PAID
    expect(statement(input, invoices.map(invoiceEvent)).total).toBe(0);
  });

  it('PAID basis with MARGIN: a partial payment carries its share of the invoice margin', () => {
    const invoices = [inv(1, '2026-07-01', 100_000_00, 60_000_00)]; // margin 40 000
    const input = engine([agreement({ basis: 'PAID', amountKind: 'MARGIN', rateBp: 1000 })], invoices);
    const e = paymentEvent({ id: 5, invoiceId: 1, date: '2026-07-20', amountMinor: 33_333_33 }, invoices[0]);
    const s = statement(input, [e]);
    expect(s.bases).toEqual([13_333_33]); // 33 333,33 × 40 000 / 100 000 = 13 333,332 → 13 333,33
    expect(s.amounts).toEqual([1_333_33]);
  });

  it('a minimum order value: orders below it owe nothing', () => {
    const invoices = [inv(1, '2026-07-01', 90_000_00)];
    const s = statement(engine([agreement({ minimumOrderValueMinor: 100_000_00 })], invoices, 90_000_00), invoices.map(invoiceEvent));
    expect(s.total).toBe(0);
    expect(s.notes[0]).toMatch(/below the minimum/);
    expect(
      statement(engine([agreement({ minimumOrderValueMinor: 100_000_00 })], invoices, 100_000_00), invoices.map(invoiceEvent)).total,
    ).toBe(2_700_00);
  });

  it('never compares a EUR order with the minimum order value, which is in NOK (issue 20)', () => {
    const invoices = [{ ...inv(1, '2026-07-01', 90_000_00), currency: 'EUR' }];
    const s = statement(
      engine([agreement({ minimumOrderValueMinor: 100_000_00 })], invoices, 90_000_00, 'EUR'),
      invoices.map(invoiceEvent),
    );
    expect(s.total).toBe(2_700_00);
    expect(s.notes[0]).toBe('the minimum order value (in NOK) is not applied to an order in EUR');
  });

  // issue 20, items 9 and 11: the run once added 100 000,00 EUR and 100 000,00 NOK into one NOK statement
  it('makes a statement of one currency only: a line in another currency throws instead of being added', () => {
    const nok = inv(1, '2026-07-01', 100_000_00);
    const eur = { ...inv(2, '2026-07-02', 100_000_00), currency: 'EUR' };
    const input = engine([agreement({})], [nok, eur]);
    const cache = new Map();
    const lines = [nok, eur].map((i) => computeLine(invoiceEvent(i), input, cache));
    expect(lines.map((l) => l.currency)).toEqual(['NOK', 'EUR']);
    expect(statementTotal('NOK', [lines[0]]).total).toEqual(money(3_000_00));
    expect(statementTotal('EUR', [lines[1]]).total).toEqual(money(3_000_00, 'EUR'));
    expect(() => statementTotal('NOK', lines)).toThrow(CurrencyMismatchError);
    // a payment is in its invoice's currency
    expect(paymentEvent({ id: 9, invoiceId: 2, date: '2026-07-09', amountMinor: 1 }, eur).currency).toBe('EUR');
  });

  it('a rate change mid-period applies from its valid-from date', () => {
    const agreements = [
      agreement({ id: 1, rateBp: 300, validFrom: '2026-01-01' }),
      agreement({ id: 2, rateBp: 450, validFrom: '2026-08-15' }),
    ];
    const invoices = [inv(1, '2026-08-14', 100_000_00), inv(2, '2026-08-15', 100_000_00)];
    const s = statement(engine(agreements, invoices), invoices.map(invoiceEvent));
    expect(s.amounts).toEqual([3_000_00, 4_500_00]);
  });

  it('prefers an order agreement to a firm agreement to the default', () => {
    const agreements = [
      agreement({ id: 1, rateBp: 300 }),
      agreement({ id: 2, scope: 'FIRM', memberId: 7, rateBp: 200 }),
      agreement({ id: 3, scope: 'ORDER', orderId: 100, rateBp: 100, validFrom: '2026-06-01' }),
    ];
    expect(agreementFor(agreements, 100, 7, '2026-05-31')!.id).toBe(2);
    expect(agreementFor(agreements, 100, 7, '2026-06-01')!.id).toBe(3);
    expect(agreementFor(agreements, 101, 8, '2026-06-01')!.id).toBe(1);
    expect(agreementFor(agreements, 101, 8, '1999-01-01')).toBeNull();
  });

  it('allocates rounding by largest remainder: lines always sum to the rounded exact total', () => {
    // three lines of 0,5 øre each: exact 1,5 → 2; the first two remainders win (ties: earliest)
    expect(allocateStatement([5000n, 5000n, 5000n])).toEqual({ amounts: [1, 1, 0], total: 2 });
    // a negative line: exact −0,3 + 0,6 = 0,3 → 0; floors −1 and 0, the larger remainder (0,7) gets the unit
    expect(allocateStatement([-3000n, 6000n])).toEqual({ amounts: [0, 0], total: 0 });
    // −0,5 − 0,5 = −1 exactly
    expect(allocateStatement([-5000n, -5000n])).toEqual({ amounts: [0, -1], total: -1 });
    for (let k = 0; k < 200; k++) {
      const xs = Array.from({ length: 1 + (k % 13) }, (_, i) => BigInt(((k * 7919 + i * 104729) % 2000001) - 1000000));
      const { amounts, total } = allocateStatement(xs);
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
      amounts.forEach((a, i) => expect(Math.abs(a * 10000 - Number(xs[i]))).toBeLessThan(10000));
    }
  });

  it('allocates exactly like a sort by (remainder desc, line), for small and for huge amounts', () => {
    // the reference: every step a BigInt, the remainders sorted
    const reference = (xs: bigint[]) => {
      const floor = (x: bigint) => (x % 10000n !== 0n && x < 0n ? x / 10000n - 1n : x / 10000n);
      const sum = xs.reduce((a, b) => a + b, 0n);
      const abs = sum < 0n ? -sum : sum;
      const r = (abs % 10000n) * 2n >= 10000n ? abs / 10000n + 1n : abs / 10000n;
      const total = sum < 0n ? -r : r;
      const amounts = xs.map(floor);
      let left = total - amounts.reduce((a, b) => a + b, 0n);
      const order = xs
        .map((x, i) => ({ i, rem: x - floor(x) * 10000n }))
        .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
      for (const { i, rem } of order) {
        if (left === 0n || rem === 0n) continue;
        amounts[i] += 1n;
        left -= 1n;
      }
      return { amounts: amounts.map(Number), total: Number(total) };
    };
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let k = 0; k < 500; k++) {
      // few distinct remainders (many ties), negative lines, and now and then beyond 2^53
      const scale = k % 50 === 0 ? 10n ** 15n : 1n;
      const xs = Array.from(
        { length: 1 + rand(40) },
        () => BigInt(rand(7) * 2500 + rand(3) - 1) * BigInt(rand(2) ? 1 : -1) * scale + BigInt(rand(5)),
      );
      expect(allocateStatement(xs)).toEqual(reference(xs));
    }
  });
});
