import type { CertificateListing, IsoDate } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Composer, Row } from '../layout/composer';
import { ILLUSTRATIVE_MARK, columnLabelRow, markStyle, paragraphRows, sectionTitleRow } from './rows';

const cell: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 11.5 };
const cellBold: TextStyle = { ...cell, font: 'bold' };

/** Valid on `date` (validUntil is the last valid day), sorted by type, firm, expiry. */
export function validCertificateListings(
  certs: readonly CertificateListing[],
  date: IsoDate,
  collator: Intl.Collator,
): CertificateListing[] {
  return certs
    .filter((c) => c.validUntil >= date)
    .sort(
      (a, b) =>
        collator.compare(a.typeLabel, b.typeLabel) || collator.compare(a.firmName, b.firmName) || a.validUntil.localeCompare(b.validUntil),
    );
}

/** The table of valid certificates; its header repeats on every page it runs onto. */
export async function placeCertificateTable(
  c: Composer,
  t: BrochureTexts,
  anchor: string,
  date: IsoDate,
  certs: readonly CertificateListing[],
  relieve: () => Promise<void>,
): Promise<void> {
  const m = c.measure;
  const w = c.width;
  const c1 = Math.round(w * 0.36);
  const c3 = Math.round(w * 0.17);
  const c2 = w - c1 - c3;
  c.startSection(anchor, t.validCertificates, t.validCertificates);
  c.place(sectionTitleRow(t.validCertificates));
  const intro = t.certificatesIntro(t.formatLongDate(date)) + (certs.some((x) => x.illustrative) ? ` ${t.illustrativeNotice}` : '');
  for (const row of paragraphRows(m, intro, typeScale.body, w, { gapAfter: 10 })) c.place(row);
  if (certs.length === 0) {
    c.place({ height: 20, draw: (p, x, y) => p.text(t.noCertificates, x, y + 2, typeScale.body) });
    return;
  }
  const header = columnLabelRow(
    [
      { label: t.certificateType, x: 6, width: c1 },
      { label: t.firm, x: c1, width: c2 },
      { label: t.validUntil, x: c1 + c2, width: c3 - 6, align: 'right' },
    ],
    w,
  );
  const markW = m.width(` ${ILLUSTRATIVE_MARK}`, markStyle);
  for (let i = 0; i < certs.length; i++) {
    const cert = certs[i];
    const a = m.fit(cert.typeLabel, cellBold, c1 - 14, { maxLines: 3, minSize: 7 });
    const b = m.fit(cert.firmName, cell, c2 - 8 - (cert.illustrative ? markW : 0), { maxLines: 3, minSize: 7 });
    const until = t.formatShortDate(cert.validUntil);
    const h = Math.max(a.height, b.height) + 7;
    const zebra = i % 2 === 1;
    const row: Row = {
      height: h,
      draw: (p, x, y) => {
        if (zebra) p.rect(x, y, w, h, colors.zebra);
        p.lines(a.lines, x + 6, y + 3.5, a.style);
        p.lines(b.lines, x + c1, y + 3.5, b.style);
        if (cert.illustrative) {
          const lead = leadingOf(b.style);
          p.text(
            ` ${ILLUSTRATIVE_MARK}`,
            x + c1 + m.width(b.lines[b.lines.length - 1], b.style),
            y + 3.5 + (b.lines.length - 1) * lead,
            markStyle,
            {
              lineHeight: lead,
            },
          );
        }
        p.text(until, x + c1 + c2, y + 3.5, cell, { align: 'right', width: c3 - 6 });
      },
    };
    if (i === 0) {
      c.flow([header, row]);
      c.repeatOnNewPage(header);
    } else {
      c.place(row);
    }
    if (i % 32 === 31) await relieve();
  }
  c.repeatOnNewPage(null);
}
