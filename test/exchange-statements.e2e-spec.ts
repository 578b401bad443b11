import { addDays, osloDate, Role, SYSTEM_ACTOR } from '@app/core';
import {
  AgreementStatus,
  ExchangePosting,
  ExchangeTerms,
  LoanAgreement,
  LoanHours,
  LoanHoursStatus,
  LoanResource,
  PostingKind,
  PostingStatus,
  PricingBasis,
  ServiceFeePayer,
} from '@app/exchange';
import { User, UsersService } from '@app/identity';
import { Notification } from '@app/notifications';
import { CapabilityGroup, CatalogueEntry, Certificate, CertificateType, Member, MemberCapability } from '@app/members';
import { codeOf, createTestApp, type TestApp } from './support/test-app';

/**
 * No N+1 on the exchange: the board, one need's matches, the leader's needs with their matches,
 * the agreements with their hours, and the settlement cost the same number of SQL statements with
 * 5 and with 500 rows. Counted by the app (x-sql-statements), never timed.
 */
describe('exchange: SQL statements per request do not grow with the data (e2e)', () => {
  let t: TestApp;
  let token: string;
  let poster: string; // a user of firms[0]
  let needId: number;
  const firms: number[] = [];
  const today = osloDate(new Date());
  const month = today.slice(0, 7);
  const window = { windowStart: `${month}-01`, windowEnd: addDays(today, 60) };

  async function grow(n: number): Promise<void> {
    await t.db.transaction(async (tx) => {
      const now = new Date();
      while (firms.length < n) {
        const k = firms.length;
        const name = `Exchange Firm ${String(k).padStart(4, '0')} AS`;
        const m = await tx.save(tx.create(Member, { name, sortName: name.toLowerCase(), createdAt: now, updatedAt: now }));
        firms.push(m.id);
        // one firm user each, to be told of matches
        await tx.insert(User, {
          email: `firm${k}@ex.example`,
          displayName: name,
          passwordHash: 'x',
          role: Role.FIRM_USER,
          firmId: m.id,
          createdAt: now,
        });
        await tx.insert(MemberCapability, { memberId: m.id, code: 'CNC', capacityHoursPerMonth: 100 + k, hourlyRateOre: 90000 + k });
        await tx.insert(Certificate, {
          memberId: m.id,
          type: CertificateType.AQAP_2110,
          issuer: 'FMA',
          validFrom: '2020-01-01',
          validUntil: addDays(today, 400),
        });
        const posting = {
          memberId: m.id,
          capabilityCode: 'CNC',
          resource: LoanResource.STAFF,
          hoursAgreed: 0,
          ...window,
          status: PostingStatus.OPEN,
          createdAt: now,
          updatedAt: now,
        };
        await tx.insert(ExchangePosting, [
          { ...posting, kind: PostingKind.OFFER, hours: 50 + k, certificates: '[{"type":"AQAP_2110","process":null}]' },
          { ...posting, kind: PostingKind.NEED, hours: 80, certificates: '[{"type":"AQAP_2110","process":null}]' },
        ]);
        const lender = m.id;
        const borrower = firms[0] === m.id ? m.id : firms[0];
        if (lender === borrower) continue;
        const a = await tx.save(
          tx.create(LoanAgreement, {
            lenderId: lender,
            borrowerId: borrower,
            capabilityCode: 'CNC',
            resource: LoanResource.STAFF,
            hours: 20,
            periodStart: window.windowStart,
            periodEnd: window.windowEnd,
            status: AgreementStatus.CONFIRMED,
            proposedAt: now,
            confirmedAt: now,
            termsId: 1,
            termsVersion: 1,
            termsValidFrom: '2026-01-01',
            boardDecision: 'test',
            pricingBasis: PricingBasis.COST_PLUS,
            costRateOre: 90000,
            markupBp: 1000,
            pricePerHourOre: 99000,
            nonSolicitationMonths: 6,
            serviceFeeBp: 200,
            serviceFeePaidBy: ServiceFeePayer.BORROWER,
            updatedAt: now,
          }),
        );
        await tx.insert(LoanHours, {
          agreementId: a.id,
          month,
          hours: 5,
          amountOre: 495000,
          serviceFeeOre: 9900,
          status: LoanHoursStatus.CONFIRMED,
          reportedAt: now,
          confirmedAt: now,
        });
      }
    });
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    await t.db.transaction(async (tx) => {
      await tx.insert(CatalogueEntry, {
        code: 'CNC',
        group: CapabilityGroup.MACHINING,
        nameNb: 'CNC',
        nameEn: 'CNC',
        defaultHourlyRateOre: 100000,
      });
      await tx.insert(ExchangeTerms, {
        termsVersion: 1,
        validFrom: '2026-01-01',
        markupBp: 1000,
        capabilityPrices: '{}',
        nonSolicitationMonths: 6,
        serviceFeeBp: 200,
        serviceFeePaidBy: ServiceFeePayer.BORROWER,
        boardDecision: 'test',
        recordedAt: new Date(),
      });
    });
    await grow(5);
    await t.app
      .get(UsersService)
      .create(SYSTEM_ACTOR, { email: 'leader@ex.example', displayName: 'L', password: 'long-password-1', role: Role.PROJECT_LEADER });
    token = await t.login('leader@ex.example', 'long-password-1');
    await t.app.get(UsersService).create(SYSTEM_ACTOR, {
      email: 'poster@ex.example',
      displayName: 'P',
      password: 'long-password-1',
      role: Role.FIRM_USER,
      firmId: firms[0],
    });
    poster = await t.login('poster@ex.example', 'long-password-1');
    needId = await t.db.read(async (em) => (await em.findOneByOrFail(ExchangePosting, { memberId: firms[0], kind: PostingKind.NEED })).id);
  });
  afterAll(() => t.close());

  const QUERIES: Record<string, { query: () => string; count: (d: Record<string, unknown>) => number }> = {
    board: {
      query: () =>
        '{ exchangeBoard(first: 500) { totalCount nodes { id hours state certificates { label } member { name } capability { nameNb } } } }',
      count: (d) => (d.exchangeBoard as { nodes: unknown[] }).nodes.length,
    },
    matches: {
      query: () =>
        `{ exchangeMatches(needId: ${needId}, first: 100) { rank source availableHours member { name } offer { id hoursOpen member { name } } indicativePricePerHour { minorUnits } } }`,
      count: (d) => (d.exchangeMatches as unknown[]).length,
    },
    needsWithMatches: {
      query: () => '{ exchangeNeeds(first: 200) { totalCount nodes { id capabilityCode matches { rank member { name } offer { id } } } } }',
      count: (d) => (d.exchangeNeeds as { nodes: unknown[] }).nodes.length,
    },
    agreements: {
      query: () =>
        '{ loanAgreements { id lender { name } borrower { name } capability { nameEn } pricePerHour { minorUnits } hoursReports { month amount { minorUnits } } } }',
      count: (d) => (d.loanAgreements as unknown[]).length,
    },
    settlement: {
      query: () =>
        `{ exchangeSettlement(period: "${month}") { lines { lender { name } borrower { name } amount { minorUnits } } balances { debtor { name } creditor { name } amount { minorUnits } } fees { member { name } amount { minorUnits } } } }`,
      count: (d) => (d.exchangeSettlement as { lines: unknown[] }).lines.length,
    },
  };

  async function measure(): Promise<Record<string, { rows: number; statements: number }>> {
    const out: Record<string, { rows: number; statements: number }> = {};
    for (const [name, q] of Object.entries(QUERIES)) {
      const r = await t.gql<Record<string, unknown>>(q.query(), undefined, token);
      expect({ name, code: codeOf(r), errors: r.errors }).toEqual({ name, code: 'OK', errors: undefined });
      out[name] = { rows: q.count(r.data!), statements: r.sqlStatements };
    }
    return out;
  }

  /** Posts an offer and a need for firms[0]; each tells every other firm whose posting it matches. */
  async function postBoth(): Promise<{ offer: number; need: number }> {
    const out = { offer: NaN, need: NaN };
    for (const kind of ['Offer', 'Need'] as const) {
      const r = await t.gql(
        `mutation($i: PostExchange${kind}Input!) { postExchange${kind}(input: $i) { id } }`,
        { i: { capabilityCode: 'CNC', resource: 'STAFF', hours: 40, ...window } },
        poster,
      );
      expect(r.errors).toBeUndefined();
      out[kind === 'Offer' ? 'offer' : 'need'] = r.sqlStatements;
    }
    return out;
  }
  const told = (kind: string) => t.db.read((em) => em.countBy(Notification, { kind }));

  // it writes 500 postings, firms and agreements itself, so its time limit is generous for a busy
  // machine (a guard against a hang, not a timing)
  it('costs the same number of statements with 5 and with 500 postings, firms and agreements', async () => {
    const small = await measure();
    const smallPost = await postBoth();
    // the offer matches the other 4 firms' needs, the need the other 4 firms' offers
    expect([await told('EXCHANGE_OFFER_MATCHES_NEED'), await told('EXCHANGE_NEED_MATCHES_OFFER')]).toEqual([4, 4]);
    await grow(500);
    const large = await measure();
    const largePost = await postBoth();
    // 495 more firms told of the second offer (the first 4 already heard of firms[0]'s offers), all 499 of the new need
    expect([await told('EXCHANGE_OFFER_MATCHES_NEED'), await told('EXCHANGE_NEED_MATCHES_OFFER')]).toEqual([499, 503]);
    expect(Number.isFinite(smallPost.offer)).toBe(true);
    expect(largePost).toEqual(smallPost);
    expect(small.board.rows).toBe(10);
    expect(large.board.rows).toBe(500); // the first page of 1000 postings
    expect(large.matches.rows).toBe(100); // the first 100 of 499 matching offers
    expect(small.matches.rows).toBe(4);
    expect(large.needsWithMatches.rows).toBe(200); // the largest page the query-cost limit allows with nested matches
    expect(large.agreements.rows).toBe(499);
    expect(large.settlement.rows).toBe(499);
    for (const name of Object.keys(QUERIES)) {
      expect(Number.isFinite(small[name].statements)).toBe(true);
      expect({ name, statements: large[name].statements }).toEqual({ name, statements: small[name].statements });
    }
    // user, need, open offers, capability holders, capacities, accepted packages, loans, certificates,
    // terms, rates and catalogue (the leader's indicative price), members, offers: 13 at any size
    expect(small.matches.statements).toBe(13);
  }, 180_000);
});
