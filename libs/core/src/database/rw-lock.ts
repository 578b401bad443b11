/**
 * An async readers–writer lock, writer-preferring: while a writer waits, new readers queue
 * behind it, so a stream of reads cannot starve writes. FIFO among writers.
 */
export class ReadWriteLock {
  private readers = 0;
  private writer = false;
  private readonly queue: { kind: 'read' | 'write'; wake: () => void }[] = [];

  async read<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire('read');
    try {
      return await fn();
    } finally {
      this.readers--;
      this.drain();
    }
  }

  async write<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire('write');
    try {
      return await fn();
    } finally {
      this.writer = false;
      this.drain();
    }
  }

  get state(): { readers: number; writer: boolean; waiting: number } {
    return { readers: this.readers, writer: this.writer, waiting: this.queue.length };
  }

  private acquire(kind: 'read' | 'write'): Promise<void> {
    if (this.queue.length === 0 && this.canEnter(kind)) {
      this.enter(kind);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push({ kind, wake: resolve }));
  }

  private canEnter(kind: 'read' | 'write'): boolean {
    return kind === 'read' ? !this.writer : !this.writer && this.readers === 0;
  }

  private enter(kind: 'read' | 'write'): void {
    if (kind === 'read') this.readers++;
    else this.writer = true;
  }

  private drain(): void {
    while (this.queue.length && this.canEnter(this.queue[0].kind)) {
      const next = this.queue.shift()!;
      this.enter(next.kind);
      next.wake();
      if (next.kind === 'write') break;
    }
  }
}
