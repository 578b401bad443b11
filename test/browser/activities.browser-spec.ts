/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { Database } from '@app/core';
import { Order, OrderStatus } from '@app/orders';
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
 * The activities in the console as people use them, in a real browser against the real API: the
 * project leader puts a demo plan to the committee, members vote on the screen, the chair closes
 * the vote, the responsible contact reports and evaluates, and a firm user sees their firm's
 * activities without money. Found by role and label; results checked in what the API holds.
 */
jest.setTimeout(240_000);

const screens: { name: string; violations: string[] }[] = [];
const STYRE_PW = 'demo-styre-2006';
const CAMPAIGN = 'Budkampanje mot Luftforsvaret (demo)';

async function axe(page: Page, name: string): Promise<void> {
  await settled(page);
  screens.push({ name, violations: await seriousViolations(page) });
}

describe('activities in the web console (browser)', () => {
  let h: ConsoleHarness;
  let leaderToken: string;
  let campaignId = 0;

  interface Held {
    status: string;
    approvedRevision: number | null;
    statusReports: { status: string; text: string }[];
    figures: { returnPerKroneSpent: string | null; ordersWon: { minorUnits: string } } | null;
  }
  const held = async () =>
    (
      await h.gql<{ activity: Held }>(
        `{ activity(id: ${campaignId}) { status approvedRevision statusReports { status text } figures { returnPerKroneSpent ordersWon { minorUnits } } } }`,
        undefined,
        leaderToken,
      )
    ).data!.activity;

  beforeAll(async () => {
    h = await startConsole();
    leaderToken = await h.token(USERS.leader.email, USERS.leader.password);
    const list = await h.gql<{ activities: { id: number; title: string }[] }>('{ activities { id title } }', undefined, leaderToken);
    campaignId = list.data!.activities.find((a) => a.title === CAMPAIGN)!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the leader puts a plan to the committee; members vote on the screen and the chair closes the vote', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.leader.email, USERS.leader.password);
    await page.getByRole('link', { name: 'Aktiviteter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter' }).waitFor();
    // by board area, with who holds it
    const marketing = page.getByRole('region', { name: 'Marked og relasjoner' });
    await marketing.getByText('Ansvarlig: Demo styringskomité (fylket)').waitFor();
    await marketing.getByRole('link', { name: CAMPAIGN }).waitFor();
    await marketing.getByText('kr 330 000,00').waitFor();
    await axe(page, 'activities');
    await shot(page, 'console-activities-nb.png');

    await marketing.getByRole('link', { name: CAMPAIGN }).click();
    await page.getByRole('heading', { level: 1, name: CAMPAIGN }).waitFor();
    await page.getByText('Planen er ikke godkjent ennå.').waitFor();
    await page.getByRole('button', { name: 'Legg planen fram for styringskomiteen' }).click();
    const vote = page.getByRole('group', { name: /^Sak \d+ til votering$/ });
    await vote.waitFor();
    await vote
      .getByText(/Shall the plan of activity \d+ "Budkampanje mot Luftforsvaret \(demo\)" be approved: budget 330000\.00 NOK/)
      .waitFor();
    await axe(page, 'activity (in vote)');
    await ctx.close();

    // two members vote on their screens; the chair votes and closes
    for (const [email, choice] of [
      ['styre2@totalfly.example', 'Ja'],
      ['styre3@totalfly.example', 'Nei'],
      ['styre@totalfly.example', 'Ja'],
    ] as const) {
      const c = await h.context();
      const p = await c.newPage();
      await signIn(p, h.url, email, STYRE_PW);
      await p.goto(`${h.url}/activities/${campaignId}`);
      const group = p.getByRole('group', { name: /^Sak \d+ til votering$/ });
      await group.getByRole('button', { name: choice, exact: true }).click();
      await group
        .getByText(new RegExp(`· ${email === 'styre2@totalfly.example' ? 1 : email === 'styre3@totalfly.example' ? 2 : 3} av 4 har stemt`))
        .waitFor();
      if (email === 'styre@totalfly.example') {
        await axe(p, 'activity (member voting)');
        await group.getByRole('button', { name: 'Avslutt voteringen' }).click();
        await p.getByText(/^Revisjon 1, vedtak \d+:/).waitFor();
        await p.getByText('Godkjent', { exact: true }).first().waitFor();
      }
      await c.close();
    }
    expect(await held()).toMatchObject({ status: 'APPROVED', approvedRevision: 1 });
  });

  it('the responsible contact reports status and closes the activity with an evaluation worked out from the linked orders', async () => {
    // an order won through the campaign: 1 200 000 kr
    const orderId = await h.app.get(Database).transaction(async (tx) =>
      Number(
        (
          await tx.insert(Order, {
            buyerName: 'Forsvarsmateriell',
            contractReference: 'DEMO-ACT-1',
            awardedValueMinor: 1_200_000_00,
            currency: 'NOK',
            awardDate: '2026-11-01',
            status: OrderStatus.ACTIVE,
            createdAt: new Date(),
          })
        ).identifiers[0].id,
      ),
    );
    expect(
      (
        await h.gql(
          `mutation { linkToActivity(activityId: ${campaignId}, kind: ORDER, targetId: ${orderId}) { id } }`,
          undefined,
          leaderToken,
        )
      ).errors,
    ).toBeUndefined();

    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, 'styre2@totalfly.example', STYRE_PW);
    await page.goto(`${h.url}/activities/${campaignId}`);
    const report = page.getByRole('form', { name: 'Ny statusrapport' });
    await report.getByText('I fare').click();
    await report.getByLabel('Hva er status?').fill('Leverandørdagen er flyttet; to bedrifter mangler AQAP-dokumentasjon.');
    await report.getByRole('button', { name: 'Lagre statusrapport' }).click();
    await page.getByText(/: Leverandørdagen er flyttet; to bedrifter mangler AQAP-dokumentasjon\.$/).waitFor();
    expect((await held()).statusReports).toEqual([
      { status: 'AT_RISK', text: 'Leverandørdagen er flyttet; to bedrifter mangler AQAP-dokumentasjon.' },
    ]);
    // a report for a day to come is refused, under the field in bokmål, and nothing is kept
    await report.getByLabel('Hva er status?').fill('Fra fremtiden');
    await report.getByLabel('Gjelder dato').fill('2099-01-01');
    await report.getByRole('button', { name: 'Lagre statusrapport' }).click();
    await report.getByText('Datoen er fram i tid. Dette registreres når det har skjedd.', { exact: true }).waitFor();
    expect((await held()).statusReports).toHaveLength(1);
    await axe(page, 'activity (contact)');

    const evaluation = page.getByRole('form', { name: 'Avslutt med evaluering' });
    await evaluation.getByText('Delvis nådd').click();
    await evaluation.getByLabel('Brukt totalt').fill('300 000');
    await evaluation.getByText('Leses som kr 300 000,00').waitFor();
    await evaluation.getByLabel('Erfaringer').fill('Start leverandørdagen tidligere.');
    await evaluation.getByRole('button', { name: 'Avslutt aktiviteten' }).click();
    // 1 200 000 / 300 000 = 4,00 per krone spent; 1 200 000 / 250 000 of grant = 4,80
    const figures = page.getByRole('table', { name: /Tallene regnes ut/ });
    await figures.getByRole('row', { name: /Ordrer per brukt krone\s+4,00/ }).waitFor();
    await figures.getByRole('row', { name: /Ordrer per tilskuddskrone\s+4,80/ }).waitFor();
    await figures.getByRole('row', { name: /Ordrer vunnet \(1\)\s+kr\s1\s200\s000,00/ }).waitFor();
    await figures.getByRole('row', { name: /Avvik \(brukt − budsjett\).*30\s000,00/ }).waitFor();
    expect(await held()).toMatchObject({
      status: 'CLOSED',
      figures: { returnPerKroneSpent: '4.00', ordersWon: { minorUnits: '120000000' } },
    });
    await axe(page, 'activity (evaluated)');
    await shot(page, 'console-activity-evaluated-nb.png');
    await chooseLanguage(page, 'en');
    await page.getByRole('row', { name: /Orders per krone spent\s+4\.00/ }).waitFor();
    await axe(page, 'activity (evaluated, en)');
    await shot(page, 'console-activity-evaluated-en.png');
    await chooseLanguage(page, 'nb');
    await page.getByRole('heading', { level: 2, name: 'Evaluering' }).waitFor();
    await ctx.close();
  });

  it('a firm user sees the activities their firm takes part in, and no money', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.firmB.email, USERS.firmB.password); // Sagstuen: the campaign only
    await page.getByRole('link', { name: 'Aktiviteter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter' }).waitFor();
    await page.getByText('Aktivitetene bedriften din deltar i.').waitFor();
    await page.getByRole('link', { name: CAMPAIGN }).waitFor();
    expect(await page.getByRole('link', { name: 'ISO 9001-forbedringsnettverk (demo)' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Budsjett' }).count()).toBe(0);
    expect(await page.getByText(/kr\s/).count()).toBe(0);
    await axe(page, 'activities (firm)');
    await page.getByRole('link', { name: CAMPAIGN }).click();
    await page.getByRole('heading', { level: 1, name: CAMPAIGN }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Evaluering' }).waitFor();
    await page.getByText('Start leverandørdagen tidligere.').waitFor();
    expect(await page.getByText(/kr\s/).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Godkjenning i styringskomiteen' }).count()).toBe(0);
    await axe(page, 'activity (firm)');
    await shot(page, 'console-activity-firm-nb.png');
    await ctx.close();
  });

  it('the leader creates a plan in kroner with a milestone; a bad input is shown under its field and writes nothing', async () => {
    const NEW = 'Messestand på Farnborough (test)';
    interface Plan {
      id: number;
      title: string;
      kind: string;
      areaCode: string;
      status: string;
      projectLeader: { id: number };
      contact: { id: number };
      firms: { name: string }[];
      budget: { source: string; grantId: number | null; note: string | null; amount: { minorUnits: string } }[];
      milestones: { title: string; dueDate: string }[];
    }
    const plans = async () =>
      (
        await h.gql<{ activities: Plan[] }>(
          '{ activities { id title kind areaCode status projectLeader { id } contact { id } firms { name } budget { source grantId note amount { minorUnits } } milestones { title dueDate } } }',
          undefined,
          leaderToken,
        )
      ).data!.activities;
    const before = (await plans()).length;
    const grants = (await h.gql<{ grants: { id: number }[] }>('{ grants { id } }', undefined, leaderToken)).data!.grants;
    const grantId = grants[0].id;

    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.leader.email, USERS.leader.password);
    await page.getByRole('link', { name: 'Aktiviteter' }).click();
    await page.getByRole('link', { name: 'Ny aktivitet' }).click();
    const form = page.getByRole('form', { name: 'Ny aktivitet' });
    await form.getByRole('textbox', { name: /^Tittel/ }).fill(NEW);
    await form.getByRole('textbox', { name: /^Type/ }).click();
    await page.getByRole('option', { name: 'Markedsføring' }).click();
    await form.getByRole('textbox', { name: /^Styreområde/ }).click();
    await page.getByRole('option', { name: 'Prosjektstyring' }).click();
    await form.getByLabel('Mål').fill('Vise nettverkets kapasitet for tre primærleverandører.');
    await form.getByRole('textbox', { name: /^Prosjektleder/ }).click();
    await page.getByRole('option', { name: 'Demo prosjektleder (RTIM)' }).click();
    await form.getByRole('textbox', { name: /^Deltakende bedrifter/ }).click();
    await page.getByRole('option', { name: 'Sagstuen', exact: false }).first().click();
    await page.keyboard.press('Escape');
    const line = form.getByRole('group', { name: 'Budsjettlinje 1' });
    await line.getByRole('textbox', { name: /^Finansiering/ }).click();
    await page.getByRole('option', { name: 'Tilskudd' }).click();
    await line.getByRole('textbox', { name: /^Tilskudd fra tilskuddsregisteret/ }).click();
    await page.getByRole('option', { name: /Innovation Norway/ }).click();
    await line.getByLabel('Beløp').fill('45 000,50');
    await line.getByText('Leses som kr 45 000,50').waitFor();
    const milestone = form.getByRole('group', { name: 'Milepæl 1' });
    await milestone.getByLabel('Milepæl', { exact: true }).fill('Stand bestilt');
    // a milestone without a date: said under the date, nothing is written, what was typed stays
    await form.getByRole('button', { name: 'Lagre utkastet' }).click();
    await milestone.getByText('Velg en dato for milepælen').waitFor();
    expect(await plans()).toHaveLength(before);
    expect(await form.getByRole('textbox', { name: /^Tittel/ }).inputValue()).toBe(NEW);
    // the contact came with the area: the member who holds project management
    expect(await form.getByRole('textbox', { name: /^Ansvarlig i styret/ }).inputValue()).toBe('Demo styringskomité (bedrift B)');
    await axe(page, 'new activity');
    await shot(page, 'console-activity-new-nb.png');
    await milestone.getByLabel('Dato').fill('2027-03-15');
    await form.getByRole('button', { name: 'Lagre utkastet' }).click();
    await page.getByRole('heading', { level: 1, name: NEW }).waitFor();
    const created = (await plans()).find((p) => p.title === NEW)!;
    expect(created).toMatchObject({
      kind: 'MARKETING',
      areaCode: 'PROJECTS',
      status: 'DRAFT',
      firms: [{ name: expect.stringContaining('Sagstuen') }],
      budget: [{ source: 'GRANT', grantId, note: '', amount: { minorUnits: '4500050' } }],
      milestones: [{ title: 'Stand bestilt', dueDate: '2027-03-15' }],
    });
    expect((await plans()).length).toBe(before + 1);

    // the working plan's budget: a grant planned beyond its amount is refused under the budget, and nothing changes
    await page.getByRole('button', { name: 'Endre budsjett og milepæler' }).click();
    const edit = page.getByRole('form', { name: 'Endre budsjett og milepæler' });
    await edit.getByRole('group', { name: 'Budsjettlinje 1' }).getByLabel('Beløp').fill('999 000');
    await edit.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
    await edit.getByRole('group', { name: 'Budsjettlinje 2' }).getByLabel('Beløp').fill('12 345,67');
    await edit.getByRole('button', { name: 'Lagre endringen' }).click();
    // in bokmål, with what is left of the grant as money (the API's English is only the banner's technical detail)
    await edit
      .getByRole('alert')
      .getByText(/^Tilskuddet .+ har bare kr\s[\d\s]+,\d{2} igjen til denne planen\.$/)
      .waitFor();
    await axe(page, 'activity (edit plan, error)');
    await shot(page, 'console-activity-edit-error-nb.png');
    expect((await plans()).find((p) => p.id === created.id)!.budget.map((b) => b.amount.minorUnits)).toEqual(['4500050']);
    await edit.getByRole('group', { name: 'Budsjettlinje 1' }).getByLabel('Beløp').fill('40 000');
    await edit.getByRole('button', { name: 'Legg til milepæl' }).click();
    await edit.getByRole('group', { name: 'Milepæl 2' }).getByLabel('Milepæl', { exact: true }).fill('Messen åpner');
    await edit.getByRole('group', { name: 'Milepæl 2' }).getByLabel('Dato').fill('2027-07-20');
    await edit.getByRole('button', { name: 'Lagre endringen' }).click();
    await page
      .getByRole('table', { name: /Budsjett og finansiering/ })
      .getByText(/kr\s52\s345,67/)
      .waitFor();
    expect((await plans()).find((p) => p.id === created.id)).toMatchObject({
      budget: [
        { source: 'GRANT', grantId, amount: { minorUnits: '4000000' } },
        { source: 'OWN_FUNDS', grantId: null, amount: { minorUnits: '1234567' } },
      ],
      milestones: [
        { title: 'Stand bestilt', dueDate: '2027-03-15' },
        { title: 'Messen åpner', dueDate: '2027-07-20' },
      ],
    });
    // approved by the committee (through the API here; the first test votes on the screen), a change is held as the working plan
    const decisionId = (
      await h.gql<{ openSteeringDecision: { id: number } }>(
        `mutation { openSteeringDecision(input: { kind: ACTIVITY_APPROVAL, activityId: ${created.id} }) { id } }`,
        undefined,
        leaderToken,
      )
    ).data!.openSteeringDecision.id;
    for (const email of ['styre@totalfly.example', 'styre2@totalfly.example', 'styre3@totalfly.example']) {
      const vote = await h.gql(
        `mutation { castVote(decisionId: ${decisionId}, vote: YES) { id } }`,
        undefined,
        await h.token(email, STYRE_PW),
      );
      expect(vote.errors).toBeUndefined();
    }
    const closed = await h.gql(
      `mutation { closeSteeringDecision(decisionId: ${decisionId}) { result } }`,
      undefined,
      await h.token('styre@totalfly.example', STYRE_PW),
    );
    expect(closed.errors).toBeUndefined();
    await page.reload();
    await page.getByText(/^Revisjon 1, vedtak \d+:/).waitFor();
    await page.getByRole('button', { name: 'Endre budsjett og milepæler' }).click();
    await edit.getByText(/^Planen er godkjent\. Endringen lagres som arbeidsplan/).waitFor();
    await edit.getByRole('group', { name: 'Budsjettlinje 2' }).getByLabel('Beløp').fill('20 000');
    await edit.getByRole('button', { name: 'Lagre endringen' }).click();
    await page.getByText('Endret etter godkjenning').first().waitFor();
    await page.getByText(/^Budsjett eller milepæler er endret etter siste godkjenning/).waitFor();
    await page.getByRole('button', { name: 'Legg planen fram for styringskomiteen' }).waitFor();
    const after = await h.gql<{
      activity: {
        approvedRevision: number;
        changedSinceApproval: boolean;
        budgetTotal: { minorUnits: string };
        revisions: { budgetTotal: { minorUnits: string } }[];
      };
    }>(
      `{ activity(id: ${created.id}) { approvedRevision changedSinceApproval budgetTotal { minorUnits } revisions { budgetTotal { minorUnits } } } }`,
      undefined,
      leaderToken,
    );
    expect(after.data!.activity).toEqual({
      approvedRevision: 1,
      changedSinceApproval: true,
      budgetTotal: { minorUnits: '6000000' },
      revisions: [{ budgetTotal: { minorUnits: '5234567' } }],
    });
    await axe(page, 'activity (changed after approval)');
    await shot(page, 'console-activity-changed-nb.png');
    await ctx.close();

    // on a phone
    const phone = await h.context({ width: 390, height: 844 });
    const p2 = await phone.newPage();
    await signIn(p2, h.url, USERS.leader.email, USERS.leader.password);
    await p2.goto(`${h.url}/activities/new`);
    await p2.getByRole('form', { name: 'Ny aktivitet' }).waitFor();
    await axe(p2, 'new activity (phone)');
    await shot(p2, 'console-activity-new-phone-nb.png');
    await phone.close();
  });

  it('has no serious or critical accessibility violation on the activity screens (axe-core)', () => {
    expect(screens.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'activities',
        'activity (in vote)',
        'activity (contact)',
        'activity (evaluated)',
        'activities (firm)',
        'new activity',
        'activity (edit plan, error)',
      ]),
    );
    expect(screens.filter((s) => s.violations.length)).toEqual([]);
  });
});
