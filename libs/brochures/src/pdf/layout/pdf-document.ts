import PDFDocument from 'pdfkit';
import type { BrochureLanguage, IsoDate } from '../brochure-data';
import type { FontKey } from '../brochure-style';
import { sharedFaces } from './font-metrics';

export const FONT_NAMES: Record<FontKey, string> = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' strictly (a real calendar date) to midnight UTC. */
export function parseIsoDate(value: IsoDate, field: string): Date {
  const m = ISO_DATE.exec(value ?? '');
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!date || date.getUTCFullYear() !== +m![1] || date.getUTCMonth() !== +m![2] - 1 || date.getUTCDate() !== +m![3]) {
    throw new RangeError(`${field} must be a calendar date 'YYYY-MM-DD' (got "${String(value)}")`);
  }
  return date;
}

/**
 * pdfkit caches the shaped glyph runs of each word per document and font. The fonts are shared by
 * all documents (font-metrics.ts), so the runs are valid for every document; sharing the cache
 * saves shaping the same words again for every brochure. Runs are never mutated once cached, so
 * output stays byte-identical whether a word was cached or not.
 * The cache is replaced by an empty one once it holds more than MAX_SHARED_RUNS words (checked when
 * a document is created and every few pages), so memory stays bounded however many firms there are.
 */
const MAX_SHARED_RUNS = 5_000;
const sharedLayoutCaches: Record<FontKey, Record<string, unknown>> = { regular: Object.create(null), bold: Object.create(null) };

type FontWithCache = { layoutCache?: Record<string, unknown> };

/** pdfkit internals (EmbeddedFont.layoutCache); if they change, each document simply keeps its own cache. */
function embeddedFont(doc: PDFKit.PDFDocument, key: FontKey): FontWithCache | undefined {
  const families = (doc as unknown as { _fontFamilies?: Record<string, FontWithCache> })._fontFamilies;
  return families?.[FONT_NAMES[key]];
}

function shareLayoutCaches(doc: PDFKit.PDFDocument): void {
  for (const key of Object.keys(FONT_NAMES) as FontKey[]) {
    doc.font(FONT_NAMES[key]); // loads the font, which creates its cache
  }
  trimLayoutCaches(doc);
}

/** Starts afresh when the shared caches have grown large, and points the document's fonts at them. */
export function trimLayoutCaches(doc: PDFKit.PDFDocument): void {
  for (const key of Object.keys(FONT_NAMES) as FontKey[]) {
    if (Object.keys(sharedLayoutCaches[key]).length > MAX_SHARED_RUNS) sharedLayoutCaches[key] = Object.create(null);
    const font = embeddedFont(doc, key);
    if (font && typeof font.layoutCache === 'object') font.layoutCache = sharedLayoutCaches[key];
  }
}

export interface DocumentMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly language: BrochureLanguage;
  readonly date: IsoDate;
  /** The producing application (default: TotAl-Fly brochures). */
  readonly creator?: string;
}

/**
 * A pdfkit document with the DejaVu faces registered and nothing that varies between runs:
 * CreationDate/ModDate come from the stated date, and pdfkit derives the trailer /ID from the info
 * dictionary (an MD5 of it), so equal input gives equal bytes. Font subset tags are derived from
 * the font's id (F1, F2), not random. No XMP metadata (it would carry no extra entropy either).
 */
export function createBrochureDocument(meta: DocumentMeta): PDFKit.PDFDocument {
  const stated = parseIsoDate(meta.date, 'date');
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    compress: true,
    pdfVersion: '1.7',
    lang: meta.language === 'nb' ? 'nb-NO' : 'en',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: meta.creator ?? 'TotAl-Fly brochures',
      Producer: 'PDFKit',
      CreationDate: stated,
      ModDate: stated,
    },
  });
  // pdfkit takes a parsed fontkit font as well as a file (see font-metrics.ts); the types only know files
  const faces = sharedFaces() as unknown as Record<FontKey, Buffer>;
  doc.registerFont(FONT_NAMES.regular, faces.regular);
  doc.registerFont(FONT_NAMES.bold, faces.bold);
  shareLayoutCaches(doc);
  return doc;
}
