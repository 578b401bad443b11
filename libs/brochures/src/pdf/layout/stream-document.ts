import type { BrochureResult } from '../brochure-data';
import { PdfOutput } from './pdf-output';

/**
 * Runs the render pass with the document's bytes going to `out` as they are produced, ends both,
 * and on failure destroys `out` so that a truncated PDF is never mistaken for a complete one.
 */
export async function streamDocument(
  doc: PDFKit.PDFDocument,
  out: NodeJS.WritableStream,
  render: (output: PdfOutput) => Promise<number>,
): Promise<BrochureResult> {
  const output = new PdfOutput(doc, out);
  try {
    await output.start();
    const pages = await render(output);
    await output.finish();
    return { pages, bytes: output.bytes };
  } catch (err) {
    output.abort(err instanceof Error ? err : new Error(String(err)));
    throw err;
  }
}
