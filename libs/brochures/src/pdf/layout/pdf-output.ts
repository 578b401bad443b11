/**
 * Forwards a pdfkit document's bytes to a writable as they are produced and lets the render loop
 * wait while the writable is backed up. pdfkit writes each page out when the next one is added
 * (it is not asked to buffer pages), so memory holds about one page plus the writable's buffer.
 */
export class PdfOutput {
  bytes = 0;
  private backedUp = false;
  private failure: Error | null = null;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly out: NodeJS.WritableStream,
  ) {}

  /** Starts forwarding; resolves once the document stream is flowing (chunks then pass synchronously). */
  async start(): Promise<void> {
    this.out.on('error', (err: Error) => {
      this.failure ??= err;
    });
    this.doc.on('data', (chunk: Buffer) => {
      this.bytes += chunk.length;
      if (!this.out.write(chunk)) this.backedUp = true;
    });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Called between rows/firms: waits while the destination is backed up; throws if it failed. */
  async relieve(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.backedUp) return;
    await this.waitFor('drain');
    this.backedUp = false;
  }

  /** Ends the document and the destination; resolves when the destination has taken every byte. */
  async finish(): Promise<void> {
    const ended = new Promise<void>((resolve, reject) => {
      this.doc.once('end', resolve);
      this.doc.once('error', reject);
    });
    this.doc.end();
    await ended;
    if (this.failure) throw this.failure;
    const finished = this.waitFor('finish');
    this.out.end();
    await finished;
  }

  /** Abandons the output: a half-written PDF must not look like a complete one. */
  abort(err: Error): void {
    this.doc.removeAllListeners('data');
    const destroyable = this.out as NodeJS.WritableStream & { destroy?: (e?: Error) => void };
    if (typeof destroyable.destroy === 'function') destroyable.destroy(err);
  }

  private waitFor(event: 'drain' | 'finish'): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        this.out.removeListener(event, onEvent);
        this.out.removeListener('error', onError);
        this.out.removeListener('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      const onEvent = () => done();
      const onError = (err: Error) => done(err);
      const onClose = () => (event === 'finish' ? done() : done(new Error('The brochure destination closed before the PDF was complete')));
      this.out.on(event, onEvent);
      this.out.on('error', onError);
      this.out.on('close', onClose);
    });
  }
}
