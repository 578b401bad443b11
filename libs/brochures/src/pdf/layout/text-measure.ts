import { leadingOf, type TextStyle } from '../brochure-style';

const ELLIPSIS = '…';
import { emWidth } from './font-metrics';

/**
 * Measures and breaks text with the embedded fonts' own metrics (fontkit shaping, kerning
 * included, as pdfkit draws it). It holds no document: the pagination pass and the render pass
 * use the same measure and therefore break lines and pages identically.
 */
export class TextMeasure {
  width(text: string, style: TextStyle): number {
    if (!text) return 0;
    return emWidth(style.font, text) * style.size + (style.tracking ?? 0) * (text.length - 1);
  }

  /**
   * Greedy word wrap; '\n' forces a break; a word wider than the line is broken across lines (it
   * continues on the next one: nothing is left out).
   */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.trim().split(/\r?\n/)) {
      const words = paragraph.split(/\s+/).filter(Boolean);
      if (words.length === 0) {
        lines.push('');
        continue;
      }
      let line = '';
      for (let word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.width(candidate, style) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        while (this.width(word, style) > maxWidth) {
          const cut = this.fittingLength(word, style, maxWidth);
          lines.push(word.slice(0, cut));
          word = word.slice(cut);
        }
        line = word;
      }
      if (line) lines.push(line);
    }
    return lines;
  }

  /**
   * Text never cut: the text wrapped at the style's size if it takes at most `maxLines` lines,
   * else at the largest smaller size (steps of 0.25 pt, down to `minSize`) at which it does; at
   * `minSize` every line it needs, however many. The returned style carries the size and a leading
   * scaled with it, so callers lay out `lines.length × leadingOf(style)`.
   */
  fit(text: string, style: TextStyle, maxWidth: number, options: { maxLines?: number; minSize?: number } = {}): Fitted {
    const maxLines = options.maxLines ?? 1;
    const minSize = Math.min(options.minSize ?? style.size, style.size);
    const leading = leadingOf(style);
    const at = (size: number): TextStyle =>
      size === style.size
        ? style
        : {
            ...style,
            size,
            leading: Math.round(((leading * size) / style.size) * 100) / 100,
            tracking: style.tracking && (style.tracking * size) / style.size,
          };
    for (let size = style.size; ; size = Math.max(minSize, Math.round((size - 0.25) * 100) / 100)) {
      const s = at(size);
      const lines = this.wrap(text, s, maxWidth);
      if (lines.length <= maxLines || size <= minSize) return { lines, style: s, height: lines.length * leadingOf(s) };
    }
  }

  /**
   * The text itself if it fits, else its longest prefix that fits with '…' appended. It CUTS the
   * text: the brochures never use it (ESLint refuses it under libs/brochures: they use fit); it
   * stays for the one-page loan agreement of the exchange, whose layout keeps to one page.
   */
  ellipsize(text: string, style: TextStyle, maxWidth: number): string {
    if (this.width(text, style) <= maxWidth) return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.width(text.slice(0, mid).trimEnd() + ELLIPSIS, style) <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    return text.slice(0, lo).trimEnd() + ELLIPSIS;
  }

  /** Wraps into at most `maxLines` lines, ellipsizing the last one: it CUTS the text (see ellipsize). */
  clamp(text: string, style: TextStyle, maxWidth: number, maxLines: number): string[] {
    const lines = this.wrap(text, style, maxWidth);
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines - 1);
    const rest = lines.slice(maxLines - 1).join(' ');
    return [...kept, this.ellipsize(rest, style, maxWidth)];
  }

  private fittingLength(word: string, style: TextStyle, maxWidth: number): number {
    let lo = 1;
    let hi = word.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.width(word.slice(0, mid), style) <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Lines of text at the style they fit in (see TextMeasure.fit), and their height. */
export interface Fitted {
  readonly lines: string[];
  readonly style: TextStyle;
  readonly height: number;
}
