import type { NestExpressApplication } from '@nestjs/platform-express';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/** axe-core on the page as it is now: the serious and critical violations (the goal is none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
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
