import { createRequire } from 'node:module';
import { dejaVuFonts, type FontKey } from '../brochure-style';

/** The little of fontkit's Font used here (fontkit ships no types). */
export interface FontkitFont {
  readonly unitsPerEm: number;
  layout(text: string): { readonly advanceWidth: number };
}

/**
 * The fontkit that pdfkit itself resolves, so measuring and drawing shape text with the same
 * engine. Parsed fonts are shared by every document of the process: pdfkit accepts a fontkit font
 * in place of a file and makes its own per-document subset from it, which saves decoding the
 * font tables again for every brochure.
 */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): FontkitFont };

let faces: Record<FontKey, FontkitFont> | undefined;

export function sharedFaces(): Record<FontKey, FontkitFont> {
  if (!faces) {
    const files = dejaVuFonts();
    faces = { regular: fontkit.create(files.regular), bold: fontkit.create(files.bold) };
  }
  return faces;
}

/** Cached widths in em of text chunks, per face; dropped wholesale when large, so memory stays bounded. */
const MAX_CACHED_CHUNKS = 20_000;
const cache: Record<FontKey, Map<string, number>> = { regular: new Map(), bold: new Map() };

function chunkWidth(font: FontKey, chunk: string): number {
  const map = cache[font];
  let w = map.get(chunk);
  if (w === undefined) {
    const face = sharedFaces()[font];
    w = face.layout(chunk).advanceWidth / face.unitsPerEm;
    if (map.size >= MAX_CACHED_CHUNKS) map.clear();
    map.set(chunk, w);
  }
  return w;
}

/**
 * Advance width of `text` in em (kerning included), summed over the same chunks pdfkit lays out
 * (each word with its following space), so it equals pdfkit's widthOfString divided by the size.
 */
export function emWidth(font: FontKey, text: string): number {
  let total = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 9) {
      total += chunkWidth(font, text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) total += chunkWidth(font, text.slice(start));
  return total;
}
