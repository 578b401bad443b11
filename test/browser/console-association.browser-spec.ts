/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addDays, osloDate } from '@app/core';
import { pdfPages } from '../../libs/brochures/src/pdf/testing/pdf-tools';
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
 * The console's second part as people use it, in a real browser against the real API: the
 * steering committee votes and reads the pipeline, the project leader records money and runs
 * royalties, a firm sees only its own statements, a brochure downloads as a PDF, the administrator
 * manages users and reads the audit trail, and everyone reads the member register. Elements are
 * found by role and label; results are checked in what the API then holds.
 */
jest.setTimeout(240_000);

const STEERING = ['styre@totalfly.example', 'styre2@totalfly.example', 'styre3@totalfly.example', 'styre4@totalfly.example'];
const STEERING_PASSWORD = 'demo-styre-2006';
const screens: { name: string; violations: string[] }[] = [];

async function axe(page: Page, name: string): Promise<void> {
  await settled(page);
  screens.push({ name, violations: await seriousViolations(page) });
}

/** The text a locator shows, spaces normalised (Intl writes a no-break space in "kr 1 000,00"). */
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** "kr 1 234 567,50" for an amount in øre, as the console writes it in bokmål. */
function kr(minor: string | bigint): string {
  const v = BigInt(minor);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${neg ? '-' : ''}kr ${whole},${(abs % 100n).toString().padStart(2, '0')}`;
}

describe('the web console, part 2: the steering committee, money, brochures, administration (browser)', () => {
  let h: ConsoleHarness;
  let leaderToken: string;
  let adminToken: string;
  const today = osloDate(new Date());

  interface Decision {
    id: number;
    status: string;
    result: string | null;
    tieBrokenByChair: boolean;
    votes: { userId: number; vote: string }[];
  }
  async function decision(id: number): Promise<Decision> {
    const r = await h.gql<{ steeringDecisions: Decision[] }>(
      '{ steeringDecisions { id status result tieBrokenByChair votes { userId vote } } }',
      undefined,
      leaderToken,
    );
    return r.data!.steeringDecisions.find((d) => d.id === id)!;
  }

  /** A tender in QUALIFYING with a go/no-go decision open on it. */
  async function openGoDecision(title: string): Promise<{ tenderId: number; decisionId: number; question: string }> {
    const created = await h.gql<{ createTender: { id: number } }>(
      'mutation($i: CreateTenderInput!) { createTender(input: $i) { id } }',
      {
        i: {
          title,
          buyerName: 'Forsvarsmateriell',
          market: 'DEFENCE',
          deadline: `${addDays(today, 45)}T12:00:00.000Z`,
          estimatedValue: { minorUnits: '800000000', currency: 'NOK' },
        },
      },
      leaderToken,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const tenderId = created.data.createTender.id;
    const moved = await h.gql(
      'mutation($i: MoveTenderStageInput!) { moveTenderStage(input: $i) { id } }',
      {
        i: { tenderId, to: 'QUALIFYING' },
      },
      leaderToken,
    );
    expect(moved.errors).toBeUndefined();
    const question = `Skal nettverket gi tilbud på «${title}»?`;
    const opened = await h.gql<{ openSteeringDecision: { id: number } }>(
      'mutation($i: OpenSteeringDecisionInput!) { openSteeringDecision(input: $i) { id } }',
      { i: { kind: 'TENDER_GO', tenderId, question } },
      leaderToken,
    );
    if (!opened.data) throw new Error(JSON.stringify(opened.errors));
    return { tenderId, decisionId: opened.data.openSteeringDecision.id, question };
  }

  async function vote(email: string, decisionId: number, v: 'YES' | 'NO' | 'ABSTAIN'): Promise<void> {
    const r = await h.gql(
      'mutation($d: Int!, $v: Vote!) { castVote(decisionId: $d, vote: $v) { id } }',
      { d: decisionId, v },
      await h.token(email, STEERING_PASSWORD),
    );
    expect(r.errors).toBeUndefined();
  }

  beforeAll(async () => {
    h = await startConsole();
    leaderToken = await h.token(USERS.leader.email, USERS.leader.password);
    adminToken = await h.token(USERS.admin.email, USERS.admin.password);
  });
  // A test that ends in bokmål after a turn in English may close its browser before the choice of
  // language reached the API; the next test signing in as that person must still find bokmål.
  const tokens = new Map<string, string>();
  afterEach(async () => {
    for (const u of [USERS.steering, USERS.leader, USERS.firmA, USERS.admin]) {
      if (!tokens.has(u.email)) tokens.set(u.email, await h.token(u.email, u.password));
      await h.gql('mutation { setMyLanguage(language: NB) { id } }', undefined, tokens.get(u.email));
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a steering member votes in two clicks from the dashboard, and the dashboard then shows the decision’s effect', async () => {
    const { tenderId, decisionId, question } = await openGoDecision(`Reservedeler til NH90 ${Date.now() % 100000}`);
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.steering.email, USERS.steering.password);
    // the committee lands on the pipeline
    await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    await page.getByTestId('who-am-i').getByText('Styringskomité', { exact: true }).waitFor();
    await settled(page);
    // the funnel's table view: how many tenders stand at GO now
    const funnel = page.getByRole('region', { name: 'Konkurranser etter fase' });
    await funnel.getByText('Tabell', { exact: true }).click();
    const goCount = async () => Number(flat(await funnel.getByRole('row', { name: /^Go\b/ }).getByRole('cell').nth(1).innerText()));
    const goBefore = await goCount();
    await axe(page, 'pipeline (table view)');

    // two clicks: the menu's "Vedtak", then "Ja" on the decision
    await page.getByRole('link', { name: 'Vedtak' }).click();
    const card = page.getByRole('article', { name: question });
    await card
      .getByRole('group', { name: `Stem over: ${question}` })
      .getByRole('button', { name: 'Ja' })
      .click();
    await card.getByText('Stemmen din er registrert.').waitFor();
    // who voted what, by name; the chair marked
    const mine = card.getByRole('row', { name: /Demo styringskomité \(leder\)/ });
    await mine.getByText('Ja', { exact: true }).waitFor();
    await mine.getByText('Leder', { exact: true }).waitFor();
    const me = await h.gql<{ me: { id: number } }>(
      '{ me { id } }',
      undefined,
      await h.token(USERS.steering.email, USERS.steering.password),
    );
    expect((await decision(decisionId)).votes).toEqual([{ userId: me.data!.me.id, vote: 'YES' }]);
    // the key facts of the tender it concerns, the rule and the quorum
    await card.getByText('kr 8 000 000,00').waitFor();
    await card.getByText(/Vedtaksført når minst 2 av 4 medlemmer har stemt\. .* Mangler én stemme for å være vedtaksført\./).waitFor();
    await axe(page, 'decisions');

    // changing my mind is one click too
    await card.getByRole('button', { name: 'Nei' }).click();
    await card.getByText('Stemmen din er endret.').waitFor();
    expect((await decision(decisionId)).votes.map((v) => v.vote)).toEqual(['NO']);
    await card.getByRole('button', { name: 'Ja' }).click();
    await card.getByText('Du har stemt Ja. Velg et annet svar for å endre stemmen.').waitFor();

    // two more members vote yes; the chair closes it; the tender goes to GO
    await vote(STEERING[1], decisionId, 'YES');
    await vote(STEERING[2], decisionId, 'YES');
    await page.reload();
    await card.getByText('3 av 4 har stemt: 3 ja, 0 nei, 0 avstår.').waitFor();
    await card.getByText('Vedtaksført nå.').waitFor();
    await shot(page, 'console-decisions-nb.png');
    await card.getByRole('button', { name: 'Avslutt vedtaket' }).click();
    await page.getByRole('tab', { name: /Avsluttede/ }).click();
    await page.getByRole('article', { name: question }).getByText('Vedtatt', { exact: true }).waitFor();
    expect(await decision(decisionId)).toMatchObject({ status: 'CLOSED', result: 'APPROVED' });
    const stage = await h.gql<{ tender: { stage: string } }>(`{ tender(id: ${tenderId}) { stage } }`, undefined, leaderToken);
    expect(stage.data!.tender.stage).toBe('GO');

    // the dashboard shows it: one more tender at GO
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await funnel.getByText('Tabell', { exact: true }).click();
    expect(await goCount()).toBe(goBefore + 1);
    await funnel.getByText('Diagram', { exact: true }).click();
    await settled(page);
    await shot(page, 'console-pipeline-nb.png');
    // each chart has a text alternative and a CSV
    for (const title of [
      'Konkurranser etter fase',
      'Vektet pipeline og vinnerandel per måned',
      'Vunnet verdi per marked',
      'Medlemmenes andel av tildelt verdi',
    ])
      expect(
        flat(
          await page
            .getByRole('region', { name: title })
            .getByRole('img')
            .first()
            .getAttribute('aria-labelledby')
            .then((id) => page.locator(`[id="${id}"]`).innerText()),
        ),
      ).not.toBe('');
    const download = page.waitForEvent('download');
    await funnel.getByRole('button', { name: 'Last ned Konkurranser etter fase som CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // bokmål: BOM and ";" for Norwegian Excel
    expect(csv).toContain(';');

    // the same dashboard in English, and on a phone
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { level: 2, name: 'Tenders by stage' }).waitFor();
    await axe(page, 'pipeline (en)');
    await shot(page, 'console-pipeline-en.png');
    await chooseLanguage(page, 'nb');
    await page.getByRole('heading', { level: 2, name: 'Konkurranser etter fase' }).waitFor();
    await ctx.close();

    const phone = await h.context({ width: 390, height: 844 });
    const ppage = await phone.newPage();
    await signIn(ppage, h.url, USERS.steering.email, USERS.steering.password);
    await ppage.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    await settled(ppage);
    expect(await ppage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await axe(ppage, 'pipeline (phone)');
    await shot(ppage, 'console-pipeline-phone.png');
    await ppage.goto(`${h.url}/decisions`);
    await ppage.getByRole('tab', { name: /Avsluttede/ }).click();
    await ppage.getByRole('article', { name: question }).waitFor();
    await settled(ppage);
    await shot(ppage, 'console-decisions-phone.png');
    await phone.close();
  });

  it('a tie among the four members is broken by the chair, and the screen says so', async () => {
    const { decisionId, question } = await openGoDecision(`Sveiste rammer til kystvakten ${Date.now() % 100000}`);
    await vote(STEERING[1], decisionId, 'NO');
    await vote(STEERING[2], decisionId, 'YES');
    await vote(STEERING[3], decisionId, 'NO');
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.steering.email, USERS.steering.password);
    await page.getByRole('link', { name: 'Vedtak' }).click();
    const card = page.getByRole('article', { name: question });
    await card.getByRole('button', { name: 'Ja' }).click();
    await card.getByText('4 av 4 har stemt: 2 ja, 2 nei, 0 avstår.').waitFor();
    await card.getByRole('button', { name: 'Avslutt vedtaket' }).click();
    await page.getByRole('tab', { name: /Avsluttede/ }).click();
    const closed = page.getByRole('article', { name: question });
    await closed.getByText('Likt stemmetall – avgjort av lederens stemme').waitFor();
    await closed.getByText('2 ja mot 2 nei. Etter vedtektene avgjorde styreleders stemme: Vedtatt.').waitFor();
    expect(await decision(decisionId)).toMatchObject({ status: 'CLOSED', result: 'APPROVED', tieBrokenByChair: true });
    // every member's vote by name
    for (const name of ['Demo styringskomité (leder)', 'Demo styringskomité (fylket)'])
      await closed.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }).waitFor();
    await axe(page, 'decisions (closed)');
    await chooseLanguage(page, 'en');
    await closed.getByText("A tie, decided by the chair's vote").waitFor();
    await axe(page, 'decisions (en)');
    await shot(page, 'console-decisions-en.png');
    await chooseLanguage(page, 'nb');
    await page.getByRole('heading', { level: 1, name: 'Vedtak' }).waitFor();
    await ctx.close();
  });

  it("the dashboard's period and market filters change the figures, to what the API computes for them", async () => {
    const steeringToken = await h.token(USERS.steering.email, USERS.steering.password);
    type P = {
      pipeline: {
        from: string;
        to: string;
        orders: { count: number; value: { minorUnits: string } };
        outcomes: { won: number; lost: number };
        stages: { stage: string; count: number }[];
      };
    };
    const api = async (filter: Record<string, string>) =>
      (
        await h.gql<P>(
          'query($f: PipelineFilterInput) { pipeline(filter: $f) { from to orders { count value { minorUnits } } outcomes { won lost } stages { stage count } } }',
          { f: filter },
          steeringToken,
        )
      ).data!.pipeline;
    const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.steering.email, USERS.steering.password);
    await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    const filters = page.getByRole('form', { name: 'Utvalg' });
    const funnel = page.getByRole('region', { name: 'Konkurranser etter fase' });
    const year = today.slice(0, 4);
    const cases: { period: string; market: string; filter: Record<string, string>; label: string }[] = [
      { period: 'all', market: '', filter: {}, label: '' },
      { period: 'all', market: 'DEFENCE', filter: { market: 'DEFENCE' }, label: ' · Forsvaret' },
      { period: 'thisYear', market: '', filter: { from: `${year}-01-01`, to: `${year}-12-31` }, label: '' },
      {
        period: 'thisYear',
        market: 'CIVIL_AVIATION',
        filter: { from: `${year}-01-01`, to: `${year}-12-31`, market: 'CIVIL_AVIATION' },
        label: ' · Sivil luftfart',
      },
    ];
    const seen = new Set<string>();
    for (const c of cases) {
      await filters.getByRole('combobox', { name: 'Periode' }).selectOption(c.period);
      await filters.getByRole('combobox', { name: 'Marked' }).selectOption(c.market);
      const p = await api(c.filter);
      await page
        .getByTestId('pipeline-period')
        .getByText(`Viser ${ddmmyyyy(p.from)} – ${ddmmyyyy(p.to)}${c.label}`, { exact: true })
        .waitFor();
      const tenders = p.stages.reduce((a, x) => a + x.count, 0);
      if (tenders === 0 && p.orders.count === 0 && p.outcomes.won + p.outcomes.lost === 0) {
        await page.getByText('Ingen tall i perioden').waitFor();
        seen.add('empty');
        continue;
      }
      const awarded = `Tildelte ordrer ${kr(p.orders.value.minorUnits)} ${p.orders.count} ${p.orders.count === 1 ? 'ordre' : 'ordrer'} i perioden`;
      const kpi = page.getByText('Tildelte ordrer', { exact: true }).locator('..');
      await page.waitForFunction(
        ([want]) =>
          Array.from(document.querySelectorAll('main p')).some((e) => e.parentElement?.innerText.replace(/\s+/g, ' ').trim() === want),
        [awarded],
      );
      expect(flat(await kpi.innerText())).toBe(awarded);
      expect(flat(await page.getByText('Vinnerandel', { exact: true }).first().locator('..').innerText())).toContain(
        `${p.outcomes.won} vunnet, ${p.outcomes.lost} tapt`,
      );
      // the funnel's table: every stage's count as the API counts it
      if ((await funnel.getByRole('table').count()) === 0) await funnel.getByText('Tabell', { exact: true }).click();
      const counts = await funnel
        .getByRole('table')
        .getByRole('row')
        .evaluateAll((rows) => rows.slice(1).map((r) => (r.children[1] as HTMLElement).innerText.trim()));
      expect(counts).toEqual(p.stages.map((x) => String(x.count)));
      seen.add(`${awarded}|${counts.join(',')}|${p.outcomes.won}/${p.outcomes.lost}`);
    }
    // the filters did change what was shown
    expect(seen.size).toBeGreaterThan(2);
    // two filters changed in one go (before the screen has redrawn): both are kept. The second
    // change used to start from the address of the last render and put the period back.
    await filters.getByRole('combobox', { name: 'Periode' }).selectOption('all');
    await filters.getByRole('combobox', { name: 'Marked' }).selectOption('');
    await page.evaluate(() => {
      const form = document.querySelector('form[aria-label="Utvalg"]')!;
      const pick = (label: string, value: string) => {
        const select = Array.from(form.querySelectorAll('select')).find((s) => s.labels?.[0]?.textContent?.trim() === label)!;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      pick('Periode', 'thisYear');
      pick('Marked', 'CIVIL_AVIATION');
    });
    await page.getByTestId('pipeline-period').getByText(`Viser 01.01.${year} – 31.12.${year} · Sivil luftfart`, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('thisYear');
    await axe(page, 'pipeline (filtered)');
    await ctx.close();
  });

  interface OrderLine {
    id: number;
    member: { name: string };
    outstanding: { minorUnits: string };
    invoices: { id: number; kind: string; number: string; amount: { minorUnits: string }; outstanding: { minorUnits: string } }[];
  }
  async function orderLines(orderId: number): Promise<OrderLine[]> {
    const r = await h.gql<{ order: { lines: OrderLine[] } }>(
      `{ order(id: ${orderId}) { lines { id member { name } outstanding { minorUnits }
          invoices { id kind number amount { minorUnits } outstanding { minorUnits } } } } }`,
      undefined,
      leaderToken,
    );
    return r.data!.order.lines;
  }
  const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;

  it('the leader records an invoice: a lost answer retried and a double click each record it once', async () => {
    const orders = await h.gql<{ orders: { id: number; contractReference: string }[] }>(
      '{ orders { id contractReference } }',
      undefined,
      leaderToken,
    );
    const order = orders.data!.orders[0];
    const line = (await orderLines(order.id)).find((l) => l.member.name === 'Nammo Raufoss AS')!;
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.leader.email, USERS.leader.password);
    await page.getByRole('link', { name: 'Ordrer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ordrer' }).waitFor();
    await axe(page, 'orders');
    await page.getByRole('link', { name: order.contractReference }).click();
    await page.getByRole('heading', { level: 1, name: order.contractReference }).waitFor();
    await axe(page, 'order');

    // the first answer is lost on the way back (the API has recorded it); the person sends again
    let lost = 0;
    await page.route('**/graphql', async (route) => {
      if (lost === 0 && (route.request().postData() ?? '').includes('mutation RecordInvoice')) {
        lost++;
        await route.fetch(); // the API records the invoice…
        return route.abort('failed'); // …and the browser never hears back
      }
      return route.continue();
    });
    await page.getByRole('button', { name: 'Registrer faktura: Nammo Raufoss AS' }).click();
    const form = page.getByRole('form', { name: 'Registrer faktura' });
    await form.getByLabel('Nummer').fill('KONSOLL-1');
    await form.getByLabel('Beløp').fill('250 000');
    await axe(page, 'record invoice');
    await form.getByRole('button', { name: 'Registrer faktura' }).click();
    await form.getByRole('alert').waitFor(); // the failure is shown; what was typed stays
    expect(lost).toBe(1);
    expect(await form.getByLabel('Nummer').inputValue()).toBe('KONSOLL-1');
    await form.getByRole('button', { name: 'Registrer faktura' }).click();
    await page.getByText('Registrert.').waitFor();
    await page.unroute('**/graphql');

    // a double click on the button
    await page.getByRole('button', { name: 'Registrer faktura: Nammo Raufoss AS' }).click();
    await form.getByLabel('Nummer').fill('KONSOLL-2');
    await form.getByLabel('Beløp').fill('100 000,50');
    await form.getByRole('button', { name: 'Registrer faktura' }).dblclick();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: 'Faktura KONSOLL-2' }).waitFor();

    const invoices = (await orderLines(order.id)).find((l) => l.id === line.id)!.invoices;
    expect(invoices.filter((i) => i.number === 'KONSOLL-1').map((i) => i.amount.minorUnits)).toEqual(['25000000']);
    expect(invoices.filter((i) => i.number === 'KONSOLL-2').map((i) => i.amount.minorUnits)).toEqual(['10000050']);
    await page.getByRole('row', { name: 'Faktura KONSOLL-1' }).getByText('kr 250 000,00').first().waitFor();

    // a credit note and a payment on KONSOLL-1: the outstanding amounts follow, to the øre
    const before = (await orderLines(order.id)).find((l) => l.id === line.id)!;
    const article = page.getByRole('article', { name: /^Nammo Raufoss AS: / });
    await article.getByRole('button', { name: 'Kreditnota: Faktura KONSOLL-1' }).click();
    const credit = page.getByRole('form', { name: 'Registrer kreditnota' });
    await credit.getByLabel('Nummer').fill('KONSOLL-K1');
    await credit.getByLabel('Beløp').fill('12 345,67');
    await credit.getByLabel('Begrunnelse').fill('Timer ført to ganger');
    await axe(page, 'record credit note');
    await credit.getByRole('button', { name: 'Registrer kreditnota' }).click();
    await credit.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: 'Kreditnota KONSOLL-K1' }).getByText('kr 12 345,67').first().waitFor();
    await article.getByRole('button', { name: 'Betaling: Faktura KONSOLL-1' }).click();
    const pay = page.getByRole('form', { name: 'Registrer betaling' });
    await pay.getByText('Gjenstår å betale: kr 250 000,00').waitFor();
    // one øre more than is left: the API refuses it, and the form says so in bokmål under the field
    await pay.getByLabel('Beløp').fill('250 000,01');
    await pay.getByRole('button', { name: 'Registrer betaling' }).click();
    await pay.getByText('Høyst kr 250 000,00.').waitFor();
    expect(await pay.getByText(/at most/).count()).toBe(0);
    await pay.getByLabel('Beløp').fill('100 000,01');
    await axe(page, 'record payment');
    await pay.getByRole('button', { name: 'Registrer betaling' }).click();
    await pay.waitFor({ state: 'detached' });
    // the invoice: 250 000,00 − 100 000,01; the line: less the credit note and the payment
    await page.getByRole('row', { name: 'Faktura KONSOLL-1' }).getByText('kr 149 999,99').waitFor();
    const after = (await orderLines(order.id)).find((l) => l.id === line.id)!;
    const invoice = after.invoices.find((i) => i.number === 'KONSOLL-1')!;
    expect(invoice.outstanding.minorUnits).toBe('14999999');
    expect(after.invoices.find((i) => i.number === 'KONSOLL-K1')).toMatchObject({
      kind: 'CREDIT_NOTE',
      amount: { minorUnits: '-1234567' }, // a credit note's amount is negative
    });
    expect(BigInt(after.outstanding.minorUnits)).toBe(BigInt(before.outstanding.minorUnits) - 1234567n - 10000001n);
    expect(flat(await article.innerText())).toContain(`Utestående ${kr(after.outstanding.minorUnits)}`);
    await shot(page, 'console-order-nb.png');
    await ctx.close();
  });

  it("the leader confirms one of a firm's money reports and rejects another with a reason the firm then reads", async () => {
    const firmToken = await h.token(USERS.firmA.email, USERS.firmA.password);
    const order = (await h.gql<{ orders: { id: number }[] }>('{ orders { id } }', undefined, leaderToken)).data!.orders[0];
    const line = (await orderLines(order.id)).find((l) => l.member.name === 'Nammo Raufoss AS')!;
    const report = async (number: string, amount: string) => {
      const r = await h.gql<{ reportInvoice: { id: number } }>(
        'mutation($i: RecordInvoiceInput!) { reportInvoice(input: $i) { id } }',
        { i: { orderLineId: line.id, number, issueDate: today, amount, idempotencyKey: `browser-${number}` } },
        firmToken,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.reportInvoice.id;
    };
    const ok = await report('RAPP-1', '4321099');
    const wrong = await report('RAPP-2', '999');
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.leader.email, USERS.leader.password);
    await page.getByRole('link', { name: 'Ordrer' }).click();
    await page.getByRole('link', { name: 'Til bekreftelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapportert av bedriftene' }).waitFor();
    await page
      .getByRole('row', { name: /Faktura RAPP-1/ })
      .getByText('kr 43 210,99')
      .waitFor();
    await axe(page, 'money reports');
    await page.getByRole('button', { name: 'Bekreft Faktura RAPP-1 fra Nammo Raufoss AS' }).click();
    await page.getByRole('row', { name: /Faktura RAPP-1/ }).waitFor({ state: 'detached' }); // no longer waiting
    await page.getByRole('button', { name: 'Avvis Faktura RAPP-2 fra Nammo Raufoss AS' }).click();
    const dialog = page.getByRole('dialog', { name: 'Avvis RAPP-2' });
    await dialog.getByLabel('Begrunnelse til bedriften').fill('Beløpet mangler to sifre');
    await axe(page, 'reject money report');
    await dialog.getByRole('button', { name: 'Avvis' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Ingenting venter').waitFor();
    type R = { moneyReports: { id: number; status: string; rejectionReason: string | null; recordedInvoiceId: number | null }[] };
    const reports = (await h.gql<R>('{ moneyReports { id status rejectionReason recordedInvoiceId } }', undefined, leaderToken)).data!
      .moneyReports;
    expect(reports.find((r) => r.id === ok)).toMatchObject({ status: 'CONFIRMED', rejectionReason: null });
    expect(reports.find((r) => r.id === wrong)).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Beløpet mangler to sifre',
      recordedInvoiceId: null,
    });
    // the confirmed one is an invoice on the line now, the rejected one is not
    const invoices = (await orderLines(order.id)).find((l) => l.id === line.id)!.invoices;
    expect(invoices.find((i) => i.id === reports.find((r) => r.id === ok)!.recordedInvoiceId)).toMatchObject({
      number: 'RAPP-1',
      amount: { minorUnits: '4321099' },
    });
    expect(invoices.some((i) => i.number === 'RAPP-2')).toBe(false);
    // the list of every status shows both decisions
    await page.getByRole('textbox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Avvist' }).click();
    await page
      .getByRole('row', { name: /Faktura RAPP-2/ })
      .getByText('Beløpet mangler to sifre')
      .waitFor();
    await ctx.close();

    // the firm sees what became of its reports on its order
    const firmCtx = await h.context();
    const firmPage = await firmCtx.newPage();
    await signIn(firmPage, h.url, USERS.firmA.email, USERS.firmA.password);
    await firmPage.goto(`${h.url}/orders/${order.id}`);
    await firmPage
      .getByRole('row', { name: /Faktura RAPP-2/ })
      .getByText('Beløpet mangler to sifre')
      .waitFor();
    await firmPage
      .getByRole('row', { name: /Faktura RAPP-1/ })
      .getByText('Bekreftet')
      .waitFor();
    await axe(firmPage, 'order (firm, reports decided)');
    await firmCtx.close();
  });

  it("a royalty run for the quarter shows the totals the API computes; the leader issues a firm's statement", async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.leader.email, USERS.leader.password);
    await page.getByRole('link', { name: 'Royalty' }).click();
    await page.getByRole('heading', { level: 1, name: 'Royalty' }).waitFor();
    await axe(page, 'royalties');
    const run = page.getByRole('form', { name: 'Beregn oppgjør for en periode' });
    await run.getByRole('button', { name: `Beregn ${quarter}` }).click();
    await page.getByText(`Oppgjør for ${quarter} er beregnet`).waitFor();
    const shown = flat(await page.getByTestId('run-total').innerText());

    const r = await h.gql<{
      royaltyStatements: { member: { name: string }; total: { minorUnits: string }; status: string; lineCount: number }[];
    }>(
      'query($p: String!) { royaltyStatements(filter: { period: $p }) { member { name } total { minorUnits } status lineCount } }',
      { p: quarter },
      leaderToken,
    );
    const statements = r.data!.royaltyStatements;
    expect(statements.length).toBeGreaterThan(0);
    const sum = statements.reduce((s, x) => s + BigInt(x.total.minorUnits), 0n);
    expect(sum).toBeGreaterThan(0n);
    expect(shown).toBe(`Til sammen: ${kr(sum)}`);
    const allLines = statements.reduce((s, x) => s + x.lineCount, 0);
    await page.getByText(`${statements.length} oppgjør, ${allLines} ${allLines === 1 ? 'linje' : 'linjer'}`, { exact: false }).waitFor();
    // the drafts are in the list; the leader issues Nammo's
    const nammo = statements.find((x) => x.member.name === 'Nammo Raufoss AS')!;
    const row = page.getByRole('row', { name: new RegExp(`Nammo Raufoss AS.*${quarter}`) });
    await row.getByText(kr(nammo.total.minorUnits)).waitFor();
    await row.getByRole('button', { name: `Utsted oppgjøret til Nammo Raufoss AS for ${quarter}` }).click();
    await row.getByText('Utstedt', { exact: true }).first().waitFor();
    await axe(page, 'royalties (run)');
    await shot(page, 'console-royalties-nb.png');
    // Nammo pays: the leader marks the statement paid on the day the money came
    const paidOn = addDays(today, -1);
    await row.getByRole('button', { name: `Merk betalt: oppgjøret til Nammo Raufoss AS for ${quarter}` }).click();
    const paying = page.getByRole('dialog', { name: `Nammo Raufoss AS, ${quarter}: innbetaling` });
    await paying.getByText(kr(nammo.total.minorUnits)).waitFor();
    await paying.getByLabel('Betalt dato').fill(paidOn);
    await axe(page, 'mark statement paid');
    await paying.getByRole('button', { name: 'Merk betalt' }).click();
    await paying.waitFor({ state: 'detached' });
    await row.getByText('Betalt', { exact: true }).first().waitFor();
    type S = { royaltyStatements: { member: { name: string }; status: string; paidAt: string | null; total: { minorUnits: string } }[] };
    const paid = (
      await h.gql<S>(
        'query($p: String!) { royaltyStatements(filter: { period: $p }) { member { name } status paidAt total { minorUnits } } }',
        { p: quarter },
        leaderToken,
      )
    ).data!.royaltyStatements.find((x) => x.member.name === 'Nammo Raufoss AS')!;
    expect(paid.status).toBe('PAID');
    expect(paid.paidAt).toBeTruthy();
    // the statement's own page lists every line; the API's cost limit refused it before (500 lines of 15 fields)
    type One = { royaltyStatements: { id: number; member: { name: string }; lineCount: number; total: { minorUnits: string } }[] };
    const one = (
      await h.gql<One>(
        'query($p: String!) { royaltyStatements(filter: { period: $p }) { id member { name } lineCount total { minorUnits } } }',
        { p: quarter },
        leaderToken,
      )
    ).data!.royaltyStatements.find((x) => x.member.name === 'Nammo Raufoss AS')!;
    expect(one.lineCount).toBeGreaterThan(0);
    await page.goto(`${h.url}/royalties/statements/${one.id}`);
    await page.getByRole('heading', { level: 1, name: /^Royaltyoppgjør: Nammo Raufoss AS, / }).waitFor();
    await page.getByText(`${one.lineCount} ${one.lineCount === 1 ? 'linje' : 'linjer'}`, { exact: true }).waitFor();
    expect(await page.locator('main table').last().locator('tbody tr').count()).toBe(one.lineCount);
    expect(flat(await page.locator('main').innerText())).toContain(flat(`Sum: ${kr(one.total.minorUnits)}`));
    expect(await page.getByRole('alert').count()).toBe(0);
    // what each line is based on, in words: the invoices of the quarter
    await page
      .getByRole('cell', { name: /^Faktura \d+, ordre \d+$/ })
      .first()
      .waitFor();
    await axe(page, 'royalty statement');
    await shot(page, 'console-royalty-statement-nb.png');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Royalty' }).waitFor();
    // the ledger has the money received, and its check still agrees with the statements
    await page.getByRole('tab', { name: 'Reskontro' }).click();
    await page.getByRole('button', { name: 'Kontroller reskontroen' }).click();
    await page.getByText('Reskontroen stemmer med oppgjørene').waitFor();
    // each entry of a statement is said in bokmål, with its period (the API's note is English)
    await page
      .getByRole('cell', { name: /^Innbetaling av oppgjør \d{4}-Q[1-4]$/ })
      .first()
      .waitFor();
    await page
      .getByRole('cell', { name: /^Oppgjør \d{4}-Q[1-4]$/ })
      .first()
      .waitFor();
    expect(await page.getByRole('cell', { name: /statement/ }).count()).toBe(0);
    type L = { royaltyLedger: { kind: string; date: string; amount: { minorUnits: string }; member: { name: string } }[] };
    const ledger = (await h.gql<L>('{ royaltyLedger { kind date amount { minorUnits } member { name } } }', undefined, leaderToken)).data!
      .royaltyLedger;
    expect(ledger).toEqual(
      expect.arrayContaining([
        { kind: 'RECEIVED', date: paidOn, amount: { minorUnits: expect.any(String) }, member: { name: 'Nammo Raufoss AS' } },
      ]),
    );
    const received = ledger.filter((e) => e.kind === 'RECEIVED' && e.member.name === 'Nammo Raufoss AS' && e.date === paidOn);
    expect(received.map((e) => (BigInt(e.amount.minorUnits) < 0n ? -BigInt(e.amount.minorUnits) : BigInt(e.amount.minorUnits)))).toContain(
      BigInt(nammo.total.minorUnits),
    );
    await axe(page, 'royalty ledger');
    await page.getByRole('tab', { name: 'Avtaler' }).click();
    await page.getByText('3 %').first().waitFor(); // the rate in percent (stored as 300 basis points)
    await axe(page, 'royalty agreements');
    // a firm's own agreement: the rate typed in percent, stored in basis points
    const form = page.getByRole('form', { name: 'Ny avtale' });
    await form.getByRole('textbox', { name: 'Gjelder' }).click();
    await page.getByRole('option', { name: 'Bedrift', exact: true }).click();
    await form.getByRole('textbox', { name: 'Bedrift' }).click();
    await page.getByRole('option', { name: 'Tokvam AS', exact: true }).click();
    await form.getByLabel('Sats').fill('2,75');
    await form.getByText('Lagres som 275 basispunkter').waitFor();
    await form.getByRole('button', { name: 'Lagre avtalen' }).click();
    await form.getByText('Lagret.').waitFor();
    const agreementRow = page.getByRole('row', { name: /Bedrift · Tokvam AS/ });
    await agreementRow.getByText('2,75 %').waitFor();
    type A = { royaltyAgreement: { all: { scope: string; rateBp: number; member: { name: string } | null }[] } };
    const agreements = (await h.gql<A>('{ royaltyAgreement { all { scope rateBp member { name } } } }', undefined, leaderToken)).data!
      .royaltyAgreement.all;
    expect(agreements).toEqual(expect.arrayContaining([{ scope: 'FIRM', rateBp: 275, member: { name: 'Tokvam AS' } }]));
    // a rate with three decimals is refused under the field, and nothing is saved
    await form.getByLabel('Sats').fill('2,755');
    await form.getByText('Høyst to desimaler').waitFor();
    await axe(page, 'royalty agreement form');
    await ctx.close();
  });

  it('a firm user sees only its own statements and balance', async () => {
    const firmToken = await h.token(USERS.firmA.email, USERS.firmA.password);
    const own = await h.gql<{ royaltyStatements: { id: number; member: { name: string } }[] }>(
      '{ royaltyStatements { id member { name } } }',
      undefined,
      firmToken,
    );
    const all = await h.gql<{ royaltyStatements: { id: number; member: { name: string } }[] }>(
      '{ royaltyStatements { id member { name } } }',
      undefined,
      leaderToken,
    );
    expect(own.data!.royaltyStatements.length).toBeGreaterThan(0);
    expect(new Set(own.data!.royaltyStatements.map((s) => s.member.name))).toEqual(new Set(['Nammo Raufoss AS']));
    const others = [...new Set(all.data!.royaltyStatements.map((s) => s.member.name))].filter((n) => n !== 'Nammo Raufoss AS');
    expect(others.length).toBeGreaterThan(0);

    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.firmA.email, USERS.firmA.password);
    await page.getByRole('link', { name: 'Royalty' }).click();
    await page.getByText('Dere skylder foreningen').waitFor();
    await settled(page);
    const balance = await h.gql<{ royaltyBalance: { minorUnits: string } }>(
      'query($f: Int!) { royaltyBalance(firmId: $f) { minorUnits } }',
      { f: (await h.gql<{ me: { firm: { id: number } } }>('{ me { firm { id } } }', undefined, firmToken)).data!.me.firm.id },
      firmToken,
    );
    expect(flat(await page.getByTestId('our-balance').innerText())).toBe(kr(balance.data!.royaltyBalance.minorUnits));
    const rows = page.getByRole('table').first().getByRole('row');
    expect((await rows.count()) - 1).toBe(own.data!.royaltyStatements.length); // one header row
    const text = await page.locator('main').innerText();
    for (const name of others) expect(text).not.toContain(name);
    // no way to run, issue or see the association's totals
    expect(await page.getByRole('form', { name: 'Beregn oppgjør for en periode' }).count()).toBe(0);
    expect(await page.getByText('Bedriftene skylder foreningen').count()).toBe(0);
    await axe(page, 'royalties (firm)');
    await shot(page, 'console-royalties-firm-nb.png');
    // an order: only the firm's own line, which it reports (the leader confirms) rather than records
    const order = (
      await h.gql<{ orders: { id: number; contractReference: string }[] }>('{ orders { id contractReference } }', undefined, firmToken)
    ).data!.orders[0];
    await page.getByRole('link', { name: 'Ordrer' }).click();
    await page.getByRole('link', { name: order.contractReference }).click();
    await page.getByRole('heading', { level: 1, name: order.contractReference }).waitFor();
    await page.getByRole('button', { name: 'Rapporter faktura: Nammo Raufoss AS' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Registrer faktura/ }).count()).toBe(0);
    const orderText = await page.locator('main').innerText();
    for (const name of others) expect(orderText).not.toContain(name);
    await axe(page, 'order (firm)');
    await shot(page, 'console-order-firm-nb.png');
    // the API refuses another firm's statement too
    const foreign = all.data!.royaltyStatements.find((s) => s.member.name !== 'Nammo Raufoss AS')!;
    expect((await h.gql(`{ royaltyStatement(id: ${foreign.id}) { id } }`, undefined, firmToken)).errors?.[0].extensions.code).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    await page.goto(`${h.url}/royalties/statements/${foreign.id}`);
    await page.getByRole('alert').first().waitFor();
    await ctx.close();
  });

  it("a brochure is made in bokmål, shows its page count and size, and downloads as a PDF naming the network's firms", async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.leader.email, USERS.leader.password);
    await page.getByRole('link', { name: 'Brosjyrer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brosjyrer' }).waitFor();
    await axe(page, 'brochures');
    await page.getByRole('form', { name: 'Lag en brosjyre' }).getByRole('button', { name: 'Lag PDF' }).click();
    const made = page.getByRole('status').filter({ hasText: /Brosjyre \d+ er laget/ });
    await made.waitFor();
    const id = Number(/Brosjyre (\d+) er laget/.exec(await made.innerText())![1]);
    const facts = await h.gql<{ brochures: { id: number; pageCount: number; byteSize: number; language: string; kind: string }[] }>(
      '{ brochures(limit: 50) { id pageCount byteSize language kind } }',
      undefined,
      leaderToken,
    );
    const b = facts.data!.brochures.find((x) => x.id === id)!;
    expect(b).toMatchObject({ kind: 'NETWORK', language: 'NB' });
    await made.getByText(new RegExp(`^${b.pageCount} ${b.pageCount === 1 ? 'side' : 'sider'}, `)).waitFor();
    const download = page.waitForEvent('download');
    await made.getByRole('button', { name: `Last ned PDF: brosjyre ${id}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await file.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(b.byteSize);
    const text = flat(pdfPages(pdf).join(' '));
    const members = await h.gql<{ members: { nodes: { name: string }[] } }>(
      '{ members(first: 500, filter: { status: ACTIVE }) { nodes { name } } }',
      undefined,
      leaderToken,
    );
    const names = members.data!.members.nodes.map((m) => m.name);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(text).toContain(flat(name));
    expect(pdfPages(pdf)).toHaveLength(b.pageCount);
    await axe(page, 'brochures (made)');
    await shot(page, 'console-brochures-nb.png');

    type Made = {
      id: number;
      text: string;
      facts: { pageCount: number; byteSize: number; language: string; kind: string; tenderId: number | null };
    };
    /** Makes a brochure with the form as it is set now, downloads it, and reads its text. */
    const makeAndRead = async (): Promise<Made> => {
      const ids = async () =>
        (
          await page
            .getByRole('status')
            .filter({ hasText: /Brosjyre \d+ er laget/ })
            .allInnerTexts()
        ).map((x) => Number(/Brosjyre (\d+) er laget/.exec(x)![1]));
      const seen = Math.max(0, ...(await ids()));
      await page.getByRole('form', { name: 'Lag en brosjyre' }).getByRole('button', { name: 'Lag PDF' }).click();
      let madeId = 0;
      for (let i = 0; i < 300 && !madeId; i++) {
        madeId = (await ids()).find((x) => x > seen) ?? 0;
        if (!madeId) await page.waitForTimeout(100);
      }
      expect(madeId).toBeGreaterThan(seen);
      const all = await h.gql<{ brochures: ({ id: number } & Made['facts'])[] }>(
        '{ brochures(limit: 50) { id pageCount byteSize language kind tenderId } }',
        undefined,
        leaderToken,
      );
      const facts = all.data!.brochures.find((x) => x.id === madeId)!;
      const dl = page.waitForEvent('download');
      await page
        .getByRole('button', { name: `Last ned PDF: brosjyre ${madeId}` })
        .first()
        .click();
      const body = readFileSync((await (await dl).path())!);
      expect(body.length).toBe(facts.byteSize);
      expect(pdfPages(body)).toHaveLength(facts.pageCount);
      return { id: madeId, text: flat(pdfPages(body).join(' ')), facts };
    };

    // a tender brochure: the tender, its buyer and the firms of the solver's first alternative, and no other member
    const offered = await h.gql<{ tenders: { nodes: { id: number; title: string }[] } }>(
      '{ tenders(first: 200, filter: { stages: [GO, BID_IN_PREPARATION, SUBMITTED, WON] }) { nodes { id title } } }',
      undefined,
      leaderToken,
    );
    type Sg = {
      tender: { id: number; title: string; buyerName: string };
      suggestConsortia: { alternatives: { rank: number; firms: { firmName: string }[] }[] };
    };
    let chosen: Sg | null = null;
    for (const tn of offered.data!.tenders.nodes) {
      const sg = await h.gql<Sg>(
        'query($t: Int!) { tender(id: $t) { id title buyerName } suggestConsortia(tenderId: $t, options: { alternatives: 1 }) { alternatives { rank firms { firmName } } } }',
        { t: tn.id },
        leaderToken,
      );
      if (sg.data?.suggestConsortia.alternatives[0]?.firms.length) {
        chosen = sg.data;
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const tender = chosen!.tender;
    const involved = chosen!.suggestConsortia.alternatives[0].firms.map((f) => f.firmName);
    const form = page.getByRole('form', { name: 'Lag en brosjyre' });
    await form.getByText('Til en konkurranse', { exact: true }).click();
    await form.getByRole('textbox', { name: 'Konkurranse' }).click();
    await page.getByRole('option', { name: tender.title, exact: true }).click();
    expect(await form.getByRole('textbox', { name: 'Konsortiet' }).inputValue()).toBe('Løserens alternativ 1');
    await axe(page, 'brochures (tender form)');
    const tenderBrochure = await makeAndRead();
    expect(tenderBrochure.facts).toMatchObject({ kind: 'TENDER', language: 'NB', tenderId: tender.id });
    expect(tenderBrochure.text).toContain('Konsortiepresentasjon');
    expect(tenderBrochure.text).toContain(flat(tender.title));
    expect(tenderBrochure.text).toContain(flat(tender.buyerName));
    for (const name of involved) expect(tenderBrochure.text).toContain(flat(name));
    const outsider = names.find((n) => !involved.includes(n) && !involved.some((i) => i.includes(n) || n.includes(i)))!;
    expect(tenderBrochure.text).not.toContain(flat(outsider));

    // the network brochure in English
    await form.getByText('Nettverket', { exact: true }).click();
    await form.getByText('English', { exact: true }).click();
    const english = await makeAndRead();
    expect(english.facts).toMatchObject({ kind: 'NETWORK', language: 'EN' });
    expect(english.text).toContain('Capability brochure');
    expect(english.text).toContain('Contents');
    for (const name of names) expect(english.text).toContain(flat(name));
    await axe(page, 'brochures (English made)');
    await ctx.close();
  });

  it('the administrator creates a user, deactivates and reactivates them, and finds it in the audit trail', async () => {
    const email = `ny.bruker.${Date.now() % 100000}@tokvam.example`;
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.admin.email, USERS.admin.password);
    await page.getByRole('link', { name: 'Brukere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brukere' }).waitFor();
    await axe(page, 'users');
    const form = page.getByRole('form', { name: 'Ny bruker' });
    await form.getByLabel('E-post').fill(email);
    await form.getByLabel('Navn').fill('Kari Tokvam');
    await form.getByLabel('Passord (minst 10 tegn)').fill('et-langt-passord-1');
    await form.getByRole('textbox', { name: 'Bedrift' }).click();
    await page.getByRole('option', { name: 'Tokvam AS' }).click();
    await form.getByRole('button', { name: 'Opprett brukeren' }).click();
    await page.getByText(`Brukeren ${email} er opprettet.`).waitFor();
    type U = { users: { email: string; active: boolean; role: string; firm: { name: string } | null }[] };
    const user = async () =>
      (await h.gql<U>('{ users { email active role firm { name } } }', undefined, adminToken)).data!.users.find((u) => u.email === email)!;
    expect(await user()).toMatchObject({ active: true, role: 'FIRM_USER', firm: { name: 'Tokvam AS' } });
    await page.getByRole('button', { name: `Deaktiver ${email}` }).click();
    await page.getByText('Kari Tokvam er deaktivert og logget ut.').waitFor();
    expect((await user()).active).toBe(false);
    await page.getByRole('button', { name: `Aktiver ${email} igjen` }).click();
    await page.getByText('Kari Tokvam kan logge inn igjen.').waitFor();
    expect((await user()).active).toBe(true);
    // Kari becomes a project leader: no firm any more, and her browser sessions end
    const kariCtx = await h.context();
    const kariPage = await kariCtx.newPage();
    await signIn(kariPage, h.url, email, 'et-langt-passord-1');
    const kariToken = await h.token(email, 'et-langt-passord-1');
    await page.getByRole('button', { name: `Endre rolle eller bedrift for ${email}` }).click();
    const change = page.getByRole('dialog', { name: 'Rolle og bedrift for Kari Tokvam' });
    await change.getByRole('textbox', { name: 'Rolle' }).click();
    await page.getByRole('option', { name: 'Prosjektleder', exact: true }).click();
    await axe(page, 'change role');
    await change.getByRole('button', { name: 'Lagre' }).click();
    await change.waitFor({ state: 'detached' });
    await page.getByText('Rollen til Kari Tokvam er endret.').waitFor();
    expect(await user()).toMatchObject({ active: true, role: 'PROJECT_LEADER', firm: null });
    await page.getByRole('row', { name: email }).getByText('Prosjektleder').waitFor();
    // her browser asks her to sign in again; a token already in hand carries the new role at once
    await kariPage.reload();
    await kariPage.getByRole('button', { name: 'Logg inn' }).waitFor();
    await kariCtx.close();
    const inHand = await h.gql<{ me: { role: string; firm: unknown } }>('{ me { role firm { id } } }', undefined, kariToken);
    expect(inHand.data!.me).toEqual({ role: 'PROJECT_LEADER', firm: null });
    await shot(page, 'console-users-nb.png');

    await page.getByRole('link', { name: 'Revisjonslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Revisjonslogg' }).waitFor();
    const filters = page.getByRole('form', { name: 'Utvalg' });
    const count = async (f: Record<string, string>) =>
      (
        await h.gql<{ auditRecords: { totalCount: number } }>(
          'query($f: AuditRecordFilterInput) { auditRecords(filter: $f) { totalCount } }',
          { f: { actor: USERS.admin.email, ...f } },
          adminToken,
        )
      ).data!.auditRecords.totalCount;
    await filters.getByLabel('Hvem').fill(USERS.admin.email);
    await filters.getByLabel('Handling').fill('deactivateUser');
    // the list as the API counts it for this filter (typing is debounced: wait for the answer, not a cell)
    const deactivations = await count({ action: 'deactivateUser' });
    expect(deactivations).toBeGreaterThan(0);
    await page.getByText(new RegExp(`^Viser ${deactivations} av ${deactivations}$`)).waitFor();
    await page.getByRole('cell', { name: 'reactivateUser' }).first().waitFor({ state: 'detached' });
    await settled(page);
    const actions = await page.getByRole('row').allInnerTexts();
    expect(actions.slice(1).length).toBeGreaterThan(0);
    for (const a of actions.slice(1)) expect(a).toContain('deactivateUser');
    await axe(page, 'audit');
    await shot(page, 'console-audit-trail-nb.png');
    // when: the administrator's changes today, then from tomorrow (none), counted as the API counts them
    await filters.getByLabel('Handling').fill('');
    await filters.getByLabel('Fra').fill(today);
    await filters.getByLabel('Til').fill(today);
    const todays = await count({ from: today, to: today });
    expect(todays).toBeGreaterThanOrEqual(3); // created, deactivated, reactivated, role changed
    await page.getByText(new RegExp(`^Viser \\d+ av ${todays}$`)).waitFor();
    for (const a of (await page.getByRole('row').allInnerTexts()).slice(1)) expect(a).toContain(USERS.admin.email);
    await page.getByRole('cell', { name: 'changeUserRole' }).first().waitFor();
    const tomorrow = addDays(today, 1);
    await filters.getByLabel('Fra').fill(tomorrow);
    await filters.getByLabel('Til').fill(tomorrow);
    expect(await count({ from: tomorrow, to: tomorrow })).toBe(0);
    await page.getByText('Ingen hendelser passer utvalget').waitFor();
    // to yesterday: nothing the administrator did today
    await filters.getByLabel('Fra').fill('');
    await filters.getByLabel('Til').fill(addDays(today, -1));
    const before = await count({ to: addDays(today, -1) });
    if (before === 0) await page.getByText('Ingen hendelser passer utvalget').waitFor();
    else await page.getByText(new RegExp(`^Viser \\d+ av ${before}$`)).waitFor();
    await axe(page, 'audit (dates)');
    // membership dues for next year, which has no table yet: the administrator sets it up
    const next = String(Number(today.slice(0, 4)) + 1);
    // a firm registered without its head count owes dues in no band: the line says so in bokmål
    const unknown = await h.gql('mutation { registerMember(input: { name: "Hodeløs Aluminium AS" }) { id } }', undefined, adminToken);
    expect(unknown.errors).toBeUndefined();
    await page.getByRole('link', { name: 'Kontingent' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medlemskontingent' }).waitFor();
    await page.getByRole('textbox', { name: 'År' }).click();
    await page.getByRole('option', { name: next, exact: true }).click();
    await page.getByText(`Ingen satser for ${next}`).waitFor();
    const dues = page.getByRole('form', { name: `Satser for ${next}` });
    const save = () => dues.getByRole('button', { name: `Lagre satsene for ${next}` }).click();
    // a fee left empty: graphql-js refuses the variable, and the form says so under that fee in bokmål
    await dues.getByLabel('Kontingent (rad 1)').fill('4 000');
    await save();
    await dues.getByText('Må fylles ut.', { exact: true }).waitFor();
    expect(await dues.getByLabel('Serviceavgift (rad 1)').getAttribute('aria-invalid')).toBe('true');
    expect(await dues.getByText(/is not an amount|Variable "\$input"/).count()).toBe(1); // only as the banner's technical detail
    await dues.getByLabel('Serviceavgift (rad 1)').fill('1 500,50');
    // a top band with an end leaves bigger firms without a rate: refused, said under that "Til" in bokmål
    await dues.getByLabel('Til (rad 1)').fill('10');
    await save();
    await dues.getByText('La «Til» stå tomt i den øverste raden (rad 1), så alle bedrifter får en sats.', { exact: true }).waitFor();
    expect(await dues.getByLabel('Til (rad 1)').getAttribute('aria-invalid')).toBe('true');
    await dues.getByRole('alert').getByText('Se meldingen ved hvert felt som er merket.').waitFor();
    await shot(page, 'console-dues-refused-nb.png');
    // a table two bands of which do not meet: the second's "Fra" says where it must start
    await dues.getByRole('button', { name: 'Legg til rad' }).click();
    await dues.getByLabel('Fra (rad 2)').fill('12');
    await dues.getByLabel('Kontingent (rad 2)').fill('5 000');
    await dues.getByLabel('Serviceavgift (rad 2)').fill('2 000');
    await save();
    await dues.getByText('Rad 1 slutter på 10 ansatte, så rad 2 må begynne på 11: ingen hull, ingen overlapp.', { exact: true }).waitFor();
    expect(await dues.getByLabel('Fra (rad 2)').getAttribute('aria-invalid')).toBe('true');
    await dues.getByRole('button', { name: 'Fjern rad 2' }).click();
    await dues.getByLabel('Til (rad 1)').fill('');
    await axe(page, 'dues');
    await save();
    await page.getByRole('table').first().getByText('kr 5 500,50').waitFor();
    const headless = page.getByRole('row', { name: /Hodeløs Aluminium AS/ });
    await headless.getByText('Antall ansatte er ukjent: ingen sats, intet beløp. Oppdater medlemmet.').waitFor();
    expect(await page.getByText(/Number of employees unknown/).count()).toBe(0);
    const band = await h.gql<{ membershipDues: { bands: { total: { minorUnits: string } }[] } }>(
      `{ membershipDues(year: ${next}) { bands { total { minorUnits } } } }`,
      undefined,
      adminToken,
    );
    expect(band.data!.membershipDues.bands.map((b) => b.total.minorUnits)).toEqual(['550050']);
    // the buyers' contact that brochures print
    await page.getByRole('link', { name: 'Kontakt for kjøpere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontakt for kjøpere' }).waitFor();
    await page.getByRole('form', { name: 'Kontakt for kjøpere' }).getByLabel('Navn').fill('Ingrid Fly');
    await page.getByRole('form', { name: 'Kontakt for kjøpere' }).getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Kontakten er lagret.').waitFor();
    const contact = await h.gql<{ networkContact: { name: string } }>('{ networkContact { name } }', undefined, adminToken);
    expect(contact.data!.networkContact.name).toBe('Ingrid Fly');
    await axe(page, 'network contact');
    await ctx.close();
  });

  it("the member register finds firms by name, capability or certificate, and opens a firm's public profile", async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.firmA.email, USERS.firmA.password);
    await page.getByRole('link', { name: 'Medlemsregister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medlemsregister' }).waitFor();
    await axe(page, 'member register');
    const search = page.getByRole('search', { name: 'Søk i registeret' });
    await search.getByRole('textbox', { name: 'Sertifikat' }).click();
    // the certificates by their names, as everywhere else in the console (not the API's codes)
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['ISO 3834-2', 'AQAP 2110', 'EN/AS 9100', 'Virksomhetsklarering']));
    for (const o of options) expect(o).not.toMatch(/_/);
    await page.getByRole('option', { name: 'ISO 3834-2', exact: true }).click();
    await page.waitForFunction(
      (el) => (el as HTMLInputElement).value === 'ISO 3834-2',
      await search.getByRole('textbox', { name: 'Sertifikat' }).elementHandle(),
    );
    await settled(page);
    const api = await h.gql<{ members: { nodes: { name: string; certificates: { type: string; label: string }[] }[] } }>(
      '{ members(first: 500, filter: { certificateType: ISO_3834_2 }) { nodes { name certificates { type label } } } }',
      undefined,
      leaderToken,
    );
    const expected = api.data!.members.nodes.map((m) => m.name);
    expect(expected.length).toBeGreaterThan(0);
    for (const name of expected.slice(0, 10)) await page.getByRole('link', { name, exact: true }).waitFor();
    await page.getByRole('link', { name: expected[0], exact: true }).click();
    await page.getByRole('heading', { level: 1, name: expected[0] }).waitFor();
    const label = api.data!.members.nodes[0].certificates.find((c) => c.type === 'ISO_3834_2')!.label;
    await page.getByRole('cell', { name: label }).first().waitFor();
    await axe(page, 'member profile');
    await shot(page, 'console-member-profile-nb.png');
    await ctx.close();
  });

  it('shows every new screen in English for a person who chose English, with no Norwegian menu left', async () => {
    await h.gql('mutation { setMyLanguage(language: EN) { id } }', undefined, adminToken);
    try {
      const ctx = await h.context();
      const page = await ctx.newPage();
      await signIn(page, h.url, USERS.admin.email, USERS.admin.password, 'nb');
      const screensEn: [string, string][] = [
        ['/pipeline', 'Pipeline'],
        ['/decisions', 'Decisions'],
        ['/orders', 'Orders'],
        ['/royalties', 'Royalties'],
        ['/materials', 'Brochures'],
        ['/members', 'Member register'],
        ['/admin/users', 'Users'],
        ['/admin/contact', 'Contact for buyers'],
        ['/admin/dues', 'Membership dues'],
        ['/admin/audit', 'Audit trail'],
      ];
      for (const [path, title] of screensEn) {
        await page.goto(`${h.url}${path}`);
        await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
        await page.getByRole('button', { name: 'Sign out' }).waitFor();
        await axe(page, `${title} (en)`);
      }
      const menu = await page.getByRole('navigation').first().innerText();
      for (const nb of ['Vedtak', 'Ordrer', 'Brosjyrer', 'Medlemsregister', 'Brukere', 'Revisjonslogg']) expect(menu).not.toContain(nb);
      await ctx.close();
    } finally {
      await h.gql('mutation { setMyLanguage(language: NB) { id } }', undefined, adminToken);
    }
  });

  it('has no serious or critical accessibility violation on any screen (axe-core)', () => {
    expect(screens.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'pipeline (table view)',
        'decisions',
        'orders',
        'order',
        'record invoice',
        'royalties',
        'royalties (firm)',
        'brochures',
        'users',
        'audit',
        'dues',
        'network contact',
        'member register',
        'member profile',
        'pipeline (filtered)',
        'record credit note',
        'record payment',
        'money reports',
        'reject money report',
        'mark statement paid',
        'royalty agreement form',
        'brochures (tender form)',
        'brochures (English made)',
        'change role',
        'audit (dates)',
      ]),
    );
    expect(screens.filter((s) => s.violations.length)).toEqual([]);
  });
});
