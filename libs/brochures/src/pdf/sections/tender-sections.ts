import type { ComplianceItem, ConsortiumMember, FirmProfile } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Composer, Row } from '../layout/composer';
import { columnLabelRow, ILLUSTRATIVE_MARK, markStyle, paragraphRows, subheadingRow } from './rows';

const cell: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 11.5 };
const cellBold: TextStyle = { ...cell, font: 'bold' };
const cellMuted: TextStyle = { ...cell, color: colors.muted };
const okStyle: TextStyle = { ...cell, font: 'bold', color: colors.ok };
const missingStyle: TextStyle = { ...cell, font: 'bold', color: colors.danger };

const MAX_LINES = 8;

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
    const name = m.clamp(member.firmName, cellBold, c1 - 16 - (illustrative ? markW : 0), 2);
    const meta = firm
      ? m.clamp(
          [firm.municipality, firm.employeeBand && t.employees(firm.employeeBand)].filter(Boolean).join('  ·  '),
          cellMuted,
          c1 - 16,
          1,
        )
      : [];
    const role = m.clamp(member.role, cell, c2 - 6, 3);
    const h = Math.max(name.length + meta.length, role.length) * leadingOf(cell) + 8;
    const row: Row = {
      height: h,
      draw: (p, x, y) => {
        if (i % 2 === 1) p.rect(x, y, w, h, colors.zebra);
        p.lines(name, x + 6, y + 4, cellBold);
        if (illustrative) {
          p.text(
            ` ${ILLUSTRATIVE_MARK}`,
            x + 6 + m.width(name[name.length - 1], cellBold),
            y + 4 + (name.length - 1) * leadingOf(cell),
            markStyle,
            {
              lineHeight: leadingOf(cell),
            },
          );
        }
        p.lines(meta, x + 6, y + 4 + name.length * leadingOf(cell), cellMuted);
        p.lines(role, x + c1, y + 4, cell);
      },
    };
    if (i === 0) {
      c.flow([header, row]);
      c.repeatOnNewPage(header);
    } else c.place(row);
  });
  c.repeatOnNewPage(null);
}

/** Each requirement, the firm(s) covering it with their relevant certificates, and a clear mark if none does. */
export function placeCompliance(c: Composer, t: BrochureTexts, items: readonly ComplianceItem[], anchor: string): void {
  const m = c.measure;
  const w = c.width;
  const covered = items.filter((i) => i.covered).length;
  c.flow([
    { ...subheadingRow(t.complianceSummary, 22), anchor: { name: anchor, bookmark: t.complianceSummary } },
    ...paragraphRows(m, t.complianceIntro(covered, items.length), typeScale.body, w, { gapAfter: 10 }),
  ]);
  const c1 = Math.round(w * 0.34);
  const c3 = Math.round(w * 0.18);
  const c2 = w - c1 - c3;
  const header = columnLabelRow(
    [
      { label: t.requirement, x: 6, width: c1 },
      { label: t.coveredBy, x: c1, width: c2 },
      { label: t.status, x: c1 + c2, width: c3 - 6, align: 'right' },
    ],
    w,
  );
  items.forEach((item, i) => {
    const req = m.clamp(item.requirementLabel, cellBold, c1 - 14, 4);
    const cap = m.clamp(item.capabilityName, cellMuted, c1 - 14, 2);
    const by = item.covering
      .flatMap((cov) => m.wrap(cov.certificates.length ? `${cov.firmName} (${cov.certificates.join(', ')})` : cov.firmName, cell, c2 - 10))
      .slice(0, MAX_LINES);
    const status = item.covered ? t.covered : t.notCovered;
    const h = Math.max(req.length + cap.length, by.length, 1) * leadingOf(cell) + 8;
    const row: Row = {
      height: h,
      draw: (p, x, y) => {
        if (!item.covered) {
          p.rect(x, y, w, h, colors.dangerTint);
          p.rect(x, y, 3, h, colors.danger);
        } else if (i % 2 === 1) p.rect(x, y, w, h, colors.zebra);
        p.lines(req, x + 6, y + 4, cellBold);
        p.lines(cap, x + 6, y + 4 + req.length * leadingOf(cell), cellMuted);
        p.lines(by.length ? by : ['—'], x + c1, y + 4, by.length ? cell : cellMuted);
        p.text(status, x + c1 + c2, y + 4, item.covered ? okStyle : missingStyle, { align: 'right', width: c3 - 6 });
      },
    };
    if (i === 0) {
      c.flow([header, row]);
      c.repeatOnNewPage(header);
    } else c.place(row);
  });
  c.repeatOnNewPage(null);
}
