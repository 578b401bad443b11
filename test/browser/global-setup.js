// Before the browser tests: build the web console from source when it is missing or stale (the
// build script compares a stamp of its inputs), so a fresh clone's `npm test` tests what it has;
// and unpack the Chromium that @sparticuz/chromium ships (an ES module, loaded here natively
// rather than in Jest's CommonJS sandbox) and hand its path and flags to the tests.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build-web.mjs'), '--quiet'], { stdio: 'inherit' });
  const chromium = (await import('@sparticuz/chromium')).default;
  process.env.TF_CHROMIUM_PATH = await chromium.executablePath();
  process.env.TF_CHROMIUM_ARGS = JSON.stringify(chromium.args);
};
