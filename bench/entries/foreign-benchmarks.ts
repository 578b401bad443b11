import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Loads a benchmark module that another issue owns (bench/solver.bench.ts, bench/brochure.bench.ts)
 * at run time, so the harness still builds and runs while that file is missing or changing.
 * Returns the exported function, or a reason why there is none.
 */
export function loadForeign<F>(file: string, exportName: string): { fn: F } | { missing: string } {
  const path = join(__dirname, '..', `${file}.js`);
  if (!existsSync(path)) return { missing: `bench/${file}.ts is not there (yet)` };
  try {
    const mod = require(path) as Record<string, unknown>;
    if (typeof mod[exportName] !== 'function') return { missing: `bench/${file}.ts does not export ${exportName}()` };
    return { fn: mod[exportName] as F };
  } catch (e) {
    return { missing: `bench/${file}.ts could not be loaded: ${e instanceof Error ? e.message : String(e)}` };
  }
}
