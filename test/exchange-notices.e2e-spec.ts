import { addDays, osloDate } from '@app/core';
import { CapabilityGroup, CatalogueEntry, Member, MemberCapability } from '@app/members';
import { firmUserToken, memberByName } from './support/story';
import { createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';

/**
 * The exchange's match notices, both ways: a new need tells the firms with a matching offer, and
 * a new offer tells the firms whose open needs it matches; each recipient in their own language,
 * once per need and firm, never the posting firm itself.
 */

const CODE = 'EXCH_NOTICE_CNC';
/** The capability by its catalogue name in each reader's language, never by its code. */
const NAME_NB = 'CNC-fresing (varsel)';
const NAME_EN = 'CNC milling (notice)';
const today = osloDate(new Date());
const window = { windowStart: addDays(today, 10), windowEnd: addDays(today, 40) };

function ok<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

describe('capacity exchange match notices (e2e)', () => {
  let t: TestApp;
  let tokA: string; // Nammo Raufoss AS: offers, reads Norwegian
  let tokB: string; // Sagstuen AS: needs, reads English
  let tokC: string; // a third firm: needs, reads Norwegian
  let aName: string;

  beforeAll(async () => {
    t = await createTestApp();
    tokA = await t.login(USERS.firmA.email);
    tokB = await t.login(USERS.firmB.email);
    const A = await memberByName(t, 'Nammo Raufoss AS');
    aName = A.name;
    const B = (await memberByName(t, 'Sagstuen AS')).id;
    const third = await t.db.read((em) =>
      em
        .createQueryBuilder(Member, 'm')
        .where('m.id NOT IN (:...ids)', { ids: [A.id, B] })
        .orderBy('m.id')
        .getOneOrFail(),
    );
    tokC = await firmUserToken(t, third.name);
    await t.db.transaction(async (tx) => {
      await tx.insert(CatalogueEntry, {
        code: CODE,
        group: CapabilityGroup.MACHINING,
        nameNb: NAME_NB,
        nameEn: NAME_EN,
        defaultHourlyRateOre: 90000,
      });
      await tx.insert(MemberCapability, [{ memberId: A.id, code: CODE, capacityHoursPerMonth: 0, hourlyRateOre: 87550 }]);
    });
    ok(await t.gql('mutation { setMyLanguage(language: EN) { id } }', {}, tokB));
  });
  afterAll(() => t.close());

  const post = async (kind: 'Offer' | 'Need', hours: number, token: string) =>
    ok(
      await t.gql<{ p: { id: number } }>(
        `mutation($i: PostExchange${kind}Input!) { p: postExchange${kind}(input: $i) { id } }`,
        { i: { capabilityCode: CODE, resource: 'STAFF', hours, ...window } },
        token,
      ),
    ).p.id;
  const notices = async (token: string, kind: string) =>
    ok(
      await t.gql<{ myNotifications: { kind: string; subject: string; body: string }[] }>(
        '{ myNotifications(limit: 100) { kind subject body } }',
        {},
        token,
      ),
    ).myNotifications.filter((n) => n.kind === kind);

  let needB: number;
  let needC: number;
  let offerA: number;

  it('a new offer tells each firm whose open need it matches, in that firm’s language, and not the offering firm', async () => {
    needB = await post('Need', 100, tokB);
    needC = await post('Need', 40, tokC);
    // no offer yet: nobody has heard of anything
    expect(await notices(tokB, 'EXCHANGE_OFFER_MATCHES_NEED')).toEqual([]);
    offerA = await post('Offer', 150, tokA);

    const toB = await notices(tokB, 'EXCHANGE_OFFER_MATCHES_NEED');
    expect(toB).toHaveLength(1);
    expect(toB[0].subject).toBe(`An offer matches your need (${NAME_EN})`);
    expect(toB[0].body).toContain(`${aName} offers 150 hours of ${NAME_EN}`);
    expect(toB[0].body).toContain(`Your need ${needB} matches`);
    expect(toB[0].body).not.toMatch(/[æøå]|Behovet/);

    const toC = await notices(tokC, 'EXCHANGE_OFFER_MATCHES_NEED');
    expect(toC).toHaveLength(1);
    expect(toC[0].subject).toBe(`Et tilbud passer behovet ditt (${NAME_NB})`);
    expect(toC[0].body).toContain(`${aName} tilbyr 150 timer ${NAME_NB}`);
    expect(toC[0].body).toContain(`Behovet ditt ${needC} passer`);
    expect(toC[0].body).not.toContain('English');

    // never a rate, and never to the offering firm itself
    for (const n of [...toB, ...toC]) expect(`${n.subject} ${n.body}`).not.toMatch(/kr|875|rate|pris/i);
    expect(await notices(tokA, 'EXCHANGE_OFFER_MATCHES_NEED')).toEqual([]);
  });

  it('an equal second offer from the same firm does not tell the same need again', async () => {
    await post('Offer', 150, tokA);
    expect(await notices(tokB, 'EXCHANGE_OFFER_MATCHES_NEED')).toHaveLength(1);
    expect(await notices(tokC, 'EXCHANGE_OFFER_MATCHES_NEED')).toHaveLength(1);
  });

  it('a new need tells the firm with a matching offer in its language, once, and not the posting firm', async () => {
    const needB2 = await post('Need', 60, tokB);
    const toA = await notices(tokA, 'EXCHANGE_NEED_MATCHES_OFFER');
    // one per need and firm, though both of A's offers match
    expect(toA).toHaveLength(1);
    expect(toA[0].subject).toBe(`Et behov passer tilbudet ditt (${NAME_NB})`);
    expect(toA[0].body).toContain(`trenger 60 timer ${NAME_NB}`);
    expect(toA[0].body).toContain(`(behov ${needB2})`);
    expect(toA[0].body).toContain(`Tilbudet ditt ${offerA} passer`);
    expect(toA[0].body).not.toContain('English');
    expect(await notices(tokB, 'EXCHANGE_NEED_MATCHES_OFFER')).toEqual([]);
    // B's new need is not news to B as an offer notice either
    expect(await notices(tokB, 'EXCHANGE_OFFER_MATCHES_NEED')).toHaveLength(1);
  });
});

describe('capacity exchange agreement notices (e2e)', () => {
  let t: TestApp;
  let tokA: string; // Nammo Raufoss AS: lends, reads Norwegian
  let tokB: string; // Sagstuen AS: borrows, reads English
  let B: number;
  const code = 'EXCH_NOTICE_LOAN';

  beforeAll(async () => {
    t = await createTestApp();
    tokA = await t.login(USERS.firmA.email);
    tokB = await t.login(USERS.firmB.email);
    const A = (await memberByName(t, 'Nammo Raufoss AS')).id;
    B = (await memberByName(t, 'Sagstuen AS')).id;
    await t.db.transaction(async (tx) => {
      await tx.insert(CatalogueEntry, {
        code,
        group: CapabilityGroup.MACHINING,
        nameNb: 'CNC-fresing (avtale)',
        nameEn: 'CNC milling (agreement)',
        defaultHourlyRateOre: 90000,
      });
      await tx.insert(MemberCapability, [{ memberId: A, code, capacityHoursPerMonth: 0, hourlyRateOre: 87550 }]);
    });
    ok(await t.gql('mutation { setMyLanguage(language: EN) { id } }', {}, tokB));
  });
  afterAll(() => t.close());

  const notices = async (token: string, kind: string) =>
    ok(
      await t.gql<{ myNotifications: { kind: string; subject: string; body: string }[] }>(
        '{ myNotifications(limit: 100) { kind subject body } }',
        {},
        token,
      ),
    ).myNotifications.filter((n) => n.kind === kind);

  it('proposed, confirmed and declined agreements reach each firm in its own language, never both at once', async () => {
    const offer = ok(
      await t.gql<{ p: { id: number } }>(
        'mutation($i: PostExchangeOfferInput!) { p: postExchangeOffer(input: $i) { id } }',
        { i: { capabilityCode: code, resource: 'STAFF', hours: 100, ...window } },
        tokA,
      ),
    ).p.id;
    const propose = async (hours: number) =>
      ok(
        await t.gql<{ p: { id: number; pricePerHour: { minorUnits: string } } }>(
          'mutation($i: ProposeLoanAgreementInput!) { p: proposeLoanAgreement(input: $i) { id pricePerHour { minorUnits } } }',
          { i: { offerId: offer, borrowerId: B, hours, periodStart: window.windowStart, periodEnd: window.windowEnd } },
          tokB,
        ),
      ).p;
    const first = await propose(40);
    const kroner = (ore: string) => {
      const n = Number(ore);
      return { int: Math.floor(n / 100), frac: String(n % 100).padStart(2, '0') };
    };
    const price = kroner(first.pricePerHour.minorUnits);

    const proposedToA = await notices(tokA, 'LOAN_AGREEMENT_PROPOSED');
    expect(proposedToA).toHaveLength(1);
    expect(proposedToA[0].subject).toBe(`Forslag til låneavtale ${first.id}: Nammo Raufoss AS → Sagstuen AS`);
    // the capability by its catalogue name in the firm's language
    expect(proposedToA[0].body).toContain('40 timer CNC-fresing (avtale) til');
    expect(proposedToA[0].body).toContain(`${price.int},${price.frac}`);
    expect(proposedToA[0].body).toContain(`Bekreft eller avslå avtale ${first.id}`);
    expect(`${proposedToA[0].subject} ${proposedToA[0].body}`).not.toMatch(/English|Loan agreement| \/ /);
    // the proposing firm is not told of its own proposal
    expect(await notices(tokB, 'LOAN_AGREEMENT_PROPOSED')).toEqual([]);

    ok(await t.gql(`mutation { confirmLoanAgreement(id: ${first.id}) { status } }`, {}, tokA));
    const [toA] = await notices(tokA, 'LOAN_AGREEMENT_CONFIRMED');
    const [toB] = await notices(tokB, 'LOAN_AGREEMENT_CONFIRMED');
    const nbFrom = window.windowStart.split('-').reverse().join('.');
    expect(toA.subject).toBe(`Låneavtale ${first.id} er i kraft`);
    expect(toA.body).toBe(
      `Begge parter har bekreftet: Nammo Raufoss AS låner ut til Sagstuen AS ${nbFrom}–${window.windowEnd.split('-').reverse().join('.')}. Låntaker rapporterer timer per måned.`,
    );
    expect(toB.subject).toBe(`Loan agreement ${first.id} is in force`);
    expect(toB.body).toContain('Both firms have confirmed: Nammo Raufoss AS lends to Sagstuen AS');
    expect(toB.body).not.toMatch(/[æøå]|bekreftet|English/);

    const second = await propose(10);
    ok(await t.gql(`mutation { declineLoanAgreement(id: ${second.id}, reason: "Ikke ledig likevel") { status } }`, {}, tokA));
    const [declinedToB] = await notices(tokB, 'LOAN_AGREEMENT_DECLINED');
    expect(declinedToB).toEqual({
      kind: 'LOAN_AGREEMENT_DECLINED',
      subject: `Loan agreement ${second.id}: declined`,
      body: `Agreement ${second.id} was declined. Reason: Ikke ledig likevel`,
    });
    const [declinedToA] = await notices(tokA, 'LOAN_AGREEMENT_DECLINED');
    expect(declinedToA.subject).toBe(`Låneavtale ${second.id}: avslått`);
  });
});
