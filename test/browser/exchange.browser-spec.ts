/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { addDays, osloDate } from '@app/core';
import { formatMoney } from '../../apps/web/src/ui/format/money';
import {
  chooseLanguage,
  type ConsoleHarness,
  seriousViolations,
  settled,
  shot,
  signIn,
  startConsole,
  USERS,
} from './support/console-harness';

/**
 * The capacity exchange in the console, in a real browser against the real API, as one story:
 * Nammo (firm A) posts an offer (after a window the API refuses, shown under the field and
 * nothing written), Sagstuen (firm B) posts a need, the project leader sees the need with Nammo
 * first, B proposes from the match, A confirms, B reports hours, A confirms them, and the
 * amounts on the screens are the API's øre. axe-core on each screen.
 */
jest.setTimeout(300_000);

const CODE = 'TESTING_INSPECTION';
const screens: { name: string; violations: string[] }[] = [];

async function axe(page: Page, name: string): Promise<void> {
  await settled(page);
  screens.push({ name, violations: await seriousViolations(page) });
}

describe('capacity exchange in the web console (browser)', () => {
  let h: ConsoleHarness;
  let tokA: string;
  let tokB: string;
  const today = osloDate(new Date());
  const thisMonth = today.slice(0, 7);
  const kr = (minorUnits: string) => formatMoney(minorUnits, 'NOK', 'nb');

  beforeAll(async () => {
    h = await startConsole();
    tokA = await h.token(USERS.firmA.email, USERS.firmA.password);
    tokB = await h.token(USERS.firmB.email, USERS.firmB.password);
  });
  afterAll(async () => {
    await h?.close();
  });

  const ownPostings = async (token: string) =>
    (
      await h.gql<{ exchangePostingsOfFirm: { id: number; kind: string; hours: number }[] }>(
        '{ exchangePostingsOfFirm { id kind hours } }',
        undefined,
        token,
      )
    ).data!.exchangePostingsOfFirm;

  const post = async (page: Page, kind: 'tilbud' | 'behov', hours: number, from: string, to: string) => {
    const form = page.getByRole('form', { name: 'Legg ut tilbud eller behov' });
    await form
      .getByText(kind === 'tilbud' ? 'Legg ut tilbud' : 'Legg ut behov', { exact: true })
      .first()
      .click();
    await form.getByRole('textbox', { name: 'Kompetanse' }).click();
    await form.getByRole('textbox', { name: 'Kompetanse' }).fill(CODE);
    await page.getByRole('option', { name: new RegExp(CODE) }).click();
    await form.getByRole('textbox', { name: 'Timer', exact: true }).fill(String(hours));
    await form.getByRole('textbox', { name: 'Fra', exact: true }).fill(from);
    await form.getByRole('textbox', { name: 'Til', exact: true }).fill(to);
    await form.getByRole('button', { name: kind === 'tilbud' ? 'Legg ut tilbud' : 'Legg ut behov' }).click();
  };

  it('A offers, B needs, the match ranks A first, B proposes, both confirm, hours are reported and confirmed, amounts to the øre', async () => {
    // --- firm A posts an offer; a window that ends before it starts is refused under the field, nothing written
    const ctxA = await h.context();
    const a = await ctxA.newPage();
    await signIn(a, h.url, USERS.firmA.email, USERS.firmA.password);
    await a.getByRole('link', { name: 'Kapasitetsbørs' }).click();
    await a.getByRole('heading', { level: 1, name: 'Kapasitetsbørs' }).waitFor();
    await post(a, 'tilbud', 200, addDays(today, 20), addDays(today, 5));
    const form = a.getByRole('form', { name: 'Legg ut tilbud eller behov' });
    // under the field it is about, in bokmål (the rule the API names; its English stays in the banner's detail)
    await form.getByText('Sluttdatoen er før startdatoen.', { exact: true }).waitFor();
    expect(await form.getByRole('textbox', { name: 'Til', exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await ownPostings(tokA)).toEqual([]);
    await axe(a, 'exchange (firm, error)');
    await form.getByRole('textbox', { name: 'Fra', exact: true }).fill(today);
    await form.getByRole('textbox', { name: 'Til', exact: true }).fill(addDays(today, 30));
    await form.getByRole('button', { name: 'Legg ut tilbud' }).click();
    await form.getByText('Tilbudet er lagt ut på tavla.').waitFor();
    const [offer] = await ownPostings(tokA);
    expect(offer).toMatchObject({ kind: 'OFFER', hours: 200 });
    await a.getByRole('table', { name: 'Våre oppslag' }).getByText('200 av 200').waitFor();

    // --- firm B posts a need and sees its matches: A's offer first
    const ctxB = await h.context();
    const b = await ctxB.newPage();
    await signIn(b, h.url, USERS.firmB.email, USERS.firmB.password);
    await b.goto(`${h.url}/capacity`);
    await post(b, 'behov', 120, today, addDays(today, 30));
    await b.getByText('Behovet er lagt ut på tavla.').waitFor();
    const [need] = await ownPostings(tokB);
    const board = b.getByRole('table', { name: 'Tavla: åpne tilbud og behov' });
    await board.getByRole('row').filter({ hasText: 'Nammo Raufoss AS' }).filter({ hasText: '200 av 200' }).waitFor();
    await board.getByRole('row').filter({ hasText: 'Sagstuen AS' }).filter({ hasText: '120 av 120' }).waitFor();
    // the board carries no rate or price
    expect(await board.textContent()).not.toMatch(/kr\s|NOK/);
    await axe(b, 'exchange (firm)');
    await shot(b, 'console-exchange-nb.png');

    // --- the project leader sees every need with its best matches: Nammo first
    const ctxL = await h.context();
    const l = await ctxL.newPage();
    await signIn(l, h.url, USERS.leader.email, USERS.leader.password);
    await l.goto(`${h.url}/capacity`);
    const needs = l.getByRole('region', { name: 'Alle behov med beste treff' });
    const leaderMatches = needs.getByRole('table', { name: `Beste treff for behov ${need.id}` });
    await leaderMatches.waitFor();
    expect(await leaderMatches.getByRole('row').nth(1).textContent()).toContain('Nammo Raufoss AS');
    await axe(l, 'exchange (leader)');
    await shot(l, 'console-exchange-leader-nb.png');
    await ctxL.close();

    await b.getByRole('button', { name: `Treff for behov ${need.id}` }).click();
    const matches = b.getByRole('dialog', { name: `Beste treff for behov ${need.id}` });
    const first = matches.getByRole('row').nth(1);
    await first.waitFor();
    expect(await first.textContent()).toContain('Nammo Raufoss AS');
    expect(await first.textContent()).toContain(`Tilbud ${offer.id}`);
    await axe(b, 'exchange (matches)');
    await first.getByRole('button', { name: 'Foreslå avtale med Nammo Raufoss AS' }).click();
    await matches.getByRole('button', { name: 'Foreslå avtale' }).click();
    await b.getByRole('heading', { level: 1, name: /^Låneavtale \d+$/ }).waitFor();
    const agreementId = Number(/(\d+)$/.exec(new URL(b.url()).pathname)![1]);

    interface Held {
      status: string;
      hours: number;
      pricePerHour: { minorUnits: string };
      agreedAmount: { minorUnits: string };
      nonSolicitationMonths: number;
      hoursReports: { month: string; hours: number; status: string; amount: { minorUnits: string }; serviceFee: { minorUnits: string } }[];
    }
    const held = async () =>
      (
        await h.gql<{ loanAgreement: Held }>(
          `{ loanAgreement(id: ${agreementId}) { status hours pricePerHour { minorUnits } agreedAmount { minorUnits } nonSolicitationMonths
            hoursReports { month hours status amount { minorUnits } serviceFee { minorUnits } } } }`,
          undefined,
          tokB,
        )
      ).data!.loanAgreement;
    const proposed = await held();
    expect(proposed).toMatchObject({ status: 'PROPOSED', hours: 120, nonSolicitationMonths: 12 });
    // the price and the non-solicitation term from the common terms' snapshot, as the API holds them
    await b.getByText(kr(proposed.pricePerHour.minorUnits), { exact: true }).waitFor();
    await b.getByText(kr(proposed.agreedAmount.minorUnits), { exact: true }).waitFor();
    await b.getByText(/ansetter ikke utlånt personell i perioden og 12 måneder etter/).waitFor();
    await b.getByText('Dere har bekreftet. Avtalen trer i kraft når den andre bedriften bekrefter.').waitFor();
    await axe(b, 'agreement (proposed)');

    // --- A confirms as lender: in force
    await a.goto(`${h.url}/capacity/agreements/${agreementId}`);
    await a.getByRole('button', { name: 'Bekreft som utlåner' }).click();
    await a.getByText('I kraft', { exact: true }).waitFor();
    expect((await held()).status).toBe('CONFIRMED');

    // --- B reports 37 hours for this month; A confirms them
    await b.reload();
    const report = b.getByRole('form', { name: 'Rapporter timer' });
    await report.getByLabel('Måned').fill(thisMonth);
    await report.getByLabel('Timer brukt').fill('37');
    await report.getByRole('button', { name: 'Rapporter timer' }).click();
    const hoursTable = b.getByRole('table', { name: 'Timer per måned' });
    await hoursTable.getByText('Rapportert, venter på utlåner').waitFor();
    const reported = (await held()).hoursReports[0];
    expect(reported).toMatchObject({ month: thisMonth, hours: 37, status: 'REPORTED' });
    // exactly 37 × the price, in øre, and that is what the screen shows
    expect(BigInt(reported.amount.minorUnits)).toBe(37n * BigInt(proposed.pricePerHour.minorUnits));
    await hoursTable.getByText(kr(reported.amount.minorUnits), { exact: true }).waitFor();
    await hoursTable.getByText(kr(reported.serviceFee.minorUnits), { exact: true }).waitFor();

    await a.reload();
    await a.getByRole('button', { name: /^Bekreft timene for / }).click();
    await a.getByRole('table', { name: 'Timer per måned' }).getByText('Bekreftet', { exact: true }).waitFor();
    expect((await held()).hoursReports[0].status).toBe('CONFIRMED');
    await a.getByRole('table', { name: 'Timer per måned' }).getByText(kr(reported.amount.minorUnits), { exact: true }).waitFor();
    await axe(a, 'agreement (hours confirmed)');
    await shot(a, 'console-exchange-agreement-nb.png');

    // the agreement to sign, as a PDF from the API with the session's token
    const pdf = a.waitForEvent('download');
    await a.getByRole('button', { name: 'Last ned avtalen (PDF, bokmål)' }).click();
    expect((await pdf).suggestedFilename()).toBe(`laneavtale-${agreementId}-nb.pdf`);
    expect(await a.getByText('Fikk ikke hentet PDF-en. Prøv igjen.').count()).toBe(0);

    // the same agreement in English
    await chooseLanguage(a, 'en');
    await a.getByRole('heading', { level: 1, name: `Loan agreement ${agreementId}` }).waitFor();
    await a.getByText('In force', { exact: true }).waitFor();
    await a.getByText(formatMoney(proposed.pricePerHour.minorUnits, 'NOK', 'en'), { exact: true }).waitFor();
    const hoursEn = a.getByRole('table', { name: 'Hours per month' });
    await hoursEn.getByText(formatMoney(reported.amount.minorUnits, 'NOK', 'en'), { exact: true }).waitFor();
    await hoursEn.getByText('Confirmed', { exact: true }).waitFor();
    await a.getByText(/does not hire lent staff during the loan and for 12 months after/).waitFor();
    await axe(a, 'agreement (en)');
    await shot(a, 'console-exchange-agreement-en.png');

    // --- the settlement for this month: B owes A the confirmed amount, as the API says
    await b.goto(`${h.url}/capacity/settlement`);
    await b.getByRole('heading', { level: 1, name: 'Oppgjør for kapasitetsbørsen' }).waitFor();
    const settlement = (
      await h.gql<{ exchangeSettlement: { totalAmount: { minorUnits: string }; balances: { amount: { minorUnits: string } }[] } }>(
        `{ exchangeSettlement(period: "${thisMonth}") { totalAmount { minorUnits } balances { amount { minorUnits } } } }`,
        undefined,
        tokB,
      )
    ).data!.exchangeSettlement;
    expect(settlement.totalAmount.minorUnits).toBe(reported.amount.minorUnits);
    const balances = b.getByRole('table', { name: 'Hvem skylder hvem (netto)' });
    const row = balances.getByRole('row').filter({ hasText: 'Sagstuen AS' });
    await row.filter({ hasText: 'Nammo Raufoss AS' }).getByText(kr(settlement.balances[0].amount.minorUnits), { exact: true }).waitFor();
    const download = b.waitForEvent('download');
    await b.getByRole('button', { name: 'Last ned CSV' }).click();
    expect((await download).suggestedFilename()).toBe(`exchange-settlement-${thisMonth}.csv`);
    await axe(b, 'settlement');
    await shot(b, 'console-exchange-settlement-nb.png');

    // --- A (still reading English) withdraws what is left of its offer, with a reason, in the reason dialog
    await a.goto(`${h.url}/capacity`);
    await a.getByRole('button', { name: `Withdraw posting ${offer.id}` }).click();
    const withdraw = a.getByRole('dialog', { name: `Withdraw posting ${offer.id}` });
    await withdraw.getByRole('textbox', { name: 'Reason (optional)' }).fill('Maskinen er solgt');
    await axe(a, 'withdraw (dialog)');
    await withdraw.getByRole('button', { name: 'Withdraw the posting' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await a.getByRole('table', { name: 'Our postings' }).getByRole('row').filter({ hasText: 'Withdrawn' }).waitFor();
    const states = (
      await h.gql<{ exchangePostingsOfFirm: { id: number; state: string }[] }>('{ exchangePostingsOfFirm { id state } }', undefined, tokA)
    ).data!.exchangePostingsOfFirm;
    expect(states).toEqual([{ id: offer.id, state: 'WITHDRAWN' }]);
    await ctxA.close();
    await ctxB.close();
  });

  it('shows the board 50 at a time, newest first, and 50 more on asking, with how many there are', async () => {
    // 60 offers by firm A, by API (the first story withdrew its own): more than a page
    for (let i = 0; i < 60; i++) {
      const r = await h.gql(
        'mutation($i: PostExchangeOfferInput!) { postExchangeOffer(input: $i) { id } }',
        { i: { capabilityCode: CODE, resource: 'MACHINE', hours: 10 + i, windowStart: today, windowEnd: addDays(today, 30) } },
        tokA,
      );
      expect(r.errors).toBeUndefined();
    }
    const total = (await h.gql<{ exchangeBoard: { totalCount: number } }>('{ exchangeBoard { totalCount } }', undefined, tokB)).data!
      .exchangeBoard.totalCount;
    expect(total).toBeGreaterThanOrEqual(60);
    const ctx = await h.context();
    const b = await ctx.newPage();
    await signIn(b, h.url, USERS.firmB.email, USERS.firmB.password);
    await b.goto(`${h.url}/capacity`);
    const board = b.getByRole('table', { name: 'Tavla: åpne tilbud og behov' });
    const rows = board.locator('tbody tr');
    await b.getByText(`Viser de 50 nyeste av ${total}.`, { exact: true }).waitFor();
    expect(await rows.count()).toBe(50);
    // the newest first: the last offer posted (69 hours) heads the board
    expect(await rows.first().innerText()).toContain('69 av 69');
    await b.getByRole('button', { name: 'Vis flere' }).click();
    await b.waitForFunction(([n]) => document.querySelectorAll('table[aria-label="Tavla: åpne tilbud og behov"] tbody tr').length === n, [
      Math.min(100, total),
    ] as const);
    if (total <= 100) expect(await b.getByText(/^Viser de \d+ nyeste av/).count()).toBe(0);
    await ctx.close();
  });

  it('has no serious or critical accessibility violation on the exchange screens (axe-core)', () => {
    expect(screens.map((s) => s.name)).toEqual([
      'exchange (firm, error)',
      'exchange (firm)',
      'exchange (leader)',
      'exchange (matches)',
      'agreement (proposed)',
      'agreement (hours confirmed)',
      'agreement (en)',
      'settlement',
      'withdraw (dialog)',
    ]);
    expect(screens.filter((s) => s.violations.length)).toEqual([]);
  });
});
