import type { FirmProfile, TenderBrochureData } from './brochure-data';
import { renderToBuffer, type RenderedBrochure } from './render-to-buffer';
import { BrochureContentError, renderTenderBrochure } from './tender-brochure';
import { generateFirm, SAMI_FIRM_NAME, tenderBrochureData } from './testing/brochure-fixtures';
import { CountingSink, flat, pageText, pdfFontNames, pdfPageCount, pdfText } from './testing/pdf-tools';

/** Amounts, hours and royalties as they could be written in either language. */
const COMMERCIAL = [
  /\b(?:NOK|kr)\.?\s*\d/i,
  /\d[\d\s.,]*\s*(?:NOK|kr)\b/i,
  /\b\d[\d\s.,]*\s*(?:timer|time|hours?|hrs?|t\/år)\b/i,
  /royalt|provisjon/i,
  /\d+\s*,-/,
];

/** Whether every word of `phrase` appears in `text` in order (other words may come between). */
function wordsInOrder(text: string, phrase: string): boolean {
  let at = 0;
  for (const word of phrase.split(/\s+/)) {
    const i = text.indexOf(word, at);
    if (i < 0) return false;
    at = i + word.length;
  }
  return true;
}

/** Names with digits must not trip the check, and must still be printed. */
function withDigitNames(data: TenderBrochureData): TenderBrochureData {
  const rename = (f: FirmProfile, name: string): FirmProfile => ({ ...f, name });
  const firms = [rename(data.firms[0], 'Hall 7 Maskin 2000 AS'), ...data.firms.slice(1)];
  return {
    ...data,
    firms,
    consortium: data.consortium.map((c, i) => (i === 0 ? { ...c, firmName: firms[0].name } : c)),
  };
}

describe('renderTenderBrochure', () => {
  let en: RenderedBrochure;
  let nb: RenderedBrochure;
  let enText: string;
  const data = withDigitNames(tenderBrochureData({ language: 'en' }));

  beforeAll(async () => {
    en = await renderToBuffer(renderTenderBrochure, data);
    nb = await renderToBuffer(renderTenderBrochure, withDigitNames(tenderBrochureData({ language: 'nb' })));
    enText = pdfText(en.pdf);
  });

  it('has the known page count and embeds DejaVu only', () => {
    expect(en.pages).toBe(6);
    expect(pdfPageCount(en.pdf)).toBe(6);
    for (const name of pdfFontNames(en.pdf)) expect(name).toMatch(/\+DejaVuSans(-Bold)?$/);
  });

  it('shows the tender, the buyer, the consortium with roles, and only the involved firms', () => {
    const text = flat(enText);
    expect(text).toContain('Upgrade of tracked vehicles');
    expect(text).toContain('Forsvarsmateriell');
    expect(text).toContain('FMA 2026/0142');
    for (const member of data.consortium) {
      expect(text).toContain(member.firmName);
      expect(text).toContain(member.role);
    }
    expect(text).toContain('Hall 7 Maskin 2000 AS');
    expect(text).toContain(SAMI_FIRM_NAME);
    const notInvolved = generateFirm(0).name; // AWB Proma AS
    expect(text).not.toContain(notInvolved);
  });

  it('never prints prices, amounts, hours or royalties, even with digits in names', () => {
    for (const pattern of COMMERCIAL) expect(flat(enText)).not.toMatch(pattern);
    for (const pattern of COMMERCIAL) expect(flat(pdfText(nb.pdf))).not.toMatch(pattern);
  });

  it('shows buyers how the mandatory requirements are covered, and what the team offers besides; never a red "not covered"', () => {
    const text = flat(enText);
    // the fixture: five mandatory requirements, all covered; NDT (optional) covered by no firm; assembly (optional) covered
    expect(text).toContain('The consortium covers all 5 mandatory requirements.');
    expect((text.match(/✓ Covered/g) ?? []).length).toBe(5);
    const prime = data.compliance[0].covering[0];
    expect(text).toContain(`${prime.firmName} (${prime.certificates.join(', ')})`);
    // what the team does not offer is left out: no count of requirements, no ✗, no NDT line
    expect(text).not.toMatch(/of \d+ requirements|✗|Not covered|Non-destructive testing/);
    expect(text).toMatch(/Additional services The consortium also covers these optional requirements\..*Assembly of sub-assemblies/);
    const nbText = flat(pdfText(nb.pdf));
    expect(nbText).toContain('Konsortiet dekker alle de 5 obligatoriske kravene.');
    expect(nbText).not.toMatch(/av \d+ krav|✗|Ikke dekket|Ikke-destruktiv testing/);
  });

  it('states a mandatory requirement the team does not offer neutrally, without a count of what is missing', async () => {
    const compliance = data.compliance.map((c) => (c.covered ? c : { ...c, mandatory: true }));
    const { pdf } = await renderToBuffer(renderTenderBrochure, { ...data, compliance });
    const text = flat(pdfText(pdf));
    expect(text).toContain('The table shows the mandatory requirements, the firms behind each of them and their relevant certificates.');
    expect(text).toMatch(/Non-destructive testing \(NDT level 2\).*— Not part of this offer/);
    expect(text).not.toMatch(/\d+ of \d+ (mandatory )?requirements|✗|Not covered/);
  });

  it('never cuts a text: long names, buyer, contact, roles and equipment wrap or shrink, whole (item 10)', async () => {
    const longFirm = 'Raufoss Presisjonsmekanikk og Overflatebehandling for Forsvar og Luftfart Holding AS';
    const longRole =
      'Prime contractor and coordinator for machining, welding, surface treatment and final assembly with acceptance testing';
    const equipment =
      'DMG MORI DMU 80 monoBLOCK five-axis machining centre with pallet changer, Zeiss Contura coordinate measuring machine, two Mazak Integrex mill-turn centres, Fronius TIG stations for aluminium and a robot cell for deburring and washing of finished parts before packing';
    const firms = data.firms.map((f, i) =>
      i === 0 ? { ...f, name: longFirm, capabilities: [{ name: 'Machining', keyEquipment: equipment, level: 'Series production' }] } : f,
    );
    const long: TenderBrochureData = {
      ...data,
      tender: { ...data.tender, buyerName: 'Forsvarsmateriell (Norwegian Defence Materiel Agency), Kjeller, department for land systems' },
      network: {
        ...data.network,
        coordinator: {
          ...data.network.coordinator,
          name: 'TotAl-Fly prosjektleder (demo)',
          role: 'Prosjektleder, RTIM Raufoss',
          email: 'post@totalfly.example',
          phone: '+47 61 00 00 00',
        },
      },
      firms,
      consortium: data.consortium.map((c, i) => (i === 0 ? { ...c, firmName: longFirm, role: longRole } : c)),
    };
    const { pdf } = await renderToBuffer(renderTenderBrochure, long);
    const text = flat(pdfText(pdf));
    const cover = flat(pageText(pdf, 1));
    expect(cover).toContain('Forsvarsmateriell (Norwegian Defence Materiel Agency), Kjeller, department for land systems');
    expect(cover).toContain('TotAl-Fly prosjektleder (demo), Prosjektleder, RTIM Raufoss · post@totalfly.example · +47 61 00 00 00');
    // a wrapped cell shares its lines with the cells beside it in extracted text: every word is
    // there, in order, and none is cut short
    for (const whole of [longFirm, longRole, equipment]) expect(wordsInOrder(text, whole)).toBe(true);
    expect(text).not.toContain('…');
  });

  it('prints the level and key equipment columns only when a firm has something in them', async () => {
    const firms = data.firms.map((f) => ({ ...f, capabilities: f.capabilities.map((c) => ({ name: c.name })) }));
    const bare = flat(pdfText((await renderToBuffer(renderTenderBrochure, { ...tenderBrochureData({ language: 'nb' }), firms })).pdf));
    expect(bare).not.toMatch(/NIVÅ|NØKKELUTSTYR/);
    const one = firms.map((f, i) => (i === 0 ? { ...f, capabilities: [{ name: 'CNC-dreiing', level: 'Serieproduksjon' }] } : f));
    const withLevel = flat(
      pdfText((await renderToBuffer(renderTenderBrochure, { ...tenderBrochureData({ language: 'nb' }), firms: one })).pdf),
    );
    expect(withLevel).toMatch(/KOMPETANSE NIVÅ CNC-dreiing Serieproduksjon/);
    expect((withLevel.match(/NIVÅ/g) ?? []).length).toBe(1); // only that firm's table has the column
  });

  it('has contents on the cover whose page numbers match the sections', () => {
    const cover = pageText(en.pdf, 1, true);
    for (const title of ['Proposed consortium', 'Compliance summary', 'Firm profiles', 'About TotAl-Fly']) {
      const m = new RegExp(`${title}\\s*\\.*\\s*(\\d+)`).exec(cover);
      expect(m).not.toBeNull();
      expect(pageText(en.pdf, Number(m![1]))).toMatch(new RegExp(`^${title}$`, 'm'));
    }
  });

  it('numbers pages in the brochure language', () => {
    expect(enText).toContain('Page 2 of 6');
    expect(pdfText(nb.pdf)).toContain(`Side 2 av ${nb.pages}`);
    expect(pdfText(nb.pdf)).toContain('Foreslått konsortium');
  });

  it('is byte-identical for the same input', async () => {
    const again = await renderToBuffer(renderTenderBrochure, withDigitNames(tenderBrochureData({ language: 'en' })));
    expect(again.pdf.equals(en.pdf)).toBe(true);
  });

  it('drops expired certificates from the involved firms’ profiles', async () => {
    const firms = data.firms.map((f, i) =>
      i === 1 ? { ...f, certificates: [{ typeLabel: 'Expired Test Cert 42', validUntil: '2026-11-01' }] } : f,
    );
    const { pdf } = await renderToBuffer(renderTenderBrochure, { ...data, firms });
    expect(pdfText(pdf)).not.toContain('Expired Test Cert 42');
  });

  it.each([
    ['a price in a description', (f: FirmProfile) => ({ ...f, description: 'Typical jobs cost NOK 250 000.' })],
    ['an amount in kroner', (f: FirmProfile) => ({ ...f, description: 'Fra 1 500 kr per del.' })],
    ['hours of free capacity', (f: FirmProfile) => ({ ...f, description: 'Ledig kapasitet: 1 200 timer i kvartalet.' })],
    ['royalties', (f: FirmProfile) => ({ ...f, capabilities: [{ name: 'Royalty-free licensing' }] })],
  ])('refuses %s, before writing anything', async (_what, change) => {
    const out = new CountingSink();
    const firms = data.firms.map((f, i) => (i === 2 ? change(f) : f));
    await expect(renderTenderBrochure({ ...data, firms }, out)).rejects.toBeInstanceOf(BrochureContentError);
    expect(out.bytes).toBe(0);
  });
});
