import { addDays, bulkInsert, osloDate, osloStartOfDay, rawQuery, SYSTEM_ACTOR } from '@app/core';
import { ACTIVITY_SLICE_MS } from '@app/bids';
import { MembersService } from '@app/members';
import { OrdersService } from '@app/orders';
import { PipelineService } from '@app/pipeline';
import { Market, TenderStage, TendersService } from '@app/tenders';
import { addCnc5AxisToCatalogue, decideTender } from './support/story';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The figures the database keeps up to date on write for the pipeline (migration PipelineUpkeep):
 * order totals, the time a tender entered a stage, a package's certificate types, each package
 * offered to a firm (first offer, the firm's answer now) and the members' packages per 30-day
 * slice (migration PipelinePackageCounts). Each is compared with the same figure recomputed from
 * the rows it comes from, after the application wrote them and again after rows were changed and
 * deleted behind its back; and the pipeline's package counts per member, read from the slices and
 * the edges of the period, are compared with a plain count from the events for many periods.
 */
describe('pipeline figures kept on write (e2e)', () => {
  let t: TestApp;
  const today = osloDate(new Date());
  const member: number[] = [];
  let tenderId: number;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.db.read((em) => rawQuery<T>(em, sql, params));
  const write = (sql: string, params: unknown[] = []) => t.db.transaction((tx) => rawQuery(tx, sql, params));

  /** Rows whose kept figure differs from the recomputed one, per figure (all empty when right). */
  async function drift() {
    const orders = await q(
      `SELECT o.id FROM customer_order o
        WHERE o.invoiced_minor <> COALESCE((SELECT SUM(i.amount_minor) FROM invoice i WHERE i.order_id = o.id), 0)
           OR o.paid_minor <> COALESCE((SELECT SUM(p.amount_minor) FROM invoice i JOIN payment p ON p.invoice_id = i.id WHERE i.order_id = o.id), 0)`,
    );
    const transitions = await q(
      `SELECT x.id FROM tender_stage_transition x
        WHERE COALESCE(x.entered_at, -1) <> COALESCE((SELECT p.at FROM tender_stage_transition p WHERE p.tender_id = x.tender_id AND p.id < x.id ORDER BY p.id DESC LIMIT 1), -1)`,
    );
    const links = await q<{ wp: number; certs: string }>(
      'SELECT wr.work_package_id AS wp, r.required_certificates AS certs FROM work_package_requirement wr JOIN requirement r ON r.id = wr.requirement_id JOIN work_package w ON w.id = wr.work_package_id',
    );
    const wanted = new Map<number, Set<string>>();
    for (const l of links)
      for (const c of JSON.parse(l.certs) as { type: string }[])
        wanted.set(Number(l.wp), (wanted.get(Number(l.wp)) ?? new Set()).add(c.type));
    const needs = await q<{ wp: number; type: string; member_id: number; status: string; window_end: string; bid_id: number }>(
      'SELECT work_package_id AS wp, type, member_id, status, window_end, bid_id FROM work_package_need',
    );
    const pkgs = new Map(
      (
        await q<{ id: number; member_id: number; status: string; window_end: string; bid_id: number }>(
          'SELECT id, member_id, status, window_end, bid_id FROM work_package',
        )
      ).map((p) => [Number(p.id), p]),
    );
    const want = [...wanted].flatMap(([wp, types]) => {
      const p = pkgs.get(wp)!;
      return [...types].map((type) => `${wp}:${type}:${Number(p.member_id)}:${p.status}:${p.window_end}:${Number(p.bid_id)}`);
    });
    const have = needs.map((n) => `${Number(n.wp)}:${n.type}:${Number(n.member_id)}:${n.status}:${n.window_end}:${Number(n.bid_id)}`);
    const packages = [...want.filter((x) => !have.includes(x)), ...have.filter((x) => !want.includes(x))];
    // each package once per firm: first offer, and the firm's answer now (recomputed from the events)
    const expectedOffers = offersFromEvents(await events());
    const keptOffers = (
      await q<{ wp: number; member_id: number; first: number; answer: string | null }>(
        'SELECT work_package_id AS wp, member_id, first_offered_at AS first, answer FROM work_package_offer',
      )
    ).map((o) => `${Number(o.wp)}:${Number(o.member_id)}:${Number(o.first)}:${o.answer}`);
    const wantOffers = expectedOffers.map((o) => `${o.wp}:${o.member}:${o.first}:${o.answer}`);
    const offers = [...wantOffers.filter((x) => !keptOffers.includes(x)), ...keptOffers.filter((x) => !wantOffers.includes(x))];
    const slices = new Map<string, number[]>();
    const col = { ACCEPTED: 1, DECLINED: 2, COUNTERED: 3 } as Record<string, number | undefined>;
    for (const o of expectedOffers) {
      const key = `${o.member}:${Math.floor(o.first / ACTIVITY_SLICE_MS)}`;
      const v = slices.get(key) ?? [0, 0, 0, 0];
      v[0]++;
      const c = o.answer ? col[o.answer] : undefined;
      if (c !== undefined) v[c]++;
      slices.set(key, v);
    }
    const kept = await q<Record<string, number>>('SELECT member_id, slice, offered, accepted, declined, countered FROM member_activity');
    const activity: string[] = [];
    const seen = new Set<string>();
    for (const k of kept) {
      const key = `${Number(k.member_id)}:${Number(k.slice)}`;
      seen.add(key);
      const got = [k.offered, k.accepted, k.declined, k.countered].map(Number);
      if (got.join() !== (slices.get(key) ?? [0, 0, 0, 0]).join()) activity.push(key);
    }
    for (const key of slices.keys()) if (!seen.has(key)) activity.push(key);
    return { orders, transitions, packages, offers, activity };
  }
  const none = { orders: [], transitions: [], packages: [], offers: [], activity: [] };
  const events = () =>
    q<{ id: number; work_package_id: number; member_id: number; at: number; kind: string }>(
      'SELECT id, work_package_id, member_id, at, kind FROM work_package_event',
    );

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const members = t.app.get(MembersService);
    await addCnc5AxisToCatalogue(t);
    for (const name of ['Alfa AS', 'Beta AS']) member.push((await members.register(SYSTEM_ACTOR, { name, employees: 10 })).id);
    const tenders = t.app.get(TendersService);
    const tender = await tenders.create(SYSTEM_ACTOR, {
      title: 'Upkeep',
      buyerName: 'Buyer',
      market: Market.DEFENCE,
      estimatedValueMinor: 1_000_000_00,
      deadline: new Date(Date.now() + 100 * 86400000),
    });
    tenderId = tender.id;
    await tenders.moveStage(SYSTEM_ACTOR, tenderId, TenderStage.QUALIFYING, {});
    await decideTender(t, tenderId, 'GO');
    await tenders.moveStage(SYSTEM_ACTOR, tenderId, TenderStage.BID_IN_PREPARATION, {});
    // requirements naming certificates, packages linked to them (written as rows: the triggers
    // see no difference between the application's inserts and these)
    const req = async (certs: string[]) =>
      (
        await tenders.addRequirement(SYSTEM_ACTOR, tenderId, {
          capabilityCode: 'CNC_5AXIS',
          hours: 10,
          windowStart: addDays(today, 10),
          windowEnd: addDays(today, 60),
          requiredCertificates: certs.map((type) => ({ type })),
        })
      ).id;
    const r1 = await req(['ISO_9001']);
    const r2 = await req(['EN_9100', 'ISO_9001']);
    const r3 = await req([]);
    const now = Date.now();
    await t.db.transaction(async (tx) => {
      const cols = [
        'id',
        'bid_id',
        'tender_id',
        'member_id',
        'title',
        'hours',
        'window_start',
        'window_end',
        'status',
        'created_at',
        'updated_at',
      ];
      await bulkInsert(
        tx,
        'work_package',
        cols,
        [1, 2, 3].map((id) => [id, 1, tenderId, member[id % 2], `P${id}`, 10, addDays(today, 10), addDays(today, 60), 'OFFERED', now, now]),
      );
      await bulkInsert(
        tx,
        'work_package_requirement',
        ['work_package_id', 'requirement_id', 'capability_code', 'hours'],
        [
          [1, r1, 'CNC_5AXIS', 5],
          [1, r2, 'CNC_5AXIS', 5],
          [2, r3, 'CNC_5AXIS', 10],
          [3, r2, 'CNC_5AXIS', 10],
        ],
      );
      // 600 answers over 500 days back and 40 ahead, spread by a fixed pseudo-random sequence
      let seed = 12345;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const kinds = ['OFFERED', 'OFFERED', 'ACCEPT', 'DECLINE', 'COUNTER', 'COUNTER_ACCEPTED', 'WITHDRAWN', 'REASSIGNED'];
      await bulkInsert(
        tx,
        'work_package_event',
        ['work_package_id', 'member_id', 'kind', 'at'],
        Array.from({ length: 600 }, () => [
          1 + Math.floor(rnd() * 3),
          member[Math.floor(rnd() * 2)],
          kinds[Math.floor(rnd() * kinds.length)],
          Math.round(now - 500 * 86400000 + rnd() * 540 * 86400000),
        ]),
      );
    });
    // an order with invoices, a credit note and payments, through the application
    const orders = t.app.get(OrdersService);
    const order = await orders.create(SYSTEM_ACTOR, {
      buyerName: 'Buyer',
      contractReference: 'U-1',
      awardedValueMinor: 3_000_000_00,
      awardDate: today,
      lines: [
        { memberId: member[0], description: 'A', valueMinor: 2_000_000_00 },
        { memberId: member[1], description: 'B', valueMinor: 1_000_000_00 },
      ],
    });
    const lines = await q<{ id: number }>('SELECT id FROM order_line WHERE order_id = ? ORDER BY id', [order.id]);
    const invA = await orders.recordInvoice(SYSTEM_ACTOR, {
      orderLineId: lines[0].id,
      number: 'A-1',
      issueDate: today,
      amountMinor: 1_000_000_00,
    });
    await orders.recordCreditNote(SYSTEM_ACTOR, {
      invoiceId: invA.id,
      number: 'A-CN',
      issueDate: today,
      amountMinor: 200_000_00,
      reason: 'x',
    });
    await orders.recordPayment(SYSTEM_ACTOR, { invoiceId: invA.id, date: today, amountMinor: 300_000_00 });
    const invB = await orders.recordInvoice(SYSTEM_ACTOR, {
      orderLineId: lines[1].id,
      number: 'B-1',
      issueDate: today,
      amountMinor: 500_000_00,
    });
    await orders.recordPayment(SYSTEM_ACTOR, { invoiceId: invB.id, date: today, amountMinor: 100_000_00 });
  }, 60_000);
  afterAll(() => t.close());

  it('keeps every figure equal to its recomputation after the application writes', async () => {
    expect(await drift()).toEqual(none);
    // and the figures are not trivially empty
    const [o] = await q<{ inv: number; paid: number }>('SELECT SUM(invoiced_minor) AS inv, SUM(paid_minor) AS paid FROM customer_order');
    expect([Number(o.inv), Number(o.paid)]).toEqual([1_300_000_00, 400_000_00]);
    const needs = async () =>
      (
        await q<{ wp: number; type: string }>('SELECT work_package_id AS wp, type FROM work_package_need ORDER BY work_package_id, type')
      ).map((n) => `${Number(n.wp)} ${n.type}`);
    expect(await needs()).toEqual(['1 EN_9100', '1 ISO_9001', '3 EN_9100', '3 ISO_9001']);
    const entered = await q<{ entered_at: number | null }>(
      'SELECT entered_at FROM tender_stage_transition WHERE tender_id = ? ORDER BY id',
      [tenderId],
    );
    expect(entered[0].entered_at).toBeNull();
    expect(entered.slice(1).every((x) => Number(x.entered_at) > 0)).toBe(true);
  });

  it('keeps them right when rows change or go behind the application', async () => {
    const [inv] = await q<{ id: number }>('SELECT MIN(id) AS id FROM invoice');
    const [pay] = await q<{ id: number }>('SELECT MIN(id) AS id FROM payment');
    await write('UPDATE invoice SET amount_minor = amount_minor + 12345 WHERE id = ?', [inv.id]);
    await write('UPDATE payment SET amount_minor = amount_minor - 111 WHERE id = ?', [pay.id]);
    await write('DELETE FROM invoice WHERE id = (SELECT MAX(id) FROM invoice)'); // B's invoice, with a payment on it
    await write('DELETE FROM work_package_event WHERE id % 7 = 0');
    await write('UPDATE work_package_event SET at = at - 3888000000 WHERE id % 5 = 0' /* 45 days */);
    await write("UPDATE work_package_event SET kind = 'DECLINE' WHERE id % 11 = 0");
    await write('UPDATE work_package_event SET member_id = ? WHERE id % 13 = 0', [member[0]]);
    await write(`UPDATE requirement SET required_certificates = '[{"type":"AQAP_2110"}]' WHERE required_certificates LIKE '%EN_9100%'`);
    await write('DELETE FROM work_package_requirement WHERE work_package_id = 3');
    await write("UPDATE work_package SET status = 'ACCEPTED', member_id = ?, window_end = ? WHERE id = 1", [member[0], addDays(today, 90)]);
    await write(
      'INSERT INTO work_package_requirement (work_package_id, requirement_id, capability_code, hours) SELECT 2, id, capability_code, 1 FROM requirement WHERE required_certificates LIKE ?',
      ['%AQAP%'],
    );
    await write('DELETE FROM work_package WHERE id = 2');
    await write('DELETE FROM requirement WHERE id = (SELECT MIN(id) FROM requirement)'); // ISO 9001, linked to package 1
    expect(await drift()).toEqual(none);
    const needs = await q<{ wp: number; type: string; status: string; member_id: number }>(
      'SELECT work_package_id AS wp, type, status, member_id FROM work_package_need ORDER BY work_package_id, type',
    );
    expect(needs.map((n) => [Number(n.wp), n.type, n.status, Number(n.member_id)])).toEqual([
      [1, 'AQAP_2110', 'ACCEPTED', member[0]], // ISO 9001 left with its requirement
    ]);
  });

  it('counts each member’s packages in any period exactly as a plain count from the events', async () => {
    const service = t.app.get(PipelineService);
    const periods: [string, string][] = [
      [addDays(today, -364), today], // the steering default: the end edge reaches today
      [addDays(today, -200), addDays(today, -100)],
      [addDays(today, -45), addDays(today, -44)], // inside one slice: the events themselves
      ['2000-01-01', addDays(today, 365)],
      [addDays(today, -480), addDays(today, 30)], // the end edge holds future-dated events
    ];
    let seed = 99;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 25; i++) {
      const a = Math.floor(rnd() * 560) - 520;
      const b = a + Math.floor(rnd() * 400);
      periods.push([addDays(today, a), addDays(today, b)]);
    }
    const offers = offersFromEvents(await events());
    for (const [from, to] of periods) {
      const report = await service.report(SYSTEM_ACTOR, { from, to });
      const [start, end] = [osloStartOfDay(from).getTime(), osloStartOfDay(addDays(to, 1)).getTime()];
      const mine = (m: number) => offers.filter((o) => o.member === m && o.first >= start && o.first < end);
      const got = member.map((m) => {
        const row = report.members.find((x) => x.memberId === m)!;
        return [row.offered, row.accepted, row.declined, row.countered];
      });
      expect({ from, to, got }).toEqual({
        from,
        to,
        got: member.map((m) => [
          mine(m).length,
          ...['ACCEPTED', 'DECLINED', 'COUNTERED'].map((a) => mine(m).filter((o) => o.answer === a).length),
        ]),
      });
    }
  });
});

/** Each package once per firm it was offered to: first offer, and the firm's latest answer (by time, then id). */
function offersFromEvents(events: { id: number; work_package_id: number; member_id: number; at: number; kind: string }[]) {
  const answerOf: Record<string, string> = { ACCEPT: 'ACCEPTED', COUNTER_ACCEPTED: 'ACCEPTED', DECLINE: 'DECLINED', COUNTER: 'COUNTERED' };
  const pairs = new Map<string, { wp: number; member: number; first: number | null; answer: string | null; last: [number, number] }>();
  for (const e of events) {
    const key = `${Number(e.work_package_id)}:${Number(e.member_id)}`;
    const p = pairs.get(key) ?? {
      wp: Number(e.work_package_id),
      member: Number(e.member_id),
      first: null,
      answer: null,
      last: [-Infinity, -Infinity],
    };
    const [at, id] = [Number(e.at), Number(e.id)];
    if (e.kind === 'OFFERED') p.first = p.first === null ? at : Math.min(p.first, at);
    if (answerOf[e.kind] && (at > p.last[0] || (at === p.last[0] && id > p.last[1]))) {
      p.answer = answerOf[e.kind];
      p.last = [at, id];
    }
    pairs.set(key, p);
  }
  return [...pairs.values()]
    .filter((p) => p.first !== null)
    .map((p) => ({ wp: p.wp, member: p.member, first: p.first!, answer: p.answer }));
}
