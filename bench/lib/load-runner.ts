import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '@app/core';
import type { LoadConfig, LoadResult } from './load-worker';
import { childEnv, pinned } from './server-process';

/** Runs bench/lib/load-worker.ts (autocannon) in a child pinned to `cpu`, away from the server's core. */
export function runLoad(cfg: LoadConfig, cpu: number): Promise<LoadResult & { pinnedTo: number | null }> {
  const p = pinned(cpu, ['node', join(__dirname, 'load-worker.js')]);
  return new Promise((resolve, reject) => {
    const child = spawn(p.command, p.args, {
      cwd: projectRoot(),
      env: childEnv({ BENCH_LOAD_CONFIG: JSON.stringify(cfg) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load worker exited with ${code}: ${err.slice(-2000)}`));
      try {
        resolve({ ...(JSON.parse(out.trim().split('\n').pop()!) as LoadResult), pinnedTo: p.pinnedTo });
      } catch (e) {
        reject(new Error(`load worker printed no result (${(e as Error).message}): ${out.slice(-500)} ${err.slice(-500)}`));
      }
    });
  });
}
