import { AuditRecord, osloDate } from '@app/core';
import { User } from '@app/identity';
import { Notification } from '@app/notifications';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';
import { readyBid, ok } from './support/bid-story';
import { demoTender } from './support/story';

const DECISION =
  'id status result tieBrokenByChair committeeSize quorum voted yes no abstain votes { userId vote comment } voteHistory { userId vote }';

describe('steering decisions, submission with revisions, outcome (e2e): the story continues', () => {
  let t: TestApp;
  let leader: string;
  const styre: string[] = [];
  let tenderId: number;
  let bidId: number;

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    for (const e of ['styre@totalfly.example', 'styre2@totalfly.example', 'styre3@totalfly.example', 'styre4@totalfly.example'])
      styre.push(await t.login(e, 'demo-styre-2006'));
    tenderId = (await demoTender(t)).id;
  });
  afterAll(() => t.close());

  const open = (i: object) =>
    t.gql<{ openSteeringDecision: { id: number } }>(
      `mutation($i: OpenSteeringDecisionInput!) { openSteeringDecision(input: $i) { ${DECISION} } }`,
      { i },
      leader,
    );
  const vote = (tok: string, id: number, v: string, comment?: string) =>
    t.gql<{ castVote: Record<string, unknown> }>(
      `mutation($c: String) { castVote(decisionId: ${id}, vote: ${v}, comment: $c) { ${DECISION} } }`,
      { c: comment ?? null },
      tok,
    );
  const close = (tok: string, id: number) =>
    t.gql<{ closeSteeringDecision: Record<string, unknown> }>(
      `mutation { closeSteeringDecision(decisionId: ${id}) { ${DECISION} } }`,
      undefined,
      tok,
    );

  it('has the seeded committee of four with a chair', async () => {
    const c = ok(
      await t.gql<{ steeringCommittee: { email: string; chair: boolean }[] }>('{ steeringCommittee { email chair } }', undefined, styre[0]),
    );
    expect(c.steeringCommittee).toHaveLength(4);
    expect(c.steeringCommittee.filter((m) => m.chair).map((m) => m.email)).toEqual(['styre@totalfly.example']);
  });

  it('1. decides TENDER_GO by a tie broken by the chair, and moves the tender to GO', async () => {
    const d = ok(await open({ kind: 'TENDER_GO', tenderId })).openSteeringDecision;
    ok(await vote(styre[1], d.id, 'NO', 'capacity worries'));
    ok(await vote(styre[1], d.id, 'YES', 'changed my mind')); // a vote may change until closing
    ok(await vote(styre[1], d.id, 'NO', 'back to no'));
    ok(await vote(styre[0], d.id, 'YES', 'chair: strategic customer'));
    const closed = ok(await close(leader, d.id)).closeSteeringDecision;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      result: 'APPROVED',
      tieBrokenByChair: true,
      committeeSize: 4,
      quorum: 2,
      voted: 2,
      yes: 1,
      no: 1,
    });
    expect((closed.voteHistory as unknown[]).length).toBe(4); // every vote is kept
    const tender = ok(await t.gql<{ tender: { stage: string } }>(`{ tender(id: ${tenderId}) { stage } }`, undefined, leader));
    expect(tender.tender.stage).toBe('GO');
    const hist = ok(
      await t.gql<{ tenderStageHistory: { toStage: string; reason: string }[] }>(
        `{ tenderStageHistory(id: ${tenderId}) { toStage reason } }`,
        undefined,
        leader,
      ),
    );
    expect(hist.tenderStageHistory.at(-1)!.reason).toMatch(/tie broken by the chair/);
  });

  it('2. approves the READY bid with a quorum; 3. closing without a quorum is refused', async () => {
    ({ bidId } = await readyBid(t));
    const d = ok(await open({ kind: 'BID_APPROVAL', bidId })).openSteeringDecision;
    expect(codeOf(await open({ kind: 'BID_APPROVAL', bidId }))).toBe('CONFLICT'); // one open decision per question
    ok(await vote(styre[2], d.id, 'YES'));
    const noQuorum = await close(leader, d.id);
    expect(codeOf(noQuorum)).toBe('CONFLICT');
    expect(noQuorum.errors![0].message).toBe(
      'No quorum: 1 of the 4 committee members who may vote have voted; at least 2 must vote before the decision can be closed.',
    );
    expect((await t.db.read((em) => em.query(`SELECT status FROM bid WHERE id = ${bidId}`)))[0].status).toBe('READY');
    ok(await vote(styre[3], d.id, 'YES'));
    ok(await vote(styre[1], d.id, 'ABSTAIN'));
    const closed = ok(await close(styre[0], d.id)).closeSteeringDecision; // the chair may close
    expect(closed).toMatchObject({ result: 'APPROVED', tieBrokenByChair: false, voted: 3, yes: 2, abstain: 1 });
    expect(ok(await t.gql<{ bid: { status: string } }>(`{ bid(id: ${bidId}) { status } }`, undefined, leader)).bid.status).toBe('APPROVED');
    expect(codeOf(await vote(styre[1], d.id, 'NO'))).toBe('CONFLICT'); // closed: votes no longer change
  });

  it('refuses votes from outside the committee, and closing by a member who is not the chair', async () => {
    const admin = await t.login(USERS.admin.email);
    ok(
      await t.gql(
        `mutation { createUser(input: { email: "outsider@totalfly.example", displayName: "Outsider", password: "outsider-pw-1", role: STEERING }) { id } }`,
        undefined,
        admin,
      ),
    );
    const outsider = await t.login('outsider@totalfly.example', 'outsider-pw-1');
    const tid = ok(
      await t.gql<{ createTender: { id: number } }>(
        'mutation { createTender(input: { title: "Side tender", buyerName: "X", market: OTHER }) { id } }',
        undefined,
        leader,
      ),
    ).createTender.id;
    ok(await t.gql(`mutation { moveTenderStage(input: { tenderId: ${tid}, to: QUALIFYING }) { stage } }`, undefined, leader));
    const d = ok(await open({ kind: 'TENDER_GO', tenderId: tid })).openSteeringDecision;
    const r = await vote(outsider, d.id, 'YES');
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0].message).toMatch(/not on the committee/);
    ok(await vote(styre[1], d.id, 'NO'));
    ok(await vote(styre[2], d.id, 'NO'));
    expect(codeOf(await close(styre[1], d.id))).toBe('FORBIDDEN');
    const closed = ok(await close(leader, d.id)).closeSteeringDecision;
    expect(closed).toMatchObject({ result: 'REJECTED' });
    expect(ok(await t.gql<{ tender: { stage: string } }>(`{ tender(id: ${tid}) { stage } }`, undefined, leader)).tender.stage).toBe(
      'NO_GO',
    );
  });

  it('4. submits revision 1; a change after submission makes revision 2 while revision 1 reads back unchanged', async () => {
    const r1 = ok(
      await t.gql<{ submitBid: { revision: number; bidPrice: { minorUnits: string }; snapshot: string } }>(
        `mutation { submitBid(bidId: ${bidId}) { revision bidPrice { minorUnits } snapshot } }`,
        undefined,
        leader,
      ),
    ).submitBid;
    expect(r1.revision).toBe(1);
    const tender = ok(await t.gql<{ tender: { stage: string } }>(`{ tender(id: ${tenderId}) { stage } }`, undefined, leader));
    expect(tender.tender.stage).toBe('SUBMITTED');
    expect(codeOf(await t.gql(`mutation { submitBid(bidId: ${bidId}) { revision } }`, undefined, leader))).toBe('CONFLICT'); // not APPROVED any more
    const pkg = JSON.parse(r1.snapshot).workPackages[0];
    ok(
      await t.gql(
        `mutation($i: ReviseBidInput!) { reviseBid(input: $i) { status } }`,
        {
          i: {
            bidId,
            reason: 'Negotiation round 1: buyer asks for 2 % off',
            contingencyFixed: '0',
            packagePrices: [{ workPackageId: pkg.id, price: String(pkg.priceMinor - 1000000) }],
          },
        },
        leader,
      ),
    );
    expect(codeOf(await t.gql(`mutation { submitBid(bidId: ${bidId}) { revision } }`, undefined, leader))).toBe('CONFLICT'); // must be approved again
    const d = ok(await open({ kind: 'BID_APPROVAL', bidId })).openSteeringDecision;
    ok(await vote(styre[0], d.id, 'YES'));
    ok(await vote(styre[1], d.id, 'YES'));
    ok(await close(leader, d.id));
    // the tender's deadline has passed meanwhile: submitting needs an explicit, audited override
    await t.db.transaction((tx) => tx.query(`UPDATE tender SET deadline = ${Date.now() - 3600000} WHERE id = ${tenderId}`));
    const late = await t.gql(`mutation { submitBid(bidId: ${bidId}) { revision } }`, undefined, leader);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toMatch(/deadline passed .* lateSubmissionReason/);
    const r2 = ok(
      await t.gql<{ submitBid: { revision: number; bidPrice: { minorUnits: string }; lateOverrideReason: string } }>(
        `mutation { submitBid(bidId: ${bidId}, lateSubmissionReason: "Buyer extended the negotiation round by e-mail") { revision bidPrice { minorUnits } lateOverrideReason } }`,
        undefined,
        leader,
      ),
    ).submitBid;
    expect(r2.lateOverrideReason).toBe('Buyer extended the negotiation round by e-mail');
    const audited = await t.db.read((em) => em.findBy(AuditRecord, { action: 'submitBid', entityId: String(bidId) }));
    expect(audited.map((a) => a.reason)).toEqual([null, 'late submission: Buyer extended the negotiation round by e-mail']);
    expect(r2.revision).toBe(2);
    expect(Number(r2.bidPrice.minorUnits)).toBeLessThan(Number(r1.bidPrice.minorUnits));
    const again = ok(
      await t.gql<{ bidRevision: { revision: number; bidPrice: { minorUnits: string }; snapshot: string; changeReason: string | null } }>(
        `{ bidRevision(bidId: ${bidId}, revision: 1) { revision bidPrice { minorUnits } snapshot changeReason } }`,
        undefined,
        styre[0],
      ),
    ).bidRevision;
    expect(again).toEqual({ revision: 1, bidPrice: r1.bidPrice, snapshot: r1.snapshot, changeReason: null });
    const rev2 = ok(
      await t.gql<{ bidRevision: { changeReason: string } }>(
        `{ bidRevision(bidId: ${bidId}, revision: 2) { changeReason } }`,
        undefined,
        leader,
      ),
    ).bidRevision;
    expect(rev2.changeReason).toBe('Negotiation round 1: buyer asks for 2 % off');
  });

  it('5. records the outcome as WON, closing the bid and the tender', async () => {
    const bad = await t.gql(
      `mutation { recordBidOutcome(input: { bidId: ${bidId}, outcome: "WON", date: "${osloDate(new Date())}" }) { status } }`,
      undefined,
      leader,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const won = ok(
      await t.gql<{ recordBidOutcome: { status: string; awardedValue: { minorUnits: string }; contractReference: string } }>(
        `mutation { recordBidOutcome(input: { bidId: ${bidId}, outcome: "WON", date: "${osloDate(new Date())}", awardedValue: "950000000", contractReference: "FMA-2027-0042" }) { status awardedValue { minorUnits } contractReference } }`,
        undefined,
        leader,
      ),
    );
    expect(won.recordBidOutcome).toEqual({ status: 'WON', awardedValue: { minorUnits: '950000000' }, contractReference: 'FMA-2027-0042' });
    expect(ok(await t.gql<{ tender: { stage: string } }>(`{ tender(id: ${tenderId}) { stage } }`, undefined, leader)).tender.stage).toBe(
      'WON',
    );
    // the move to WON carries the outcome's own date, by which the pipeline counts it
    const history = ok(
      await t.gql<{ tenderStageHistory: { toStage: string; outcomeDate: string | null }[] }>(
        `{ tenderStageHistory(id: ${tenderId}) { toStage outcomeDate } }`,
        undefined,
        leader,
      ),
    ).tenderStageHistory;
    expect(history.at(-1)).toEqual({ toStage: 'WON', outcomeDate: osloDate(new Date()) });
    // WON created the order: one line per accepted package, at its price
    const orders = ok(
      await t.gql<{
        orders: {
          bidId: number;
          contractReference: string;
          awardedValue: { minorUnits: string };
          lines: { value: { minorUnits: string } }[];
        }[];
      }>('{ orders { bidId contractReference awardedValue { minorUnits } lines { value { minorUnits } } } }', undefined, leader),
    ).orders;
    const order = orders.find((o) => o.bidId === bidId)!;
    expect(order).toMatchObject({ contractReference: 'FMA-2027-0042', awardedValue: { minorUnits: '950000000' } });
    const rev2 = JSON.parse(
      ok(
        await t.gql<{ bidRevision: { snapshot: string } }>(`{ bidRevision(bidId: ${bidId}, revision: 2) { snapshot } }`, undefined, leader),
      ).bidRevision.snapshot,
    );
    expect(order.lines.map((l) => Number(l.value.minorUnits)).sort()).toEqual(
      rev2.workPackages.map((p: { priceMinor: number }) => p.priceMinor).sort(),
    );
  });

  it('notified the committee of opened and closed decisions, firms of offers, leaders of answers', async () => {
    const chair = await t.db.read((em) => em.findOneByOrFail(User, { email: 'styre@totalfly.example' }));
    const kinds = (await t.db.read((em) => em.findBy(Notification, { recipientUserId: chair.id }))).map((n) => n.kind);
    expect(kinds.filter((k) => k === 'DECISION_OPENED').length).toBeGreaterThanOrEqual(3);
    expect(kinds).toContain('DECISION_CLOSED');
    const mine = ok(
      await t.gql<{ myNotifications: { id: number; kind: string; readAt: string | null }[] }>(
        '{ myNotifications(unreadOnly: true) { id kind readAt } }',
        undefined,
        await t.login(USERS.firmA.email),
      ),
    );
    expect(mine.myNotifications.map((n) => n.kind)).toContain('WORK_PACKAGE_OFFERED');
    const first = mine.myNotifications[0];
    ok(await t.gql(`mutation { markNotificationRead(id: ${first.id}) { readAt } }`, undefined, await t.login(USERS.firmA.email)));
    const after = ok(
      await t.gql<{ myNotifications: { id: number }[] }>(
        '{ myNotifications(unreadOnly: true) { id } }',
        undefined,
        await t.login(USERS.firmA.email),
      ),
    );
    expect(after.myNotifications.map((n) => n.id)).not.toContain(first.id);
    expect(
      codeOf(await t.gql(`mutation { markNotificationRead(id: ${first.id}) { id } }`, undefined, await t.login(USERS.firmB.email))),
    ).toBe('NOT_FOUND');
    const leaderKinds = ok(
      await t.gql<{ myNotifications: { kind: string }[] }>('{ myNotifications { kind } }', undefined, leader),
    ).myNotifications.map((n) => n.kind);
    expect(leaderKinds).toContain('WORK_PACKAGE_ANSWERED');
    expect((await t.db.read((em) => em.findBy(AuditRecord, { action: 'castVote' }))).length).toBeGreaterThanOrEqual(9);
  });
});
