import { Writable } from 'node:stream';
import type { BrochureResult } from './brochure-data';

export interface RenderedBrochure extends BrochureResult {
  readonly pdf: Buffer;
}

/** Renders into memory (tests, small previews); production code streams to its destination. */
export async function renderToBuffer<D>(
  render: (data: D, out: NodeJS.WritableStream) => Promise<BrochureResult>,
  data: D,
): Promise<RenderedBrochure> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const result = await render(data, sink);
  return { ...result, pdf: Buffer.concat(chunks) };
}
