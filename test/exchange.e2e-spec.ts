import { addDays, AuditRecord, osloDate } from '@app/core';
import { LoanAgreement } from '@app/exchange';
import { CapabilityGroup, CatalogueEntry, Certificate, CertificateType, Member, MemberCapability } from '@app/members';
import { Market, Requirement, Tender, TenderStage } from '@app/tenders';
import { flat, pdfPageCount, pdfText } from '../libs/brochures/src/pdf/testing/pdf-tools';
import { firmUserToken, memberByName } from './support/story';
import { codeOf, createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';

/**
 * The capacity exchange over GraphQL, as the firms and the project leader use it: postings, the
 * ranked matches, agreements on the common terms, hours, the settlement to the øre, the
 * agreement PDF, borrowed capacity in the consortium solver, the row-level rules and the race
 * between two confirmations that together exceed an offer.
 */

const CODE = 'EXCH_CNC';
const SOLVER_CODE = 'EXCH_ANODISE';

const today = osloDate(new Date());
const firstOfMonth = (d: string) => `${d.slice(0, 7)}-01`;
const thisMonth = today.slice(0, 7);
const prevMonth = addDays(firstOfMonth(today), -1).slice(0, 7);
const nextMonthFirst = addDays(`${thisMonth}-28`, 5).slice(0, 7) + '-01';
const nextMonthLast = addDays(addDays(`${nextMonthFirst.slice(0, 7)}-28`, 5).slice(0, 7) + '-01', -1);
/** The loans run from the first day of last month to the last day of next month, so hours of two past months can be reported. */
const PERIOD = { start: `${prevMonth}-01`, end: nextMonthLast };

function ok<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

const POSTING = `id kind memberId capabilityCode resource hours hoursAgreed hoursOpen windowStart windowEnd state note orderLineId
  certificates { type label } member { id name }`;
const AGREEMENT = `id status lenderId borrowerId offerId needId hours periodStart periodEnd termsVersion pricingBasis markupBp
  nonSolicitationMonths nonSolicitationUntil serviceFeeBp pricePerHour { minorUnits decimal } agreedAmount { minorUnits }
  costRate { minorUnits } lenderConfirmedAt borrowerConfirmedAt confirmedAt reason
  hoursReports { id month hours status amount { minorUnits } serviceFee { minorUnits } }`;

describe('capacity exchange (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let tokA: string; // Nammo Raufoss AS: lends
  let tokB: string; // Sagstuen AS: borrows
  let tokC: string; // a third firm
  let A: number;
  let B: number;
  let C: number;
  let cName: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(USERS.admin.email);
    leader = await t.login(USERS.leader.email);
    tokA = await t.login(USERS.firmA.email);
    tokB = await t.login(USERS.firmB.email);
    A = (await memberByName(t, 'Nammo Raufoss AS')).id;
    B = (await memberByName(t, 'Sagstuen AS')).id;
    const third = await t.db.read((em) =>
      em
        .createQueryBuilder(Member, 'm')
        .where('m.id NOT IN (:...ids)', { ids: [A, B] })
        .orderBy('m.id')
        .getOneOrFail(),
    );
    C = third.id;
    cName = third.name;
    tokC = await firmUserToken(t, cName);
    await t.db.transaction(async (tx) => {
      await tx.insert(CatalogueEntry, [
        {
          code: CODE,
          group: CapabilityGroup.MACHINING,
          nameNb: 'CNC-fresing (test)',
          nameEn: 'CNC milling (test)',
          defaultHourlyRateOre: 90000,
        },
        {
          code: SOLVER_CODE,
          group: CapabilityGroup.SURFACE_TREATMENT,
          nameNb: 'Anodisering (test)',
          nameEn: 'Anodising (test)',
          defaultHourlyRateOre: 70000,
        },
      ]);
      // A's cost rate 875,50 kr/h; B 720 kr/h; C 800 kr/h
      await tx.insert(MemberCapability, [
        { memberId: A, code: CODE, capacityHoursPerMonth: 400, hourlyRateOre: 87550 },
        { memberId: B, code: CODE, capacityHoursPerMonth: 100, hourlyRateOre: 72000 },
        { memberId: C, code: CODE, capacityHoursPerMonth: 0, hourlyRateOre: 80000 },
        { memberId: A, code: SOLVER_CODE, capacityHoursPerMonth: 200, hourlyRateOre: 70000 },
        { memberId: B, code: SOLVER_CODE, capacityHoursPerMonth: 150, hourlyRateOre: 65000 },
      ]);
      const cert = { type: CertificateType.AQAP_2110, issuer: 'FMA', validFrom: '2020-01-01' };
      await tx.insert(Certificate, [
        { ...cert, memberId: A, validUntil: addDays(today, 900) },
        { ...cert, memberId: C, validUntil: addDays(today, 900) },
      ]);
    });
  });
  afterAll(() => t.close());

  const recordTerms = (token: string, input: Record<string, unknown>) =>
    t.gql<{ recordExchangeTerms: { version: number; validFrom: string } }>(
      'mutation($i: RecordExchangeTermsInput!) { recordExchangeTerms(input: $i) { version validFrom markupBp capabilityPrices { code pricePerHour { minorUnits } } } }',
      { i: input },
      token,
    );
  const post = (kind: 'Offer' | 'Need', input: Record<string, unknown>, token: string) =>
    t.gql<Record<string, { id: number }>>(
      `mutation($i: PostExchange${kind}Input!) { p: postExchange${kind}(input: $i) { ${POSTING} } }`,
      { i: input },
      token,
    );
  const propose = (input: Record<string, unknown>, token: string) =>
    t.gql<{ p: { id: number; status: string } }>(
      `mutation($i: ProposeLoanAgreementInput!) { p: proposeLoanAgreement(input: $i) { ${AGREEMENT} } }`,
      { i: input },
      token,
    );
  const confirm = (id: number, token: string) =>
    t.gql<{ c: { id: number; status: string } }>(
      `mutation($id: Int!) { c: confirmLoanAgreement(id: $id) { ${AGREEMENT} } }`,
      { id },
      token,
    );
  const agreement = (id: number, token: string) =>
    t.gql<{ a: Record<string, unknown> & { hoursReports: { id: number; month: string; status: string }[] } }>(
      `query($id: Int!) { a: loanAgreement(id: $id) { ${AGREEMENT} } }`,
      { id },
      token,
    );
  const matches = (needId: number, token: string) =>
    t.gql<{
      m: {
        rank: number;
        source: string;
        memberId: number;
        postingId: number | null;
        availableHours: number | null;
        coveredHours: number | null;
        coversFully: boolean;
        certificates: string[];
        member: { name: string };
        indicativePricePerHour: { minorUnits: string } | null;
      }[];
    }>(
      'query($id: Int!) { m: exchangeMatches(needId: $id) { rank source memberId postingId availableHours coveredHours coversFully certificates member { name } indicativePricePerHour { minorUnits } } }',
      { id: needId },
      token,
    );
  const report = (agreementId: number, month: string, hours: number, token: string) =>
    t.gql<{ r: { id: number; amount: { minorUnits: string }; serviceFee: { minorUnits: string }; status: string } }>(
      'mutation($i: ReportLoanHoursInput!) { r: reportLoanHours(input: $i) { id month hours status amount { minorUnits } serviceFee { minorUnits } } }',
      { i: { agreementId, month, hours } },
      token,
    );
  const answer = (id: number, token: string, reject?: string) =>
    reject
      ? t.gql<{ r: { status: string } }>(
          'mutation($id: Int!, $r: String!) { r: rejectLoanHours(id: $id, reason: $r) { status rejectReason } }',
          { id, r: reject },
          token,
        )
      : t.gql<{ r: { status: string } }>('mutation($id: Int!) { r: confirmLoanHours(id: $id) { status } }', { id }, token);

  let offerA: number;
  let offerC: number;
  let needB: number;
  let loanAB: number;

  it('records versioned common terms (the administrator), and refuses bad terms with the fields named', async () => {
    const bad = await recordTerms(admin, { validFrom: today, markupBp: -5, nonSolicitationMonths: 6, boardDecision: '  ' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors![0].extensions.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['boardDecision', 'markupBp']);
    const nullFee = await recordTerms(admin, {
      validFrom: today,
      markupBp: 1,
      nonSolicitationMonths: 6,
      serviceFeeBp: null,
      boardDecision: 'x',
    });
    expect(codeOf(nullFee)).toBe('BAD_USER_INPUT');
    expect(codeOf(await recordTerms(leader, { validFrom: today, markupBp: 1, nonSolicitationMonths: 6, boardDecision: 'x' }))).toBe(
      'FORBIDDEN',
    );
    const v2 = ok(
      await recordTerms(admin, {
        validFrom: today,
        markupBp: 1250,
        nonSolicitationMonths: 6,
        serviceFeeBp: 250,
        serviceFeePaidBy: 'BORROWER',
        boardDecision: 'Styrevedtak sak 14/26',
        capabilityPrices: [{ code: 'WELD_TIG_AL', pricePerHour: { minorUnits: '95000' } }],
      }),
    ).recordExchangeTerms;
    expect(v2.version).toBe(2); // the demo seed recorded version 1
    const earlier = await recordTerms(admin, { validFrom: '2006-01-01', markupBp: 1, nonSolicitationMonths: 6, boardDecision: 'x' });
    expect(codeOf(earlier)).toBe('BAD_USER_INPUT');
    const inForce = ok(
      await t.gql<{ exchangeTerms: { version: number; markupBp: number } }>('{ exchangeTerms { version markupBp } }', {}, tokB),
    );
    expect(inForce.exchangeTerms).toEqual({ version: 2, markupBp: 1250 });
  });

  it('posts offers and a need for the own firm; every member sees the board, without rates; a firm cannot post for another', async () => {
    const window = { windowStart: PERIOD.start, windowEnd: PERIOD.end };
    offerA = ok(
      await post(
        'Offer',
        { capabilityCode: CODE, resource: 'STAFF', hours: 150, ...window, certificates: [{ type: 'AQAP_2110' }], note: null },
        tokA,
      ),
    ).p.id;
    offerC = ok(
      await post('Offer', { capabilityCode: CODE, resource: 'STAFF', hours: 60, ...window, certificates: [{ type: 'AQAP_2110' }] }, tokC),
    ).p.id;
    const forOther = await post('Offer', { memberId: B, capabilityCode: CODE, resource: 'STAFF', hours: 10, ...window }, tokA);
    expect(codeOf(forOther)).toBe('FORBIDDEN');
    expect(forOther.errors![0].extensions.details).toMatchObject({ reason: 'NOT_YOUR_FIRM' });
    const noCapability = await post('Offer', { capabilityCode: SOLVER_CODE, resource: 'MACHINE', hours: 10, ...window }, tokC);
    expect(codeOf(noCapability)).toBe('BAD_USER_INPUT');
    const backwards = await post(
      'Need',
      { capabilityCode: CODE, resource: 'STAFF', hours: 10, windowStart: PERIOD.end, windowEnd: PERIOD.start },
      tokB,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const leaderNoFirm = await post('Need', { capabilityCode: CODE, resource: 'STAFF', hours: 10, ...window }, leader);
    expect(codeOf(leaderNoFirm)).toBe('BAD_USER_INPUT');

    needB = ok(
      await post('Need', { capabilityCode: CODE, resource: 'STAFF', hours: 120, ...window, certificates: [{ type: 'AQAP_2110' }] }, tokB),
    ).p.id;

    const board = ok(
      await t.gql<{
        exchangeBoard: {
          totalCount: number;
          nodes: { id: number; kind: string; member: { name: string }; hours: number; state: string; orderLineId: number | null }[];
        };
      }>(
        `query($f: ExchangeBoardFilter) { exchangeBoard(filter: $f) { totalCount nodes { ${POSTING} } } }`,
        { f: { capabilityCode: CODE } },
        tokC,
      ),
    ).exchangeBoard;
    expect(board.nodes.map((n) => n.id)).toEqual([needB, offerC, offerA]);
    expect(board.nodes.find((n) => n.id === offerA)).toMatchObject({
      kind: 'OFFER',
      hours: 150,
      state: 'OPEN',
      member: { name: 'Nammo Raufoss AS' },
    });
    // nothing on a posting can carry a rate or a price
    const fields = ok(
      await t.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "ExchangePosting") { fields { name } } }', {}, tokC),
    );
    expect(fields.__type.fields.map((f) => f.name).filter((n) => /rate|price|cost/i.test(n))).toEqual([]);
  });

  it('notifies the firm with a matching offer, in its language (Norwegian)', async () => {
    const mine = ok(
      await t.gql<{ myNotifications: { kind: string; subject: string; body: string }[] }>(
        '{ myNotifications { kind subject body } }',
        {},
        tokA,
      ),
    );
    const n = mine.myNotifications.find((x) => x.kind === 'EXCHANGE_NEED_MATCHES_OFFER');
    expect(n?.subject).toContain('Et behov passer tilbudet ditt');
    expect(n?.subject).not.toContain('A need matches your offer');
    expect(n?.body).toContain(`Tilbudet ditt ${offerA} passer`);
  });

  it('ranks the firm that covers the whole need first; a firm sees no other firm’s registered hours; others cannot read the matches', async () => {
    const asB = ok(await matches(needB, tokB)).m;
    expect(asB.map((m) => [m.rank, m.source, m.memberId, m.postingId])).toEqual([
      [1, 'OFFER', A, offerA],
      [2, 'OFFER', C, offerC],
    ]);
    expect(asB[0]).toMatchObject({ coversFully: true, coveredHours: 120, certificates: ['AQAP 2110'], indicativePricePerHour: null });
    expect(asB[1]).toMatchObject({ coversFully: false, coveredHours: 60 });
    // B's own registered capacity is not a match for B; C has no free capacity (0 h/month)
    expect(asB.some((m) => m.source === 'CAPACITY')).toBe(false);
    const asLeader = ok(await matches(needB, leader)).m;
    // 875,50 + 12,5 % = 984,9375 → 984,94 kr
    expect(asLeader[0].indicativePricePerHour).toEqual({ minorUnits: '98494' });
    expect(codeOf(await matches(needB, tokC))).toBe('NOT_FOUND');
  });

  it('the leader sees every need with its best matches', async () => {
    const r = ok(
      await t.gql<{ exchangeNeeds: { nodes: { id: number; matches: { memberId: number }[] }[] } }>(
        `{ exchangeNeeds(first: 50, capabilityCode: "${CODE}") { nodes { id matches { rank memberId member { name } offer { id hoursOpen } } } } }`,
        {},
        leader,
      ),
    ).exchangeNeeds;
    expect(r.nodes).toEqual([{ id: needB, matches: [expect.objectContaining({ memberId: A }), expect.objectContaining({ memberId: C })] }]);
    expect(codeOf(await t.gql('{ exchangeNeeds { totalCount } }', {}, tokB))).toBe('FORBIDDEN');
  });

  it('an expired certificate removes an offer from the matches', async () => {
    const cert = await t.db.read((em) => em.findOneByOrFail(Certificate, { memberId: C, type: CertificateType.AQAP_2110 }));
    const lapse = await t.gql(
      'mutation($i: UpdateCertificateInput!) { updateCertificate(input: $i) { id validUntil } }',
      { i: { id: cert.id, validUntil: addDays(PERIOD.end, -3) } },
      tokC,
    );
    expect(codeOf(lapse)).toBe('OK');
    expect(ok(await matches(needB, tokB)).m.map((m) => m.memberId)).toEqual([A]);
  });

  it('proposes on the terms in force (price copied), the other firm confirms, and the hours move capacity', async () => {
    // B proposes to borrow 100 h from A's offer for its need: B's own side is confirmed by proposing
    const p = ok(await propose({ offerId: offerA, needId: needB, hours: 100, periodStart: PERIOD.start, periodEnd: PERIOD.end }, tokB))
      .p as Record<string, unknown>;
    loanAB = p.id as number;
    expect(p).toMatchObject({
      status: 'PROPOSED',
      lenderId: A,
      borrowerId: B,
      termsVersion: 2,
      pricingBasis: 'COST_PLUS',
      markupBp: 1250,
      nonSolicitationMonths: 6,
      serviceFeeBp: 250,
      pricePerHour: { minorUnits: '98494', decimal: '984.94' },
      agreedAmount: { minorUnits: '9849400' },
      costRate: null, // the borrower never sees the lender's cost rate
      lenderConfirmedAt: null,
    });
    expect(p.borrowerConfirmedAt).not.toBeNull();
    expect(codeOf(await confirm(loanAB, tokB))).toBe('CONFLICT'); // already confirmed its side
    expect(codeOf(await confirm(loanAB, tokC))).toBe('NOT_FOUND'); // not C's agreement
    expect(codeOf(await confirm(loanAB, leader))).toBe('FORBIDDEN'); // only the firms confirm
    expect(codeOf(await agreement(loanAB, tokC))).toBe('NOT_FOUND');

    const before = await capacity(A, tokA);
    const c = ok(await confirm(loanAB, tokA)).c as Record<string, unknown>;
    expect(c).toMatchObject({ status: 'CONFIRMED', costRate: { minorUnits: '87550' } });
    const after = await capacity(A, tokA);
    expect(after.lentHours - before.lentHours).toBe(100);
    expect(after.freeHours).toBe(before.freeHours - 100);
    expect((await capacity(B, tokB)).borrowedHours).toBe(100);
    // the later terms change nothing on the agreement
    ok(await recordTerms(admin, { validFrom: today, markupBp: 5000, nonSolicitationMonths: 24, boardDecision: 'Styrevedtak sak 20/26' }));
    expect(ok(await agreement(loanAB, tokB)).a).toMatchObject({ termsVersion: 2, markupBp: 1250, pricePerHour: { minorUnits: '98494' } });
    const offer = ok(
      await t.gql<{ exchangePosting: { hoursAgreed: number; hoursOpen: number } }>(
        `{ exchangePosting(id: ${offerA}) { hoursAgreed hoursOpen } }`,
        {},
        tokC,
      ),
    );
    expect(offer.exchangePosting).toEqual({ hoursAgreed: 100, hoursOpen: 50 });
    const trail = await t.db.read((em) =>
      em.find(AuditRecord, { where: { entityType: 'LoanAgreement', entityId: String(loanAB) }, order: { id: 'ASC' } }),
    );
    expect(trail.map((r) => r.action)).toEqual(['proposeLoanAgreement', 'confirmLoanAgreement']);
  });

  async function capacity(memberId: number, token: string) {
    return ok(
      await t.gql<{ memberCapacity: { freeHours: number; lentHours: number; borrowedHours: number; committedHours: number } }>(
        `{ memberCapacity(memberId: ${memberId}, code: "${CODE}", from: "${PERIOD.start}", to: "${PERIOD.end}") { freeHours lentHours borrowedHours committedHours } }`,
        {},
        token,
      ),
    ).memberCapacity;
  }

  let reverseLoan: number;

  it('reports and confirms hours; the settlement is exact to the øre, netted per pair, with the fees', async () => {
    // B borrowed from A at 984,94 kr/h: 37 h last month, 41 h this month
    const r1 = ok(await report(loanAB, prevMonth, 37, tokB)).r;
    expect(r1).toMatchObject({ status: 'REPORTED', amount: { minorUnits: '3644278' }, serviceFee: { minorUnits: '91107' } }); // 37 × 98 494; 2,5 % = 91 106,95 → 91 107
    expect(codeOf(await report(loanAB, prevMonth, 37, tokA))).toBe('FORBIDDEN'); // the lender does not report
    expect(codeOf(await answer(r1.id, tokB))).toBe('FORBIDDEN'); // the borrower does not confirm
    ok(await answer(r1.id, tokA));
    const r2 = ok(await report(loanAB, thisMonth, 40, tokB)).r;
    expect(ok(await answer(r2.id, tokA, 'Timelistene viser 41')).r.status).toBe('REJECTED');
    const r2b = ok(await report(loanAB, thisMonth, 41, tokB)).r;
    expect(r2b).toMatchObject({ id: r2.id, amount: { minorUnits: '4038254' }, serviceFee: { minorUnits: '100956' } }); // 2,5 % of 4 038 254 = 100 956,35
    ok(await answer(r2b.id, tokA));
    const tooMany = await report(loanAB, thisMonth, 64, tokB); // 37 + 64 > 100
    expect(codeOf(tooMany)).toBe('CONFLICT'); // the month is confirmed already
    expect(codeOf(await report(loanAB, nextMonthFirst.slice(0, 7), 5, tokB))).toBe('BAD_USER_INPUT'); // not started yet

    // the other way: the leader proposes that B lends A 20 h of its registered capacity (no offer)
    const rev = ok(
      await propose(
        {
          lenderId: B,
          borrowerId: A,
          capabilityCode: CODE,
          resource: 'STAFF',
          hours: 20,
          periodStart: PERIOD.start,
          periodEnd: PERIOD.end,
        },
        leader,
      ),
    ).p as Record<string, unknown>;
    reverseLoan = rev.id as number;
    // on version 3 of the terms (markup 50 %, no fee): 720 kr + 360 kr = 1 080 kr per hour
    expect(rev).toMatchObject({
      pricePerHour: { minorUnits: '108000' },
      lenderConfirmedAt: null,
      borrowerConfirmedAt: null,
      termsVersion: 3,
      serviceFeeBp: 0,
    });
  });

  it('settles the period exactly: lines, net balance per pair of firms, fees, and CSV in the user’s format', async () => {
    // the reverse loan comes into force when both firms confirm (it fits B's free registered capacity)
    expect(ok(await confirm(reverseLoan, tokA)).c.status).toBe('PROPOSED');
    expect(ok(await confirm(reverseLoan, tokB)).c.status).toBe('CONFIRMED');
    const h = ok(await report(reverseLoan, thisMonth, 10, tokA)).r;
    expect(h.amount).toEqual({ minorUnits: '1080000' }); // 10 × 108 000
    ok(await answer(h.id, tokB));

    const SETTLEMENT = `query($p: String!) { s: exchangeSettlement(period: $p) { period totalAmount { minorUnits } totalFees { minorUnits }
      lines { agreementId month hours lender { name } borrower { name } pricePerHour { minorUnits } amount { minorUnits } serviceFee { minorUnits } }
      balances { debtor { id } creditor { id } amount { minorUnits } debtorToCreditor { minorUnits } creditorToDebtor { minorUnits } }
      fees { member { id } amount { minorUnits } } } }`;
    type S = {
      s: {
        totalAmount: { minorUnits: string };
        totalFees: { minorUnits: string };
        lines: { agreementId: number; month: string; hours: number; amount: { minorUnits: string } }[];
        balances: {
          debtor: { id: number };
          creditor: { id: number };
          amount: { minorUnits: string };
          debtorToCreditor: { minorUnits: string };
          creditorToDebtor: { minorUnits: string };
        }[];
        fees: { member: { id: number }; amount: { minorUnits: string } }[];
      };
    };
    // This month, by hand: B used 41 h of A at 984,94 = 40 382,54 kr; A used 10 h of B at 1 080,00 = 10 800,00 kr.
    // B owes A 40 382,54 − 10 800,00 = 29 582,54 kr. Fees: B pays 2,5 % of 40 382,54 = 1 009,5635 → 1 009,56 kr;
    // the reverse loan was made on terms version 3, which has no fee.
    const now = ok(await t.gql<S>(SETTLEMENT, { p: thisMonth }, leader)).s;
    expect(now.lines.map((l) => [l.agreementId, l.hours, l.amount.minorUnits])).toEqual([
      [loanAB, 41, '4038254'],
      [reverseLoan, 10, '1080000'],
    ]);
    expect(now.balances).toEqual([
      {
        debtor: { id: B },
        creditor: { id: A },
        amount: { minorUnits: '2958254' },
        debtorToCreditor: { minorUnits: '4038254' },
        creditorToDebtor: { minorUnits: '1080000' },
      },
    ]);
    expect(now.fees).toEqual([{ member: { id: B }, amount: { minorUnits: '100956' } }]);
    expect(now.totalAmount).toEqual({ minorUnits: '5118254' });
    expect(now.totalFees).toEqual({ minorUnits: '100956' });
    // last month: only B's 37 h: 36 442,78 kr, fee 911,07 kr
    const last = ok(await t.gql<S>(SETTLEMENT, { p: prevMonth }, leader)).s;
    expect(last.balances.map((b) => [b.debtor.id, b.creditor.id, b.amount.minorUnits])).toEqual([[B, A, '3644278']]);
    expect(last.fees).toEqual([{ member: { id: B }, amount: { minorUnits: '91107' } }]);

    // a third firm sees none of it; a party sees its own part
    const asC = ok(await t.gql<S>(SETTLEMENT, { p: thisMonth }, tokC)).s;
    expect([asC.lines.length, asC.balances.length, asC.fees.length]).toEqual([0, 0, 0]);
    const asA = ok(await t.gql<S>(SETTLEMENT, { p: thisMonth }, tokA)).s;
    expect(asA.lines).toHaveLength(2);
    expect(asA.fees).toEqual([]); // A pays no fee; B's fee is B's business
    expect(codeOf(await t.gql(SETTLEMENT, { p: '2026-13' }, leader))).toBe('BAD_USER_INPUT');

    const csvNb = ok(
      await t.gql<{ e: string }>('query($p: String!) { e: exchangeSettlementExport(period: $p) }', { p: thisMonth }, tokB),
    ).e;
    expect(csvNb.charCodeAt(0)).toBe(0xfeff);
    const rows = csvNb.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe(
      'del;periode;avtale;måned;skyldner;skyldner_orgnr;kreditor;kreditor_orgnr;kompetanse;timer;pris_per_time_nok;beløp_nok;serviceavgift_nok',
    );
    expect(rows).toContain(
      `SALDO;${thisMonth};;;Sagstuen AS;${(await memberByName(t, 'Sagstuen AS')).orgNumber ?? ''};Nammo Raufoss AS;${(await memberByName(t, 'Nammo Raufoss AS')).orgNumber ?? ''};;;;29582,54;`,
    );
    expect(rows.some((r) => r.startsWith('AVGIFT;') && r.endsWith(';1009,56;'))).toBe(true);
    const csvEn = ok(
      await t.gql<{ e: string }>('query($p: String!) { e: exchangeSettlementExport(period: $p, format: EN) }', { p: thisMonth }, tokB),
    ).e;
    expect(csvEn.charCodeAt(0)).not.toBe(0xfeff);
    expect(csvEn).toContain(',29582.54,');
  });

  it('prints the agreement as one page in nb and en, with both firms, the terms and the non-solicitation clause', async () => {
    const get = (id: number, token: string, lang = 'nb') =>
      t.http
        .get(`/exchange/agreements/${id}.pdf?language=${lang}`)
        .set('authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
    const nb = await get(loanAB, tokB);
    expect(nb.status).toBe(200);
    expect(nb.headers['content-type']).toBe('application/pdf');
    const pdf = nb.body as Buffer;
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = flat(await pdfText(pdf));
    for (const s of [
      `Låneavtale nr. ${loanAB}`,
      'Nammo Raufoss AS',
      'Sagstuen AS',
      'UTLÅNER',
      'INNLÅNER',
      'CNC-fresing (test)',
      '100 timer',
      'kr 984,94',
      'kr 98 494,00', // agreed amount 100 × 984,94
      'Versjon 2',
      'Styrevedtak sak 14/26',
      'tillegg på 12,5 %',
      'Ikke-rekruttering',
      'i 6 måneder etter',
      'FOR UTLÅNER',
      `Bekreftet i TotAl-Fly ${today} av firma@nammo.example`,
      'Underskrift',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('875,50'); // the lender's cost rate is never printed
    const en = flat(await pdfText((await get(loanAB, tokA, 'en')).body as Buffer));
    for (const s of [`Loan agreement no. ${loanAB}`, 'LENDER', 'BORROWER', 'Non-solicitation', 'for 6 months after it ends', 'NOK 984.94'])
      expect(en).toContain(s);
    // the same agreement gives the same bytes
    expect(((await get(loanAB, tokB)).body as Buffer).equals(pdf)).toBe(true);
    expect((await get(loanAB, tokC)).status).toBe(404);
    expect((await get(loanAB, tokB, 'de')).status).toBe(400);
  });

  it('of two agreements that together exceed an offer, confirmed at the same time, exactly one comes into force', async () => {
    const offer = ok(
      await post(
        'Offer',
        { capabilityCode: CODE, resource: 'MACHINE', hours: 100, windowStart: PERIOD.start, windowEnd: PERIOD.end },
        tokA,
      ),
    ).p.id;
    const one = ok(await propose({ offerId: offer, borrowerId: B, hours: 60, periodStart: PERIOD.start, periodEnd: PERIOD.end }, tokB)).p
      .id;
    const two = ok(await propose({ offerId: offer, borrowerId: C, hours: 60, periodStart: PERIOD.start, periodEnd: PERIOD.end }, tokC)).p
      .id;
    const results = await Promise.all([confirm(one, tokA), confirm(two, tokA)]);
    const codes = results.map(codeOf).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const loser = results.find((r) => codeOf(r) === 'CONFLICT')!;
    expect(loser.errors![0].extensions.details).toMatchObject({ reason: 'OFFER_HOURS_TAKEN', hoursLeft: 40 });
    const states = await Promise.all([agreement(one, leader), agreement(two, leader)]);
    expect(states.map((s) => ok(s).a.status).sort()).toEqual(['CONFIRMED', 'PROPOSED']);
    const left = ok(
      await t.gql<{ exchangePosting: { hoursAgreed: number } }>(`{ exchangePosting(id: ${offer}) { hoursAgreed } }`, {}, tokB),
    );
    expect(left.exchangePosting.hoursAgreed).toBe(60);
    // the loser can still be declined, with a reason, and the winner cancelled, which frees the hours
    const loserId = codeOf(results[0]) === 'CONFLICT' ? one : two;
    const winnerId = loserId === one ? two : one;
    expect(codeOf(await t.gql('mutation { declineLoanAgreement(id: ' + loserId + ', reason: " ") { id } }', {}, tokA))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      ok(
        await t.gql<{ d: { status: string; reason: string } }>(
          `mutation { d: declineLoanAgreement(id: ${loserId}, reason: "Kapasiteten er tatt") { status reason } }`,
          {},
          tokA,
        ),
      ).d,
    ).toEqual({
      status: 'DECLINED',
      reason: 'Kapasiteten er tatt',
    });
    ok(await t.gql(`mutation { cancelLoanAgreement(id: ${winnerId}, reason: "Ordren ble flyttet") { id } }`, {}, leader));
    expect(
      ok(await t.gql<{ exchangePosting: { hoursAgreed: number } }>(`{ exchangePosting(id: ${offer}) { hoursAgreed } }`, {}, tokB))
        .exchangePosting.hoursAgreed,
    ).toBe(0);
  });

  it('of two loans without an offer that together exceed the lender’s free registered capacity, confirmed at the same time, exactly one comes into force', async () => {
    // A registers 100 h a month of RACE_CODE and has nothing committed in next month: 100 h free
    const RACE_CODE = 'EXCH_RACE_WELD';
    await t.db.transaction(async (tx) => {
      await tx.insert(CatalogueEntry, {
        code: RACE_CODE,
        group: CapabilityGroup.MACHINING,
        nameNb: 'Sveising (kappløp)',
        nameEn: 'Welding (race)',
        defaultHourlyRateOre: 80000,
      });
      await tx.insert(MemberCapability, { memberId: A, code: RACE_CODE, capacityHoursPerMonth: 100, hourlyRateOre: 80000 });
    });
    const period = { periodStart: nextMonthFirst, periodEnd: nextMonthLast };
    const free = async () =>
      ok(
        await t.gql<{ memberCapacity: { freeHours: number } }>(
          'query($m: Int!, $c: String!, $f: LocalDate!, $t: LocalDate!) { memberCapacity(memberId: $m, code: $c, from: $f, to: $t) { freeHours } }',
          { m: A, c: RACE_CODE, f: period.periodStart, t: period.periodEnd },
          tokA,
        ),
      ).memberCapacity.freeHours;
    expect(await free()).toBe(100);
    // each borrower proposes 70 h from A's registered capacity (no offer): each alone fits, both do not
    const one = ok(await propose({ lenderId: A, borrowerId: B, capabilityCode: RACE_CODE, resource: 'STAFF', hours: 70, ...period }, tokB))
      .p.id;
    const two = ok(await propose({ lenderId: A, borrowerId: C, capabilityCode: RACE_CODE, resource: 'STAFF', hours: 70, ...period }, tokC))
      .p.id;
    const results = await Promise.all([confirm(one, tokA), confirm(two, tokA)]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const loser = results.find((r) => codeOf(r) === 'CONFLICT')!;
    expect(loser.errors![0].extensions.details).toMatchObject({ reason: 'NO_FREE_CAPACITY', freeHours: 30 });
    const states = await Promise.all([agreement(one, leader), agreement(two, leader)]);
    expect(states.map((s) => ok(s).a.status).sort()).toEqual(['CONFIRMED', 'PROPOSED']);
    expect(await free()).toBe(30);
    // the loser is declined so that the later tests see only the winner's hours
    const loserId = codeOf(results[0]) === 'CONFLICT' ? one : two;
    ok(await t.gql(`mutation { declineLoanAgreement(id: ${loserId}, reason: "Kapasiteten er tatt") { id } }`, {}, tokA));
  });

  it('completes an agreement once every month is answered; withdraws a posting only for the own firm', async () => {
    expect(
      ok(await t.gql<{ c: { status: string } }>(`mutation { c: completeLoanAgreement(id: ${loanAB}) { status } }`, {}, tokB)).c.status,
    ).toBe('COMPLETED');
    expect(codeOf(await t.gql(`mutation { c: cancelLoanAgreement(id: ${loanAB}, reason: "x") { status } }`, {}, leader))).toBe('CONFLICT');
    expect(codeOf(await t.gql(`mutation { withdrawExchangePosting(id: ${offerA}) { id } }`, {}, tokB))).toBe('FORBIDDEN');
    const w = ok(
      await t.gql<{ w: { state: string } }>(`mutation { w: withdrawExchangePosting(id: ${offerA}, reason: null) { state } }`, {}, tokA),
    ).w;
    expect(w.state).toBe('WITHDRAWN');
    const board = ok(
      await t.gql<{ exchangeBoard: { nodes: { id: number }[] } }>('{ exchangeBoard(first: 500) { nodes { id } } }', {}, tokB),
    );
    expect(board.exchangeBoard.nodes.map((n) => n.id)).not.toContain(offerA);
  });

  it('refuses a null where a value is needed, naming the field, and writes nothing', async () => {
    const before = await t.db.read((em) => em.count(LoanAgreement));
    const r = await propose(
      {
        lenderId: null,
        borrowerId: B,
        capabilityCode: CODE,
        resource: 'STAFF',
        hours: 5,
        periodStart: PERIOD.start,
        periodEnd: PERIOD.end,
      },
      leader,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.fields).toEqual([{ field: 'lenderId', message: 'required', rule: 'REQUIRED' }]);
    expect(await t.db.read((em) => em.count(LoanAgreement))).toBe(before);
    // null clears an optional field: no certificates, no note, no reason
    const posted = ok(
      await post(
        'Offer',
        {
          capabilityCode: CODE,
          resource: 'MACHINE',
          hours: 5,
          windowStart: PERIOD.start,
          windowEnd: PERIOD.end,
          certificates: null,
          note: null,
          memberId: null,
        },
        tokA,
      ),
    ).p as unknown as { id: number; certificates: unknown[]; note: string | null; memberId: number };
    expect(posted).toMatchObject({ certificates: [], note: null, memberId: A });
    const w = ok(
      await t.gql<{ w: { state: string; withdrawnReason: string | null } }>(
        `mutation { w: withdrawExchangePosting(id: ${posted.id}, reason: null) { state withdrawnReason } }`,
        {},
        tokA,
      ),
    ).w;
    expect(w).toEqual({ state: 'WITHDRAWN', withdrawnReason: null });
    // a value that must be there cannot be null: GraphQL refuses it before anything runs, as bad input
    const nullHours = await post(
      'Need',
      { capabilityCode: CODE, resource: 'STAFF', hours: null, windowStart: PERIOD.start, windowEnd: PERIOD.end },
      tokB,
    );
    expect(codeOf(nullHours)).toBe('BAD_USER_INPUT');
  });

  it('uses borrowed capacity in the consortium solver for a tender that no single firm covers alone', async () => {
    // next month, a whole calendar month: A has 200 h of anodising, B 150 h; the tender needs 300 h by one firm
    const tenderId = await t.db.transaction(async (tx) => {
      const now = new Date();
      const tender = await tx.save(
        tx.create(Tender, {
          title: 'Exchange solver tender',
          buyerName: 'Forsvarsmateriell',
          market: Market.DEFENCE,
          stage: TenderStage.IDENTIFIED,
          stageChangedAt: now,
          deadline: new Date(now.getTime() + 86_400_000 * 20),
          createdAt: now,
          updatedAt: now,
        }),
      );
      await tx.insert(Requirement, {
        tenderId: tender.id,
        capabilityCode: SOLVER_CODE,
        hours: 300,
        windowStart: nextMonthFirst,
        windowEnd: nextMonthLast,
        requiredCertificates: [],
        indivisible: true,
      });
      return tender.id;
    });
    const SUGGEST = `query($id: Int!) { suggestConsortia(tenderId: $id, options: { maxFirms: 1, alternatives: 1 }) {
      alternatives { uncoveredHours firms { firmId hours } } } }`;
    type Sg = { suggestConsortia: { alternatives: { uncoveredHours: number; firms: { firmId: number; hours: number }[] }[] } };
    const before = ok(await t.gql<Sg>(SUGGEST, { id: tenderId }, leader)).suggestConsortia.alternatives[0];
    expect(before.uncoveredHours).toBe(300);

    // B lends A 120 h of its registered capacity next month, proposed by the leader and confirmed by both
    const loan = ok(
      await propose(
        {
          lenderId: B,
          borrowerId: A,
          capabilityCode: SOLVER_CODE,
          resource: 'STAFF',
          hours: 120,
          periodStart: nextMonthFirst,
          periodEnd: nextMonthLast,
        },
        leader,
      ),
    ).p.id;
    ok(await confirm(loan, tokB));
    expect(ok(await confirm(loan, tokA)).c.status).toBe('CONFIRMED');
    const cap = ok(
      await t.gql<{ a: { freeHours: number; borrowedHours: number }; b: { freeHours: number; lentHours: number } }>(
        `{ a: memberCapacity(memberId: ${A}, code: "${SOLVER_CODE}", from: "${nextMonthFirst}", to: "${nextMonthLast}") { freeHours borrowedHours }
         b: memberCapacity(memberId: ${B}, code: "${SOLVER_CODE}", from: "${nextMonthFirst}", to: "${nextMonthLast}") { freeHours lentHours } }`,
        {},
        leader,
      ),
    );
    expect(cap).toEqual({ a: { freeHours: 320, borrowedHours: 120 }, b: { freeHours: 30, lentHours: 120 } });
    const after = ok(await t.gql<Sg>(SUGGEST, { id: tenderId }, leader)).suggestConsortia.alternatives[0];
    expect(after).toEqual({ uncoveredHours: 0, firms: [{ firmId: A, hours: 300 }] });

    // a firm that has no anodising of its own is staffed with borrowed hours only: C borrows 300 h from A, and A's own 200 h no longer suffice
    const loanC = ok(
      await propose(
        {
          lenderId: A,
          borrowerId: C,
          capabilityCode: SOLVER_CODE,
          resource: 'STAFF',
          hours: 200,
          periodStart: nextMonthFirst,
          periodEnd: nextMonthLast,
        },
        leader,
      ),
    ).p.id;
    ok(await confirm(loanC, tokA));
    ok(await confirm(loanC, tokC));
    const third = ok(await t.gql<Sg>(SUGGEST, { id: tenderId }, leader)).suggestConsortia.alternatives[0];
    // A: 200 + 120 − 200 = 120 h; C: 200 h borrowed; B: 30 h. Nobody has 300 alone any more.
    expect(third.uncoveredHours).toBe(300);
  });
});
