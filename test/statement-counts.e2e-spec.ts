import { Role, SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { CapabilityGroup, CatalogueEntry, Certificate, CertificateType, Member, MemberCapability } from '@app/members';
import { ChangeOrder, Invoice, InvoiceKind, Milestone, Order, OrderLine, Payment, PaymentKind } from '@app/orders';
import { RoyaltyStatement, RoyaltyStatementLine, StatementStatus } from '@app/royalties';
import { Market, Tender, TenderDocument, TenderLot, TenderStage } from '@app/tenders';
import { codeOf, createTestApp, type TestApp } from './support/test-app';

/**
 * No N+1: the number of SQL statements per GraphQL request must not grow with the data.
 * Counted by the app itself (x-sql-statements), never timed.
 */
describe('SQL statements per request do not grow with the data (e2e)', () => {
  let t: TestApp;
  let token: string;
  let made = 0;

  async function addFirms(n: number): Promise<void> {
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        const k = made++;
        const m = await tx.save(
          tx.create(Member, { name: `Firm ${String(k).padStart(4, '0')} AS`, employees: 5 + (k % 90), municipality: 'Gjøvik' }),
        );
        await tx.insert(MemberCapability, [
          { memberId: m.id, code: 'CNC_5AXIS', capacityHoursPerMonth: 100 + k, hourlyRateOre: 100000 },
          { memberId: m.id, code: 'WELD_TIG_AL', capacityHoursPerMonth: 50, hourlyRateOre: null },
        ]);
        await tx.insert(Certificate, [
          { memberId: m.id, type: CertificateType.ISO_9001, issuer: 'DNV', validFrom: '2025-01-01', validUntil: '2028-01-01' },
          {
            memberId: m.id,
            type: CertificateType.AQAP_2110,
            issuer: 'FMA',
            validFrom: '2025-01-01',
            validUntil: k % 3 ? '2027-01-01' : '2026-02-01',
          },
        ]);
      }
    });
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    await t.db.transaction(async (tx) => {
      await tx.insert(CatalogueEntry, [
        { code: 'CNC_5AXIS', group: CapabilityGroup.MACHINING, nameNb: 'CNC 5-akse', nameEn: 'CNC 5-axis', defaultHourlyRateOre: 115000 },
        { code: 'WELD_TIG_AL', group: CapabilityGroup.WELDING, nameNb: 'TIG', nameEn: 'TIG', defaultHourlyRateOre: 80000 },
      ]);
    });
    await addFirms(5);
    await t.app
      .get(UsersService)
      .create(SYSTEM_ACTOR, { email: 'leader@n1.example', displayName: 'L', password: 'long-password-1', role: Role.PROJECT_LEADER });
    token = await t.login('leader@n1.example', 'long-password-1');
  });
  afterAll(() => t.close());

  const MEMBERS_DEEP = `{ members(first: 200) { totalCount nodes { id name employees employeeBand
      capabilities { code name nameNb group capacityHoursPerMonth hourlyRate { minorUnits } }
      certificates { type label expired member { name } } } } }`;

  async function statements(query: string): Promise<{ n: number; count: number }> {
    const r = await t.gql<{ members?: { totalCount: number } }>(query, undefined, token);
    expect(codeOf(r)).toBe('OK');
    return { n: r.data?.members?.totalCount ?? 0, count: r.sqlStatements };
  }

  it('members { capabilities certificates } costs the same at 5 and at 200 firms', async () => {
    const small = await statements(MEMBERS_DEEP);
    await addFirms(195);
    const large = await statements(MEMBERS_DEEP);
    expect(small.n).toBe(5);
    expect(large.n).toBe(200);
    expect(Number.isFinite(small.count)).toBe(true);
    expect(large.count).toBe(small.count);
    // auth user, count, page, capabilities, catalogue, certificates, members by id, dues bands
    expect(small.count).toBeLessThanOrEqual(8);
  });

  it('members { certificates(validOn) } is filtered from the same batch: no more statements than without validOn', async () => {
    type Nodes = { members: { nodes: { id: number; certificates: { type: string; validUntil: string }[] }[] } };
    const plain = await t.gql<Nodes>('{ members(first: 200) { nodes { id certificates { type validUntil } } } }', undefined, token);
    const valid = await t.gql<Nodes>(
      '{ members(first: 200) { nodes { id certificates(validOn: "2026-06-01") { type validUntil } } } }',
      undefined,
      token,
    );
    expect(codeOf(plain)).toBe('OK');
    expect(codeOf(valid)).toBe('OK');
    expect(valid.sqlStatements).toBe(plain.sqlStatements);
    const all = plain.data!.members.nodes.flatMap((n) => n.certificates);
    const kept = valid.data!.members.nodes.flatMap((n) => n.certificates);
    // every firm has an ISO 9001 to 2028; a third have an AQAP that ended 2026-02-01
    expect(all.length).toBe(400);
    expect(kept).toEqual(all.filter((c) => c.validUntil >= '2026-06-01'));
    expect(kept.length).toBeLessThan(all.length);
  });

  it('tenders { requirements lots documents } costs the same at 5 and at 100 tenders', async () => {
    const q =
      '{ tenders(first: 100) { totalCount nodes { id requirements { id } lots { lotKey } documents { url } cpvCodes weightedValue { minorUnits } } } }';
    const add = (n: number) =>
      t.db.transaction(async (tx) => {
        const now = new Date();
        for (let i = 0; i < n; i++) {
          const tender = await tx.save(
            tx.create(Tender, {
              title: `T${i}`,
              buyerName: 'B',
              market: Market.OTHER,
              stage: TenderStage.IDENTIFIED,
              stageChangedAt: now,
              createdAt: now,
              updatedAt: now,
              estimatedValueMinor: 100,
            }),
          );
          await tx.insert(TenderLot, { tenderId: tender.id, lotKey: '1', title: 'Lot 1' });
          await tx.insert(TenderDocument, { tenderId: tender.id, position: 0, section: 'tender', url: `https://example.org/${i}` });
        }
      });
    await add(5);
    const a = (await t.gql(q, undefined, token)).sqlStatements;
    await add(95);
    const b = (await t.gql(q, undefined, token)).sqlStatements;
    expect(Number.isFinite(a)).toBe(true);
    expect(b).toBe(a);
  });

  it('expiringCertificates { member } costs the same however many certificates match', async () => {
    const q = '{ expiringCertificates(withinDays: 3660) { label member { name employees } } }';
    const a = (await t.gql(q, undefined, token)).sqlStatements;
    await addFirms(50);
    const b = (await t.gql(q, undefined, token)).sqlStatements;
    expect(b).toBe(a);
  });

  it('orders { lines { invoices { payments } milestones } changeOrders } and royaltyStatements { lines } cost the same at 3 and 60 orders', async () => {
    const today = '2026-03-02';
    let k = 0;
    const add = (n: number) =>
      t.db.transaction(async (tx) => {
        const now = new Date();
        for (let i = 0; i < n; i++, k++) {
          const order = await tx.save(
            tx.create(Order, { buyerName: 'B', contractReference: `N1-${k}`, awardedValueMinor: 2_000, awardDate: today, createdAt: now }),
          );
          const line = await tx.save(
            tx.create(OrderLine, {
              orderId: order.id,
              memberId: 1 + (k % 5),
              description: 'L',
              valueMinor: 2_000,
              originalValueMinor: 2_000,
            }),
          );
          await tx.insert(Milestone, { orderLineId: line.id, title: 'M', plannedDate: today });
          await tx.insert(ChangeOrder, {
            orderId: order.id,
            orderLineId: line.id,
            deltaMinor: 0,
            valueAfterMinor: 2_000,
            reason: 'R',
            at: now,
          });
          const statement = await tx.save(
            tx.create(RoyaltyStatement, {
              memberId: 1 + (k % 5),
              periodLabel: `2025-${String(1 + (k % 12)).padStart(2, '0')}-${k}`,
              periodStart: '2025-01-01',
              periodEnd: '2025-01-31',
              status: StatementStatus.DRAFT,
              currency: 'NOK',
              totalMinor: 0,
              lineCount: 2,
              createdAt: now,
            }),
          );
          for (let j = 0; j < 2; j++) {
            const inv = await tx.save(
              tx.create(Invoice, {
                orderId: order.id,
                orderLineId: line.id,
                memberId: line.memberId,
                kind: InvoiceKind.INVOICE,
                number: `N1-${k}-${j}`,
                issueDate: today,
                amountMinor: 1_000,
                createdAt: now,
              }),
            );
            await tx.insert(Payment, {
              invoiceId: inv.id,
              memberId: line.memberId,
              kind: PaymentKind.PAYMENT,
              date: today,
              amountMinor: 500,
              createdAt: now,
            });
            await tx.insert(RoyaltyStatementLine, {
              statementId: statement.id,
              sourceType: 'INVOICE',
              sourceId: inv.id,
              orderId: order.id,
              orderLineId: line.id,
              eventDate: today,
              sourceAmountMinor: 1_000,
              baseMinor: 1_000,
              rateBp: 300,
              royaltyMinor: 30,
            });
          }
        }
      });
    const orders =
      '{ orders { id lines { id invoices { number outstanding { minorUnits } payments { amount { minorUnits } } } milestones { title } } changeOrders { reason } } }';
    const statementsQ = '{ royaltyStatements { id lines(first: 1) { sourceId royalty { minorUnits } } } }';
    await add(3);
    const a = await t.gql<{ orders: { changeOrders: unknown[]; lines: { invoices: { payments: unknown[] }[] }[] }[] }>(
      orders,
      undefined,
      token,
    );
    const sa = await t.gql<{ royaltyStatements: { lines: unknown[] }[] }>(statementsQ, undefined, token);
    await add(57);
    const b = await t.gql<{ orders: unknown[] }>(orders, undefined, token);
    const sb = await t.gql<{ royaltyStatements: { lines: unknown[] }[] }>(statementsQ, undefined, token);
    expect([codeOf(a), codeOf(b), codeOf(sa), codeOf(sb)]).toEqual(['OK', 'OK', 'OK', 'OK']);
    expect(a.data!.orders).toHaveLength(3);
    expect(b.data!.orders).toHaveLength(60);
    // the nested lists really came back: one change order, two invoices with a payment each
    expect(a.data!.orders[0].changeOrders).toHaveLength(1);
    expect(a.data!.orders[0].lines[0].invoices.map((i) => i.payments.length)).toEqual([1, 1]);
    expect(sb.data!.royaltyStatements).toHaveLength(60);
    // a page of one line per statement, although each has two
    expect(sb.data!.royaltyStatements.every((s) => s.lines.length === 1)).toBe(true);
    expect(Number.isFinite(a.sqlStatements)).toBe(true);
    expect(b.sqlStatements).toBe(a.sqlStatements);
    expect(sb.sqlStatements).toBe(sa.sqlStatements);
  });
});
