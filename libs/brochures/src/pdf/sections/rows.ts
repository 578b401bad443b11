import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Row } from '../layout/composer';
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
  options: { indent?: number; gapAfter?: number; maxLines?: number; keepFirstLines?: number } = {},
): Row[] {
  const indent = options.indent ?? 0;
  const lines = options.maxLines ? m.clamp(text, style, width - indent, options.maxLines) : m.wrap(text, style, width - indent);
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

/** A tinted one-line banner, e.g. "Illustrative data — not from the member register". */
export function bannerRow(m: TextMeasure, text: string, width: number, tone: 'warn' | 'accent', gapAfter = 6): Row {
  const style: TextStyle = { font: 'bold', size: 7.5, color: tone === 'warn' ? colors.warn : colors.accent, leading: 15 };
  const label = m.ellipsize(text, style, width - 16);
  const w = Math.min(width, m.width(label, style) + 16);
  return {
    height: 15 + gapAfter,
    keepWithNext: true,
    draw: (p, x, y) => {
      p.roundedRect(x, y, w, 15, 2, tone === 'warn' ? colors.warnTint : colors.accentTint);
      p.text(label, x + 8, y, style);
    },
  };
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
