import type { CapabilityGroup, FirmProfile } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Composer, Row } from '../layout/composer';
import type { TextMeasure } from '../layout/text-measure';
import { ILLUSTRATIVE_MARK, markStyle, paragraphRows, sectionTitleRow } from './rows';

const nameStyle: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 11 };
const headStyle: TextStyle = { font: 'bold', size: 7.5, color: colors.accent };
const pageStyle: TextStyle = { font: 'regular', size: 8, color: colors.muted, leading: 11 };
const legendStyle: TextStyle = { font: 'regular', size: 7.5, color: colors.muted, leading: 14 };

const PAGE_COL = 34;
const MIN_NAME_COL = 150;
const DOT_RADIUS = 3.4;
const LEGEND_H = 22;
/** Longest a vertical header line may be when the label is split over two lines, and when it is not. */
const LABEL_MAX = 84;
const LABEL_MAX_SINGLE = 110;
const LABEL_LINE = 9;

/**
 * Firms (rows) × capability groups (columns). Group names stand vertically in the header, which
 * is repeated on every page the matrix runs onto; long firm names wrap to two lines, then are set
 * smaller, then take a third line: nothing is ever cut.
 */
export class CapabilityMatrix {
  private readonly colW: number;
  private readonly nameW: number;
  private readonly labelsH: number;
  private readonly labels: { lines: string[]; style: TextStyle }[];
  private readonly pageLabel: { lines: string[]; style: TextStyle };
  private readonly header: Row;
  private rowCount = 0;

  constructor(
    private readonly m: TextMeasure,
    private readonly t: BrochureTexts,
    private readonly groups: readonly CapabilityGroup[],
    private readonly width: number,
    showIllustrativeLegend: boolean,
  ) {
    const n = Math.max(groups.length, 1);
    this.colW = Math.max(14, Math.min(40, (width - PAGE_COL - MIN_NAME_COL) / n));
    this.nameW = width - PAGE_COL - this.colW * groups.length;
    // group names stand vertically: on one line when short, on two when the column is wide enough
    // and no word has to be cut, else on one longer line, set smaller beyond LABEL_MAX_SINGLE (the
    // header grows with a name too long even then)
    this.labels = groups.map((g) => this.headerLines(g.name));
    this.pageLabel = this.headerLines(t.profilePage, false);
    const longest = Math.max(...[...this.labels, this.pageLabel].flatMap((l) => l.lines.map((line) => m.width(line, l.style))));
    this.labelsH = Math.max(54, Math.ceil(longest) + 12);
    this.header = this.headerRow(showIllustrativeLegend);
  }

  private headerLines(name: string, twoLines = true): { lines: string[]; style: TextStyle } {
    const { m } = this;
    if (m.width(name, headStyle) <= LABEL_MAX) return { lines: [name], style: headStyle };
    const words = name.split(/\s+/);
    if (twoLines && this.colW >= 22 && words.every((w) => m.width(w, headStyle) <= LABEL_MAX)) {
      const lines = m.wrap(name, headStyle, LABEL_MAX);
      if (lines.length <= 2) return { lines, style: headStyle };
    }
    const fitted = m.fit(name, headStyle, LABEL_MAX_SINGLE, { maxLines: 1, minSize: 5.5 });
    return fitted.lines.length === 1 ? fitted : { lines: [name], style: fitted.style };
  }

  private headerRow(showIllustrative: boolean): Row {
    const { m, t, width, colW, nameW, labelsH } = this;
    const legendParts = [t.hasCapability];
    const lx = 12 + m.width(legendParts[0], legendStyle) + 22;
    const illustrative = showIllustrative
      ? m.fit(`${ILLUSTRATIVE_MARK} ${t.illustrativeLong}`, { ...legendStyle, color: colors.warn }, width - lx, { maxLines: 1, minSize: 6 })
      : null;
    const legendH = Math.max(LEGEND_H, (illustrative?.height ?? 0) + 8);
    const firmLabel = t.firm.toLocaleUpperCase();
    return {
      height: legendH + labelsH + 4,
      keepWithNext: true,
      draw: (p, x, y) => {
        // legend: ● capability present   † illustrative data
        p.circle(x + DOT_RADIUS, y + 7, DOT_RADIUS, colors.accent);
        p.text(legendParts[0], x + 12, y, legendStyle);
        if (illustrative) p.lines(illustrative.lines, x + lx, y, illustrative.style);
        const top = y + legendH;
        const bottom = top + labelsH;
        p.rect(x + nameW, top, colW * this.groups.length, labelsH, colors.accentTint);
        this.labels.forEach((label, i) => {
          const cx = x + nameW + colW * i + colW / 2;
          label.lines.forEach((line, k) =>
            p.verticalText(line, cx + (k - (label.lines.length - 1) / 2) * LABEL_LINE, bottom - 6, label.style),
          );
          if (i > 0) p.line(x + nameW + colW * i, top, x + nameW + colW * i, bottom, colors.white, 1);
        });
        for (const line of this.pageLabel.lines)
          p.verticalText(line, x + width - PAGE_COL / 2, bottom - 6, { ...this.pageLabel.style, color: colors.muted });
        p.text(firmLabel, x + 4, bottom - 14, typeScale.label);
        p.line(x, bottom + 0.5, x + width, bottom + 0.5, colors.accent, 1);
      },
    };
  }

  /** Section title and introduction; the column header follows with the first row. */
  begin(c: Composer, anchor: string): void {
    c.startSection(anchor, this.t.capabilityMatrix, this.t.capabilityMatrix);
    c.place(sectionTitleRow(this.t.capabilityMatrix));
    for (const row of paragraphRows(this.m, this.t.matrixIntro, typeScale.body, c.width, { gapAfter: 8 })) c.place(row);
  }

  /** One firm's row. `profilePage` is unknown (null) while paginating; its width is fixed. */
  addFirm(c: Composer, firm: FirmProfile, profilePage: number | null): void {
    const row = this.firmRow(firm, profilePage, this.rowCount);
    if (this.rowCount === 0) {
      c.flow([this.header, row]);
      c.repeatOnNewPage(this.header);
    } else {
      c.place(row);
    }
    this.rowCount += 1;
  }

  end(c: Composer): void {
    c.repeatOnNewPage(null);
    if (this.rowCount === 0) c.place({ height: 20, draw: (p, x, y) => p.text(this.t.noFirms, x, y + 4, typeScale.body) });
  }

  private firmRow(firm: FirmProfile, profilePage: number | null, index: number): Row {
    const { m, colW, nameW, width } = this;
    const markW = firm.illustrative ? m.width(` ${ILLUSTRATIVE_MARK}`, markStyle) : 0;
    const name = m.fit(firm.name, nameStyle, nameW - 10 - markW, { maxLines: 2, minSize: 7 });
    const lines = name.lines;
    const lead = leadingOf(name.style);
    const height = name.height + 7;
    const codes = new Set(firm.capabilityGroupCodes);
    const marks = this.groups.map((g) => codes.has(g.code));
    return {
      height,
      draw: (p, x, y) => {
        if (index % 2 === 1) p.rect(x, y, width, height, colors.zebra);
        p.lines(lines, x + 4, y + 3.5, name.style);
        if (firm.illustrative) {
          const last = lines[lines.length - 1];
          p.text(` ${ILLUSTRATIVE_MARK}`, x + 4 + m.width(last, name.style), y + 3.5 + (lines.length - 1) * lead, markStyle, {
            lineHeight: lead,
          });
        }
        const cy = y + height / 2;
        marks.forEach((has, i) => {
          const cx = x + nameW + colW * i + colW / 2;
          if (has) p.circle(cx, cy, DOT_RADIUS, colors.accent);
          else p.circle(cx, cy, 0.8, colors.rule);
        });
        if (profilePage !== null) {
          p.text(String(profilePage), x + width - PAGE_COL, y + 3.5, pageStyle, { align: 'right', width: PAGE_COL - 6 });
        }
      },
    };
  }
}
