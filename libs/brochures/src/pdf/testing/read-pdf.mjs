// Reads a PDF from stdin with unpdf (pdf.js) and prints JSON: the positioned text items of every
// page and the font names of the document. Run as a plain Node process by pdf-tools.ts, because
// unpdf loads pdf.js through a dynamic import() that Jest's CommonJS mode cannot serve.
import { getDocumentProxy } from 'unpdf';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const bytes = new Uint8Array(Buffer.concat(chunks));
const doc = await getDocumentProxy(bytes);
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  pages.push(
    content.items
      .filter((i) => 'str' in i && i.str !== '')
      .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, size: Math.hypot(i.transform[2], i.transform[3]) })),
  );
}
await doc.destroy();
process.stdout.write(JSON.stringify({ pages }));
