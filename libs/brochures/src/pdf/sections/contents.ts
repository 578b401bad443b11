import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle } from '../brochure-style';
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
    const title = m.fit(entry.title, entryStyle, c.width - 90, { maxLines: 1, minSize: 8.5 });
    const lead = leadingOf(title.style);
    const h = Math.max(30, title.height);
    c.place({
      height: h,
      draw: (p, x, y) => {
        const num = String(i + 1).padStart(2, '0');
        p.text(num, x, y, numberStyle);
        p.lines(title.lines, x + 34, y, title.style, { goTo: entry.anchor });
        const lastY = y + title.height - lead;
        const pageText = entry.page === null ? '' : String(entry.page);
        const pw = m.width(pageText, pageStyle);
        p.dottedLine(
          x + 34 + m.width(title.lines[title.lines.length - 1], title.style) + 8,
          x + c.width - pw - 8,
          lastY + 20,
          colors.accentSoft,
        );
        p.text(pageText, x, lastY, pageStyle, { align: 'right', width: c.width, goTo: entry.anchor });
        p.line(x, y + h, x + c.width, y + h, colors.zebra, 0.8);
      },
    });
  });
  if (figures.length === 0) return;
  c.space(28);
  c.place(subheadingRow(t.atAGlance, 0));
  const gap = 10;
  const tileW = (c.width - gap * (figures.length - 1)) / figures.length;
  const values = figures.map((f) => m.fit(f.value, figureStyle, tileW - 24, { maxLines: 1, minSize: 12 }));
  const labels = figures.map((f) => m.fit(f.label, figureLabel, tileW - 24, { maxLines: 2, minSize: 7 }));
  const tileH = Math.max(70, 8 + Math.max(...values.map((v) => v.height)) + 2 + Math.max(...labels.map((l) => l.height)) + 8);
  c.place({
    height: tileH + 8,
    draw: (p, x, y) => {
      figures.forEach((_f, i) => {
        const tx = x + i * (tileW + gap);
        p.rect(tx, y, tileW, tileH, colors.accentTint);
        p.rect(tx, y, 3, tileH, colors.accent);
        p.lines(values[i].lines, tx + 14, y + 8, values[i].style);
        p.lines(labels[i].lines, tx + 14, y + 8 + Math.max(32, values[i].height + 2), labels[i].style);
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
    const name = m.fit(g.name, barLabel, labelW - 10, { maxLines: 1, minSize: 7 });
    const share = firmCount > 0 ? Math.min(1, g.firms / firmCount) : 0;
    c.place({
      height: Math.max(17, name.height),
      draw: (p, x, y) => {
        p.lines(name.lines, x, y, name.style);
        p.rect(x + labelW, y + 4, barMax, 9, colors.zebra);
        if (share > 0) p.rect(x + labelW, y + 4, Math.max(2, barMax * share), 9, colors.accentMid);
        p.text(String(g.firms), x + c.width - valueW, y, barValue, { align: 'right', width: valueW });
      },
    });
  }
}
