/**
 * Test helpers around poppler-utils (pdftotext, pdffonts, pdfinfo). Missing tools fail the test
 * with an explanation rather than skip it: CI installs poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

function run(tool: string, args: string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'brochure-'));
  const file = join(dir, 'in.pdf');
  try {
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args.map((a) => (a === '{pdf}' ? file : a))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is not installed: install poppler-utils (apt-get install -y poppler-utils)`);
    }
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of the whole document, or of pages first..last (1-based, inclusive). */
export function pdfText(pdf: Buffer, options: { first?: number; last?: number; layout?: boolean } = {}): string {
  const args: string[] = [];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  if (options.layout) args.push('-layout');
  return run('pdftotext', [...args, '-enc', 'UTF-8', '{pdf}', '-'], pdf);
}

/** Text of one page, extracted on its own (pdftotext -f N -l N). */
export function pageText(pdf: Buffer, page: number, layout = false): string {
  return pdfText(pdf, { first: page, last: page, layout });
}

/** Whitespace collapsed, so a name broken over two lines still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function pdfPageCount(pdf: Buffer): number {
  const m = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', ['{pdf}'], pdf));
  if (!m) throw new Error('pdfinfo printed no page count');
  return Number(m[1]);
}

/** Font names as pdffonts lists them, e.g. 'BAAAAA+DejaVuSans'. */
export function pdfFontNames(pdf: Buffer): string[] {
  return run('pdffonts', ['{pdf}'], pdf)
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0])
    .filter(Boolean);
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
