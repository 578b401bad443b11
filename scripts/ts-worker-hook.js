// Lets a worker thread load TypeScript when the code runs from its .ts sources (Jest specs and e2e
// suites): `node --require scripts/ts-worker-hook.js worker.ts`. The compiled app never needs it
// (its workers are .js). SWC is already what Jest uses (jest.config.js); the solver's workers import
// only relative paths and npm packages, so no path mapping is needed here.
'use strict';
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
