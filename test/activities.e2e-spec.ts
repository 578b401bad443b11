import { addDays, osloDate } from '@app/core';
import { Activity, ActivityBudgetLine, ActivityStatusReport, BoardAreaVersion } from '@app/activities';
import { Notification } from '@app/notifications';
import { Order, OrderStatus } from '@app/orders';
import { RemindersService } from '@app/platform';
import { codeOf, createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';

const ACTIVITY = `id title status areaCode approvedRevision changedSinceApproval openDecisionId overdueFollowUps latestFollowUp
  projectLeader { name } contact { name } firms { memberId name }
  budget { source grantId amount { minorUnits } } budgetTotal { minorUnits }
  milestones { title dueDate followUpOverdue }
  revisions { revision decisionId budgetTotal { minorUnits } milestones { title dueDate } firmIds }
  links { kind targetId } statusReports { status text date }
  evaluation { goalsMet lessons spent { minorUnits } }
  figures { budget { minorUnits } grant { minorUnits } spent { minorUnits } variance { minorUnits } ordersWonCount
    ordersWon { minorUnits } returnPerKroneSpent returnPerKroneGrant }`;

interface ActivityResult {
  id: number;
  status: string;
  approvedRevision: number | null;
  changedSinceApproval: boolean;
  openDecisionId: number | null;
  overdueFollowUps: number;
  budget: { source: string; grantId: number | null; amount: { minorUnits: string } }[] | null;
  budgetTotal: { minorUnits: string } | null;
  milestones: { title: string; dueDate: string; followUpOverdue: boolean }[];
  revisions: { revision: number; decisionId: number; budgetTotal: { minorUnits: string }; milestones: unknown[]; firmIds: number[] }[];
  evaluation: { goalsMet: string; lessons: string; spent: { minorUnits: string } | null } | null;
  figures: Record<string, unknown> | null;
  [k: string]: unknown;
}

function ok<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(`unexpected error: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

describe('activities under a plan the board approved (e2e, issue 27)', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  const styre: string[] = [];
  const ids: Record<string, number> = {};
  const today = osloDate(new Date());

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(USERS.admin.email);
    leader = await t.login(USERS.leader.email);
    for (const e of ['styre@totalfly.example', 'styre2@totalfly.example', 'styre3@totalfly.example', 'styre4@totalfly.example'])
      styre.push(await t.login(e, 'demo-styre-2006'));
    const users = await t.db.read((em) => em.query('SELECT id, email FROM app_user'));
    for (const u of users as { id: number; email: string }[]) ids[u.email] = Number(u.id);
    const members = await t.db.read((em) => em.query("SELECT id, name FROM member WHERE name IN ('Nammo Raufoss AS', 'Sagstuen AS')"));
    for (const m of members as { id: number; name: string }[]) ids[m.name] = Number(m.id);
  });
  afterAll(() => t.close());

  const gql = <T = Record<string, unknown>>(q: string, v: Record<string, unknown> | undefined, tok: string) => t.gql<T>(q, v, tok);
  const count = (entity: typeof Activity | typeof ActivityBudgetLine | typeof ActivityStatusReport | typeof BoardAreaVersion) =>
    t.db.read((em) => em.count(entity));

  const AREAS = () => [
    {
      code: 'FINANCE',
      nameNb: 'Økonomi, administrasjon og jus',
      nameEn: 'Finance, administration and law',
      holderUserId: ids['styre@totalfly.example'],
    },
    { code: 'MARKETING', nameNb: 'Marked og relasjoner', nameEn: 'Marketing and relations', holderUserId: ids['styre2@totalfly.example'] },
    { code: 'MEMBERS', nameNb: 'Medlemmer', nameEn: 'Members', holderUserId: ids['styre3@totalfly.example'] },
    { code: 'PROJECTS', nameNb: 'Prosjektstyring', nameEn: 'Project management', holderUserId: ids['styre4@totalfly.example'] },
  ];
  const setAreas = (areas: unknown, tok = admin) =>
    gql<{ setBoardAreas: { version: number; areas: { code: string; holder: { name: string } }[] } }>(
      'mutation($a: [BoardAreaInput!]!) { setBoardAreas(areas: $a) { version areas { code holder { name } } } }',
      { a: areas },
      tok,
    );
  const create = (input: Record<string, unknown>) =>
    gql<{ createActivity: ActivityResult }>(
      `mutation($i: ActivityPlanInput!) { createActivity(input: $i) { ${ACTIVITY} } }`,
      { i: input },
      leader,
    );
  const update = (id: number, input: Record<string, unknown>) =>
    gql<{ updateActivityPlan: ActivityResult }>(
      `mutation($id: Int!, $i: ActivityPlanInput!) { updateActivityPlan(activityId: $id, input: $i) { ${ACTIVITY} } }`,
      { id, i: input },
      leader,
    );
  const get = async (id: number, tok = leader) =>
    ok(await gql<{ activity: ActivityResult }>(`{ activity(id: ${id}) { ${ACTIVITY} } }`, undefined, tok)).activity;
  const openDecision = (activityId: number) =>
    gql<{ openSteeringDecision: { id: number; question: string; activityId: number } }>(
      `mutation { openSteeringDecision(input: { kind: ACTIVITY_APPROVAL, activityId: ${activityId} }) { id question activityId } }`,
      undefined,
      leader,
    );
  const vote = (tok: string, id: number, v: string) => gql(`mutation { castVote(decisionId: ${id}, vote: ${v}) { id } }`, undefined, tok);
  const close = (id: number) =>
    gql<{ closeSteeringDecision: { result: string } }>(
      `mutation { closeSteeringDecision(decisionId: ${id}) { result } }`,
      undefined,
      leader,
    );
  /** Opens a decision on the plan, three members vote, the leader closes it. */
  const decide = async (activityId: number, votes: string[] = ['YES', 'YES', 'NO']) => {
    const d = ok(await openDecision(activityId)).openSteeringDecision;
    for (let i = 0; i < votes.length; i++) ok(await vote(styre[i + 1], d.id, votes[i]));
    return { id: d.id, result: ok(await close(d.id)).closeSteeringDecision.result };
  };
  const plan = (over: Record<string, unknown> = {}) => ({
    title: 'Bid campaign towards the air force',
    kind: 'BID_CAMPAIGN',
    areaCode: 'MARKETING',
    goals: 'Two framework agreements for sub-deliveries by 2027',
    projectLeaderUserId: ids['leder@totalfly.example'],
    contactUserId: ids['styre2@totalfly.example'],
    firmIds: [ids['Nammo Raufoss AS']],
    budget: [
      { source: 'GRANT', grantId: 1, amount: '30000000', note: 'Innovation Norway' },
      { source: 'OWN_FUNDS', amount: '10000000' },
    ],
    milestones: [
      { title: 'Supplier day at Rygge', dueDate: addDays(today, 30) },
      { title: 'First enquiry answered', dueDate: addDays(today, 90) },
    ],
    ...over,
  });

  it('sets the board areas as versions; a holder off the committee is refused and nothing is written', async () => {
    const before = await count(BoardAreaVersion);
    const refused = await setAreas([{ ...AREAS()[0], holderUserId: ids['leder@totalfly.example'] }]);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(codeOf(await setAreas([AREAS()[0], { ...AREAS()[1], holderUserId: ids['styre@totalfly.example'] }]))).toBe('BAD_USER_INPUT'); // one area each
    expect(codeOf(await setAreas(AREAS(), leader))).toBe('FORBIDDEN');
    expect(await count(BoardAreaVersion)).toBe(before);
    const v1 = ok(await setAreas(AREAS().slice(0, 3))).setBoardAreas;
    const v2 = ok(await setAreas(AREAS())).setBoardAreas;
    expect(v2.version).toBe(v1.version + 1);
    expect(v2.areas.map((a) => a.code)).toEqual(['FINANCE', 'MARKETING', 'MEMBERS', 'PROJECTS']);
    expect(v2.areas[1].holder.name).toBe('Demo styringskomité (fylket)');
    const hist = ok(
      await gql<{ boardAreaHistory: { version: number; areas: unknown[] }[] }>(
        '{ boardAreaHistory { version areas { code } } }',
        undefined,
        styre[0],
      ),
    );
    expect(hist.boardAreaHistory.slice(0, 2).map((h) => h.areas.length)).toEqual([4, 3]);
  });

  it('refuses a bad plan with coded errors and writes nothing', async () => {
    const before = [await count(Activity), await count(ActivityBudgetLine)];
    const cases: [Record<string, unknown>, string][] = [
      [{ contactUserId: ids['leder@totalfly.example'] }, 'contactUserId'], // not on the committee
      [{ areaCode: 'NOWHERE' }, 'areaCode'],
      [{ budget: [{ source: 'GRANT', grantId: 1, amount: '60000001' }] }, 'budget'], // more than the grant
      [{ budget: [{ source: 'GRANT', amount: '100' }] }, 'budget.0.grantId'],
      [{ budget: [{ source: 'GRANT', grantId: 999, amount: '100' }] }, 'budget'],
      [{ budget: [{ source: 'OWN_FUNDS', amount: '0' }] }, 'budget.0.amount'],
      [{ milestones: [{ title: 'x', dueDate: '2026-02-30' }] }, 'milestones.0.dueDate'],
      [{ firmIds: [999999] }, 'firmIds'],
    ];
    for (const [over, field] of cases) {
      const r = await create(plan(over));
      expect([JSON.stringify(over), codeOf(r)]).toEqual([JSON.stringify(over), 'BAD_USER_INPUT']);
      const fields = (r.errors![0].extensions.fields as { field: string }[] | undefined)?.map((f) => f.field) ?? [];
      if (!fields.includes(field) && !r.errors![0].message.match(/is not a date/))
        throw new Error(`${field} not in ${JSON.stringify(r.errors)}`);
    }
    expect([await count(Activity), await count(ActivityBudgetLine)]).toEqual(before);
    // the problems a person meets in the plan form carry the rule the console says in bokmål
    const fieldsOf = async (over: Record<string, unknown>) =>
      ((await create(plan(over))).errors![0].extensions.fields as { field: string; rule?: string; params?: Record<string, string> }[]) ??
      [];
    const overGrant = (await fieldsOf({ budget: [{ source: 'GRANT', grantId: 1, amount: '60000001' }] })).find((f) => f.field === 'budget');
    expect(overGrant).toMatchObject({ rule: 'GRANT_OVERPLANNED', params: { currency: 'NOK' } });
    expect(Number(overGrant!.params!.max)).toBeLessThan(60000001);
    expect(overGrant!.params!.grant).toEqual(expect.any(String));
    const late = (await fieldsOf({ milestones: [{ title: 'x', dueDate: '2099-01-01' }] })).find((f) => f.field === 'milestones.0.dueDate');
    expect(late).toMatchObject({ rule: 'OUTSIDE_PERIOD', params: { from: '2000-01-01', to: addDays(today, 3650) } });
  });

  let campaign: number;
  it('approves a plan only by a steering decision, and freezes it as a revision', async () => {
    const a = ok(await create(plan())).createActivity;
    campaign = a.id;
    expect(a).toMatchObject({ status: 'DRAFT', approvedRevision: null, revisions: [], budgetTotal: { minorUnits: '40000000' } });
    const d = ok(await openDecision(a.id)).openSteeringDecision;
    expect(d.question).toBe(
      `Shall the plan of activity ${a.id} "Bid campaign towards the air force" be approved: budget 400000.00 NOK, 2 milestones (last ${addDays(today, 90)})?`,
    );
    expect(codeOf(await openDecision(a.id))).toBe('CONFLICT'); // one open decision per plan
    // the plan is locked while the committee votes on it
    const locked = await update(a.id, { budget: [{ source: 'OWN_FUNDS', amount: '1' }] });
    expect(codeOf(locked)).toBe('CONFLICT');
    expect((await get(a.id)).openDecisionId).toBe(d.id);
    // the statutes' quorum applies: one vote of four is not enough, and nothing is approved
    ok(await vote(styre[1], d.id, 'YES'));
    expect(codeOf(await close(d.id))).toBe('CONFLICT');
    expect((await get(a.id)).status).toBe('DRAFT');
    ok(await vote(styre[2], d.id, 'YES'));
    ok(await vote(styre[3], d.id, 'NO'));
    expect(ok(await close(d.id)).closeSteeringDecision.result).toBe('APPROVED');
    const approved = await get(a.id);
    expect(approved).toMatchObject({ status: 'APPROVED', approvedRevision: 1, changedSinceApproval: false, openDecisionId: null });
    expect(approved.revisions).toEqual([
      {
        revision: 1,
        decisionId: d.id,
        budgetTotal: { minorUnits: '40000000' },
        milestones: [
          { title: 'Supplier day at Rygge', dueDate: addDays(today, 30) },
          { title: 'First enquiry answered', dueDate: addDays(today, 90) },
        ],
        firmIds: [ids['Nammo Raufoss AS']],
      },
    ]);
  });

  it('a REJECTED decision leaves the plan a DRAFT', async () => {
    const a = ok(
      await create(
        plan({ title: 'Trade fair stand', kind: 'MARKETING', firmIds: [], budget: [{ source: 'MEMBER_FEES', amount: '5000000' }] }),
      ),
    ).createActivity;
    expect((await decide(a.id, ['NO', 'NO', 'YES'])).result).toBe('REJECTED');
    expect(await get(a.id)).toMatchObject({ status: 'DRAFT', approvedRevision: null, revisions: [] });
  });

  it("the statutes apply to ACTIVITY_APPROVAL too: recusal, the deputy's casting vote, a tie nobody breaks, cancelling", async () => {
    const draft = async (title: string) =>
      ok(await create(plan({ title, firmIds: [], budget: [{ source: 'MEMBER_FEES', amount: '100000' }] }))).createActivity.id;
    const disqualify = (tok: string, id: number) =>
      gql(`mutation { declareDisqualified(decisionId: ${id}, reason: "Board member of a firm taking part") { id } }`, undefined, tok);
    const closed = (id: number) =>
      gql<{ closeSteeringDecision: { result: string; resultReason: string | null; tieBrokenByChair: boolean } }>(
        `mutation { closeSteeringDecision(decisionId: ${id}) { result resultReason tieBrokenByChair } }`,
        undefined,
        leader,
      );
    // the chair is disqualified: their vote cannot be cast, and the deputy chair breaks the tie
    const a = await draft('Member seminar on AQAP 2110');
    const d1 = ok(await openDecision(a)).openSteeringDecision.id;
    ok(await disqualify(styre[0], d1));
    expect(codeOf(await vote(styre[0], d1, 'YES'))).toBe('CONFLICT');
    ok(await vote(styre[1], d1, 'YES')); // the deputy chair
    ok(await vote(styre[2], d1, 'NO'));
    expect(ok(await closed(d1)).closeSteeringDecision).toMatchObject({ result: 'APPROVED', tieBrokenByChair: true });
    expect(await get(a)).toMatchObject({ status: 'APPROVED', approvedRevision: 1 });
    // a tie the holder of the casting vote did not break is not adopted: the plan stays a draft
    const b = await draft('Joint welding course');
    const d2 = ok(await openDecision(b)).openSteeringDecision.id;
    ok(await vote(styre[2], d2, 'YES'));
    ok(await vote(styre[3], d2, 'NO'));
    const tie = ok(await closed(d2)).closeSteeringDecision;
    expect(tie.result).toBe('REJECTED');
    expect(tie.resultReason).toBeTruthy();
    expect(await get(b)).toMatchObject({ status: 'DRAFT', approvedRevision: null, revisions: [] });
    // a cancelled decision approves nothing and unlocks the plan
    const d3 = ok(await openDecision(b)).openSteeringDecision.id;
    ok(
      await gql(`mutation { cancelSteeringDecision(decisionId: ${d3}, reason: "The budget is being reworked") { id } }`, undefined, leader),
    );
    expect(await get(b)).toMatchObject({ status: 'DRAFT', openDecisionId: null });
    ok(await update(b, { budget: [{ source: 'MEMBER_FEES', amount: '120000' }] }));
  });

  it('a change to the budget after approval needs a new approval; the approved revision stays in force until then', async () => {
    const changed = ok(
      await update(campaign, {
        budget: [
          { source: 'GRANT', grantId: 1, amount: '30000000' },
          { source: 'OWN_FUNDS', amount: '25000000' },
        ],
      }),
    ).updateActivityPlan;
    expect(changed).toMatchObject({
      status: 'APPROVED',
      approvedRevision: 1,
      changedSinceApproval: true,
      budgetTotal: { minorUnits: '55000000' },
    });
    expect(changed.revisions.map((r) => r.budgetTotal.minorUnits)).toEqual(['40000000']);
    expect(changed.figures).toMatchObject({ budget: { minorUnits: '40000000' } }); // the approved one counts
    // changing only the firms taking part does not need an approval
    const firms = ok(await update(campaign, { firmIds: [ids['Nammo Raufoss AS'], ids['Sagstuen AS']] })).updateActivityPlan;
    expect(firms.changedSinceApproval).toBe(true); // still the budget
    const { result } = await decide(campaign);
    expect(result).toBe('APPROVED');
    const after = await get(campaign);
    expect(after).toMatchObject({ approvedRevision: 2, changedSinceApproval: false, figures: { budget: { minorUnits: '55000000' } } });
    expect(after.revisions.map((r) => [r.revision, r.budgetTotal.minorUnits])).toEqual([
      [1, '40000000'],
      [2, '55000000'],
    ]);
    // nothing new to approve: refused
    expect(codeOf(await openDecision(campaign))).toBe('CONFLICT');
    // moving a milestone is a change too
    const moved = ok(
      await update(campaign, {
        milestones: [
          { title: 'Supplier day at Rygge', dueDate: addDays(today, 45) },
          { title: 'First enquiry answered', dueDate: addDays(today, 90) },
        ],
      }),
    ).updateActivityPlan;
    expect(moved.changedSinceApproval).toBe(true);
    expect((await decide(campaign)).result).toBe('APPROVED');
    expect((await get(campaign)).approvedRevision).toBe(3);
  });

  it('an overdue follow-up notifies the contact and the project leader, each in their language, once', async () => {
    ok(await gql('mutation { setMyLanguage(language: EN) { id } }', undefined, styre[3]));
    const a = ok(
      await create(
        plan({
          title: 'ISO 9001 improvement network',
          kind: 'COMPETENCE_PROJECT',
          areaCode: 'MEMBERS',
          contactUserId: ids['styre4@totalfly.example'],
          budget: [{ source: 'MEMBER_FEES', amount: '2000000' }],
          milestones: [
            { title: 'Gap analysis in every firm', dueDate: addDays(today, -3) },
            { title: 'Audit', dueDate: addDays(today, 60) },
          ],
        }),
      ),
    ).createActivity;
    const reminders = t.app.get(RemindersService);
    const stored = async () =>
      t.db.read((em) =>
        em.find(Notification, { where: { kind: 'ACTIVITY_FOLLOW_UP_OVERDUE', entityId: String(a.id) }, order: { id: 'ASC' } }),
      );
    await reminders.scan(new Date());
    expect(await stored()).toHaveLength(0); // a draft is not followed up yet
    await decide(a.id);
    const view = await get(a.id);
    expect(view.overdueFollowUps).toBe(1);
    expect(view.milestones.map((m) => m.followUpOverdue)).toEqual([true, false]);
    const list = ok(
      await gql<{ activities: { id: number; overdueFollowUps: number }[] }>('{ activities { id overdueFollowUps } }', undefined, styre[0]),
    );
    expect(list.activities[0]).toEqual({ id: a.id, overdueFollowUps: 1 }); // overdue follow-ups first
    await reminders.scan(new Date());
    const rows = await stored();
    expect(rows.map((n) => [n.recipientUserId, n.subject])).toEqual(
      expect.arrayContaining([
        [ids['styre4@totalfly.example'], 'Follow-up missing: "ISO 9001 improvement network"'],
        [ids['leder@totalfly.example'], 'Oppfølging mangler: «ISO 9001 improvement network»'],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(rows.find((n) => n.recipientUserId === ids['leder@totalfly.example'])!.body).toContain('Milepælen «Gap analysis in every firm»');
    await reminders.scan(new Date(Date.now() + 3600_000));
    expect(await stored()).toHaveLength(2); // once
    // only the responsible contact reports, never for a day to come; then the follow-up is no longer overdue
    const report = (tok: string, date: string) =>
      gql(
        `mutation($d: LocalDate) { recordActivityStatusReport(input: { activityId: ${a.id}, status: AT_RISK, text: "Two firms behind on the gap analysis", date: $d }) { id } }`,
        { d: date },
        tok,
      );
    const reports = await count(ActivityStatusReport);
    expect(codeOf(await report(styre[1], today))).toBe('FORBIDDEN');
    expect(codeOf(await report(styre[3], addDays(today, 1)))).toBe('BAD_USER_INPUT');
    expect(await count(ActivityStatusReport)).toBe(reports);
    ok(await report(styre[3], today));
    expect(await get(a.id)).toMatchObject({ overdueFollowUps: 0, latestFollowUp: 'AT_RISK' });
  });

  it("an evaluation's figures are worked out from the linked orders (by hand: 1 550 000 kr on 450 000 spent, 300 000 of grant)", async () => {
    const now = new Date();
    const order = (value: number, status = OrderStatus.ACTIVE, currency = 'NOK') =>
      t.db.transaction(async (tx) =>
        Number(
          (
            await tx.insert(Order, {
              buyerName: 'Forsvarsmateriell',
              contractReference: `ACT-${value}`,
              awardedValueMinor: value,
              currency,
              awardDate: today,
              status,
              createdAt: now,
            })
          ).identifiers[0].id,
        ),
      );
    const won = [await order(1_200_000_00), await order(350_000_00), await order(999_999_00, OrderStatus.CANCELLED)];
    const link = (kind: string, id: number, tok = leader) =>
      gql(`mutation { linkToActivity(activityId: ${campaign}, kind: ${kind}, targetId: ${id}) { id } }`, undefined, tok);
    for (const id of won) ok(await link('ORDER', id));
    // a tender linked and unlinked again; a firm user may not link
    const tenderId = Number((await t.db.read((em) => em.query('SELECT MIN(id) AS id FROM tender')))[0].id);
    ok(await link('TENDER', tenderId));
    expect(codeOf(await link('TENDER', tenderId, await t.login(USERS.firmA.email)))).toBe('FORBIDDEN');
    const unlink = (kind: string, id: number) =>
      gql<{ unlinkFromActivity: ActivityResult }>(
        `mutation { unlinkFromActivity(activityId: ${campaign}, kind: ${kind}, targetId: ${id}) { links { kind targetId } } }`,
        undefined,
        leader,
      );
    expect(ok(await unlink('TENDER', tenderId)).unlinkFromActivity.links).toEqual(won.map((targetId) => ({ kind: 'ORDER', targetId })));
    expect(codeOf(await unlink('TENDER', tenderId))).toBe('NOT_FOUND');
    expect(codeOf(await link('ORDER', 999999))).toBe('NOT_FOUND');
    expect(codeOf(await link('ORDER', won[0]))).toBe('CONFLICT');
    const other = ok(await create(plan({ title: 'Other', firmIds: [], budget: [] }))).createActivity.id;
    expect(
      codeOf(await gql(`mutation { linkToActivity(activityId: ${other}, kind: ORDER, targetId: ${won[1]}) { id } }`, undefined, leader)),
    ).toBe('CONFLICT'); // an order counts for one activity only
    const evaluate = (tok: string, spent: string) =>
      gql<{ closeActivity: ActivityResult }>(
        `mutation($s: MinorUnits!) { closeActivity(input: { activityId: ${campaign}, goalsMet: PARTLY, spent: $s, lessons: "Start the supplier day earlier" }) { ${ACTIVITY} } }`,
        { s: spent },
        tok,
      );
    expect(codeOf(await evaluate(styre[0], '45000000'))).toBe('FORBIDDEN'); // not the contact
    expect(codeOf(await evaluate(styre[1], '-1'))).toBe('BAD_USER_INPUT');
    expect((await get(campaign)).status).toBe('APPROVED');
    const closed = ok(await evaluate(styre[1], '45000000')).closeActivity;
    expect(closed.status).toBe('CLOSED');
    // approved budget 550 000 (grant 300 000 + own 250 000); spent 450 000 → variance −100 000;
    // orders 1 200 000 + 350 000 = 1 550 000 (the cancelled one does not count);
    // 1 550 000 / 450 000 = 3.444… → 3.44; 1 550 000 / 300 000 = 5.166… → 5.17
    expect(closed.figures).toEqual({
      budget: { minorUnits: '55000000' },
      grant: { minorUnits: '30000000' },
      spent: { minorUnits: '45000000' },
      variance: { minorUnits: '-10000000' },
      ordersWonCount: 2,
      ordersWon: { minorUnits: '155000000' },
      returnPerKroneSpent: '3.44',
      returnPerKroneGrant: '5.17',
    });
    expect(codeOf(await evaluate(styre[1], '45000000'))).toBe('CONFLICT'); // closed once
    expect(codeOf(await update(campaign, { title: 'x' }))).toBe('CONFLICT');
    expect(codeOf(await unlink('ORDER', won[0]))).toBe('CONFLICT'); // an evaluated activity keeps its links
    const pipeline = ok(
      await gql<{ pipeline: { activityReturns: Record<string, unknown>[] } }>(
        '{ pipeline { activityReturns { activityId title spent { minorUnits } grant { minorUnits } ordersWon { minorUnits } returnPerKroneSpent returnPerKroneGrant } } }',
        undefined,
        styre[0],
      ),
    );
    expect(pipeline.pipeline.activityReturns).toEqual([
      {
        activityId: campaign,
        title: 'Bid campaign towards the air force',
        spent: { minorUnits: '45000000' },
        grant: { minorUnits: '30000000' },
        ordersWon: { minorUnits: '155000000' },
        returnPerKroneSpent: '3.44',
        returnPerKroneGrant: '5.17',
      },
    ]);
  });

  it('a firm user sees only the activities their firm takes part in, and no budgets', async () => {
    const firmA = await t.login(USERS.firmA.email); // Nammo: in the campaign and the ISO network
    const firmB = await t.login(USERS.firmB.email); // Sagstuen: in the campaign only (added after approval)
    const all = ok(await gql<{ activities: { id: number }[] }>('{ activities { id } }', undefined, leader)).activities.map((a) => a.id);
    const mine = (tok: string) =>
      gql<{ activities: ActivityResult[] }>(`{ activities { ${ACTIVITY} } }`, undefined, tok).then((r) => ok(r).activities);
    const a = await mine(firmA);
    const takesPart = async (firm: string) =>
      (await t.db.read((em) => em.query(`SELECT DISTINCT activity_id AS id FROM activity_firm WHERE member_id = ${ids[firm]}`)))
        .map((r: { id: number }) => Number(r.id))
        .sort();
    const nammoIn = await takesPart('Nammo Raufoss AS');
    expect(a.map((x) => x.id).sort()).toEqual([...nammoIn].sort());
    expect(a.length).toBeGreaterThan(0);
    expect(a.length).toBeLessThan(all.length);
    for (const x of a) {
      expect(x.budget).toBeNull();
      expect(x.budgetTotal).toBeNull();
      expect(x.figures).toBeNull();
      expect(x.revisions).toEqual([]);
      if (x.evaluation) expect(x.evaluation.spent).toBeNull();
    }
    const b = (await mine(firmB)).map((x) => x.id);
    expect(b).toContain(campaign);
    expect(b.sort()).toEqual(await takesPart('Sagstuen AS'));
    expect(b).not.toContain(a.find((x) => x.title === 'ISO 9001 improvement network')?.id);
    const hidden = all.find((id) => !nammoIn.includes(id))!;
    expect(codeOf(await gql(`{ activity(id: ${hidden}) { id } }`, undefined, firmA))).toBe('NOT_FOUND');
    expect(codeOf(await gql('{ boardAreas { version } }', undefined, firmA))).toBe('FORBIDDEN');
  });
});
