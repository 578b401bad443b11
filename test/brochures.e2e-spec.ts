import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, AuditRecord, osloDate, Role, SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { Brochure } from '@app/brochures';
import { brochureCommand } from '../apps/cli/src/commands/brochure';
import { pdfPageCount, pdfPages } from '../libs/brochures/src/pdf/testing/pdf-tools';
import { ok } from './support/bid-story';
import { DEMO_TENDER_TITLE, decideTender, demoTender } from './support/story';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

/**
 * Brochures end to end: made through GraphQL, downloaded over HTTP and written by the CLI, then
 * read back with unpdf (pdf.js, an npm package: no system tool) and checked for what a
 * buyer would see: every firm, no expired certificate, no price, hours or royalty.
 */

const SAMI_FIRM = 'Čáhppes Ŋuorra Ŧeaknu AS';
const EXPIRED_FIRM = 'Kapp Aluminium Tretum Offshore AS'; // its illustrative ISO 3834-2 expired 20 days before seeding
const RESIGNED_FIRM = 'Mustad Longline AS';
/**
 * Pages of the network brochure of the seeded demo data (35 firms), stated on the seeding day.
 * It does not depend on the day the suite runs: the seed dates every certificate relative to the
 * seeding day, so the same certificates are valid whatever today is, and dates are printed only
 * in fixed-width single-line cells (checked once, for the layout before issue 24, by shifting seed
 * and stated date over 740 consecutive days). A change of the layout or the demo data changes it:
 * since each text is printed in the brochure's language only, with the key equipment and level
 * columns where a firm fills them, both languages have 20 pages.
 */
const DEMO_NB_PAGES = 20;
const DEMO_EN_PAGES = 20;

const GENERATE =
  'mutation($i: GenerateBrochureInput!) { generateBrochure(input: $i) { id kind language tenderId bidId statedDate byteSize pageCount sha256 downloadUrl createdAt } }';

interface Generated {
  id: number;
  kind: 'NETWORK' | 'TENDER';
  language: 'NB' | 'EN';
  tenderId: number | null;
  bidId: number | null;
  statedDate: string;
  byteSize: number;
  pageCount: number;
  sha256: string;
  downloadUrl: string;
}

/** The text of every page, read with unpdf (pdf.js), as a person reads the page. */
const pages = (pdf: Buffer, layout = false): string[] => pdfPages(pdf, layout);

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** One firm's profile out of the profile pages' text: from its heading to the next firm's (the register's order). */
function profileIn(profilesText: string, firm: string, namesInOrder: string[]): string {
  const start = profilesText.indexOf(firm);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = namesInOrder[namesInOrder.indexOf(firm) + 1];
  const end = next ? profilesText.indexOf(next, start + firm.length) : -1;
  return profilesText.slice(start, end < 0 ? undefined : end);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Anything that looks like money, hours/capacity or royalties. */
const COMMERCIAL = [
  /\b(?:NOK|kr|EUR)\.?\s*\d/i,
  /\d[\d\s.,]*\s*(?:NOK|kr\b|,-)/i,
  /\børe\b/i,
  /\d[\d\s.,]*\s*(?:h|t|timer|hours?|hrs?)\b/i,
  /\/\s*(?:h|time|hour|mnd|month)\b/i,
  /royalt|provisjon|timepris|hourly rate/i,
];

describe('brochures (e2e)', () => {
  let t: TestApp;
  let tok: Record<'admin' | 'leader' | 'steering' | 'firmA', string>;
  let today: string;
  let tenderId: number;
  let tmp: string;

  beforeAll(async () => {
    t = await createTestApp();
    today = osloDate(new Date());
    tok = {
      admin: await t.login(USERS.admin.email),
      leader: await t.login(USERS.leader.email),
      steering: await t.login(USERS.steering.email),
      firmA: await t.login(USERS.firmA.email),
    };
    tenderId = (await demoTender(t)).id;
    tmp = mkdtempSync(join(tmpdir(), 'brochure-cli-'));
  });
  afterAll(async () => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    await t?.close();
  });

  const generate = (input: Record<string, unknown>, token: string) => t.gql<{ generateBrochure: Generated }>(GENERATE, { i: input }, token);
  const made = async (input: Record<string, unknown>, token = tok.leader): Promise<Generated> =>
    ok(await generate(input, token)).generateBrochure;

  async function download(url: string, token?: string, headers: Record<string, string> = {}) {
    const req = t.http.get(url);
    if (token) req.set('authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    const res = await req.buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return { status: res.status, body: res.body as Buffer, headers: res.headers as Record<string, string> };
  }

  async function pdfOf(b: Generated, token = tok.leader): Promise<Buffer> {
    const res = await download(b.downloadUrl, token);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function activeMemberNames(): Promise<string[]> {
    const r = ok(
      await t.gql<{ members: { nodes: { name: string }[] } }>(
        '{ members(first: 500, filter: { status: ACTIVE }) { nodes { name } } }',
        undefined,
        tok.leader,
      ),
    );
    return r.members.nodes.map((n) => n.name);
  }

  const brochureRows = () => t.db.read((em) => em.count(Brochure));
  const auditRows = () => t.db.read((em) => em.count(AuditRecord));

  // Runs first, on the demo data exactly as seeded (later tests add and resign firms).
  describe('the seeded demo dataset', () => {
    it('has a known page count in nb and en, as reported and as pdf.js counts it', async () => {
      const nb = await made({ kind: 'NETWORK', language: 'NB', statedDate: today });
      const en = await made({ kind: 'NETWORK', language: 'EN', statedDate: today });
      expect([nb.pageCount, en.pageCount]).toEqual([DEMO_NB_PAGES, DEMO_EN_PAGES]);
      expect(pdfPageCount(await pdfOf(nb))).toBe(DEMO_NB_PAGES);
      expect(pdfPageCount(await pdfOf(en))).toBe(DEMO_EN_PAGES);
    });

    it("prints every text in the brochure's language: key equipment, level and NADCAP process (item 12)", async () => {
      const text = async (language: 'NB' | 'EN') =>
        flat(pages(await pdfOf(await made({ kind: 'NETWORK', language, statedDate: today }))).join(' '));
      const [nb, en] = [await text('NB'), await text('EN')];
      // Al-Sveis AS: "8 TIG-stasjoner" in Norwegian, "8 TIG stations" in English; the level likewise
      expect(nb).toContain('8 TIG-stasjoner, Fronius MagicWave');
      expect(nb).toContain('Sveisere sertifisert etter ISO 9606-2');
      expect(nb).not.toMatch(/8 TIG stations|Welders certified|press brake|extrusion presses/);
      expect(en).toContain('8 TIG stations, Fronius MagicWave');
      expect(en).toContain('Welders certified to ISO 9606-2');
      expect(en).not.toMatch(/TIG-stasjoner|Sveisere sertifisert|kantpresse|ekstruderingspresser/);
      // the level column is printed for the firms that have a level, not for the others
      expect((nb.match(/NIVÅ/g) ?? []).length).toBe(4);
      expect((en.match(/LEVEL/g) ?? []).length).toBe(4);
    });
  });

  describe('network brochure', () => {
    let nb: Generated;
    let en: Generated;
    let nbPdf: Buffer;
    let enPdf: Buffer;

    beforeAll(async () => {
      ok(
        await t.gql(
          'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }',
          {
            i: {
              name: SAMI_FIRM,
              municipality: 'Kárášjohka',
              employees: 12,
              descriptionNb: 'Sveising og montasje av aluminiumskonstruksjoner.',
              descriptionEn: 'Welding and assembly of aluminium structures.',
            },
          },
          tok.leader,
        ),
      );
      const mustad = ok(
        await t.gql<{ members: { nodes: { id: number }[] } }>(
          `{ members(first: 1, filter: { text: "Mustad" }) { nodes { id } } }`,
          undefined,
          tok.leader,
        ),
      );
      ok(
        await t.gql(
          'mutation($i: ResignMemberInput!) { resignMember(input: $i) { status } }',
          { i: { memberId: mustad.members.nodes[0].id, noticeReceivedOn: today, reason: 'test' } },
          tok.leader,
        ),
      );
      nb = await made({ kind: 'NETWORK', language: 'NB' });
      en = await made({ kind: 'NETWORK', language: 'EN' });
      nbPdf = await pdfOf(nb);
      enPdf = await pdfOf(en);
    });

    it('is made in nb and en through GraphQL and downloaded over HTTP with its digest as ETag', async () => {
      for (const [b, language] of [
        [nb, 'NB'],
        [en, 'EN'],
      ] as const) {
        expect(b).toMatchObject({ kind: 'NETWORK', language, tenderId: null, bidId: null, statedDate: today });
        expect(b.downloadUrl).toBe(`/brochures/${b.id}.pdf`);
        const res = await download(b.downloadUrl, tok.leader);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toMatch(
          /^attachment; filename="totalfly-network-brochure-\d+-(nb|en)-\d{4}-\d\d-\d\d\.pdf"$/,
        );
        expect(res.headers.etag).toBe(`"${b.sha256}"`);
        expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
        expect(res.body.length).toBe(b.byteSize);
        expect(sha256(res.body)).toBe(b.sha256);
        expect(pdfPageCount(res.body)).toBe(b.pageCount);
        const again = await download(b.downloadUrl, tok.leader, { 'if-none-match': res.headers.etag });
        expect(again.status).toBe(304);
      }
      expect(flat(pages(nbPdf).join(' '))).toContain('Kompetansekatalog');
      expect(flat(pages(enPdf).join(' '))).toContain('Capability brochure');
      const audits = await t.db.read((em) => em.findBy(AuditRecord, { action: 'generateBrochure', entityId: String(nb.id) }));
      expect(audits).toHaveLength(1);
      expect(JSON.parse(audits[0].after!)).toMatchObject({ kind: 'NETWORK', language: 'nb', sha256: nb.sha256, pageCount: nb.pageCount });
    });

    it('names every active firm, with æ, ø, å and Sámi Č, Ŋ and Ŧ intact, and no resigned one', async () => {
      const names = await activeMemberNames();
      expect(names).toContain(SAMI_FIRM);
      expect(names).toContain('Edvind Hansen & Søn AS');
      expect(names).not.toContain(RESIGNED_FIRM);
      expect(names.length).toBe(35);
      for (const pdf of [nbPdf, enPdf]) {
        const text = flat(pages(pdf).join(' '));
        for (const name of names) expect(text).toContain(name);
        expect(text).not.toContain(RESIGNED_FIRM);
      }
    });

    it('labels the demo firms as illustrative and not the registered one', async () => {
      const names = await activeMemberNames();
      const text = flat(
        pages(enPdf)
          .filter((p) => p.startsWith('FIRM PROFILES'))
          .join(' '),
      );
      const demo = profileIn(text, 'Edvind Hansen & Søn AS', names);
      expect(demo).toContain('Illustrative data — not from the member register');
      const sami = profileIn(text, SAMI_FIRM, names);
      expect(sami).toContain('Kárášjohka');
      expect(sami).toContain('11–50 employees');
      expect(sami).not.toContain('Illustrative data');
      expect(flat(pages(enPdf)[0])).toContain('illustrative data');
    });

    it('never shows an expired certificate: not in the certificate table, not in the profile', async () => {
      for (const [pdf, tableTitle, profileTitle] of [
        [nbPdf, 'GYLDIGE SERTIFIKATER', 'BEDRIFTSPROFILER'],
        [enPdf, 'VALID CERTIFICATES', 'FIRM PROFILES'],
      ] as const) {
        const layout = pages(pdf, true);
        const table = layout.filter((p) => p.startsWith(tableTitle)).flatMap((p) => p.split('\n'));
        expect(table.length).toBeGreaterThan(20);
        const rowsOf = (firm: string) => table.filter((l) => l.includes(firm));
        // the firm's valid ISO 9001 is listed; its expired ISO 3834-2 is not, while other firms' ISO 3834-2 are
        expect(rowsOf(EXPIRED_FIRM).some((l) => /ISO 9001/.test(l))).toBe(true);
        expect(rowsOf(EXPIRED_FIRM).some((l) => /ISO 3834/.test(l))).toBe(false);
        expect(rowsOf('Al-Sveis AS').some((l) => /ISO 3834-2/.test(l))).toBe(true);
        // every date in the table is today or later
        const dates = table.flatMap((l) => [...l.matchAll(/\b(\d{2})\.(\d{2})\.(\d{4})\b|\b(\d{1,2}) (\w{3}) (\d{4})\b/g)]);
        expect(dates.length).toBeGreaterThan(20);
        if (pdf === nbPdf) for (const d of dates) expect(`${d[3]}-${d[2]}-${d[1]}` >= today).toBe(true);

        const profileText = flat(layout.filter((p) => p.startsWith(profileTitle)).join(' '));
        const profile = profileIn(profileText, EXPIRED_FIRM, await activeMemberNames());
        expect(profile).toContain('ISO 9001');
        expect(profile).not.toContain('ISO 3834');
      }
    });

    it('gives identical bytes for the same data and stated date, and different bytes for another date', async () => {
      const date = addDays(today, 3);
      const first = await made({ kind: 'NETWORK', language: 'EN', statedDate: date });
      const second = await made({ kind: 'NETWORK', language: 'EN', statedDate: date }, tok.steering);
      expect(second.id).not.toBe(first.id);
      expect(second.sha256).toBe(first.sha256);
      expect((await pdfOf(second)).equals(await pdfOf(first))).toBe(true);
      expect(first.statedDate).toBe(date);
      expect(flat(pages(await pdfOf(first))[0])).toContain(
        new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      );
      const other = await made({ kind: 'NETWORK', language: 'EN', statedDate: addDays(today, 4) });
      expect(other.sha256).not.toBe(first.sha256);
    });
  });

  describe('tender brochure', () => {
    let alternativeFirms: string[];

    beforeAll(async () => {
      await decideTender(t, tenderId, 'GO');
      const s = ok(
        await t.gql<{ suggestConsortia: { alternatives: { rank: number; firms: { firmName: string }[] }[] } }>(
          `{ suggestConsortia(tenderId: ${tenderId}, options: { alternatives: 1 }) { alternatives { rank firms { firmName } } } }`,
          undefined,
          tok.leader,
        ),
      );
      alternativeFirms = s.suggestConsortia.alternatives[0].firms.map((f) => f.firmName);
      expect(alternativeFirms.length).toBeGreaterThan(1);
    });

    async function requirementTexts(): Promise<string[]> {
      const r = ok(
        await t.gql<{ tender: { requirements: { description: string }[] } }>(
          `{ tender(id: ${tenderId}) { requirements { description } } }`,
          undefined,
          tok.leader,
        ),
      );
      return r.tender.requirements.map((x) => x.description);
    }

    /** Checks what every tender brochure must (and must not) show; returns its text. */
    async function checkTenderBrochure(b: Generated, consortium: string[], token = tok.leader): Promise<string> {
      const pdf = await pdfOf(b, token);
      expect(pdfPageCount(pdf)).toBe(b.pageCount);
      const text = flat(pages(pdf).join(' '));
      expect(text).toContain(DEMO_TENDER_TITLE);
      expect(text).toContain('Forsvaret (Forsvarsmateriell)');
      for (const firm of consortium) expect(text).toContain(firm);
      for (const req of await requirementTexts()) expect(text).toContain(req);
      // only the involved firms: every other active member is absent, All Skilt AS among them
      const others = (await activeMemberNames()).filter((n) => !consortium.includes(n));
      expect(others).toContain('All Skilt AS');
      for (const name of others) expect(text).not.toContain(name);
      for (const pattern of COMMERCIAL) expect(text).not.toMatch(pattern);
      return text;
    }

    it('presents solver alternative 1: tender, buyer, consortium, requirements, and nothing commercial', async () => {
      const b = await made({ kind: 'TENDER', language: 'NB', tenderId }, tok.steering);
      expect(b).toMatchObject({ kind: 'TENDER', tenderId, bidId: null });
      const text = await checkTenderBrochure(b, alternativeFirms, tok.steering);
      expect(text).toContain('Foreslått konsortium');
      expect(text).toContain('Samsvarsoversikt');
      // the cover's contact line whole, with the phone number (item 10): nothing anywhere is cut short
      const cover = flat(pages(await pdfOf(b, tok.steering))[0]);
      expect(cover).toContain('TotAl-Fly prosjektleder (demo), Prosjektleder, RTIM Raufoss · post@totalfly.example · +47 61 00 00 00');
      expect(text).not.toContain('…');
      // what buyers read of the requirements: the mandatory ones covered, no red "not covered" (item 11)
      expect(text).toContain('Konsortiet dekker alle de 5 obligatoriske kravene.');
      expect(text).not.toMatch(/Ikke dekket|✗|av \d+ krav/);
      const en = await made({ kind: 'TENDER', language: 'EN', tenderId, alternativeRank: 1 });
      expect(await checkTenderBrochure(en, alternativeFirms)).toContain('Compliance summary');
    });

    it("presents a bid's consortium from its offered packages, never the packages' prices or hours", async () => {
      const bidId = ok(
        await t.gql<{ createBidFromSuggestion: { id: number } }>(
          `mutation { createBidFromSuggestion(input: { tenderId: ${tenderId}, rank: 1 }) { id } }`,
          undefined,
          tok.leader,
        ),
      ).createBidFromSuggestion.id;
      const bid = ok(
        await t.gql<{ bid: { workPackages: { id: number; hours: number; price: { minorUnits: string; decimal: string } }[] } }>(
          `{ bid(id: ${bidId}) { workPackages { id hours price { minorUnits decimal } } } }`,
          undefined,
          tok.leader,
        ),
      ).bid.workPackages;
      expect(bid.length).toBeGreaterThan(1);
      expect(bid.every((p) => Number(p.price.minorUnits) > 0)).toBe(true);

      // draft packages are no consortium yet
      const before = [await brochureRows(), await auditRows()];
      const draft = await generate({ kind: 'TENDER', language: 'EN', tenderId, bidId }, tok.leader);
      expect(codeOf(draft)).toBe('CONFLICT');
      expect([await brochureRows(), await auditRows()]).toEqual(before);

      for (const p of bid) ok(await t.gql(`mutation { offerWorkPackage(id: ${p.id}) { warnings } }`, undefined, tok.leader));
      const b = await made({ kind: 'TENDER', language: 'EN', tenderId, bidId });
      expect(b).toMatchObject({ kind: 'TENDER', tenderId, bidId });
      const text = await checkTenderBrochure(b, alternativeFirms);
      for (const p of bid) {
        const kroner = p.price.decimal.replace(/\.00$/, '');
        for (const shown of [kroner, Number(kroner).toLocaleString('nb-NO'), Number(kroner).toLocaleString('en-GB'), p.price.minorUnits]) {
          expect(text).not.toContain(shown);
        }
        expect(text).not.toMatch(new RegExp(`\\b${p.hours}\\s*(h|t|hours|timer)\\b`));
      }
    });

    it('refuses bad requests with coded errors and writes nothing', async () => {
      const nh90 = ok(
        await t.gql<{ tenders: { nodes: { id: number }[] } }>(
          '{ tenders(first: 5, filter: { text: "NH90" }) { nodes { id } } }',
          undefined,
          tok.leader,
        ),
      ).tenders.nodes[0].id;
      const otherBid = ok(
        await t.gql<{ createBid: { id: number } }>(`mutation { createBid(input: { tenderId: ${nh90} }) { id } }`, undefined, tok.leader),
      ).createBid.id;
      // (what the form shows under its fields: each problem with the rule the console words)
      const rulesOf = async (input: Record<string, unknown>) =>
        ((await generate(input, tok.leader)).errors![0].extensions.fields as { field: string; rule?: string }[]).map((f) => [
          f.field,
          f.rule,
        ]);
      expect(await rulesOf({ kind: 'TENDER', language: 'NB' })).toEqual([['tenderId', 'REQUIRED']]);
      expect(await rulesOf({ kind: 'NETWORK', language: 'NB', tenderId })).toEqual([['tenderId', 'LEAVE_EMPTY']]);
      expect(await rulesOf({ kind: 'TENDER', language: 'NB', tenderId, alternativeRank: 11 })).toEqual([['alternativeRank', 'AT_MOST']]);
      expect(await rulesOf({ kind: 'TENDER', language: 'NB', tenderId, bidId: otherBid, alternativeRank: 1 })).toEqual([
        ['alternativeRank', 'LEAVE_EMPTY'],
      ]);
      const cases: [string, Record<string, unknown>, string][] = [
        ['a tender brochure without a tender', { kind: 'TENDER', language: 'NB' }, 'BAD_USER_INPUT'],
        [
          'a bid and an alternative at once',
          { kind: 'TENDER', language: 'NB', tenderId, bidId: otherBid, alternativeRank: 1 },
          'BAD_USER_INPUT',
        ],
        ['a network brochure about a tender', { kind: 'NETWORK', language: 'NB', tenderId }, 'BAD_USER_INPUT'],
        ['a bid of another tender', { kind: 'TENDER', language: 'NB', tenderId, bidId: otherBid }, 'BAD_USER_INPUT'],
        ['an alternative rank out of range', { kind: 'TENDER', language: 'NB', tenderId, alternativeRank: 11 }, 'BAD_USER_INPUT'],
        ['a date that does not exist', { kind: 'NETWORK', language: 'NB', statedDate: '2026-02-30' }, 'BAD_USER_INPUT'],
        ['an unknown tender', { kind: 'TENDER', language: 'NB', tenderId: 999999 }, 'NOT_FOUND'],
        ['an unknown bid', { kind: 'TENDER', language: 'NB', tenderId, bidId: 999999 }, 'NOT_FOUND'],
      ];
      const before = [await brochureRows(), await auditRows()];
      for (const [what, input, code] of cases) {
        const r = await generate(input, tok.leader);
        expect([what, codeOf(r)]).toEqual([what, code]);
        expect(r.errors![0].message.length).toBeGreaterThan(10);
      }
      expect([await brochureRows(), await auditRows()]).toEqual(before);
    });
  });

  describe('access', () => {
    let network: Generated;
    let tender: Generated;

    beforeAll(async () => {
      network = await made({ kind: 'NETWORK', language: 'NB' }, tok.admin);
      tender = await made({ kind: 'TENDER', language: 'NB', tenderId }, tok.leader);
    });

    it('lets the association make and download both kinds', async () => {
      for (const token of [tok.admin, tok.leader, tok.steering]) {
        for (const b of [network, tender]) expect((await download(b.downloadUrl, token)).status).toBe(200);
        expect(codeOf(await generate({ kind: 'TENDER', language: 'EN', tenderId, statedDate: today }, token))).toBe('OK');
      }
    });

    it('lets a firm user make and download the network brochure only', async () => {
      const mine = await made({ kind: 'NETWORK', language: 'EN' }, tok.firmA);
      expect((await download(mine.downloadUrl, tok.firmA)).status).toBe(200);
      expect((await download(network.downloadUrl, tok.firmA)).status).toBe(200);
      const refused = await generate({ kind: 'TENDER', language: 'EN', tenderId }, tok.firmA);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      const res = await download(tender.downloadUrl, tok.firmA);
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toContain('%PDF');
      const listed = ok(
        await t.gql<{ brochures: { kind: string }[] }>('{ brochures(limit: 100) { kind } }', undefined, tok.firmA),
      ).brochures;
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((b) => b.kind === 'NETWORK')).toBe(true);
      const all = ok(
        await t.gql<{ brochures: { id: number; kind: string }[] }>('{ brochures(limit: 100) { id kind } }', undefined, tok.steering),
      ).brochures;
      expect(all.map((b) => b.kind)).toContain('TENDER');
      expect(all.map((b) => b.id)).toEqual([...all.map((b) => b.id)].sort((a, b) => b - a));
    });

    it('refuses anonymous callers and bad tokens, and says 404 for what does not exist', async () => {
      expect((await download(network.downloadUrl)).status).toBe(401);
      expect((await download(network.downloadUrl, 'not-a-token')).status).toBe(401);
      expect(codeOf(await generate({ kind: 'NETWORK', language: 'NB' }, ''))).toBe('UNAUTHENTICATED');
      expect((await download('/brochures/999999.pdf', tok.leader)).status).toBe(404);
      expect((await download(`/brochures/${network.id}.png`, tok.leader)).status).toBe(404);
      expect((await download('/brochures/abc.pdf', tok.leader)).status).toBe(404);
    });
  });

  describe('command line', () => {
    it('writes the network brochure to a file, byte-identical to the one made through GraphQL', async () => {
      const date = addDays(today, 10);
      const out = join(tmp, 'network.pdf');
      const summary = await brochureCommand(t.app, ['--kind', 'network', '--lang', 'en', '--out', out, '--date', date]);
      const file = readFileSync(out);
      expect(summary).toMatch(
        new RegExp(
          `^Brochure written to .*network\\.pdf \\(network, en, ${date}\\): \\d+ pages, ${file.length} bytes, sha256 ${sha256(file)}\\.$`,
        ),
      );
      expect(existsSync(`${out}.partial`)).toBe(false);
      const viaApi = await made({ kind: 'NETWORK', language: 'EN', statedDate: date });
      expect(sha256(file)).toBe(viaApi.sha256);
      expect(flat(pages(file).join(' '))).toContain(SAMI_FIRM);
    });

    it('writes a tender brochure, and leaves no file when the brochure cannot be made', async () => {
      const out = join(tmp, 'tender.pdf');
      const summary = await brochureCommand(t.app, ['--kind=tender', '--lang=nb', `--tender=${tenderId}`, '--out', out]);
      expect(summary).toContain(`tender ${tenderId} alternative 1`);
      const text = flat(pages(readFileSync(out)).join(' '));
      expect(text).toContain(DEMO_TENDER_TITLE);
      for (const pattern of COMMERCIAL) expect(text).not.toMatch(pattern);

      const missing = join(tmp, 'missing.pdf');
      await expect(
        brochureCommand(t.app, ['--kind', 'tender', '--lang', 'nb', '--tender', '999999', '--out', missing]),
      ).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(`${missing}.partial`)).toBe(false);
    });

    it.each([
      [[], /--kind must be network or tender/],
      [['--kind', 'flyer', '--lang', 'nb', '--out', 'x.pdf'], /--kind must be network or tender/],
      [['--kind', 'network', '--lang', 'se', '--out', 'x.pdf'], /--lang must be nb or en/],
      [['--kind', 'network', '--lang', 'nb'], /--out <file.pdf> is required/],
      [['--kind', 'network', '--lang', 'nb', '--out', 'x.pdf', '--tender', '1'], /belong to --kind tender/],
      [['--kind', 'tender', '--lang', 'nb', '--out', 'x.pdf'], /needs --tender/],
      [['--kind', 'tender', '--lang', 'nb', '--out', 'x.pdf', '--tender', '1', '--bid', '2', '--alternative', '1'], /not both/],
      [['--kind', 'network', '--lang', 'nb', '--out', 'x.pdf', '--date', '2026-13-01'], /--date must be a date/],
      [['--kind', 'network', '--lang', 'nb', '--out', 'x.pdf', '--colour', 'red'], /Unknown argument "--colour"/],
      [['--kind', 'network', '--lang', 'nb', '--out'], /--out needs a value/],
    ])('explains a usage error: %j', async (args, message) => {
      const err = await brochureCommand(t.app, args).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).toContain('Usage: npm run cli -- brochure --kind network|tender --lang nb|en --out <file.pdf>');
    });
  });

  describe('listing', () => {
    it('lists the newest brochures, each downloadable with the digest and size listed', async () => {
      const list = ok(
        await t.gql<{ brochures: Generated[] }>(
          `{ brochures(limit: 5) { id kind sha256 byteSize pageCount downloadUrl } }`,
          undefined,
          tok.admin,
        ),
      ).brochures;
      expect(list).toHaveLength(5);
      for (const b of list) {
        const res = await download(b.downloadUrl, tok.admin);
        expect(sha256(res.body)).toBe(b.sha256);
        expect(res.body.length).toBe(b.byteSize);
        expect(pdfPageCount(res.body)).toBe(b.pageCount);
      }
      expect(codeOf(await t.gql('{ brochures(limit: 0) { id } }', undefined, tok.admin))).toBe('BAD_USER_INPUT');
    });
  });

  describe("the network's contact for buyers", () => {
    const CONTACT = '{ networkContact { name roleNb roleEn email phone address } }';
    const SET = 'mutation($i: NetworkContactInput!) { setNetworkContact(input: $i) { name roleNb roleEn email phone address updatedAt } }';
    const kari = {
      name: 'Kari Nordmann',
      roleNb: 'Prosjektleder, RTIM Raufoss',
      roleEn: 'Project leader, RTIM Raufoss',
      email: 'kari.nordmann@totalfly.example',
      phone: '+47 61 15 00 42',
      address: 'Postboks 1\n2831 Raufoss',
    };

    it('is seeded with the demo contact, which every signed-in user can read', async () => {
      const c = ok(await t.gql<{ networkContact: typeof kari }>(CONTACT, undefined, tok.firmA)).networkContact;
      expect(c).toMatchObject({ name: 'TotAl-Fly prosjektleder (demo)', email: 'post@totalfly.example' });
      expect(codeOf(await t.gql(CONTACT))).toBe('UNAUTHENTICATED');
    });

    it('refuses a bad contact with every problem named, and saves nothing', async () => {
      const audits = await t.db.read((em) => em.countBy(AuditRecord, { action: 'setNetworkContact' }));
      const r = await t.gql(SET, { i: { ...kari, name: '  ', email: 'kari at totalfly', phone: 'call me' } }, tok.leader);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      const fields = (r.errors![0].extensions.fields as { field: string }[]).map((f) => f.field);
      expect(fields.sort()).toEqual(['email', 'name', 'phone']);
      expect(codeOf(await t.gql(SET, { i: kari }, tok.firmA))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SET, { i: kari }, tok.steering))).toBe('FORBIDDEN');
      expect(ok(await t.gql<{ networkContact: typeof kari }>(CONTACT, undefined, tok.leader)).networkContact.name).toBe(
        'TotAl-Fly prosjektleder (demo)',
      );
      expect(await t.db.read((em) => em.countBy(AuditRecord, { action: 'setNetworkContact' }))).toBe(audits);
    });

    it('is printed on the brochures made after the project leader sets it, in their language', async () => {
      expect(ok(await t.gql<{ setNetworkContact: typeof kari }>(SET, { i: kari }, tok.leader)).setNetworkContact).toMatchObject(kari);
      for (const [language, role] of [
        ['NB', kari.roleNb],
        ['EN', kari.roleEn],
      ] as const) {
        const text = flat(pages(await pdfOf(await made({ kind: 'NETWORK', language }))).join(' '));
        for (const part of [kari.name, role, kari.email, kari.phone, '2831 Raufoss']) expect(text).toContain(part);
        expect(text).not.toContain('post@totalfly.example');
      }
    });

    it('must be set before any brochure is made: without it the request is refused and nothing is stored', async () => {
      const bare = await createTestApp({ seed: false });
      try {
        await bare.app.get(UsersService).create(SYSTEM_ACTOR, {
          email: 'pl@c.example',
          displayName: 'PL',
          password: 'pl-password-1',
          role: Role.PROJECT_LEADER,
        });
        const leader = await bare.login('pl@c.example', 'pl-password-1');
        expect(ok(await bare.gql<{ networkContact: null }>(CONTACT, undefined, leader)).networkContact).toBeNull();
        const r = await bare.gql(GENERATE, { i: { kind: 'NETWORK', language: 'EN' } }, leader);
        expect(codeOf(r)).toBe('CONFLICT');
        expect(r.errors![0].message).toMatch(/setNetworkContact/);
        expect(await bare.db.read((em) => em.count(Brochure))).toBe(0);
        ok(await bare.gql(SET, { i: kari }, leader));
        expect(
          ok(await bare.gql<{ generateBrochure: Generated }>(GENERATE, { i: { kind: 'NETWORK', language: 'EN' } }, leader)).generateBrochure
            .kind,
        ).toBe('NETWORK');
      } finally {
        await bare.close();
      }
    });
  });
});
