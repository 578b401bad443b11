#!/usr/bin/env node
// `npm run cli -- <command>`: runs the command line from its build in dist/. It builds first only
// when the build is missing or a source file is newer than it (a fresh clone, a pull, an edit), so
// an ordinary call starts in well under a second instead of recompiling every time.
// `npm run cli:build` rebuilds unconditionally; TOTALFLY_CLI_BUILD=always|never overrides the check.
'use strict';
const { spawnSync } = require('node:child_process');
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const main = join(root, 'dist', 'apps', 'cli', 'src', 'main.js');
// what tsconfig.build.json compiles, and the files that decide how
const SOURCES = ['apps', 'libs', 'bench'];
const CONFIG = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSource(dir, newest = { at: -1, path: '' }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'testing') newestSource(path, newest);
    } else if (entry.name.endsWith('.ts') && !/\.(e2e-)?spec\.ts$/.test(entry.name)) {
      const at = mtime(path);
      if (at > newest.at) Object.assign(newest, { at, path });
    }
  }
  return newest;
}

function reasonToBuild() {
  const mode = process.env.TOTALFLY_CLI_BUILD;
  if (mode === 'always') return 'TOTALFLY_CLI_BUILD=always';
  const built = mtime(main);
  if (built < 0) return 'no build yet';
  if (mode === 'never') return null;
  const newest = { at: -1, path: '' };
  for (const dir of SOURCES) newestSource(join(root, dir), newest);
  for (const file of CONFIG) if (mtime(join(root, file)) > newest.at) Object.assign(newest, { at: mtime(join(root, file)), path: file });
  return newest.at > built ? `${newest.path.replace(root + '/', '')} changed since the last build` : null;
}

const reason = reasonToBuild();
if (reason) {
  process.stderr.write(`Building the command line first (${reason}) ...\n`);
  const nest = require.resolve('@nestjs/cli/bin/nest.js', { paths: [root] });
  const build = spawnSync(process.execPath, [nest, 'build', 'cli'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [main, ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
process.exit(run.status ?? (run.signal ? 1 : 0));
