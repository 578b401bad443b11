import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';

/**
 * Where a brochure's bytes go: counts and hashes (SHA-256) them as they stream past, and either
 * forwards them to a target stream (a file) or keeps them (to store them in the database).
 * 'finish' is emitted only after the target has taken every byte.
 */
export class DigestingSink extends Writable {
  bytes = 0;
  private readonly hash = createHash('sha256');
  private digest: string | null = null;
  private readonly chunks: Buffer[] = [];

  constructor(private readonly target: NodeJS.WritableStream | null) {
    super();
    target?.on('error', (err: Error) => this.destroy(err));
  }

  /** Keeps the bytes in memory (no target). */
  static inMemory(): DigestingSink {
    return new DigestingSink(null);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    if (!this.target) {
      this.chunks.push(chunk);
      callback();
    } else if (this.target.write(chunk)) callback();
    else this.target.once('drain', () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (!this.target) return callback();
    this.target.once('finish', () => callback());
    this.target.end();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const target = this.target as (NodeJS.WritableStream & { destroy?: (e?: Error) => void }) | null;
    target?.destroy?.(error ?? undefined);
    callback(error);
  }

  /** Hex SHA-256 of everything written (call once the stream has finished). */
  sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }

  /** The bytes kept by an in-memory sink. */
  buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
