import type { BrochureTexts } from '../brochure-texts';
import { colors, type TextStyle } from '../brochure-style';
import type { Composer } from '../layout/composer';
import { sectionTitleRow, subheadingRow } from './rows';

export interface ContentsEntry {
  readonly title: string;
  readonly anchor: string;
  /** Unknown (null) while paginating. */
  readonly page: number | null;
}

export interface GroupFigure {
  readonly name: string;
  readonly firms: number;
}

export interface KeyFigure {
  readonly value: string;
  readonly label: string;
}

const numberStyle: TextStyle = { font: 'bold', size: 10, color: colors.accentMid, leading: 30 };
const entryStyle: TextStyle = { font: 'regular', size: 11.5, color: colors.ink, leading: 30 };
const pageStyle: TextStyle = { font: 'bold', size: 11.5, color: colors.accent, leading: 30 };
const figureStyle: TextStyle = { font: 'bold', size: 24, color: colors.accent, leading: 30 };
const figureLabel: TextStyle = { font: 'regular', size: 8.5, color: colors.muted, leading: 11 };
const barLabel: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 17 };
const barValue: TextStyle = { font: 'bold', size: 8.5, color: colors.accent, leading: 17 };

/** The table of contents (one page, links to the sections) with a few key figures. */
export function placeContents(
  c: Composer,
  t: BrochureTexts,
  entries: readonly ContentsEntry[],
  figures: readonly KeyFigure[],
  groups: readonly GroupFigure[] = [],
  firmCount = 0,
): void {
  const m = c.measure;
  c.startSection('contents', t.contents);
  c.place(sectionTitleRow(t.contents));
  c.space(6);
  entries.forEach((entry, i) => {
    c.place({
      height: 30,
      draw: (p, x, y) => {
        const num = String(i + 1).padStart(2, '0');
        p.text(num, x, y, numberStyle);
        const title = m.ellipsize(entry.title, entryStyle, c.width - 90);
        p.text(title, x + 34, y, entryStyle, { goTo: entry.anchor });
        const pageText = entry.page === null ? '' : String(entry.page);
        const pw = m.width(pageText, pageStyle);
        p.dottedLine(x + 34 + m.width(title, entryStyle) + 8, x + c.width - pw - 8, y + 20, colors.accentSoft);
        p.text(pageText, x, y, pageStyle, { align: 'right', width: c.width, goTo: entry.anchor });
        p.line(x, y + 30, x + c.width, y + 30, colors.zebra, 0.8);
      },
    });
  });
  if (figures.length === 0) return;
  c.space(28);
  c.place(subheadingRow(t.atAGlance, 0));
  const gap = 10;
  const tileW = (c.width - gap * (figures.length - 1)) / figures.length;
  const labels = figures.map((f) => m.clamp(f.label, figureLabel, tileW - 24, 2));
  c.place({
    height: 78,
    draw: (p, x, y) => {
      figures.forEach((f, i) => {
        const tx = x + i * (tileW + gap);
        p.rect(tx, y, tileW, 70, colors.accentTint);
        p.rect(tx, y, 3, 70, colors.accent);
        p.text(m.ellipsize(f.value, figureStyle, tileW - 24), tx + 14, y + 8, figureStyle);
        p.lines(labels[i], tx + 14, y + 40, figureLabel);
      });
    },
  });
  if (groups.length === 0) return;
  // how many member firms cover each capability group, as bars
  c.space(18);
  c.place(subheadingRow(t.firmsPerGroup, 0));
  const labelW = 170;
  const valueW = 34;
  const barMax = c.width - labelW - valueW - 10;
  for (const g of groups) {
    const name = m.ellipsize(g.name, barLabel, labelW - 10);
    const share = firmCount > 0 ? Math.min(1, g.firms / firmCount) : 0;
    c.place({
      height: 17,
      draw: (p, x, y) => {
        p.text(name, x, y, barLabel);
        p.rect(x + labelW, y + 4, barMax, 9, colors.zebra);
        if (share > 0) p.rect(x + labelW, y + 4, Math.max(2, barMax * share), 9, colors.accentMid);
        p.text(String(g.firms), x + c.width - valueW, y, barValue, { align: 'right', width: valueW });
      },
    });
  }
}
