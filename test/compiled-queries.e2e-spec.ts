import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, osloDate } from '@app/core';
import { COMPILE_ON_USE, compiledQueryStats } from '../apps/api/src/graphql/compiled-queries.plugin';
import { ok, readyBid } from './support/bid-story';
import { decideTender, demoTender } from './support/story';
import { createTestApp, type TestApp, USERS } from './support/test-app';

/**
 * Queries run compiled (graphql-jit) by default; `GRAPHQL_COMPILED_QUERIES=false` runs them on
 * graphql-js. Every query document the console sends (apps/web/src/gql/gql.ts, fragments
 * included) is sent to two instances on one database, one of each kind, as the project leader
 * and as a firm user: the answers must be the same, byte for byte once parsed, and the compiled
 * instance must really have answered them compiled (not by falling back to graphql-js).
 * Every document must answer without an error for at least one of the roles that use the
 * console, so that no comparison is of two equal errors only.
 */
interface ConsoleDocument {
  name: string;
  text: string;
  required: string[];
}

function consoleDocuments(): ConsoleDocument[] {
  const source = readFileSync(join(__dirname, '..', 'apps', 'web', 'src', 'gql', 'gql.ts'), 'utf8');
  const map = source.slice(source.indexOf('const documents'));
  const texts = [...map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\./gm)].map((m) => JSON.parse(m[1]) as string);
  const fragments = new Map<string, string>();
  for (const t of texts) {
    const m = /^\s*fragment (\w+) on/.exec(t);
    if (m) fragments.set(m[1], t);
  }
  const withFragments = (text: string): string => {
    const used = new Set<string>();
    const visit = (t: string) => {
      for (const m of t.matchAll(/\.\.\.(\w+)/g)) {
        if (!used.has(m[1]) && fragments.has(m[1])) {
          used.add(m[1]);
          visit(fragments.get(m[1])!);
        }
      }
    };
    visit(text);
    return [text, ...[...used].map((n) => fragments.get(n)!)].join('\n');
  };
  return texts
    .filter((t) => /^\s*query /.test(t))
    .map((t) => {
      const head = t.slice(0, t.indexOf('{'));
      return {
        name: /query (\w+)/.exec(t)![1],
        text: withFragments(t),
        // a non-null variable with a default ($first: Int! = 50) may be left out
        required: [...head.matchAll(/\$(\w+):\s*[\w[\]]+!(?!\s*=)/g)].map((m) => m[1]),
      };
    });
}

describe('compiled queries answer as graphql-js does (e2e)', () => {
  let dir: string;
  let compiled: TestApp;
  let interpreted: TestApp;
  let variables: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tf-compiled-'));
    // on SQLite both instances need one file; on PostgreSQL they share the test database
    compiled = await createTestApp({ env: process.env.DATABASE_URL ? {} : { DATABASE_PATH: join(dir, 'db.sqlite') } });
    interpreted = await createTestApp({ shareDatabaseWith: compiled, seed: false, env: { GRAPHQL_COMPILED_QUERIES: 'false' } });
    // The demo data has no bid, work package, exchange posting or loan: one of each, made as
    // people make them, so that the pages about them answer with data instead of NOT_FOUND.
    await decideTender(compiled, (await demoTender(compiled)).id, 'GO');
    await readyBid(compiled);
    const window = { windowStart: addDays(osloDate(new Date()), 1), windowEnd: addDays(osloDate(new Date()), 60) };
    const firmA = await compiled.login(USERS.firmA.email);
    const firmB = await compiled.login(USERS.firmB.email);
    const posted = async (kind: 'Offer' | 'Need', hours: number, token: string): Promise<number> =>
      ok(
        await compiled.gql<{ p: { id: number } }>(
          `mutation($i: PostExchange${kind}Input!) { p: postExchange${kind}(input: $i) { id } }`,
          { i: { capabilityCode: 'CNC_5AXIS', resource: 'STAFF', hours, ...window } },
          token,
        ),
      ).p.id;
    const offerId = await posted('Offer', 100, firmA);
    const needId = await posted('Need', 50, firmB);
    ok(
      await compiled.gql(
        'mutation($i: ProposeLoanAgreementInput!) { proposeLoanAgreement(input: $i) { id } }',
        { i: { offerId, needId, hours: 50, periodStart: window.windowStart, periodEnd: window.windowEnd } },
        firmB,
      ),
    );
    const first = async (table: string, where = ''): Promise<number> => {
      const rows: { id: number }[] = await compiled.db.read((em) => em.query(`SELECT MIN(id) AS id FROM ${table} ${where}`));
      return Number(rows[0]?.id);
    };
    const firm = await first('member', `WHERE name LIKE 'Nammo%'`);
    const ids = {
      activity: await first('activity'),
      audit: await first('coordinated_audit'),
      bid: await first('bid'),
      workPackage: await first('work_package'),
      tender: await first('tender', 'WHERE id IN (SELECT tender_id FROM bid)'),
      order: await first('customer_order'),
      statement: await first('royalty_statement'),
      loan: await first('loan_agreement'),
      need: await first('exchange_posting', `WHERE kind = 'NEED'`),
      supplier: await first('member', `WHERE id <> ${firm}`),
      duesYear: (await compiled.db.read((em) => em.query('SELECT MAX(year) AS y FROM dues_band')))[0].y as number,
    };
    // a table without a row would give 0 here, and every page about it NOT_FOUND
    for (const [what, id] of Object.entries(ids)) expect({ what, id: id > 0 }).toEqual({ what, id: true });
    variables = {
      Activity: { id: ids.activity },
      ActivityDecision: { activityId: ids.activity },
      AuditProgramme: { supplierId: ids.supplier, asSupplier: false },
      AuditorCandidates: { memberId: firm },
      Audit: { id: ids.audit },
      BidBoard: { id: ids.bid },
      ReassignmentCandidates: { id: ids.workPackage },
      BrochureTenderBids: { tenderId: ids.tender },
      ExchangeBoard: { first: 100 },
      ExchangeMatches: { needId: ids.need },
      LoanAgreement: { id: ids.loan },
      ExchangeSettlement: { period: '2026-11' },
      ExchangeSettlementExport: { period: '2026-11', format: 'NB' },
      Suggestion: { tenderId: ids.tender },
      OurFirm: { id: firm },
      MemberProfile: { id: firm },
      MembershipDues: { year: Number(ids.duesYear) },
      Order: { id: ids.order },
      Dashboard: { members: 20, risks: 20 },
      PipelineExport: { table: 'MEMBERS' },
      OurRoyalties: { firmId: firm },
      RoyaltyStatement: { id: ids.statement },
      RoyaltyExport: { kind: 'STATEMENTS', period: '2026-11' },
      Tender: { id: ids.tender },
    };
  });
  afterAll(async () => {
    await interpreted?.app.close();
    await compiled?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Documents answered without an error, by anyone (the last test reads it). */
  const answeredBySomeone = new Set<string>();

  it.each([
    ['the project leader', USERS.leader.email],
    ['a firm user', USERS.firmA.email],
    ['a steering committee member', USERS.steering.email],
    ['the administrator', USERS.admin.email],
  ])('every console query, as %s', async (_who, email) => {
    const docs = consoleDocuments();
    expect(docs.length).toBeGreaterThanOrEqual(40);
    const tokenC = await compiled.login(email);
    const tokenI = await interpreted.login(email);
    let answered = 0;
    const notCompiled: string[] = [];
    const skipped: string[] = [];
    for (const d of docs) {
      const vars = variables[d.name] ?? {};
      if (d.required.some((r) => vars[r] === undefined || Number.isNaN(vars[r]))) {
        skipped.push(d.name);
        continue;
      }
      // the first use is interpreted, the second compiled (COMPILE_ON_USE): both answer the same
      const i = await interpreted.gql(d.text, vars, tokenI);
      // root fields run at once, so two that fail may report in either order: errors as a set
      const errors = (r: typeof i) => (r.errors ?? []).map((e) => JSON.stringify(e)).sort();
      let c = i;
      let compiledNow = 0;
      for (let use = 1; use <= COMPILE_ON_USE; use++) {
        const before = compiledQueryStats.compiled;
        c = await compiled.gql(d.text, vars, tokenC);
        compiledNow = compiledQueryStats.compiled - before;
        expect({ name: d.name, use, status: c.status, data: c.data, errors: errors(c) }).toEqual({
          name: d.name,
          use,
          status: i.status,
          data: i.data,
          errors: errors(i),
        });
      }
      // by its last use an error-free document is answered compiled
      if (!c.errors?.length && compiledNow !== 1) notCompiled.push(d.name);
      // the server's limits (cost, depth, aliases, tokens) let every page of the console through
      expect({ name: d.name, refused: c.errors?.filter((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') ?? [] }).toEqual({
        name: d.name,
        refused: [],
      });
      if (!c.errors?.length) {
        answered++;
        answeredBySomeone.add(d.name);
      }
    }
    // every document has variables above (a new one without them fails here until it is given some)
    expect(skipped).toEqual([]);
    expect(answered).toBeGreaterThanOrEqual(20);
    // every error-free query was answered compiled (answers with errors go to graphql-js)
    expect(notCompiled).toEqual([]);
  });

  it('every console query answered without an error for at least one role (no comparison of errors only)', () => {
    const docs = consoleDocuments().map((d) => d.name);
    expect(answeredBySomeone.size).toBeGreaterThan(0);
    expect(docs.filter((n) => !answeredBySomeone.has(n))).toEqual([]);
  });

  it('compiles a document on its second use, not its first', async () => {
    const token = await compiled.login(USERS.leader.email);
    // a document no other test sends
    const query = '{ members(first: 3) { totalCount nodes { id name municipality } } }';
    const counts = () => ({ ...compiledQueryStats });
    const s0 = counts();
    const first = await compiled.gql(query, undefined, token);
    const s1 = counts();
    const second = await compiled.gql(query, undefined, token);
    const s2 = counts();
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect([s1.compiled - s0.compiled, s1.interpreted - s0.interpreted]).toEqual([0, 1]);
    expect([s2.compiled - s1.compiled, s2.interpreted - s1.interpreted]).toEqual([1, 0]);
  });

  it('GRAPHQL_COMPILED_QUERIES must be true or false', async () => {
    await expect(createTestApp({ env: { GRAPHQL_COMPILED_QUERIES: 'yes' } })).rejects.toThrow(
      /GRAPHQL_COMPILED_QUERIES must be true or false/,
    );
  });
});
