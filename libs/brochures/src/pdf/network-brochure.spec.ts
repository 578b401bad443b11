import { Writable } from 'node:stream';
import type { FirmProfile, NetworkBrochureData } from './brochure-data';
import { BrochureSourceChangedError } from './firm-source';
import { paginateNetworkBrochure, renderNetworkBrochure } from './network-brochure';
import { renderToBuffer, type RenderedBrochure } from './render-to-buffer';
import { FIXTURE_DATE, firmStream, generateFirm, networkBrochureData, SAMI_FIRM_NAME } from './testing/brochure-fixtures';
import { CountingSink, flat, pageText, pdfFontNames, pdfPageCount, pdfText } from './testing/pdf-tools';

const EXPIRED_LABEL = 'Utløpt prøvesertifikat ÆØÅ-17';
const LAST_DAY_LABEL = 'Gyldig til og med i dag Ŧ-1';

/** The 36-firm fixture plus one expired and one valid-until-today certificate on a known firm. */
function fixture(language: 'en' | 'nb'): NetworkBrochureData & { firms: FirmProfile[] } {
  const base = networkBrochureData(36, { language });
  const firms = (base.firms as FirmProfile[]).map((f, i) =>
    i === 4
      ? {
          ...f,
          certificates: [
            ...f.certificates,
            { typeLabel: EXPIRED_LABEL, validUntil: '2026-11-28' },
            { typeLabel: LAST_DAY_LABEL, validUntil: FIXTURE_DATE },
          ],
        }
      : f,
  );
  return {
    ...base,
    firms,
    certificates: [
      ...base.certificates,
      { typeLabel: EXPIRED_LABEL, firmName: firms[4].name, validUntil: '2026-11-28' },
      { typeLabel: LAST_DAY_LABEL, firmName: firms[4].name, validUntil: FIXTURE_DATE },
    ],
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('renderNetworkBrochure', () => {
  let en: RenderedBrochure;
  let nb: RenderedBrochure;
  let enText: string;
  const enData = fixture('en');

  beforeAll(async () => {
    en = await renderToBuffer(renderNetworkBrochure, enData);
    nb = await renderToBuffer(renderNetworkBrochure, fixture('nb'));
    enText = pdfText(en.pdf);
  });

  it('produces a PDF of the known page count, as reported, with the byte count reported', () => {
    expect(en.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(en.pages).toBe(25);
    expect(pdfPageCount(en.pdf)).toBe(25);
    expect(en.bytes).toBe(en.pdf.length);
    expect(nb.pages).toBe(pdfPageCount(nb.pdf));
  });

  it('prints every firm name, including æ/ø/å and Sámi letters', () => {
    const text = flat(enText);
    expect(enData.firms).toHaveLength(36);
    for (const firm of enData.firms) expect(text).toContain(firm.name);
    expect(text).toContain(SAMI_FIRM_NAME);
    expect(text).toContain('Edvind Hansen & Søn AS');
    expect(flat(pdfText(nb.pdf))).toContain('Čáhppes Ŋuorra Ŧeaknu AS');
  });

  it('embeds DejaVu only (no built-in Helvetica)', () => {
    const fonts = pdfFontNames(en.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const name of fonts) expect(name).toMatch(/\+DejaVuSans(-Bold)?$/);
  });

  it('never shows an expired certificate, and shows one valid until the brochure date', () => {
    expect(enText).not.toContain(EXPIRED_LABEL);
    expect(enText).toContain(LAST_DAY_LABEL);
    // every date printed in a table ("29 Nov 2026") is on or after the brochure date
    const dates = [...enText.matchAll(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g)];
    expect(dates.length).toBeGreaterThan(40);
    for (const [, d, mon, y] of dates) {
      const iso = `${y}-${String(MONTHS.indexOf(mon) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
      expect(iso >= FIXTURE_DATE).toBe(true);
    }
  });

  it('is byte-identical for the same data and date, and differs for another date', async () => {
    const again = await renderToBuffer(renderNetworkBrochure, fixture('en'));
    expect(again.pdf.equals(en.pdf)).toBe(true);
    const later = await renderToBuffer(renderNetworkBrochure, { ...fixture('en'), date: '2026-11-30' });
    expect(later.pdf.equals(en.pdf)).toBe(false);
    expect(pdfText(later.pdf)).toContain('30 November 2026');
  });

  it('prints its fixed texts in English and in Norwegian', () => {
    const nbText = pdfText(nb.pdf);
    for (const heading of [
      'Contents',
      'Introduction',
      'Capability matrix',
      'Valid certificates',
      'Firm profiles',
      'Capability brochure',
      `Page 3 of ${en.pages}`,
    ]) {
      expect(enText).toContain(heading);
    }
    for (const heading of [
      'Innhold',
      'Innledning',
      'Kompetansematrise',
      'Gyldige sertifikater',
      'Bedriftsprofiler',
      'Kompetansekatalog',
      `Side 3 av ${nb.pages}`,
      '29. november 2026',
    ]) {
      expect(nbText).toContain(heading);
    }
    expect(nbText).not.toContain('Page 3 of');
    expect(enText).not.toContain('Innhold');
  });

  it('numbers every page but the cover', () => {
    expect(pageText(en.pdf, 1)).not.toMatch(/Page \d+ of/);
    for (let page = 2; page <= en.pages; page++) expect(pageText(en.pdf, page)).toContain(`Page ${page} of ${en.pages}`);
  });

  it('labels illustrative data on the cover, in the matrix legend and on each profile', () => {
    expect(pageText(en.pdf, 1)).toContain('illustrative data');
    const text = flat(enText);
    expect(text).toContain('† Illustrative data — not from the member register');
    const banners = enText.match(/Illustrative data — not from the member register/g) ?? [];
    expect(banners.length).toBeGreaterThanOrEqual(36);
    const nbBanners = pdfText(nb.pdf).match(/Illustrerende data – ikke fra medlemsregisteret/g) ?? [];
    expect(nbBanners.length).toBeGreaterThanOrEqual(36);
  });

  it('lists in its contents the pages where the sections actually start', () => {
    const contents = pageText(en.pdf, 2);
    const entries: Array<[string, number]> = ['Introduction', 'Capability matrix', 'Valid certificates', 'Firm profiles'].map((title) => {
      const m = new RegExp(`${title}\\s+(\\d+)`).exec(pageText(en.pdf, 2, true));
      expect(m).not.toBeNull();
      return [title, Number(m![1])];
    });
    expect(contents).toContain('Contents');
    for (const [title, page] of entries) {
      // the section's first page: its running head names the section and its big title stands on its
      // own line; the page before belongs to another section
      const first = pageText(en.pdf, page);
      expect(first.split('\n')[0]).toBe(title.toUpperCase());
      expect(first).toMatch(new RegExp(`^${title}$`, 'm'));
      expect(pageText(en.pdf, page - 1).split('\n')[0]).not.toBe(title.toUpperCase());
    }
  });

  it('refers each matrix row to the page of the firm profile', async () => {
    const { sections } = await paginateNetworkBrochure(enData);
    const rows: Array<[string, number]> = [];
    for (let page = sections.matrix; page < sections.certificates; page++) {
      for (const line of pageText(en.pdf, page, true).split('\n')) {
        const m = /^\s*(\S.*?\S)\s+†?\s*(\d+)\s*$/.exec(line);
        if (m && !/Page \d+ of/.test(line)) rows.push([m[1].replace(/\s*†$/, ''), Number(m[2])]);
      }
    }
    expect(rows).toHaveLength(36);
    for (const [name, page] of rows) expect(flat(pageText(en.pdf, page))).toContain(name);
  });

  it('agrees with paginateNetworkBrochure', async () => {
    const plan = await paginateNetworkBrochure(enData);
    expect(plan.pages).toBe(en.pages);
    expect(plan.firms).toBe(36);
    expect(plan.sections.introduction).toBe(3);
  });

  it('rejects bad input before writing anything', async () => {
    const out = new CountingSink();
    await expect(renderNetworkBrochure({ ...enData, date: '2026-02-30' }, out)).rejects.toThrow(/calendar date/);
    const badFirm = { ...enData.firms[0], certificates: [{ typeLabel: 'X', validUntil: '31.12.2027' }] };
    await expect(renderNetworkBrochure({ ...enData, firms: [badFirm] }, out)).rejects.toThrow(/validUntil/);
    expect(out.bytes).toBe(0);
  });

  it('fails, and destroys the destination, when the firms change between the passes', async () => {
    let calls = 0;
    const firms = () => {
      calls += 1;
      const extra = calls === 3 ? 1 : 0; // the profiles pass sees one firm more
      return firmStream(10 + extra)();
    };
    const out = new CountingSink();
    await expect(renderNetworkBrochure({ ...networkBrochureData(10), firms }, out)).rejects.toBeInstanceOf(BrochureSourceChangedError);
    expect(out.destroyed).toBe(true);
  });
});

describe('renderNetworkBrochure with extreme texts', () => {
  it('wraps, shrinks or continues long texts instead of overflowing, and never cuts them', async () => {
    const base = networkBrochureData(6);
    const firms = (base.firms as FirmProfile[]).map((f, i) =>
      i === 2
        ? {
            ...f,
            name: `Meget Langt Firmanavn ${'Aluminiumsbearbeiding '.repeat(8)}AS`,
            description: 'Long description sentence with æøå and Ŋ. '.repeat(260),
            capabilities: [{ name: 'Machining', keyEquipment: 'Very long equipment list, '.repeat(80), level: 'Series' }],
          }
        : f,
    );
    const { pdf, pages } = await renderToBuffer(renderNetworkBrochure, { ...base, firms });
    const text = pdfText(pdf);
    expect(pages).toBe(pdfPageCount(pdf));
    expect(text).toContain('(continued)'); // the long profile went on over a page break
    expect(text).not.toContain('…'); // nothing was cut short: the name and the equipment are whole
    const name = `Meget Langt Firmanavn ${'Aluminiumsbearbeiding '.repeat(8)}AS`;
    expect(flat(text).split(name).length - 1).toBeGreaterThanOrEqual(2); // in the matrix and on the profile
    expect(flat(text)).toContain('Very long equipment list, '.repeat(80).trim());
  });
});

describe('renderNetworkBrochure at scale', () => {
  it('streams 2,000 firms from a factory into a counting sink with the page count the pagination pass predicted', async () => {
    const data = networkBrochureData(2000, { stream: true });
    const predicted = await paginateNetworkBrochure(data);
    let bytesWhileIterating = -1;
    let iterations = 0;
    const source = firmStream(2000);
    const firms = () => {
      iterations += 1;
      const pass = iterations;
      return (async function* () {
        let i = 0;
        for await (const firm of source()) {
          // on the last walk (the profiles), note how much had already gone out when the last firm came
          if (pass === 3 && ++i === 2000) bytesWhileIterating = sink.bytes;
          yield firm;
        }
      })();
    };
    const sink = new CountingSink();
    const result = await renderNetworkBrochure({ ...data, firms }, sink);
    expect(iterations).toBe(3);
    expect(result.pages).toBe(predicted.pages);
    expect(sink.pageObjects).toBe(predicted.pages);
    expect(result.bytes).toBe(sink.bytes);
    expect(predicted.firms).toBe(2000);
    // streamed: most of the PDF had left before the last firm was even read
    expect(bytesWhileIterating).toBeGreaterThan(result.bytes * 0.9);
  }, 120_000);

  it('waits for a slow destination and still writes the same bytes', async () => {
    const data = networkBrochureData(36);
    const fast = await renderToBuffer(renderNetworkBrochure, data);
    const chunks: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 4 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        setImmediate(callback);
      },
    });
    const result = await renderNetworkBrochure(data, slow);
    expect(Buffer.concat(chunks).equals(fast.pdf)).toBe(true);
    expect(result.pages).toBe(fast.pages);
  });
});

describe('generated fixture', () => {
  it('is deterministic', () => {
    expect(generateFirm(7)).toEqual(generateFirm(7));
    expect(generateFirm(35).name).toBe(SAMI_FIRM_NAME);
  });
});
