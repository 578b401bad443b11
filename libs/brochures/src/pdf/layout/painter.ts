import { page, type TextStyle, leadingOf } from '../brochure-style';
import { FONT_NAMES, trimLayoutCaches } from './pdf-document';
import type { TextMeasure } from './text-measure';

/** DejaVu Sans vertical metrics (hhea, per em): used to centre a line's glyphs in its line box. */
const ASCENT = 0.928;
const DESCENT = 0.236;

export interface TextOptions {
  readonly align?: 'left' | 'right' | 'center';
  /** Box width for right/centre alignment. */
  readonly width?: number;
  /** Line box height; the glyphs are centred in it. Defaults to the style's leading. */
  readonly lineHeight?: number;
  readonly link?: string;
  readonly goTo?: string;
}

/**
 * Draws on the current pdfkit page. Positions are top-left based, in points. Only the render pass
 * has a painter; the pagination pass runs the same layout code without one.
 */
export class Painter {
  private pages = 0;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly measure: TextMeasure,
  ) {}

  addPage(): void {
    this.doc.addPage({ size: [page.width, page.height], margin: 0 });
    if (++this.pages % 32 === 0) trimLayoutCaches(this.doc);
  }

  /** One line of text, no wrapping (lines are broken beforehand by TextMeasure). */
  text(text: string, x: number, y: number, style: TextStyle, options: TextOptions = {}): void {
    if (!text) return;
    const lineHeight = options.lineHeight ?? leadingOf(style);
    let left = x;
    if (options.align && options.align !== 'left' && options.width !== undefined) {
      const w = this.measure.width(text, style);
      left = options.align === 'right' ? x + options.width - w : x + (options.width - w) / 2;
    }
    const top = y + (lineHeight - style.size * (ASCENT + DESCENT)) / 2;
    this.doc
      .font(FONT_NAMES[style.font])
      .fontSize(style.size)
      .fillColor(style.color)
      .text(text, left, top, { lineBreak: false, characterSpacing: style.tracking ?? 0, link: options.link, goTo: options.goTo });
  }

  /** Text reading bottom to top, centred on column `centerX`, starting at `bottomY`. */
  verticalText(text: string, centerX: number, bottomY: number, style: TextStyle): void {
    if (!text) return;
    this.doc
      .font(FONT_NAMES[style.font])
      .fontSize(style.size)
      .fillColor(style.color)
      .text(text, centerX - (style.size * (ASCENT + DESCENT)) / 2, bottomY, {
        lineBreak: false,
        characterSpacing: style.tracking ?? 0,
        rotation: 90,
      } as PDFKit.Mixins.TextOptions);
  }

  /** Lines of a paragraph from top `y`, one leading apart. */
  lines(lines: readonly string[], x: number, y: number, style: TextStyle, options: TextOptions = {}): void {
    const leading = leadingOf(style);
    lines.forEach((line, i) => this.text(line, x, y + i * leading, style, options));
  }

  rect(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.rect(x, y, w, h).fill(color);
  }

  roundedRect(x: number, y: number, w: number, h: number, r: number, color: string): void {
    this.doc.roundedRect(x, y, w, h, r).fill(color);
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, lineWidth = 0.5): void {
    this.doc.lineWidth(lineWidth).moveTo(x1, y1).lineTo(x2, y2).stroke(color);
  }

  dottedLine(x1: number, x2: number, y: number, color: string): void {
    if (x2 <= x1) return;
    this.doc.save().lineWidth(0.8).dash(0.8, { space: 2.6 }).moveTo(x1, y).lineTo(x2, y).stroke(color).undash().restore();
  }

  circle(cx: number, cy: number, r: number, color: string): void {
    this.doc.circle(cx, cy, r).fill(color);
  }

  /** A named destination (target of TOC links) and a bookmark in the viewer's outline. */
  anchor(name: string, y: number, bookmark?: string): void {
    this.doc.addNamedDestination(name, 'XYZ', 0, y, null);
    if (bookmark) this.doc.outline.addItem(bookmark);
  }
}
