#!/usr/bin/env node
// Compiles the API, the CLI and the benchmarks into dist/ (`nest build cli`: tsconfig.build.json
// takes apps/, libs/ and bench/, so one compile writes dist/apps/api, dist/apps/cli and dist/bench
// alike). Skips the compile when nothing it reads has changed since the last one (a stamp of its
// inputs, as scripts/build-web.mjs does for the console), so `npm start`, `npm run bench` and the
// tests that run the CLI (test/crash-safety.e2e-spec.ts) share one compile; --force compiles.
//   node scripts/build-dist.mjs [--force] [--quiet]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const log = (m) => args.has('--quiet') || process.stdout.write(`${m}\n`);
const stampFile = join(root, 'dist', '.build-stamp');
const outputs = ['dist/apps/api/src/main.js', 'dist/apps/cli/src/main.js', 'dist/bench/run.js', 'dist/bench/data.js'];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'out'].includes(e.name) || relative(root, p) === join('apps', 'web') ? [] : files(p);
    return [p];
  });
}

/** Everything the compile reads (and more): apps/ but the console, libs/, bench/, the configs, the locked dependency tree. */
export function inputsHash() {
  const h = createHash('sha256');
  const inputs = [
    ...files(join(root, 'apps')),
    ...files(join(root, 'libs')),
    ...files(join(root, 'bench')),
    ...['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'].map((f) => join(root, f)),
    fileURLToPath(import.meta.url),
  ];
  for (const f of inputs.sort()) {
    h.update(relative(root, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

function main() {
  const hash = inputsHash();
  const built = outputs.every((f) => existsSync(join(root, f)));
  if (!args.has('--force') && built && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
    log('dist: up to date (API, CLI and benchmarks compiled from these sources)');
    return;
  }
  const started = Date.now();
  // a compile that fails or is cut short must not leave a stamp that says dist is current
  rmSync(stampFile, { force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'cli'], {
    cwd: root,
    stdio: ['ignore', args.has('--quiet') ? 'ignore' : 'inherit', 'inherit'],
  });
  const missing = outputs.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new Error(`nest build cli did not write ${missing.join(', ')}`);
  writeFileSync(stampFile, hash);
  log(`dist: compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
