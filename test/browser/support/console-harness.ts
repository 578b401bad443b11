import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium as pwChromium, type Page } from 'playwright-core';
import request from 'supertest';
import { JsonLogger, loadConfig, projectRoot } from '@app/core';
import { SeedService } from '@app/platform';
import { createApp } from '../../../apps/api/src/bootstrap';
import { TEST_JWT_SECRET, USERS } from '../../support/test-app';

export { USERS };

/**
 * The real API, with the built console, on a temporary SQLite file and a real port, and a real
 * Chromium (the one the npm package @sparticuz/chromium ships; no apt package, no download).
 */
export interface ConsoleHarness {
  url: string;
  app: NestExpressApplication;
  browser: Browser;
  /** A fresh browser context (its own cookies) at a viewport. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** GraphQL straight to the API (for setting the scene and checking what the API holds). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T; errors?: { message: string; extensions: { code: string } }[] }>;
  token(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function startConsole(): Promise<ConsoleHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'tf-console-'));
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_PATH: join(dir, 'console.sqlite'),
      LOG_LEVEL: 'error',
      SEED_DEMO_DATA: 'true',
    },
    '0.0.0-browser',
  );
  const app = await createApp(config, { logger: new JsonLogger('error') });
  await app.get(SeedService).seedIfEmpty();
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  // unpacked by the project's globalSetup (test/browser/global-setup.js)
  const executablePath = process.env.TF_CHROMIUM_PATH;
  if (!executablePath) throw new Error('TF_CHROMIUM_PATH is not set: run the browser tests through jest.config.js (its globalSetup)');
  // its flags are made for one-shot serverless use: --single-process ends the whole browser when a
  // context closes, and the tests open one context per person
  const args = (JSON.parse(process.env.TF_CHROMIUM_ARGS ?? '[]') as string[]).filter((a) => a !== '--single-process');
  const browser = await pwChromium.launch({ executablePath, args, headless: true });
  const server = app.getHttpServer();
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body as { data?: T; errors?: { message: string; extensions: { code: string } }[] };
  };
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    browser,
    context: (viewport = { width: 1280, height: 800 }) => browser.newContext({ viewport, locale: 'nb-NO', timezoneId: 'Europe/Oslo' }),
    gql,
    async token(email, password) {
      const r = await gql<{ login: { token: string } }>('mutation($i: LoginInput!) { login(input: $i) { token } }', {
        i: { email, password },
      });
      if (!r.data) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async close() {
      await browser.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the sign-in screen, as a person does. */
export async function signIn(page: Page, url: string, email: string, password: string, lang: 'nb' | 'en' = 'nb'): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel(lang === 'nb' ? 'E-post' : 'Email').fill(email);
  await page.getByLabel(lang === 'nb' ? 'Passord' : 'Password').fill(password);
  await page.getByRole('button', { name: lang === 'nb' ? 'Logg inn' : 'Sign in' }).click();
  await page.getByTestId('who-am-i').waitFor();
}

/** The rules the console is held to: WCAG 2.1 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** axe-core itself (the copy @axe-core/playwright runs), read once per test file. */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on the page as it is now: the serious and critical violations (the goal is none).
 * axe is put into the page once per page load and run there directly: @axe-core/playwright's
 * `analyze()` evaluated all of axe again on every call and opened a second page to gather the
 * results, which took 2–6 s a call on these machines and most of the browser tests' time. The
 * console has no frames, the only thing that second page is for. `TF_AXE_DEBUG` lists what axe
 * could not decide (one node per rule: see `resultTypes` below).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // the violations in full; of what passed (or could not be decided) axe then keeps one node per
  // rule instead of a selector and snippet for every node, which was 80 % of a check's time
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  if (process.env.TF_AXE_DEBUG)
    process.stderr.write(
      `axe incomplete: ${result.incomplete.map((v) => `${v.id}×${v.nodes.length} ${v.nodes[0]?.any?.[0]?.message ?? ''}`).join('; ')}\n`,
    );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
          .slice(0, 4)
          .join(' | ')}`,
    );
}

/** No request left in flight and the page has painted: a screen is "usable". */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/**
 * Where screenshots go: docs/ when TOTALFLY_SCREENSHOTS=1 asks for them (to refresh the README's
 * pictures), otherwise a folder under the system's temp directory, so `npm test` leaves the tree clean.
 */
export const SCREENSHOT_DIR =
  process.env.TOTALFLY_SCREENSHOTS === '1' ? join(projectRoot(), 'docs') : join(tmpdir(), 'totalfly-screenshots');

/** A full-page screenshot of the page as it is now, into SCREENSHOT_DIR. */
export async function shot(page: Page, file: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // from the top, so the fixed header is where a person sees it
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
}

/**
 * The operation name of every GraphQL request the page sends from now on (the list fills as they
 * go), so that a test can hold a screen to one request for its data.
 */
export function graphqlOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (r) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = r.postDataJSON() as { operationName?: string; query?: string } | null;
    operations.push(body?.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? '?');
  });
  return operations;
}

/**
 * Switches the console's language as a person does (the header's Språk/Language choice) and waits
 * until the API has stored the choice: a test that closes its browser right after switching back
 * would otherwise leave the person in the other language for the next test that signs them in.
 */
export async function chooseLanguage(page: Page, lang: 'nb' | 'en'): Promise<void> {
  const stored = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('setMyLanguage') && r.ok(),
  );
  await page
    .getByRole('radiogroup', { name: lang === 'en' ? 'Språk' : 'Language' })
    .getByText(lang === 'en' ? 'English' : 'Norsk')
    .click();
  await stored;
}
