/**
 * Reading PDFs in tests as a person reads them, with nothing but npm: unpdf (pdf.js) extracts the
 * positioned text of every page, and the lines are rebuilt here from the items' baselines. No
 * system tool (poppler's pdftotext/pdfinfo) is needed, so `npm ci && npm test` passes on a bare
 * machine. unpdf loads pdf.js with a dynamic import() that Jest's CommonJS mode cannot serve, so
 * it runs in a plain Node process (read-pdf.mjs); each PDF is read once per test file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Writable } from 'node:stream';

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const READER = join(__dirname, 'read-pdf.mjs');
const read = new Map<string, TextItem[][]>();

/** The text items of every page, from the reader process (cached by content). */
function itemsOf(pdf: Buffer): TextItem[][] {
  const key = createHash('sha256').update(pdf).digest('hex');
  let pages = read.get(key);
  if (!pages) {
    const out = execFileSync(process.execPath, [READER], { input: pdf, maxBuffer: 256 * 1024 * 1024 });
    pages = (JSON.parse(out.toString('utf8')) as { pages: TextItem[][] }).pages;
    read.set(key, pages);
  }
  return pages;
}

/**
 * One page's text, top to bottom. Items on one baseline form a line. `layout` keeps each
 * baseline on one line and turns gaps into runs of spaces, so a table row stays one line. Plain
 * text reads like poppler's pdftotext: a wide gap splits a baseline into cells; a baseline whose
 * cells all stand under cells of the line above, but fewer of them, continues those cells (a
 * wrapped table cell: "Non-destructive testing (NDT" / "level 2)"), and each cell of such a
 * group is read to its end before the next; a baseline with as many cells starts a new row (a
 * label and its value stay together).
 */
function pageLines(items: TextItem[], layout: boolean): string {
  const rows: TextItem[][] = [];
  // pdf.js reports the gaps between words as whitespace items; the gaps are measured from the words
  for (const item of items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= Math.max(1, 0.3 * Math.min(row[0].size, item.size))) row.push(item);
    else rows.push([item]);
  }
  const groups: { y: number; size: number; cells: { x: number; lines: string[] }[] }[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let cell = { x: row[0].x, text: row[0].str };
    const cells = [cell];
    for (let i = 1; i < row.length; i++) {
      const gap = row[i].x - (row[i - 1].x + row[i - 1].width);
      const em = Math.max(row[i].size, row[i - 1].size) || 10;
      if (layout) cell.text += (gap < 0.1 * em ? '' : ' '.repeat(Math.max(1, Math.round(gap / (0.5 * em))))) + row[i].str;
      else if (gap > em) cells.push((cell = { x: row[i].x, text: row[i].str }));
      else cell.text += (gap < 0.1 * em ? '' : ' ') + row[i].str;
    }
    const { y, size } = row[0];
    const group = groups[groups.length - 1];
    const under = (x: number) => group?.cells.find((c) => Math.abs(c.x - x) <= 1);
    const continues =
      !layout &&
      group !== undefined &&
      group.y - y <= 2 * Math.max(group.size, size) &&
      cells.length < group.cells.length &&
      cells.every((c) => under(c.x));
    if (continues) {
      for (const c of cells) under(c.x)!.lines.push(c.text);
      group.y = y;
      group.size = size;
    } else groups.push({ y, size, cells: cells.map((c) => ({ x: c.x, lines: [c.text] })) });
  }
  return groups.flatMap((g) => g.cells.flatMap((c) => c.lines.map((l) => l.replace(/\s+$/, '')))).join('\n') + '\n';
}

/** The text of each page (the whole document); `layout` keeps table rows on one line. */
export function pdfPages(pdf: Buffer, layout = false): string[] {
  return itemsOf(pdf).map((items) => pageLines(items, layout));
}

/** Text of the whole document, or of pages first..last (1-based, inclusive); pages end with a form feed. */
export function pdfText(pdf: Buffer, options: { first?: number; last?: number; layout?: boolean } = {}): string {
  const pages = pdfPages(pdf, options.layout);
  return pages
    .slice((options.first ?? 1) - 1, options.last ?? pages.length)
    .map((p) => `${p}\f`)
    .join('');
}

/** Text of one page. */
export function pageText(pdf: Buffer, page: number, layout = false): string {
  const pages = pdfPages(pdf, layout);
  if (page < 1 || page > pages.length) throw new Error(`the PDF has ${pages.length} pages, not a page ${page}`);
  return pages[page - 1];
}

/** Whitespace collapsed, so a name broken over two lines still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Pages as pdf.js counts them from the page tree. */
export function pdfPageCount(pdf: Buffer): number {
  return itemsOf(pdf).length;
}

/** The fonts' names as the PDF's font dictionaries give them, e.g. 'BAAAAA+DejaVuSans' (pdfkit writes them uncompressed). */
export function pdfFontNames(pdf: Buffer): string[] {
  const names = [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)].map((m) => m[1]);
  if (!names.length) throw new Error('no font dictionary found in the PDF');
  return [...new Set(names)];
}

/**
 * A sink that keeps nothing: it counts bytes and page objects ("/Type /Page", not "/Pages") as
 * they stream past, so a 2,000-firm brochure can be checked without holding it in memory.
 */
export class CountingSink extends Writable {
  bytes = 0;
  pageObjects = 0;
  private tail = '';

  constructor(private readonly onChunk?: (sink: CountingSink) => void) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    const text = this.tail + chunk.toString('latin1');
    const marker = /\/Type \/Page[^s]/g;
    let lastEnd = 0;
    for (let m = marker.exec(text); m; m = marker.exec(text)) {
      this.pageObjects += 1;
      lastEnd = m.index + m[0].length;
    }
    // carry over what could be the start of a marker split across chunks (never a counted one)
    this.tail = text.slice(Math.max(lastEnd, text.length - 11));
    this.onChunk?.(this);
    callback();
  }
}
