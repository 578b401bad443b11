import { page } from '../brochure-style';
import type { Painter } from './painter';
import type { TextMeasure } from './text-measure';

/** A piece of a page that is never split: a table row, a line of a paragraph, a heading. */
export interface Row {
  readonly height: number;
  /** Keep on the same page as the next row (headings, table headers, labels). */
  readonly keepWithNext?: boolean;
  /** `atPageTop`: the row opens the page's content (a separator above it would double the page rule). */
  readonly draw?: (p: Painter, x: number, y: number, atPageTop: boolean) => void;
  /** Records the page this row lands on under this name (a link target for the contents). */
  readonly anchor?: { readonly name: string; readonly bookmark?: string };
}

export type PageDecorator = (c: Composer, p: Painter) => void;

const EPSILON = 0.01;

/**
 * Places rows on pages top to bottom and starts a new page when the next row (with whatever must
 * stay with it) does not fit. The pagination pass and the render pass run the same layout code on
 * a Composer; only the render pass has a Painter, so both break pages at exactly the same rows.
 */
export class Composer {
  readonly left = page.marginLeft;
  readonly right = page.width - page.marginRight;
  readonly width = this.right - this.left;
  readonly top = page.marginTop;
  readonly bottom = page.height - page.marginBottom;
  readonly bodyHeight = this.bottom - this.top;

  /** 1-based number of the current page (0 before the first). */
  page = 0;
  y: number = this.top;
  /** Title shown in the running head of body pages. */
  runningHead = '';
  /** Pages on which named anchors (section starts) fell. */
  readonly anchors = new Map<string, number>();

  private repeat: Row | null = null;
  private contentStart: number = this.top;
  private bare = false;

  constructor(
    readonly measure: TextMeasure,
    readonly painter: Painter | null = null,
    private readonly decorate?: PageDecorator,
  ) {}

  /** True on a page without running head, footer or repeated header (the cover). */
  get isBarePage(): boolean {
    return this.bare;
  }

  newPage(options: { bare?: boolean } = {}): void {
    this.page += 1;
    this.bare = options.bare ?? false;
    this.y = this.top;
    this.contentStart = this.top;
    if (this.painter) {
      this.painter.addPage();
      if (this.decorate) this.decorate(this, this.painter);
    }
    if (this.repeat && !this.bare) this.put(this.repeat);
    this.contentStart = this.y;
  }

  /** Starts a section on a new page and records the page under `anchor`. */
  startSection(anchor: string, runningHead: string, bookmark?: string): void {
    this.repeat = null;
    this.runningHead = runningHead;
    this.newPage();
    this.mark(anchor, bookmark);
  }

  mark(anchor: string, bookmark?: string): void {
    this.anchors.set(anchor, this.page);
    this.painter?.anchor(anchor, this.y, bookmark);
  }

  /** A row repeated at the top of every following page (a table header), or null to stop. */
  repeatOnNewPage(row: Row | null): void {
    this.repeat = row;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom + EPSILON;
  }

  /** Moves to a new page unless `height` fits here (or nothing would be gained: page still empty). */
  ensure(height: number): void {
    if (this.page === 0 || (!this.fits(height) && this.y > this.contentStart + EPSILON)) this.newPage();
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.bottom);
  }

  /** Draws regardless of pagination (backgrounds, the cover). */
  draw(fn: (p: Painter) => void): void {
    if (this.painter) fn(this.painter);
  }

  /** Places one row, after a page break if needed. */
  place(row: Row): void {
    this.assertPlaceable(row);
    this.ensure(row.height);
    this.put(row);
  }

  /**
   * Places rows in order. A row marked keepWithNext moves to the next page together with the row(s)
   * after it; `continuation` (e.g. "Firm (continued)") opens each page the rows spill onto.
   */
  flow(rows: readonly Row[], continuation?: Row): number {
    let firstPage = this.page;
    for (let i = 0; i < rows.length; i++) {
      let need = rows[i].height;
      for (let j = i; rows[j].keepWithNext && j + 1 < rows.length; j++) need += rows[j + 1].height;
      need = Math.min(need, this.bodyHeight - (continuation?.height ?? 0));
      this.assertPlaceable(rows[i]);
      if (this.page === 0 || (!this.fits(need) && this.y > this.contentStart + EPSILON)) {
        this.newPage();
        if (continuation && i > 0) this.put(continuation);
      }
      if (i === 0) firstPage = this.page;
      this.put(rows[i]);
    }
    return firstPage;
  }

  /**
   * Keeps a block of rows on one page when it can: if it does not fit in the space left but fits on
   * an empty page, it starts on the next page; only a block taller than a page is split.
   * Returns the page the block starts on.
   */
  keepTogether(rows: readonly Row[], continuation?: Row): number {
    const total = rows.reduce((sum, r) => sum + r.height, 0);
    if (
      this.page === 0 ||
      (!this.fits(total) && total <= this.bodyHeight - (this.contentStart - this.top) && this.y > this.contentStart + EPSILON)
    ) {
      this.newPage();
    }
    return this.flow(rows, continuation);
  }

  private put(row: Row): void {
    // the one rule the layout must never break; pagination fails before a byte is written
    if (this.y + row.height > this.bottom + EPSILON)
      throw new Error(`Layout error: a row of ${row.height.toFixed(1)} pt would cross the bottom margin`);
    if (row.anchor) this.mark(row.anchor.name, row.anchor.bookmark);
    if (this.painter && row.draw) row.draw(this.painter, this.left, this.y, this.y <= this.contentStart + EPSILON);
    this.y += row.height;
  }

  private assertPlaceable(row: Row): void {
    if (row.height > this.bodyHeight - (this.contentStart - this.top) + EPSILON) {
      throw new Error(`Layout error: a row of ${row.height.toFixed(1)} pt cannot fit on any page`);
    }
  }
}
