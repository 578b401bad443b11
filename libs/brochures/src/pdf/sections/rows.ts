import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Row } from '../layout/composer';
import type { Painter } from '../layout/painter';
import type { TextMeasure } from '../layout/text-measure';

/** The marker of illustrative (invented demo) data in tables; explained by the legend. */
export const ILLUSTRATIVE_MARK = '†';
export const markStyle: TextStyle = { font: 'bold', size: 8.5, color: colors.warn };

export function spacer(height: number): Row {
  return { height };
}

/** One row per wrapped line, so a long paragraph may continue on the next page between lines. */
export function paragraphRows(
  m: TextMeasure,
  text: string,
  style: TextStyle,
  width: number,
  options: { indent?: number; gapAfter?: number; keepFirstLines?: number } = {},
): Row[] {
  const indent = options.indent ?? 0;
  const lines = m.wrap(text, style, width - indent);
  const leading = leadingOf(style);
  const keep = Math.min(options.keepFirstLines ?? 2, lines.length) - 1;
  return lines.map((line, i) => ({
    height: leading + (i === lines.length - 1 ? (options.gapAfter ?? 0) : 0),
    // no widow/orphan of a single line at a page break
    keepWithNext: i < keep || i === lines.length - 2,
    draw: (p, x, y) => p.text(line, x + indent, y, style),
  }));
}

/** The big title that opens a section, with an accent bar; kept with what follows. */
export function sectionTitleRow(title: string): Row {
  return {
    height: 50,
    keepWithNext: true,
    draw: (p, x, y) => {
      p.text(title, x, y, typeScale.h1);
      p.rect(x, y + 32, 36, 3, colors.accent);
    },
  };
}

export function subheadingRow(title: string, spaceBefore = 10): Row {
  return {
    height: spaceBefore + 22,
    keepWithNext: true,
    draw: (p, x, y) => p.text(title, x, y + spaceBefore, typeScale.h2),
  };
}

/** A tinted banner, one line when the text allows, e.g. "Illustrative data — not from the member register". */
export function bannerRow(m: TextMeasure, text: string, width: number, tone: 'warn' | 'accent', gapAfter = 6): Row {
  const base: TextStyle = { font: 'bold', size: 7.5, color: tone === 'warn' ? colors.warn : colors.accent, leading: 15 };
  const { lines, style, height } = m.fit(text, base, width - 16, { maxLines: 1, minSize: 6.5 });
  const w = Math.min(width, Math.max(...lines.map((l) => m.width(l, style))) + 16);
  const h = Math.max(15, height);
  return {
    height: h + gapAfter,
    keepWithNext: true,
    draw: (p, x, y) => {
      p.roundedRect(x, y, w, h, 2, tone === 'warn' ? colors.warnTint : colors.accentTint);
      p.lines(lines, x + 8, y, style);
    },
  };
}

/**
 * One table row whose cells hold wrapped lines: as tall as its fullest cell. A row that would be
 * taller than `maxHeight` (a page) is split into consecutive rows, each with the next lines of
 * every cell, so no text is ever cut. `background` draws behind each part (zebra, tint).
 */
export function tableRows(
  cells: ReadonlyArray<{ lines: readonly string[]; style: TextStyle; x: number; align?: 'left' | 'right'; width?: number; dy?: number }>,
  options: { pad: number; maxHeight: number; background?: (p: Painter, x: number, y: number, h: number) => void },
): Row[] {
  const heightOf = (c: (typeof cells)[number], n: number) => (c.dy ?? 0) + n * leadingOf(c.style);
  const full = Math.max(...cells.map((c) => heightOf(c, c.lines.length)), 0) + options.pad;
  if (full <= options.maxHeight) {
    return [
      {
        height: full,
        draw: (p, x, y) => {
          options.background?.(p, x, y, full);
          for (const c of cells) p.lines(c.lines, x + c.x, y + options.pad / 2 + (c.dy ?? 0), c.style, { align: c.align, width: c.width });
        },
      },
    ];
  }
  // split: each part takes as many lines of every cell as fit in maxHeight
  const rows: Row[] = [];
  const taken = cells.map(() => 0);
  while (cells.some((c, i) => taken[i] < c.lines.length)) {
    const part = cells.map((c, i) => {
      const room = Math.max(1, Math.floor((options.maxHeight - options.pad - (rows.length === 0 ? (c.dy ?? 0) : 0)) / leadingOf(c.style)));
      const lines = c.lines.slice(taken[i], taken[i] + room);
      taken[i] += lines.length;
      return { ...c, lines, dy: rows.length === 0 ? c.dy : 0 };
    });
    const h = Math.max(...part.map((c) => heightOf(c, c.lines.length))) + options.pad;
    rows.push({
      height: h,
      draw: (p, x, y) => {
        options.background?.(p, x, y, h);
        for (const c of part) p.lines(c.lines, x + c.x, y + options.pad / 2 + (c.dy ?? 0), c.style, { align: c.align, width: c.width });
      },
    });
  }
  return rows;
}

/** Column labels of a small table in spaced capitals. */
export function columnLabelRow(
  columns: ReadonlyArray<{ label: string; x: number; width: number; align?: 'left' | 'right' }>,
  ruleWidth: number,
  spaceBefore = 0,
): Row {
  return {
    height: spaceBefore + 15,
    keepWithNext: true,
    draw: (p, x, y) => {
      for (const col of columns) {
        p.text(col.label.toLocaleUpperCase(), x + col.x, y + spaceBefore, typeScale.label, { align: col.align, width: col.width });
      }
      p.line(x, y + spaceBefore + 12.5, x + ruleWidth, y + spaceBefore + 12.5, colors.rule, 0.5);
    },
  };
}
