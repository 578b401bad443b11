import type { FirmCertificate, FirmProfile, IsoDate } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Composer, Row } from '../layout/composer';
import type { TextMeasure } from '../layout/text-measure';
import { bannerRow, columnLabelRow, ILLUSTRATIVE_MARK, markStyle, paragraphRows, spacer } from './rows';

const nameStyle: TextStyle = { font: 'bold', size: 12.5, color: colors.accent, leading: 16 };
const metaStyle: TextStyle = { font: 'regular', size: 8.5, color: colors.muted, leading: 12 };
const cellStyle: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 11.5 };
const cellBold: TextStyle = { ...cellStyle, font: 'bold' };
const cellMuted: TextStyle = { ...cellStyle, color: colors.muted };
const continuedStyle: TextStyle = { font: 'bold', size: 8.5, color: colors.muted, leading: 12 };

/** Longest a table cell may grow before it is cut short with '…' (no row may outgrow a page). */
const MAX_CELL_LINES = 8;
const MAX_DESCRIPTION_LINES = 120;

/** Certificates of a firm still valid on `date`, in a stable order. */
export function validFirmCertificates(certs: readonly FirmCertificate[], date: IsoDate, collator: Intl.Collator): FirmCertificate[] {
  return certs
    .filter((c) => c.validUntil >= date)
    .sort((a, b) => collator.compare(a.typeLabel, b.typeLabel) || a.validUntil.localeCompare(b.validUntil));
}

export function websiteUrl(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/**
 * One firm's profile as rows: heading (kept with the first lines), illustrative banner,
 * description, capabilities with key equipment, valid certificates.
 */
export function firmProfileRows(
  m: TextMeasure,
  t: BrochureTexts,
  firm: FirmProfile,
  date: IsoDate,
  collator: Intl.Collator,
  width: number,
): Row[] {
  const rows: Row[] = [];
  const markW = firm.illustrative ? m.width(` ${ILLUSTRATIVE_MARK}`, markStyle) : 0;
  const nameLines = m.clamp(firm.name, nameStyle, width - markW, 2);
  const meta = [firm.municipality, firm.employeeBand && t.employees(firm.employeeBand)].filter(Boolean).join('  ·  ');
  const website = firm.website?.trim();
  const metaText = m.ellipsize(website ? `${meta}  ·  ${website}` : meta, metaStyle, width);
  const metaWidth = m.width(metaText, metaStyle);
  const headH = 10 + nameLines.length * 16 + 14 + 8;
  rows.push({
    height: headH,
    keepWithNext: true,
    draw: (p, x, y, atPageTop) => {
      if (!atPageTop) p.line(x, y, x + width, y, colors.accentSoft, 0.8);
      nameLines.forEach((line, i) => p.text(line, x, y + 10 + i * 16, nameStyle));
      if (firm.illustrative) {
        const last = nameLines[nameLines.length - 1];
        p.text(` ${ILLUSTRATIVE_MARK}`, x + m.width(last, nameStyle), y + 10 + (nameLines.length - 1) * 16 + 2, markStyle);
      }
      const metaY = y + 10 + nameLines.length * 16 + 1;
      p.text(metaText, x, metaY, metaStyle);
      if (website && metaText.endsWith(website)) {
        // the website part of the line is a link
        const w = m.width(website, metaStyle);
        p.text(website, x + metaWidth - w, metaY, { ...metaStyle, color: colors.accentMid }, { link: websiteUrl(website) });
      }
    },
  });
  if (firm.illustrative) rows.push(bannerRow(m, t.illustrativeLong, width, 'warn', 7));

  if (firm.description.trim()) {
    rows.push(
      ...paragraphRows(m, firm.description, typeScale.body, width, { gapAfter: 4, maxLines: MAX_DESCRIPTION_LINES, keepFirstLines: 2 }),
    );
  }

  // capabilities: name | key equipment | level
  if (firm.capabilities.length > 0) {
    const c1 = Math.round(width * 0.3);
    const c3 = Math.round(width * 0.2);
    const c2 = width - c1 - c3;
    rows.push(
      columnLabelRow(
        [
          { label: t.capabilities, x: 0, width: c1 },
          { label: t.keyEquipment, x: c1, width: c2 },
          { label: t.level, x: c1 + c2, width: c3, align: 'right' },
        ],
        width,
        6,
      ),
    );
    for (const cap of firm.capabilities) {
      const a = m.clamp(cap.name, cellBold, c1 - 8, MAX_CELL_LINES);
      const b = m.clamp(cap.keyEquipment ?? '', cellStyle, c2 - 8, MAX_CELL_LINES);
      const lvl = m.clamp(cap.level ?? '', cellMuted, c3, 2);
      const h = Math.max(a.length, b.length, lvl.length, 1) * leadingOf(cellStyle) + 5;
      rows.push({
        height: h,
        draw: (p, x, y) => {
          p.lines(a, x, y + 2, cellBold);
          p.lines(b, x + c1, y + 2, cellStyle);
          p.lines(lvl, x + c1 + c2, y + 2, cellMuted, { align: 'right', width: c3 });
          p.line(x, y + h, x + width, y + h, colors.zebra, 0.6);
        },
      });
    }
  }

  // certificates: type | scope | valid until (expired ones never appear)
  const certs = validFirmCertificates(firm.certificates, date, collator);
  const k1 = Math.round(width * 0.3);
  const k3 = Math.round(width * 0.2);
  const k2 = width - k1 - k3;
  rows.push(
    columnLabelRow(
      [
        { label: t.certificates, x: 0, width: k1 },
        { label: certs.some((c) => c.scope) ? t.scope : '', x: k1, width: k2 },
        { label: t.validUntil, x: k1 + k2, width: k3, align: 'right' },
      ],
      width,
      8,
    ),
  );
  if (certs.length === 0) {
    rows.push({ height: 16, draw: (p, x, y) => p.text(t.noValidCertificates, x, y + 2, cellMuted) });
  }
  for (const cert of certs) {
    const a = m.clamp(cert.typeLabel, cellBold, k1 - 8, MAX_CELL_LINES);
    const b = m.clamp(cert.scope ?? '', cellStyle, k2 - 8, MAX_CELL_LINES);
    const until = t.formatShortDate(cert.validUntil);
    const h = Math.max(a.length, b.length, 1) * leadingOf(cellStyle) + 5;
    rows.push({
      height: h,
      draw: (p, x, y) => {
        p.lines(a, x, y + 2, cellBold);
        p.lines(b, x + k1, y + 2, cellStyle);
        p.text(until, x + k1 + k2, y + 2, cellStyle, { align: 'right', width: k3 });
        p.line(x, y + h, x + width, y + h, colors.zebra, 0.6);
      },
    });
  }
  rows.push(spacer(18));
  return rows;
}

/**
 * Places a profile, whole on the current page if it fits, else whole on the next page; only a
 * profile taller than a page is split, continuing under "Name (continued)".
 * Returns the page its heading is on.
 */
export function placeFirmProfile(c: Composer, t: BrochureTexts, firm: FirmProfile, date: IsoDate, collator: Intl.Collator): number {
  const rows = firmProfileRows(c.measure, t, firm, date, collator, c.width);
  const suffix = ` ${t.continued}`;
  const label = c.measure.ellipsize(firm.name, continuedStyle, c.width - c.measure.width(suffix, continuedStyle)) + suffix;
  const continuation: Row = { height: 18, draw: (p, x, y) => p.text(label, x, y, continuedStyle) };
  return c.keepTogether(rows, continuation);
}
