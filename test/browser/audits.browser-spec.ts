/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { AuditFinding } from '@app/audits';
import { addDays, Database, osloDate } from '@app/core';
import { type ConsoleHarness, seriousViolations, settled, shot, signIn, startConsole, USERS } from './support/console-harness';

/**
 * Coordinated supplier audits in the console, in a real browser against the real API (issue 28):
 * the project leader proposes the audit the programme suggests for StirTech (Nammo and Hydro both
 * due), Nammo accepts to rely on it, StirTech confirms the date in its own view (in English), Nammo's
 * auditor records a finding (a clause outside the scope is refused, naming the field, and nothing is
 * written), reports, StirTech answers with evidence, Nammo closes it and downloads the report; the
 * register then holds the audit for both members and not a third, and an outsider sees no findings.
 */
jest.setTimeout(240_000);

const screens: { name: string; violations: string[] }[] = [];

async function axe(page: Page, name: string): Promise<void> {
  await settled(page);
  screens.push({ name, violations: await seriousViolations(page) });
}

interface Suggestion {
  supplier: { id: number; name: string };
  members: { member: { id: number; name: string } }[];
}

describe('supplier audits in the console (browser)', () => {
  let h: ConsoleHarness;
  let leaderToken: string;
  let adminToken: string;
  let nammoToken: string;
  let stirtech = 0;
  let hydro = 0;
  let auditId = 0;
  const today = osloDate(new Date());
  const STIRTECH_USER = { email: 'kvalitet@stirtech.test', password: 'long-password-1' };
  const HYDRO_USER = { email: 'kvalitet@hydro.test', password: 'long-password-1' };

  async function userFor(u: { email: string; password: string }, firmId: number, name: string): Promise<string> {
    const r = await h.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email: u.email, displayName: name, password: u.password, role: 'FIRM_USER', firmId } },
      adminToken,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return h.token(u.email, u.password);
  }

  const AUDIT = `query($id: Int!) { audit(id: $id) { status viewerAccess supplierConfirmed registeredOn scope { standard clauses }
    participants { memberId status } findings { clause severity status correctiveAction evidence closedOn } } }`;
  type AuditAnswer = {
    audit: {
      status: string;
      viewerAccess: string;
      supplierConfirmed: boolean | null;
      registeredOn: string | null;
      scope: { standard: string; clauses: string[] }[] | null;
      participants: { memberId: number; status: string }[] | null;
      findings:
        | {
            clause: string;
            severity: string;
            status: string;
            correctiveAction: string | null;
            evidence: string | null;
            closedOn: string | null;
          }[]
        | null;
    };
  };
  const auditAs = async (token: string) => (await h.gql<AuditAnswer>(AUDIT, { id: auditId }, token)).data!.audit;

  beforeAll(async () => {
    h = await startConsole();
    leaderToken = await h.token(USERS.leader.email, USERS.leader.password);
    adminToken = await h.token(USERS.admin.email, USERS.admin.password);
    nammoToken = await h.token(USERS.firmA.email, USERS.firmA.password);
    const programme = await h.gql<{ auditProgramme: { suggestions: Suggestion[] } }>(
      '{ auditProgramme { suggestions { supplier { id name } members { member { id name } } } } }',
      undefined,
      leaderToken,
    );
    const s = programme.data!.auditProgramme.suggestions.find((x) => x.supplier.name === 'StirTech AS')!;
    stirtech = s.supplier.id;
    hydro = s.members.find((m) => m.member.name.startsWith('Hydro'))!.member.id;
    await userFor(STIRTECH_USER, stirtech, 'Kari Kvalitet (StirTech)');
    await userFor(HYDRO_USER, hydro, 'Hans Kvalitet (Hydro)');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the project leader proposes the audit the programme suggests, with a lead auditor at Nammo, on behalf of both members', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.leader.email, USERS.leader.password);
    await page.getByRole('link', { name: 'Leverandørrevisjoner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leverandørrevisjoner' }).waitFor();
    // the suggestion names both members and the standard; the demo's reported audit of Sagstuen is listed
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Foreslå revisjon av StirTech AS' }) });
    await row.getByText('Nammo Raufoss AS', { exact: false }).waitFor();
    await row.getByText('Hydro Aluminium Structures Raufoss AS', { exact: false }).waitFor();
    await row.getByRole('cell', { name: 'ISO 3834-2', exact: true }).waitFor();
    await page.getByRole('link', { name: /^Revisjon av Sagstuen AS/ }).waitFor();
    await axe(page, 'audit programme');
    await shot(page, 'console-audits-nb.png');

    await row.getByRole('button', { name: 'Foreslå revisjon av StirTech AS' }).click();
    const dialog = page.getByRole('dialog', { name: 'Foreslå revisjon av StirTech AS' });
    await dialog.getByLabel('Punkter i ISO 3834-2').fill('7.3, 7.4');
    await dialog.getByRole('textbox', { name: 'Ledende revisors bedrift' }).click();
    await page.getByRole('option', { name: 'Nammo Raufoss AS' }).click();
    await dialog.getByRole('textbox', { name: 'Ledende revisor', exact: true }).click();
    await page.getByRole('option', { name: 'Demo user, Nammo' }).click();
    await axe(page, 'propose audit');
    await dialog.getByRole('button', { name: 'Foreslå revisjon', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Revisjon av StirTech AS/ }).waitFor();
    auditId = Number(/\/supplier-audits\/(\d+)/.exec(page.url())![1]);

    const a = await auditAs(leaderToken);
    expect(a.status).toBe('PLANNED');
    expect(a.scope).toEqual([{ standard: 'ISO_3834_2', clauses: ['7.3', '7.4'] }]);
    expect(a.participants!.map((p) => p.memberId).sort()).toEqual([hydro, await nammoFirm()].sort());
    expect(a.participants!.every((p) => p.status === 'INVITED')).toBe(true);
    await page.getByRole('cell', { name: 'Invitert' }).first().waitFor();
    await axe(page, 'audit (planned)');
    await ctx.close();
  });

  async function nammoFirm(): Promise<number> {
    return (await h.gql<{ me: { firm: { id: number } } }>('{ me { firm { id } } }', undefined, nammoToken)).data!.me.firm.id;
  }

  it('Nammo accepts to rely on it; StirTech, in English, confirms the date from its own view', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.firmA.email, USERS.firmA.password);
    await page.getByRole('link', { name: 'Leverandørrevisjoner' }).click();
    await page.getByRole('link', { name: `Revisjon av StirTech AS (nr. ${auditId})` }).click();
    await page.getByRole('button', { name: 'Godta å bygge på resultatet' }).click();
    await page.getByRole('cell', { name: 'Godtatt' }).waitFor();
    await ctx.close();
    const hydroAccepted = await h.gql(
      `mutation { acceptAuditReliance(auditId: ${auditId}) { id } }`,
      undefined,
      await h.token(HYDRO_USER.email, HYDRO_USER.password),
    );
    expect(hydroAccepted.errors).toBeUndefined();

    const supplierToken = await h.token(STIRTECH_USER.email, STIRTECH_USER.password);
    await h.gql('mutation { setMyLanguage(language: EN) { id } }', undefined, supplierToken);
    const sctx = await h.context();
    const sp = await sctx.newPage();
    await signIn(sp, h.url, STIRTECH_USER.email, STIRTECH_USER.password);
    await sp.getByRole('link', { name: 'Supplier audits' }).click();
    const ofUs = sp.getByRole('heading', { name: 'Audits of our firm' });
    await ofUs.waitFor();
    await axe(sp, 'audit programme (supplier, en)');
    await sp.getByRole('link', { name: `Audit of StirTech AS (no. ${auditId})` }).click();
    await sp.getByText('date not confirmed by the supplier', { exact: false }).waitFor();
    await sp.getByRole('button', { name: 'Confirm the date' }).click();
    await sp.getByText('(confirmed by the supplier)').waitFor();
    expect((await auditAs(leaderToken)).supplierConfirmed).toBe(true);
    await axe(sp, 'audit (supplier, en)');
    await sctx.close();
  });

  it("Nammo's auditor records the audit as done, a finding within scope (one outside is refused and nothing written), and reports it", async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.firmA.email, USERS.firmA.password);
    await page.goto(`${h.url}/supplier-audits/${auditId}`);
    await page.getByRole('button', { name: 'Registrer at revisjonen er gjennomført' }).click();
    await page.getByText('Gjennomført', { exact: true }).first().waitFor();
    const form = page.getByRole('form', { name: 'Registrer funn' });
    await form.getByLabel('Punkt').fill('9.9');
    await form.getByRole('textbox', { name: 'Alvorlighet' }).click();
    await page.getByRole('option', { name: 'Mindre avvik' }).click();
    await form.getByLabel('Frist for tiltaket').fill(addDays(today, 30));
    await form.getByLabel('Beskrivelse').fill('Sveiseprosedyren (WPS) for FSW av skinneprofiler mangler kvalifiseringsprotokoll.');
    await form.getByRole('button', { name: 'Legg til funn' }).click();
    // the API's message under the field, and nothing written
    await form.getByRole('alert').first().waitFor();
    await expect(form.getByText(/7\.3/).first().isVisible()).resolves.toBe(true);
    expect((await auditAs(nammoToken)).findings).toEqual([]);
    await axe(page, 'audit (finding refused)');

    await form.getByLabel('Punkt').fill('7.3');
    await form.getByRole('button', { name: 'Legg til funn' }).click();
    await page.getByRole('heading', { level: 3, name: /Funn 1 · ISO 3834-2 7\.3/ }).waitFor();
    await page.getByLabel('Konklusjon').fill('StirTechs sveisekvalitetssystem oppfyller ISO 3834-2 punkt 7.3–7.4, med ett mindre avvik.');
    await page.getByRole('button', { name: 'Rapporter revisjonen' }).click();
    await page.getByText('Rapportert', { exact: true }).first().waitFor();

    // the register holds it for both relying members, and not for a third
    const a = await auditAs(nammoToken);
    expect(a.status).toBe('REPORTED');
    expect(a.registeredOn).toBe(today);
    const records = await h.gql<{ supplierAuditRecords: { buyerMemberId: number; standard: string; auditedOn: string }[] }>(
      `{ supplierAuditRecords(supplierMemberId: ${stirtech}) { buyerMemberId standard auditedOn } }`,
      undefined,
      leaderToken,
    );
    expect(records.data!.supplierAuditRecords.map((r) => [r.buyerMemberId, r.standard, r.auditedOn]).sort()).toEqual(
      [
        [await nammoFirm(), 'ISO_3834_2', today],
        [hydro, 'ISO_3834_2', today],
      ].sort(),
    );
    await ctx.close();
  });

  it('StirTech answers the finding with its action and evidence; Nammo closes it and downloads the report', async () => {
    const sctx = await h.context();
    const sp = await sctx.newPage();
    await signIn(sp, h.url, STIRTECH_USER.email, STIRTECH_USER.password);
    await sp.goto(`${h.url}/supplier-audits/${auditId}`);
    const answer = sp.getByRole('form', { name: 'Answer to finding 1' });
    await answer.getByLabel('Corrective action').fill('WPS-FSW-12 requalified; PQR filed');
    await answer.getByLabel('Evidence').fill('PQR-2026-044 and the signed WPQR');
    await answer.getByRole('button', { name: 'Send answer' }).click();
    await sp.getByText('PQR-2026-044 and the signed WPQR', { exact: true }).first().waitFor();
    await shot(sp, 'console-audit-supplier-en.png');
    await sctx.close();

    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.firmA.email, USERS.firmA.password);
    await page.goto(`${h.url}/supplier-audits/${auditId}`);
    await page.getByRole('button', { name: 'Lukk funn 1' }).click();
    await page.getByText('Lukket', { exact: false }).first().waitFor();
    const f = (await auditAs(nammoToken)).findings!;
    expect(f).toEqual([
      {
        clause: '7.3',
        severity: 'MINOR',
        status: 'CLOSED',
        correctiveAction: 'WPS-FSW-12 requalified; PQR filed',
        evidence: 'PQR-2026-044 and the signed WPQR',
        closedOn: today,
      },
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Rapport (PDF, norsk)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`audit-${auditId}-nb.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await axe(page, 'audit (reported)');
    await shot(page, 'console-audit-nb.png');
    await ctx.close();
  });

  it('a member outside the audit sees that it took place and no findings; as a supplier it sees its own audit with them', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, USERS.firmB.email, USERS.firmB.password);
    await page.goto(`${h.url}/supplier-audits/${auditId}`);
    await page.getByRole('heading', { level: 1, name: /^Revisjon av StirTech AS/ }).waitFor();
    await page.getByText('Dere ser bare at revisjonen fant sted').waitFor();
    await settled(page);
    expect(await page.getByRole('heading', { name: 'Funn og tiltak' }).count()).toBe(0);
    expect(await page.getByText('Sveiseprosedyren', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Rapport \(PDF/ }).count()).toBe(0);
    const seen = await auditAs(await h.token(USERS.firmB.email, USERS.firmB.password));
    expect(seen.viewerAccess).toBe('SUMMARY');
    expect(seen.findings).toBeNull();
    await axe(page, 'audit (outsider)');

    // Sagstuen's own audit (the demo's): its supplier view, the finding closed
    await page.getByRole('link', { name: 'Leverandørrevisjoner' }).click();
    await page.getByRole('heading', { name: 'Revisjoner av vår bedrift' }).waitFor();
    await page.getByRole('link', { name: /^Revisjon av Sagstuen AS/ }).click();
    await page.getByRole('heading', { name: 'Funn og tiltak' }).waitFor();
    await page.getByText('To mikrometre hadde passert kalibreringsdatoen', { exact: false }).waitFor();
    await axe(page, 'audit (supplier, nb)');
    await ctx.close();
  });

  it("a major finding left open past its due date shows on the supplier's certificate, which stays, and links to the audit", async () => {
    const supplierToken = await h.token(STIRTECH_USER.email, STIRTECH_USER.password);
    const must = <T>(r: { data?: T; errors?: unknown }): T => {
      if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const proposed = must(
      await h.gql<{ proposeAudit: { id: number } }>(
        'mutation($i: ProposeAuditInput!) { proposeAudit(input: $i) { id } }',
        {
          i: {
            supplierMemberId: stirtech,
            scope: [{ standard: 'ISO_3834_2', clauses: ['9.2'] }],
            plannedOn: today,
            leadAuditorUserId: Number((await h.gql<{ me: { id: string } }>('{ me { id } }', undefined, nammoToken)).data!.me.id),
            onBehalfOfMemberIds: [await nammoFirm()],
          },
        },
        nammoToken,
      ),
    ).proposeAudit.id;
    must(await h.gql(`mutation { confirmAuditDate(auditId: ${proposed}) { id } }`, undefined, supplierToken));
    must(await h.gql(`mutation { markAuditDone(input: { auditId: ${proposed}, doneOn: "${today}" }) { id } }`, undefined, nammoToken));
    const major = must(
      await h.gql<{ recordAuditFinding: { id: number } }>(
        `mutation { recordAuditFinding(input: { auditId: ${proposed}, standard: ISO_3834_2, clause: "9.2", severity: MAJOR,
          description: "Welders' qualifications lapsed", dueOn: "${addDays(today, 14)}" }) { id } }`,
        undefined,
        nammoToken,
      ),
    ).recordAuditFinding.id;
    must(await h.gql(`mutation { reportAudit(input: { auditId: ${proposed}, summary: "One major." }) { id } }`, undefined, nammoToken));
    // time passes: the action's due date is now behind us
    await h.app.get(Database).transaction((tx) => tx.update(AuditFinding, { id: major }, { dueOn: addDays(today, -3) }));

    const ctx = await h.context();
    const page = await ctx.newPage();
    await signIn(page, h.url, STIRTECH_USER.email, STIRTECH_USER.password);
    await page.getByRole('link', { name: 'Our firm' }).click();
    const row = page.getByRole('row').filter({ hasText: 'ISO 3834-2' });
    await row.getByText('A major finding is open past its due date', { exact: false }).waitFor();
    await axe(page, 'our firm (audit warning, en)');
    await row.getByRole('link', { name: new RegExp(`^Audit no. ${proposed}, due`) }).click();
    await page.getByRole('heading', { level: 1, name: `Audit of StirTech AS (no. ${proposed})` }).waitFor();
    await page.getByText('Past its due date', { exact: true }).waitFor();
    await ctx.close();
  });

  it('has no serious or critical accessibility violation on any audit screen (axe-core)', () => {
    expect(screens.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'audit programme',
        'propose audit',
        'audit (planned)',
        'audit (supplier, en)',
        'audit (reported)',
        'audit (outsider)',
      ]),
    );
    expect(screens.filter((s) => s.violations.length)).toEqual([]);
  });
});
