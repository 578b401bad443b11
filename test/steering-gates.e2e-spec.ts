import { AuditRecord } from '@app/core';
import { User } from '@app/identity';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';
import { ok } from './support/bid-story';

/** Issue 20, items 1–3: gates by vote only, ties the chair does not break, cancelling, recusal. */
const BASE = 'id status result tieBrokenByChair committeeSize quorum voted yes no abstain chairUserId';
const DECISION = `${BASE} resultReason cancelledReason eligible deputyChairUserId castingVoteUserId disqualified { userId reason }`;

interface Decision {
  id: number;
  status: string;
  result: string | null;
  resultReason: string | null;
  tieBrokenByChair: boolean;
  cancelledReason: string | null;
  committeeSize: number;
  eligible: number;
  quorum: number;
  voted: number;
  yes: number;
  no: number;
  abstain: number;
  chairUserId: number;
  deputyChairUserId: number | null;
  castingVoteUserId: number | null;
  disqualified: { userId: number; reason: string }[];
}

describe('issue 20: steering gates only by decision, per statute (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let admin: string;
  const styre: string[] = []; // [chair, deputy chair, member, member] as seeded
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    admin = await t.login(USERS.admin.email);
    for (const e of ['styre@totalfly.example', 'styre2@totalfly.example', 'styre3@totalfly.example', 'styre4@totalfly.example']) {
      styre.push(await t.login(e, 'demo-styre-2006'));
      ids.push((await t.db.read((em) => em.findOneByOrFail(User, { email: e }))).id);
    }
  });
  afterAll(() => t.close());

  const qualifying = async (title: string): Promise<number> => {
    const id = ok(
      await t.gql<{ createTender: { id: number } }>(
        `mutation { createTender(input: { title: "${title}", buyerName: "Forsvarsmateriell", market: DEFENCE }) { id } }`,
        undefined,
        leader,
      ),
    ).createTender.id;
    ok(await t.gql(`mutation { moveTenderStage(input: { tenderId: ${id}, to: QUALIFYING }) { stage } }`, undefined, leader));
    return id;
  };
  // items 1 and 2 read only fields the old schema had, so that they fail on the rule, not on the schema
  const open = async (tenderId: number, fields = DECISION) =>
    ok(
      await t.gql<{ openSteeringDecision: Decision }>(
        `mutation { openSteeringDecision(input: { kind: TENDER_GO, tenderId: ${tenderId} }) { ${fields} } }`,
        undefined,
        leader,
      ),
    ).openSteeringDecision;
  const vote = (tok: string, id: number, v: string, fields = DECISION) =>
    t.gql<{ castVote: Decision }>(`mutation { castVote(decisionId: ${id}, vote: ${v}) { ${fields} } }`, undefined, tok);
  const close = (tok: string, id: number, fields = DECISION) =>
    t.gql<{ closeSteeringDecision: Decision }>(`mutation { closeSteeringDecision(decisionId: ${id}) { ${fields} } }`, undefined, tok);
  const stage = async (tenderId: number) =>
    ok(await t.gql<{ tender: { stage: string } }>(`{ tender(id: ${tenderId}) { stage } }`, undefined, leader)).tender.stage;
  const decision = async (id: number, fields = DECISION) =>
    ok(await t.gql<{ steeringDecisions: Decision[] }>(`{ steeringDecisions { ${fields} } }`, undefined, leader)).steeringDecisions.find(
      (d) => d.id === id,
    )!;
  const history = async (tenderId: number, fields = 'toStage reason steeringDecisionId') =>
    ok(
      await t.gql<{ tenderStageHistory: { toStage: string; reason: string; steeringDecisionId: number | null }[] }>(
        `{ tenderStageHistory(id: ${tenderId}) { ${fields} } }`,
        undefined,
        leader,
      ),
    ).tenderStageHistory;

  const notice = async (tok: string, kind: string, decisionId: number) => {
    const list = ok(
      await t.gql<{ myNotifications: { kind: string; subject: string; body: string; target: { id: number } | null }[] }>(
        '{ myNotifications { kind subject body target { id } } }',
        undefined,
        tok,
      ),
    ).myNotifications;
    const n = list.find((x) => x.kind === kind && x.target?.id === decisionId)!;
    return { subject: n.subject, body: n.body };
  };
  const inEnglish = async (tok: string, check: () => Promise<void>) => {
    ok(await t.gql('mutation { setMyLanguage(language: EN) { language } }', undefined, tok));
    try {
      await check();
    } finally {
      ok(await t.gql('mutation { setMyLanguage(language: NB) { language } }', undefined, tok));
    }
  };

  it('1. lets no one, of any role, move a tender to GO or NO_GO; only closing a decision does', async () => {
    const tenderId = await qualifying('Gate by vote only');
    const d = await open(tenderId, BASE);
    // the reproduction: a STEERING member (here even the chair) with the decision still OPEN
    for (const tok of [styre[1], styre[0], leader, admin]) {
      for (const to of ['GO', 'NO_GO']) {
        const r = await t.gql(
          `mutation { moveTenderStage(input: { tenderId: ${tenderId}, to: ${to}, reason: "jeg bestemmer" }) { stage } }`,
          undefined,
          tok,
        );
        expect(codeOf(r)).toBe('FORBIDDEN');
        expect(r.errors![0].message).toMatch(/set only by the steering committee's decision, never by one person/);
      }
    }
    expect(await stage(tenderId)).toBe('QUALIFYING');
    expect((await decision(d.id, BASE)).status).toBe('OPEN');
    ok(await vote(styre[0], d.id, 'YES', BASE));
    ok(await vote(styre[2], d.id, 'YES', BASE));
    expect(ok(await close(leader, d.id, BASE)).closeSteeringDecision).toMatchObject({ status: 'CLOSED', result: 'APPROVED' });
    expect(await stage(tenderId)).toBe('GO');
    expect((await history(tenderId)).at(-1)).toMatchObject({ toStage: 'GO', steeringDecisionId: d.id });
  });

  it('2. closes a tie the chair abstained on as REJECTED, with the reason, so a new decision can follow', async () => {
    const tenderId = await qualifying('Tie without the chair');
    const d = await open(tenderId, BASE);
    ok(await vote(styre[0], d.id, 'ABSTAIN', BASE)); // the chair
    ok(await vote(styre[1], d.id, 'YES', BASE));
    ok(await vote(styre[2], d.id, 'NO', BASE));
    ok(await vote(styre[3], d.id, 'ABSTAIN', BASE));
    const closed = ok(await close(leader, d.id, BASE)).closeSteeringDecision;
    expect(closed).toMatchObject({ status: 'CLOSED', result: 'REJECTED', tieBrokenByChair: false, yes: 1, no: 1, abstain: 2 });
    expect((await decision(d.id)).resultReason).toBe(
      'Tied 1–1 and the chair abstained, so the casting vote was not cast: the proposal is not adopted.',
    );
    expect(await stage(tenderId)).toBe('NO_GO');
    expect((await history(tenderId, 'toStage reason')).at(-1)!.reason).toMatch(/a tie not broken: not adopted/);
    // the notice says why, in bokmål and in English
    expect((await notice(styre[2], 'DECISION_CLOSED', d.id)).body).toMatch(
      /AVVIST \(1 ja, 1 nei, 2 avstår\)\. Stemmelikhet, og den som har dobbeltstemmen stemte verken ja eller nei: forslaget er ikke vedtatt\./,
    );
    await inEnglish(styre[2], async () =>
      expect((await notice(styre[2], 'DECISION_CLOSED', d.id)).body).toMatch(
        /REJECTED \(1 yes, 1 no, 2 abstain\)\. A tie, and the holder of the casting vote voted neither YES nor NO: the proposal is not adopted\./,
      ),
    );
    // not stuck: the project leader may reopen with a reason and put it to the committee again
    ok(
      await t.gql(
        `mutation { moveTenderStage(input: { tenderId: ${tenderId}, to: QUALIFYING, reason: "New information from the buyer" }) { stage } }`,
        undefined,
        leader,
      ),
    );
    expect((await open(tenderId, BASE)).status).toBe('OPEN');
  });

  describe('3. cancelling and recusal', () => {
    it('cancels an open decision (project leader or chair) with a reason, audited; a new one may then be opened', async () => {
      const tenderId = await qualifying('Cancelled question');
      const d = await open(tenderId);
      ok(await vote(styre[1], d.id, 'YES'));
      const cancel = (tok: string, reason: string) =>
        t.gql<{ cancelSteeringDecision: Decision }>(
          `mutation($r: String!) { cancelSteeringDecision(decisionId: ${d.id}, reason: $r) { ${DECISION} } }`,
          { r: reason },
          tok,
        );
      expect(codeOf(await cancel(leader, '  '))).toBe('BAD_USER_INPUT');
      expect(codeOf(await cancel(styre[1], 'not the chair'))).toBe('FORBIDDEN');
      expect((await decision(d.id)).status).toBe('OPEN');
      const cancelled = ok(await cancel(leader, 'The question was put wrongly: lot 2 only')).cancelSteeringDecision;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', result: null, cancelledReason: 'The question was put wrongly: lot 2 only' });
      expect(codeOf(await cancel(styre[0], 'again'))).toBe('CONFLICT');
      expect(codeOf(await vote(styre[2], d.id, 'YES'))).toBe('CONFLICT');
      expect(codeOf(await close(leader, d.id))).toBe('CONFLICT');
      const audited = await t.db.read((em) => em.findBy(AuditRecord, { action: 'cancelSteeringDecision', entityId: String(d.id) }));
      expect(audited.map((a) => a.reason)).toEqual(['The question was put wrongly: lot 2 only']);
      expect(await stage(tenderId)).toBe('QUALIFYING');
      // the committee is told, in each reader's language (the notifications catalogue)
      const told = await notice(styre[2], 'DECISION_CANCELLED', d.id);
      expect(told).toEqual({
        subject: `Styringskomitésak ${d.id} er trukket`,
        body: expect.stringContaining('Saken ble trukket uten vedtak: The question was put wrongly: lot 2 only'),
      });
      await inEnglish(styre[2], async () =>
        expect(await notice(styre[2], 'DECISION_CANCELLED', d.id)).toEqual({
          subject: `Steering decision ${d.id} was cancelled`,
          body: expect.stringContaining('The decision was cancelled without a result: The question was put wrongly: lot 2 only'),
        }),
      );
      // the chair may cancel too, and each cancellation frees the question for a new decision
      const again = await open(tenderId);
      ok(
        await t.gql(
          `mutation { cancelSteeringDecision(decisionId: ${again.id}, reason: "Withdrawn by the chair") { id } }`,
          undefined,
          styre[0],
        ),
      );
      expect((await open(tenderId)).status).toBe('OPEN');
    });

    it("leaves a disqualified member out of quorum and votes, and passes a disqualified chair's casting vote to the deputy", async () => {
      const committee = ok(
        await t.gql<{ steeringCommittee: { userId: number; chair: boolean; deputyChair: boolean }[] }>(
          '{ steeringCommittee { userId chair deputyChair } }',
          undefined,
          leader,
        ),
      ).steeringCommittee;
      expect(committee.filter((m) => m.deputyChair).map((m) => m.userId)).toEqual([ids[1]]);
      const tenderId = await qualifying('Chair is disqualified');
      const d = await open(tenderId);
      expect(d).toMatchObject({ chairUserId: ids[0], deputyChairUserId: ids[1], castingVoteUserId: ids[0], eligible: 4, quorum: 2 });
      ok(await vote(styre[0], d.id, 'NO')); // cast before declaring: must not count
      const declare = (tok: string, reason: string) =>
        t.gql<{ declareDisqualified: Decision }>(
          `mutation($r: String!) { declareDisqualified(decisionId: ${d.id}, reason: $r) { ${DECISION} } }`,
          { r: reason },
          tok,
        );
      expect(codeOf(await declare(styre[0], ''))).toBe('BAD_USER_INPUT');
      expect(codeOf(await declare(leader, 'not a member'))).toBe('FORBIDDEN');
      const after = ok(await declare(styre[0], 'Chairs the board of a firm in the consortium')).declareDisqualified;
      expect(after).toMatchObject({
        eligible: 3,
        quorum: 2,
        voted: 0,
        no: 0,
        castingVoteUserId: ids[1],
        disqualified: [{ userId: ids[0], reason: 'Chairs the board of a firm in the consortium' }],
      });
      expect(codeOf(await declare(styre[0], 'twice'))).toBe('CONFLICT');
      expect(codeOf(await vote(styre[0], d.id, 'YES'))).toBe('CONFLICT');
      ok(await vote(styre[1], d.id, 'YES')); // the deputy chair
      ok(await vote(styre[2], d.id, 'NO'));
      ok(await vote(styre[3], d.id, 'ABSTAIN'));
      // a disqualified chair does not preside: the deputy chair (or the project leader) closes
      const byChair = await close(styre[0], d.id);
      expect(codeOf(byChair)).toBe('FORBIDDEN');
      expect(byChair.errors![0].message).toMatch(/you are disqualified on this one/);
      // counted with the chair's NO this would be 1–2 and REJECTED; without it, 1–1 and the deputy decides
      const closed = ok(await close(styre[1], d.id)).closeSteeringDecision;
      expect(closed).toMatchObject({ result: 'APPROVED', tieBrokenByChair: true, yes: 1, no: 1, abstain: 1, eligible: 3 });
      expect(closed.resultReason).toBe('Tied 1–1; decided by the casting vote of the deputy chair (the chair is disqualified) (YES).');
      expect(await stage(tenderId)).toBe('GO');
      const audited = await t.db.read((em) => em.findBy(AuditRecord, { action: 'declareDisqualified', entityId: String(d.id) }));
      expect(audited).toHaveLength(1);
    });

    it('rejects a tie when the chair is disqualified and there is no deputy; quorum is over those who may vote', async () => {
      const set = (deputy: boolean) =>
        t.gql(
          'mutation($m: [CommitteeMemberInput!]!) { setSteeringCommittee(members: $m) { userId } }',
          { m: ids.map((userId, i) => ({ userId, chair: i === 0, deputyChair: deputy && i === 1 })) },
          admin,
        );
      ok(await set(false));
      const tenderId = await qualifying('No deputy');
      const d = await open(tenderId);
      expect(d.deputyChairUserId).toBeNull();
      ok(await t.gql(`mutation { declareDisqualified(decisionId: ${d.id}, reason: "Owner") { id } }`, undefined, styre[0]));
      ok(await t.gql(`mutation { declareDisqualified(decisionId: ${d.id}, reason: "Employee") { id } }`, undefined, styre[1]));
      const one = ok(await vote(styre[2], d.id, 'YES')).castVote;
      expect(one).toMatchObject({ eligible: 2, quorum: 1, voted: 1, castingVoteUserId: null });
      ok(await vote(styre[3], d.id, 'NO'));
      const closed = ok(await close(leader, d.id)).closeSteeringDecision;
      expect(closed).toMatchObject({ result: 'REJECTED', tieBrokenByChair: false });
      expect(closed.resultReason).toMatch(/the chair is disqualified and no deputy chair may vote/);
      expect(await stage(tenderId)).toBe('NO_GO');
      ok(await set(true));
    });
  });
});
