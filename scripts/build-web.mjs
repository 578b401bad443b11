#!/usr/bin/env node
// Builds the web console (apps/web) into dist/web: typed documents from apps/api/schema.gql
// (GraphQL Code Generator), the Vite build, and gzip copies of the JS and CSS that the API serves
// to browsers that accept them. Skips the work when nothing it reads has changed since the last
// build (a stamp of its inputs), so `npm start` and `npm test` stay quick; --force rebuilds.
//   node scripts/build-web.mjs [--force] [--codegen-only] [--quiet]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const log = (m) => args.has('--quiet') || process.stdout.write(`${m}\n`);
const out = join(root, 'dist', 'web');
const stampFile = join(out, '.build-stamp');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' || e.name === 'node_modules' ? [] : files(p);
    return [p];
  });
}

/** Everything the build reads: the console's source, the schema, the locked dependency tree. */
export function inputsHash() {
  const h = createHash('sha256');
  const inputs = [
    ...files(join(root, 'apps', 'web')),
    join(root, 'apps/api/schema.gql'),
    join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ];
  for (const f of inputs.sort()) {
    h.update(relative(root, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

function codegen() {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'apps/web/codegen.ts', '--silent'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

async function main() {
  if (args.has('--codegen-only')) {
    codegen();
    return;
  }
  const hash = inputsHash();
  const generated = existsSync(join(root, 'apps/web/src/gql/index.ts'));
  if (!args.has('--force') && generated && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
    log('web console: up to date (dist/web)');
    return;
  }
  const started = Date.now();
  codegen();
  // Vite picks React's and React Router's production builds by NODE_ENV, not by its own mode
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: join(root, 'apps/web/vite.config.mts'), mode: 'production', logLevel: args.has('--quiet') ? 'error' : 'warn' });
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(join(out, 'assets'))) {
    if (!/\.(js|css)$/.test(f)) continue;
    const p = join(out, 'assets', f);
    const body = gzipSync(readFileSync(p), { level: 9 });
    writeFileSync(`${p}.gz`, body);
    raw += statSync(p).size;
    gz += body.length;
  }
  writeFileSync(stampFile, hash);
  log(
    `web console: built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s (JS+CSS ${(raw / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzip)`,
  );
}

main().catch((e) => {
  process.stderr.write(`web console build failed: ${e?.stack ?? e}\n`);
  process.exit(1);
});
