import type { ComplianceItem, ConsortiumMember, FirmProfile } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Composer } from '../layout/composer';
import { columnLabelRow, ILLUSTRATIVE_MARK, markStyle, paragraphRows, subheadingRow, tableRows } from './rows';

const cell: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 11.5 };
const cellBold: TextStyle = { ...cell, font: 'bold' };
const cellMuted: TextStyle = { ...cell, color: colors.muted };
const okStyle: TextStyle = { ...cell, font: 'bold', color: colors.ok };

/** A cell of more lines than this is set smaller (down to MIN_SIZE), never cut. */
const CELL_LINES = 8;
const MIN_SIZE = 7;
/** Tallest a row may be before it continues in a second row. */
const MAX_ROW_HEIGHT = 600;

/** The proposed consortium: each firm with its role (and where it is, how large). */
export function placeConsortium(
  c: Composer,
  t: BrochureTexts,
  members: readonly ConsortiumMember[],
  firmsById: ReadonlyMap<string, FirmProfile>,
  intro: string,
): void {
  const m = c.measure;
  const w = c.width;
  c.flow(paragraphRows(m, intro, typeScale.body, w, { gapAfter: 10 }));
  const c1 = Math.round(w * 0.55);
  const c2 = w - c1;
  const header = columnLabelRow(
    [
      { label: t.firm, x: 6, width: c1 },
      { label: t.role, x: c1, width: c2 },
    ],
    w,
  );
  const markW = m.width(` ${ILLUSTRATIVE_MARK}`, markStyle);
  members.forEach((member, i) => {
    const firm = firmsById.get(member.firmId);
    const illustrative = firm?.illustrative ?? false;
    const name = m.fit(member.firmName, cellBold, c1 - 16 - (illustrative ? markW : 0), { maxLines: 2, minSize: MIN_SIZE });
    const metaText = firm ? [firm.municipality, firm.employeeBand && t.employees(firm.employeeBand)].filter(Boolean).join('  ·  ') : '';
    const meta = m.fit(metaText, cellMuted, c1 - 16, { maxLines: 1, minSize: MIN_SIZE });
    const role = m.fit(member.role, cell, c2 - 6, { maxLines: 3, minSize: MIN_SIZE });
    const rows = tableRows(
      [
        { lines: name.lines, style: name.style, x: 6 },
        { lines: metaText ? meta.lines : [], style: meta.style, x: 6, dy: name.height },
        { lines: role.lines, style: role.style, x: c1 },
      ],
      {
        pad: 8,
        maxHeight: MAX_ROW_HEIGHT,
        background: (p, x, y, h) => {
          if (i % 2 === 1) p.rect(x, y, w, h, colors.zebra);
        },
      },
    );
    if (illustrative) {
      // the † after the name's last line, on the first part of the row
      const first = rows[0];
      const last = name.lines[name.lines.length - 1];
      rows[0] = {
        ...first,
        draw: (p, x, y, top) => {
          first.draw?.(p, x, y, top);
          p.text(
            ` ${ILLUSTRATIVE_MARK}`,
            x + 6 + m.width(last, name.style),
            y + 4 + (name.lines.length - 1) * leadingOf(name.style),
            markStyle,
            {
              lineHeight: leadingOf(name.style),
            },
          );
        },
      };
    }
    if (i === 0) {
      c.flow([header, ...rows]);
      c.repeatOnNewPage(header);
    } else for (const row of rows) c.place(row);
  });
  c.repeatOnNewPage(null);
}

/**
 * The compliance summary as a bid team writes it: every mandatory requirement with the firms that
 * cover it and their relevant certificates; one the consortium does not offer is said so, plainly
 * and without alarm; optional requirements only where the consortium covers them, as additional
 * services. Counts are of mandatory requirements only.
 */
export function placeCompliance(c: Composer, t: BrochureTexts, items: readonly ComplianceItem[], anchor: string): void {
  const m = c.measure;
  const w = c.width;
  const mandatory = items.filter((i) => i.mandatory);
  const optional = items.filter((i) => !i.mandatory && i.covered);
  const intro =
    mandatory.length > 0 && mandatory.every((i) => i.covered) ? t.complianceIntroAll(mandatory.length) : t.complianceIntroPartial;
  c.flow([
    { ...subheadingRow(t.complianceSummary, 22), anchor: { name: anchor, bookmark: t.complianceSummary } },
    ...paragraphRows(m, intro, typeScale.body, w, { gapAfter: 10 }),
  ]);
  complianceTable(c, t, mandatory, true);
  if (optional.length > 0) {
    c.flow([subheadingRow(t.optionalCovered, 14), ...paragraphRows(m, t.optionalIntro, typeScale.body, w, { gapAfter: 10 })]);
    complianceTable(c, t, optional, false);
  }
}

function complianceTable(c: Composer, t: BrochureTexts, items: readonly ComplianceItem[], withStatus: boolean): void {
  if (items.length === 0) return;
  const m = c.measure;
  const w = c.width;
  const c1 = Math.round(w * 0.34);
  const c3 = withStatus ? Math.round(w * 0.2) : 0;
  const c2 = w - c1 - c3;
  const header = columnLabelRow(
    [
      { label: t.requirement, x: 6, width: c1 },
      { label: t.coveredBy, x: c1, width: c2 },
      ...(withStatus ? [{ label: t.status, x: c1 + c2, width: c3 - 6, align: 'right' as const }] : []),
    ],
    w,
  );
  const fit = (text: string, style: TextStyle, width: number, maxLines: number) =>
    m.fit(text, style, width, { maxLines, minSize: MIN_SIZE });
  items.forEach((item, i) => {
    const req = fit(item.requirementLabel, cellBold, c1 - 14, 4);
    const cap = fit(item.capabilityName, cellMuted, c1 - 14, 2);
    const byText = item.covering.map((cov) =>
      cov.certificates.length ? `${cov.firmName} (${cov.certificates.join(', ')})` : cov.firmName,
    );
    const by = byText.length ? byText.map((b) => fit(b, cell, c2 - 10, CELL_LINES)) : [fit('—', cellMuted, c2 - 10, 1)];
    const status = withStatus ? fit(item.covered ? t.covered : t.notOffered, item.covered ? okStyle : cellMuted, c3 - 6, 2) : null;
    const byLines = by.flatMap((b) => b.lines);
    const byStyle = by.reduce((s, b) => (b.style.size < s.size ? b.style : s), by[0].style);
    const rows = tableRows(
      [
        { lines: req.lines, style: req.style, x: 6 },
        { lines: cap.lines, style: cap.style, x: 6, dy: req.height },
        { lines: byLines, style: byStyle, x: c1 },
        ...(status ? [{ lines: status.lines, style: status.style, x: c1 + c2, align: 'right' as const, width: c3 - 6 }] : []),
      ],
      {
        pad: 8,
        maxHeight: MAX_ROW_HEIGHT,
        background: (p, x, y, h) => {
          if (i % 2 === 1) p.rect(x, y, w, h, colors.zebra);
        },
      },
    );
    if (i === 0) {
      c.flow([header, ...rows]);
      c.repeatOnNewPage(header);
    } else for (const row of rows) c.place(row);
  });
  c.repeatOnNewPage(null);
}
