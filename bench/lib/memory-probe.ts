/**
 * Preloaded into the API server by the soak entry (`node --expose-gc -r memory-probe.js main.js`):
 * on SIGWINCH (SIGUSR2 would stop Nest: enableShutdownHooks listens to it) it runs a full GC and appends process.memoryUsage() as one JSON line to
 * BENCH_MEMORY_FILE. The server's own code is untouched.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_MEMORY_FILE;
if (file) {
  process.on('SIGWINCH', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    appendFileSync(
      file,
      JSON.stringify({ at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external }) + '\n',
    );
  });
}
