import { osloDate } from '@app/core';
import { ok, readyBid } from './support/bid-story';
import { demoTender, firmUserToken, memberByName } from './support/story';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

/**
 * What the console's second part needs from the API (issue 19): what a decision is about and who
 * decides it by name, the win rate over time and a CSV for every chart of the committee's screen,
 * an order's money at a glance (a firm: its own lines only), firms by name on money reports,
 * royalty agreements and the ledger, and the administrator's audit trail filtered by who, what and
 * when. Names and totals come through loaders: the statements do not grow with the rows.
 */
describe("the API behind the console's second part (e2e)", () => {
  let t: TestApp;
  let leader: string;
  let admin: string;
  const STEERING = ['styre@totalfly.example', 'styre2@totalfly.example', 'styre3@totalfly.example', 'styre4@totalfly.example'];
  const today = osloDate(new Date());

  /** Opens a TENDER_GO decision on a QUALIFYING tender and returns its id. */
  async function openGo(tenderId: number): Promise<number> {
    return ok(
      await t.gql<{ openSteeringDecision: { id: number } }>(
        `mutation { openSteeringDecision(input: { kind: TENDER_GO, tenderId: ${tenderId} }) { id } }`,
        undefined,
        leader,
      ),
    ).openSteeringDecision.id;
  }
  async function vote(decisionId: number, email: string, v: 'YES' | 'NO' | 'ABSTAIN') {
    ok(
      await t.gql(
        `mutation { castVote(decisionId: ${decisionId}, vote: ${v}) { id } }`,
        undefined,
        await t.login(email, 'demo-styre-2006'),
      ),
    );
  }
  async function qualifyingTender(title: string): Promise<number> {
    const id = ok(
      await t.gql<{ createTender: { id: number } }>(
        'mutation($i: CreateTenderInput!) { createTender(input: $i) { id } }',
        { i: { title, buyerName: 'Forsvarsmateriell', market: 'DEFENCE', estimatedValue: { minorUnits: '100000000' } } },
        leader,
      ),
    ).createTender.id;
    ok(await t.gql(`mutation { moveTenderStage(input: { tenderId: ${id}, to: QUALIFYING }) { stage } }`, undefined, leader));
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    admin = await t.login(USERS.admin.email);
  });
  afterAll(() => t.close());

  describe('steering decisions: what they concern and who decides, by name', () => {
    const DECISIONS = `{ steeringDecisions { id kind question bidPrice { minorUnits currency }
        tender { title buyerName stage estimatedValue { minorUnits } deadline }
        bid { id title status } members { id name } votes { vote voter { name } } } }`;
    interface Decisions {
      steeringDecisions: {
        id: number;
        kind: string;
        bidPrice: { minorUnits: string } | null;
        tender: { title: string; stage: string };
        bid: { id: number; title: string; status: string } | null;
        members: { id: number; name: string }[];
        votes: { vote: string; voter: { name: string } }[];
      }[];
    }

    it('names the tender, the bid with its price and the committee, at the same statements for 2 and for 6 decisions', async () => {
      // the demo tender goes to GO by the committee's vote, and its bid to the committee for approval
      const demo = (await demoTender(t)).id;
      const go = await openGo(demo);
      for (const e of STEERING.slice(0, 3)) await vote(go, e, 'YES');
      ok(await t.gql(`mutation { closeSteeringDecision(decisionId: ${go}) { result } }`, undefined, leader));
      const { bidId } = await readyBid(t);
      ok(await t.gql(`mutation { openSteeringDecision(input: { kind: BID_APPROVAL, bidId: ${bidId} }) { id } }`, undefined, leader));
      const small = await t.gql<Decisions>(DECISIONS, undefined, leader);
      expect(codeOf(small)).toBe('OK');
      const approval = small.data!.steeringDecisions.find((d) => d.kind === 'BID_APPROVAL')!;
      expect(approval.bid).toMatchObject({ id: bidId, status: 'READY' });
      const price = ok(
        await t.gql<{ bid: { priceBuildUp: { bidPrice: { minorUnits: string } } } }>(
          `{ bid(id: ${bidId}) { priceBuildUp { bidPrice { minorUnits } } } }`,
          undefined,
          leader,
        ),
      );
      expect(approval.bidPrice!.minorUnits).toBe(price.bid.priceBuildUp.bidPrice.minorUnits);
      expect(approval.members.map((m) => m.name)).toHaveLength(4);
      expect(approval.members.every((m) => !m.name.startsWith('#'))).toBe(true);
      const closed = small.data!.steeringDecisions.find((d) => d.id === go)!;
      expect(closed.tender.stage).toBe('BID_IN_PREPARATION'); // GO by the vote, then the bid
      expect(closed.bid).toBeNull();
      expect(closed.votes.map((v) => v.voter.name)).toHaveLength(3);

      for (let i = 0; i < 4; i++) {
        const d = await openGo(await qualifyingTender(`Statement test ${i}`));
        await vote(d, STEERING[i], i % 2 ? 'NO' : 'YES');
      }
      const large = await t.gql<Decisions>(DECISIONS, undefined, leader);
      expect(large.data!.steeringDecisions).toHaveLength(small.data!.steeringDecisions.length + 4);
      expect(Number.isFinite(small.sqlStatements)).toBe(true);
      expect(large.sqlStatements).toBe(small.sqlStatements);
    });
  });

  describe("the committee's screen", () => {
    it('gives won, lost and the win rate per month, and the sums agree with the outcomes of the period', async () => {
      const r = ok(
        await t.gql<{
          pipeline: {
            outcomes: { won: number; lost: number };
            trend: { month: string; won: number; lost: number; winRateByCount: number | null }[];
          };
        }>(
          '{ pipeline(filter: { from: "2000-01-01" }) { outcomes { won lost } trend { month won lost winRateByCount } } }',
          undefined,
          leader,
        ),
      ).pipeline;
      const won = r.trend.reduce((s, p) => s + p.won, 0);
      const lost = r.trend.reduce((s, p) => s + p.lost, 0);
      // the demo data decides tenders within the trend's three years
      expect(won + lost).toBeGreaterThan(0);
      expect([won, lost]).toEqual([r.outcomes.won, r.outcomes.lost]);
      for (const p of r.trend) expect(p.winRateByCount).toBe(p.won + p.lost ? p.won / (p.won + p.lost) : null);
    });

    it('writes a CSV for every chart: won and lost per market, and the summary figures', async () => {
      const outcomes = ok(
        await t.gql<{ pipelineExport: string }>('{ pipelineExport(table: "OUTCOMES") }', undefined, leader),
      ).pipelineExport;
      const lines = outcomes
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe('market;won;lost;win_rate;won_estimated_nok;lost_estimated_nok');
      expect(lines[lines.length - 1]).toMatch(/^ALL;\d+;\d+;/);
      const summary = ok(await t.gql<{ pipelineExport: string }>('{ pipelineExport(table: "summary") }', undefined, leader)).pipelineExport;
      expect(summary).toMatch(/\ngrants_to_period_end_nok;600000,00\r?\n/);
      expect(summary).toMatch(/\nreturn_on_grants;\d+,\d{4}\r?\n/);
      const trend = ok(await t.gql<{ pipelineExport: string }>('{ pipelineExport(table: "TREND") }', undefined, leader)).pipelineExport;
      expect(trend.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('month;awarded_nok;weighted_pipeline_nok;won;lost;win_rate');
      const bad = await t.gql('{ pipelineExport(table: "CHARTS") }', undefined, leader);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].message).toContain('OUTCOMES');
    });
  });

  describe('orders and money', () => {
    interface Orders {
      orders: {
        id: number;
        invoiced: { minorUnits: string };
        paid: { minorUnits: string };
        outstanding: { minorUnits: string };
        lines: { memberId: number; invoiced: { minorUnits: string }; paid: { minorUnits: string }; outstanding: { minorUnits: string } }[];
      }[];
    }
    const ORDERS = `{ orders { id invoiced { minorUnits } paid { minorUnits } outstanding { minorUnits }
      lines { memberId invoiced { minorUnits } paid { minorUnits } outstanding { minorUnits } invoices { amount { minorUnits } payments { amount { minorUnits } } } } } }`;
    const n = (m: { minorUnits: string }) => Number(m.minorUnits);

    it('adds up invoiced, paid and outstanding per order and line; a firm sees the sums of its own lines only', async () => {
      const all = ok(await t.gql<Orders>(ORDERS, undefined, leader)).orders;
      const seeded = all.find((o) => o.lines.length === 5)!;
      expect(n(seeded.invoiced)).toBe(seeded.lines.reduce((s, l) => s + n(l.invoiced), 0));
      expect(n(seeded.paid)).toBe(seeded.lines.reduce((s, l) => s + n(l.paid), 0));
      expect(n(seeded.outstanding)).toBe(n(seeded.invoiced) - n(seeded.paid));
      expect(n(seeded.outstanding)).toBeGreaterThan(0);
      const nammo = (await memberByName(t, 'Nammo Raufoss AS')).id;
      const mine = ok(await t.gql<Orders>(ORDERS, undefined, await t.login(USERS.firmA.email))).orders.find((o) => o.id === seeded.id)!;
      expect(mine.lines.map((l) => l.memberId)).toEqual([nammo]);
      const ownLine = seeded.lines.find((l) => l.memberId === nammo)!;
      expect([mine.invoiced, mine.paid, mine.outstanding]).toEqual([ownLine.invoiced, ownLine.paid, ownLine.outstanding]);
      expect(n(mine.invoiced)).toBeLessThan(n(seeded.invoiced));
    });

    it('names the firm on its money reports, at the same statements for one report and for several firms', async () => {
      const REPORTS = '{ moneyReports { id memberId member { name } } }';
      const lines = ok(await t.gql<Orders>(ORDERS, undefined, leader)).orders.find((o) => o.lines.length === 5)!.lines;
      const report = async (memberName: string, i: number) => {
        const m = await memberByName(t, memberName);
        const tok = memberName === 'Nammo Raufoss AS' ? await t.login(USERS.firmA.email) : await firmUserToken(t, memberName);
        const line = (await t.db.read((em) => em.query(`SELECT id FROM order_line WHERE member_id = ${m.id} ORDER BY id LIMIT 1`)))[0].id;
        ok(
          await t.gql(
            'mutation($i: RecordInvoiceInput!) { reportInvoice(input: $i) { id } }',
            { i: { orderLineId: line, number: `R-${i}`, issueDate: today, amount: '100000' } },
            tok,
          ),
        );
      };
      expect(lines).toHaveLength(5);
      await report('Nammo Raufoss AS', 1);
      const small = await t.gql<{ moneyReports: { member: { name: string } }[] }>(REPORTS, undefined, leader);
      expect(small.data!.moneyReports.map((r) => r.member.name)).toEqual(['Nammo Raufoss AS']);
      await report('Sagstuen AS', 2);
      await report('Tokvam AS', 3);
      await report('Al-Sveis AS', 4);
      const large = await t.gql<{ moneyReports: { member: { name: string } }[] }>(REPORTS, undefined, leader);
      expect(large.data!.moneyReports.map((r) => r.member.name).sort()).toEqual([
        'Al-Sveis AS',
        'Nammo Raufoss AS',
        'Sagstuen AS',
        'Tokvam AS',
      ]);
      expect(large.sqlStatements).toBe(small.sqlStatements);
    });
  });

  describe('royalties by name', () => {
    it('names the firm on an agreement and on every ledger entry', async () => {
      const sagstuen = await memberByName(t, 'Sagstuen AS');
      ok(
        await t.gql(
          `mutation { setRoyaltyAgreement(input: { scope: "FIRM", memberId: ${sagstuen.id}, validFrom: "2006-01-01", rateBp: 250, basis: "INVOICED", amountKind: "GROSS" }) { id } }`,
          undefined,
          leader,
        ),
      );
      const r = ok(
        await t.gql<{
          royaltyAgreement: { all: { scope: string; member: { name: string } | null }[] };
          royaltyLedger: { memberId: number; member: { id: number; name: string } }[];
        }>('{ royaltyAgreement { all { scope member { name } } } royaltyLedger { memberId member { id name } } }', undefined, leader),
      );
      expect(r.royaltyAgreement.all.find((a) => a.scope === 'FIRM')!.member).toEqual({ name: 'Sagstuen AS' });
      expect(r.royaltyAgreement.all.find((a) => a.scope === 'DEFAULT')!.member).toBeNull();
      expect(r.royaltyLedger.length).toBeGreaterThan(5);
      for (const e of r.royaltyLedger) expect(e.member.id).toBe(e.memberId);
    });

    it("says each ledger entry's statement period (for the console to say it in the reader's language), in one statement for all", async () => {
      type E = { kind: string; statementId: number | null; period: string | null };
      const q = '{ royaltyLedger { kind statementId period } }';
      const r = await t.gql<{ royaltyLedger: E[] }>(q, undefined, leader);
      const statements = ok(
        await t.gql<{ royaltyStatements: { id: number; periodLabel: string }[] }>(
          '{ royaltyStatements { id periodLabel } }',
          undefined,
          leader,
        ),
      );
      const label = new Map(statements.royaltyStatements.map((s) => [s.id, s.periodLabel]));
      const entries = ok(r).royaltyLedger;
      expect(entries.filter((e) => e.statementId !== null).length).toBeGreaterThan(5);
      for (const e of entries) expect(e.period).toBe(e.statementId === null ? null : label.get(e.statementId));
      // the periods of every entry in one statement beside the list's
      const without = await t.gql('{ royaltyLedger { kind statementId } }', undefined, leader);
      expect(r.sqlStatements).toBe(without.sqlStatements + 1);
    });

    it('shows no payment of a demo statement dated before the statement was accrued', async () => {
      type E = { kind: string; statementId: number | null; date: string };
      const entries = ok(
        await t.gql<{ royaltyLedger: E[] }>('{ royaltyLedger { kind statementId date } }', undefined, leader),
      ).royaltyLedger;
      const accrued = new Map(entries.filter((e) => e.kind === 'ACCRUED').map((e) => [e.statementId, e.date]));
      const payments = entries.filter((e) => e.kind === 'RECEIVED');
      expect(payments.length).toBeGreaterThan(0);
      expect(payments.filter((p) => !accrued.has(p.statementId) || p.date < accrued.get(p.statementId)!)).toEqual([]);
    });
  });

  describe("the administrator's audit trail", () => {
    const AUDIT = `query($f: AuditRecordFilterInput, $first: Int!, $after: String) {
      auditRecords(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id action actorEmail entityType entityId at } } }`;
    interface Audit {
      auditRecords: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: number; action: string; actorEmail: string; entityType: string; entityId: string; at: string }[];
      };
    }

    it('filters by who, what and when, newest first, a page at a time', async () => {
      const created = ok(
        await t.gql<{ createUser: { id: number } }>(
          'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
          { i: { email: 'audit.person@totalfly.example', displayName: 'Audit Person', password: 'long-password-1', role: 'STEERING' } },
          admin,
        ),
      ).createUser.id;
      ok(await t.gql(`mutation { deactivateUser(userId: ${created}) { active } }`, undefined, admin));
      const byAdmin = ok(await t.gql<Audit>(AUDIT, { f: { actor: 'ADMIN@totalfly', entityType: 'User' }, first: 50 }, admin)).auditRecords;
      expect(byAdmin.nodes.slice(0, 2).map((a) => [a.action, a.entityId])).toEqual([
        ['deactivateUser', String(created)],
        ['createUser', String(created)],
      ]);
      expect(byAdmin.nodes.every((a) => a.actorEmail === 'admin@totalfly.example' && a.entityType === 'User')).toBe(true);
      const one = ok(await t.gql<Audit>(AUDIT, { f: { action: 'deactivateUser', from: today, to: today }, first: 50 }, admin)).auditRecords;
      expect(one.totalCount).toBe(1);
      expect(one.nodes[0].entityId).toBe(String(created));
      const yesterday = ok(await t.gql<Audit>(AUDIT, { f: { action: 'deactivateUser', to: '2006-01-01' }, first: 50 }, admin)).auditRecords;
      expect(yesterday.totalCount).toBe(0);
      // pages: every record once, in id order from the newest
      const first = ok(await t.gql<Audit>(AUDIT, { first: 3 }, admin)).auditRecords;
      const second = ok(await t.gql<Audit>(AUDIT, { first: 3, after: first.pageInfo.endCursor }, admin)).auditRecords;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const ids = [...first.nodes, ...second.nodes].map((a) => a.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(6);
      expect(second.totalCount).toBe(first.totalCount);
    });

    it('is the administrator’s, and a bad period or cursor says what is wrong', async () => {
      expect(codeOf(await t.gql(AUDIT, { first: 5 }, leader))).toBe('FORBIDDEN');
      const bad = await t.gql(AUDIT, { f: { from: '2026-05-01', to: '2026-04-01' }, first: 5 }, admin);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].extensions.fields).toEqual([{ field: 'to', message: 'before from', rule: 'ENDS_BEFORE_START' }]);
      expect(codeOf(await t.gql(AUDIT, { first: 5, after: 'not-a-cursor' }, admin))).toBe('BAD_USER_INPUT');
    });
  });
});
