import type { FirmCertificate, FirmProfile, IsoDate } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Composer, Row } from '../layout/composer';
import type { TextMeasure } from '../layout/text-measure';
import { bannerRow, columnLabelRow, ILLUSTRATIVE_MARK, markStyle, paragraphRows, spacer, tableRows } from './rows';

const nameStyle: TextStyle = { font: 'bold', size: 12.5, color: colors.accent, leading: 16 };
const metaStyle: TextStyle = { font: 'regular', size: 8.5, color: colors.muted, leading: 12 };
const cellStyle: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 11.5 };
const cellBold: TextStyle = { ...cellStyle, font: 'bold' };
const cellMuted: TextStyle = { ...cellStyle, color: colors.muted };
const continuedStyle: TextStyle = { font: 'bold', size: 8.5, color: colors.muted, leading: 12 };

/** A table cell of more lines than this is set smaller (down to MIN_CELL_SIZE), never cut. */
const CELL_LINES = 8;
const MIN_CELL_SIZE = 7;
/** Tallest a table row may be before it continues in a second row (a page, less a header). */
const MAX_ROW_HEIGHT = 600;

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
  const name = m.fit(firm.name, nameStyle, width - markW, { maxLines: 2, minSize: 10 });
  const nameLead = leadingOf(name.style);
  const meta = [firm.municipality, firm.employeeBand && t.employees(firm.employeeBand)].filter(Boolean).join('  ·  ');
  const website = firm.website?.trim();
  // place, head count and website on one line when they fit (smaller if need be), else the website below
  const oneLine = m.fit(website ? `${meta} · ${website}` : meta, metaStyle, width, { maxLines: 1, minSize: 7 });
  const metaLines =
    oneLine.lines.length === 1 ? [oneLine] : [m.fit(meta, metaStyle, width), ...(website ? [m.fit(website, metaStyle, width)] : [])];
  const metaH = metaLines.reduce((h, l) => h + l.height, 0);
  const headH = 10 + name.height + Math.max(14, metaH + 2) + 8;
  rows.push({
    height: headH,
    keepWithNext: true,
    draw: (p, x, y, atPageTop) => {
      if (!atPageTop) p.line(x, y, x + width, y, colors.accentSoft, 0.8);
      p.lines(name.lines, x, y + 10, name.style);
      if (firm.illustrative) {
        const last = name.lines[name.lines.length - 1];
        p.text(` ${ILLUSTRATIVE_MARK}`, x + m.width(last, name.style), y + 10 + (name.lines.length - 1) * nameLead + 2, markStyle);
      }
      let metaY = y + 10 + name.height + 1;
      for (const part of metaLines) {
        part.lines.forEach((line, i) => {
          const ly = metaY + i * leadingOf(part.style);
          if (website && line.endsWith(website)) {
            // the website part of the line is a link
            const head = line.slice(0, line.length - website.length);
            p.text(head, x, ly, part.style);
            p.text(website, x + m.width(head, part.style), ly, { ...part.style, color: colors.accentMid }, { link: websiteUrl(website) });
          } else p.text(line, x, ly, part.style);
        });
        metaY += part.height;
      }
    },
  });
  if (firm.illustrative) rows.push(bannerRow(m, t.illustrativeLong, width, 'warn', 7));

  if (firm.description.trim()) {
    rows.push(...paragraphRows(m, firm.description, typeScale.body, width, { gapAfter: 4, keepFirstLines: 2 }));
  }

  // capabilities: name | key equipment | level; a column none of the firm's capabilities fills is left out
  if (firm.capabilities.length > 0) {
    const withEquipment = firm.capabilities.some((c) => c.keyEquipment?.trim());
    const withLevel = firm.capabilities.some((c) => c.level?.trim());
    const c1 = Math.round(width * (withEquipment || withLevel ? 0.3 : 1));
    const c3 = withLevel ? Math.round(width * (withEquipment ? 0.2 : 0.7)) : 0;
    const c2 = withEquipment ? width - c1 - c3 : 0;
    rows.push(
      columnLabelRow(
        [
          { label: t.capabilities, x: 0, width: c1 },
          ...(withEquipment ? [{ label: t.keyEquipment, x: c1, width: c2 }] : []),
          ...(withLevel ? [{ label: t.level, x: c1 + c2, width: c3, align: 'right' as const }] : []),
        ],
        width,
        6,
      ),
    );
    const fit = (text: string, style: TextStyle, w: number) => m.fit(text, style, w, { maxLines: CELL_LINES, minSize: MIN_CELL_SIZE });
    for (const cap of firm.capabilities) {
      const a = fit(cap.name, cellBold, c1 - 8);
      const b = withEquipment ? fit(cap.keyEquipment ?? '', cellStyle, c2 - 8) : null;
      const lvl = withLevel ? fit(cap.level ?? '', cellMuted, c3) : null;
      rows.push(
        ...tableRows(
          [
            { lines: a.lines, style: a.style, x: 0 },
            ...(b ? [{ lines: b.lines, style: b.style, x: c1 }] : []),
            ...(lvl ? [{ lines: lvl.lines, style: lvl.style, x: c1 + c2, align: 'right' as const, width: c3 }] : []),
          ],
          { pad: 4, maxHeight: MAX_ROW_HEIGHT, background: (p, x, y, h) => p.line(x, y + h, x + width, y + h, colors.zebra, 0.6) },
        ),
      );
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
    const a = m.fit(cert.typeLabel, cellBold, k1 - 8, { maxLines: CELL_LINES, minSize: MIN_CELL_SIZE });
    const b = m.fit(cert.scope ?? '', cellStyle, k2 - 8, { maxLines: CELL_LINES, minSize: MIN_CELL_SIZE });
    rows.push(
      ...tableRows(
        [
          { lines: a.lines, style: a.style, x: 0 },
          { lines: b.lines, style: b.style, x: k1 },
          { lines: [t.formatShortDate(cert.validUntil)], style: cellStyle, x: k1 + k2, align: 'right', width: k3 },
        ],
        { pad: 4, maxHeight: MAX_ROW_HEIGHT, background: (p, x, y, h) => p.line(x, y + h, x + width, y + h, colors.zebra, 0.6) },
      ),
    );
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
  const label = c.measure.fit(`${firm.name} ${t.continued}`, continuedStyle, c.width, { maxLines: 1, minSize: 6.5 });
  const continuation: Row = { height: label.height + 6, draw: (p, x, y) => p.lines(label.lines, x, y, label.style) };
  return c.keepTogether(rows, continuation);
}
