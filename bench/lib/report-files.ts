import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@app/core';

/** bench/out/ (gitignored): JSON reports of runs and dataset builds. */
export function outDir(): string {
  const dir = join(projectRoot(), 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function writeJson(name: string, value: unknown): string {
  const file = join(outDir(), name);
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
  return file;
}

export function readJson<T>(name: string): T | undefined {
  const file = join(projectRoot(), 'bench', 'out', name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}
