/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { chromium as pwChromium } from 'playwright-core';
import { projectRoot } from '@app/core';
import { benchUsers } from '../lib/bench-users';
import { GqlClient } from '../lib/graphql-client';
import { type RunningServer, startApiServer } from '../lib/server-process';
import { percentile, round } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';

/**
 * The web console in Chromium (the npm package @sparticuz/chromium) against the API server in
 * production mode on the bench dataset:
 *   - the JavaScript and CSS a browser transfers on its first load (gzip, as served), goal ≤ 300 KiB;
 *   - time from navigation to a usable screen, with a signed-in session (a cold browser cache each
 *     time): the firm's inbox (goal ≤ 1 s), the leader's tender list and the bid board of the
 *     largest bid;
 *   - the steering committee's pipeline dashboard (goal ≤ 1.5 s, its data in at most two GraphQL
 *     requests) and the decisions screen (issue 19);
 *   - GraphQL requests per screen: one for the data, besides the session renewal a page load makes.
 * "Usable" is the screen's heading and every row of its data on screen (the inbox: every package
 * card, counted against the API's own answer), and the controls a person uses there: the dashboard's
 * filters, every one of its charts drawn and the main thread free to answer; on the decisions screen
 * the vote buttons of every open decision.
 */
interface Screen {
  name: string;
  path: string;
  user: { email: string; password: string };
  /** Waits until the screen is usable; returns how many rows it shows. */
  ready(page: Page): Promise<number>;
  goal?: { ms: number; label: string };
  /** GraphQL requests its data may take (besides the session renewal); 1 unless the issue says otherwise. */
  requests?: number;
  /** Report the JavaScript and CSS of the first load for this screen (the person's first screen). */
  firstLoad?: string;
}

interface Visit {
  ms: number;
  /** operationName of every GraphQL request during the visit. */
  operations: string[];
  assetBytes: number;
  rows: number;
}

async function sessionCookie(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email, password } } }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tf_session='));
  if (!cookie) throw new Error(`no session cookie for ${email}: ${await res.text()}`);
  return /^tf_session=([^;]+)/.exec(cookie)![1];
}

async function visit(browser: Browser, url: string, s: Screen): Promise<Visit> {
  const value = await sessionCookie(url, s.user.email, s.user.password);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  try {
    await context.addCookies([{ name: 'tf_session', value, url: `${url}/graphql`, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const operations: string[] = [];
    const assets: Promise<number>[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') {
        const body = r.postDataJSON() as { operationName?: string; query?: string } | null;
        operations.push(body?.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? '?');
      }
    });
    page.on('requestfinished', (r) => {
      if (/\/assets\/.+\.(js|css)$/.test(r.url())) assets.push(r.sizes().then((z) => z.responseBodySize));
    });
    const t0 = performance.now();
    await page.goto(`${url}${s.path}`);
    const rows = await s.ready(page);
    const ms = performance.now() - t0;
    return { ms, operations, assetBytes: (await Promise.all(assets)).reduce((a, b) => a + b, 0), rows };
  } finally {
    await context.close();
  }
}

export const consoleEntry: BenchEntry = {
  name: 'console',
  description: 'the web console in Chromium: JS+CSS on first load (gzip) and navigation to a usable screen on the bench dataset',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    // the CI smoke run only proves the harness works: one visit per screen, no warm-up
    const runs = ctx.opts.quick ? 1 : 21;
    const scale = ctx.opts.quick ? 'small' : ctx.opts.scale;
    execFileSync(process.execPath, [join(projectRoot(), 'scripts', 'build-web.mjs'), '--quiet'], { stdio: 'inherit' });
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    try {
      server = await startApiServer(ctx.target.env, { cpu: 0 });
      const url = server.url;
      // an ES module; Node 20.19+ loads it with require()
      const sparticuz = (require('@sparticuz/chromium') as { default: { executablePath(): Promise<string>; args: string[] } }).default;
      browser = await pwChromium.launch({
        executablePath: await sparticuz.executablePath(),
        args: sparticuz.args.filter((a) => a !== '--single-process'),
        headless: true,
      });

      // the bench firm user with the most packages, and the bid with the most packages
      const users = benchUsers(50);
      const leader = users.find((u) => u.key === 'leader')!;
      const steering = users.find((u) => u.key === 'steering')!;
      let firm = { user: users.find((u) => u.key === 'firm1')!, packages: -1 };
      for (const u of users.filter((x) => x.key.startsWith('firm'))) {
        const c = new GqlClient(url);
        const login = await c.post<{ login: { token: string } }>('mutation($i: LoginInput!) { login(input: $i) { token } }', {
          i: { email: u.email, password: u.password },
        });
        if (!login.data?.login) break;
        c.token = login.data.login.token;
        const n = (await c.must<{ myWorkPackages: unknown[] }>('{ myWorkPackages { id } }')).data.myWorkPackages.length;
        if (n > firm.packages) firm = { user: u, packages: n };
      }
      const lc = new GqlClient(url);
      await lc.login(leader.email, leader.password);
      const bids = (await lc.must<{ bids: { id: number; workPackages: { id: number }[] }[] }>('{ bids { id workPackages { id } } }')).data
        .bids;
      const biggest = bids.reduce((a, b) => (b.workPackages.length > a.workPackages.length ? b : a), bids[0]);

      const screens: Screen[] = [
        {
          name: `firm's inbox (${firm.packages} packages)`,
          path: '/inbox',
          user: firm.user,
          goal: { ms: 1000, label: '≤ 1 s' },
          firstLoad: "the firm's inbox",
          async ready(page) {
            await page.getByRole('heading', { level: 1, name: 'Innboks' }).waitFor();
            if (firm.packages === 0) await page.getByText('Ingen arbeidspakker ennå').waitFor();
            else
              await page
                .getByRole('article')
                .nth(firm.packages - 1)
                .waitFor();
            return page.getByRole('article').count();
          },
        },
        {
          name: "leader's tender list (first 50)",
          path: '/tenders',
          user: leader,
          async ready(page) {
            await page.getByRole('heading', { level: 1, name: 'Konkurranser' }).waitFor();
            await page.getByRole('table').getByRole('row').nth(1).waitFor();
            return (await page.getByRole('table').getByRole('row').count()) - 1;
          },
        },
        ...(biggest
          ? [
              {
                name: `bid board (${biggest.workPackages.length} packages)`,
                path: `/bids/${biggest.id}`,
                user: leader,
                async ready(page: Page) {
                  await page.getByRole('heading', { name: 'Prisoppbygging' }).waitFor();
                  return biggest.workPackages.length;
                },
              } satisfies Screen,
            ]
          : []),
        {
          name: "steering committee's pipeline dashboard",
          path: '/pipeline',
          user: steering,
          goal: { ms: 1500, label: '≤ 1.5 s' },
          requests: 2,
          firstLoad: "the steering committee's dashboard (with the chart library)",
          async ready(page) {
            // usable: every section's figures on screen (the key figures come with the charts'
            // cards): each of the six charts drawn (Chart.js marks its canvas once it has drawn
            // it), the risks listed, the period and market filters there, and the main thread free
            // to answer a click (a frame and a task run after all of it)
            await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
            const filters = page.getByRole('form', { name: 'Utvalg' });
            await filters.getByRole('combobox', { name: 'Periode' }).waitFor();
            await filters.getByRole('combobox', { name: 'Marked' }).waitFor();
            const charts = [
              'Konkurranser etter fase',
              'Vektet pipeline og vinnerandel per måned',
              'Vunnet verdi per marked',
              'Medlemmenes andel av tildelt verdi',
              'Avkastning på offentlige tilskudd',
              'Royalty',
            ];
            for (const name of charts)
              await page.getByRole('region', { name, exact: true }).locator('canvas[data-drawn="true"]').first().waitFor();
            const risks = page.getByRole('region', { name: 'Risiko: sertifikater som utløper før leveransen' });
            await risks.waitFor();
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
            return (await risks.getByRole('row').count()) + charts.length;
          },
        },
        {
          name: 'decisions',
          path: '/decisions',
          user: steering,
          async ready(page) {
            await page.getByRole('heading', { level: 1, name: 'Vedtak' }).waitFor();
            await page.getByRole('tab', { name: /^Åpne/ }).waitFor();
            // every open decision with its vote buttons ready (the bench dataset has none open)
            const open = page.getByRole('tabpanel').getByRole('article');
            const n = await open.count();
            for (let i = 0; i < n; i++)
              for (const vote of ['Ja', 'Nei', 'Avstår'])
                if (!(await open.nth(i).getByRole('button', { name: vote, exact: true }).isEnabled()))
                  throw new Error(`decision ${i}: ${vote} not enabled`);
            return n;
          },
        },
      ];

      const rows: ResultRow[] = [];
      for (const s of screens) {
        const visits: Visit[] = [];
        if (!ctx.opts.quick) await visit(browser, url, s); // warm-up: the server's caches, not the browser's
        for (let i = 0; i < runs; i++) visits.push(await visit(browser, url, s));
        const ms = visits.map((v) => v.ms).sort((a, b) => a - b);
        const data = visits[0].operations.filter((o) => o !== 'RefreshSession');
        rows.push({
          entry: 'console',
          scenario: `navigation → ${s.name} usable (cold browser cache, signed in)`,
          scale,
          db: ctx.opts.db,
          unit: 'ms',
          median: round(percentile(ms, 50)),
          min: round(ms[0]),
          max: round(ms[ms.length - 1]),
          runs,
          goal: s.goal?.label,
          ok: s.goal ? percentile(ms, 50) <= s.goal.ms : null,
          details: {
            p90: round(percentile(ms, 90)),
            p99: round(percentile(ms, 99)),
            rows: visits[0].rows,
            operations: visits[0].operations,
          },
          note: `p99 ${round(percentile(ms, 99))} ms; ${visits[0].rows} rows; GraphQL: ${visits[0].operations.join(', ')}`,
        });
        rows.push({
          entry: 'console',
          scenario: `${s.name}: GraphQL requests for its data`,
          scale,
          db: ctx.opts.db,
          unit: 'count',
          median: data.length,
          runs,
          goal: `${s.requests === 2 ? '≤ 2' : '1'} (besides the session renewal)`,
          ok: visits.every((v) => v.operations.filter((o) => o !== 'RefreshSession').length <= (s.requests ?? 1)),
          note: data.join(', '),
        });
        if (s.firstLoad) {
          const kib = visits[0].assetBytes / 1024;
          rows.push({
            entry: 'console',
            scenario: `first load: JavaScript + CSS transferred (gzip), ${s.firstLoad}`,
            scale: '-',
            db: '-',
            unit: 'KiB',
            median: round(kib),
            runs: 1,
            goal: s === screens[0] ? '≤ 300 KiB' : undefined,
            ok: s === screens[0] ? kib <= 300 : null,
          });
        }
      }
      return rows;
    } finally {
      await browser?.close();
      await server?.stop();
    }
  },
};
