import { type Ballot, decide, tally, type VoteValue } from './voting-rules';

const votes = (...v: [number, VoteValue][]) => new Map(v);
/** A committee of members 1…size, chair 1 unless said otherwise. */
const ballot = (size: number, v: Map<number, VoteValue>, more: Partial<Ballot> = {}): Ballot => ({
  committeeUserIds: Array.from({ length: size }, (_, i) => i + 1),
  disqualifiedUserIds: [],
  votes: v,
  chairUserId: 1,
  deputyChairUserId: null,
  ...more,
});

describe('statutory voting rules', () => {
  it('needs at least half of the committee to have voted', () => {
    expect(tally(ballot(4, votes([1, 'YES']))).quorate).toBe(false);
    expect(tally(ballot(4, votes([1, 'YES'], [2, 'ABSTAIN']))).quorate).toBe(true); // abstaining is voting
    expect(tally(ballot(5, votes([1, 'YES'], [2, 'NO']))).quorate).toBe(false); // 3 of 5 needed
    expect(decide(ballot(4, votes([1, 'YES'])))).toMatchObject({ decided: false, reason: 'NO_QUORUM' });
  });

  it('decides by the majority of votes cast, abstentions aside', () => {
    expect(decide(ballot(4, votes([1, 'YES'], [2, 'YES'], [3, 'NO']), { chairUserId: 9 }))).toMatchObject({
      decided: true,
      approved: true,
      tieBrokenByChair: false,
      reason: null,
    });
    expect(decide(ballot(4, votes([1, 'NO'], [2, 'ABSTAIN'], [3, 'ABSTAIN'])))).toMatchObject({ decided: true, approved: false });
  });

  it('lets the chair break a tie', () => {
    expect(decide(ballot(4, votes([1, 'YES'], [2, 'NO'])))).toMatchObject({
      decided: true,
      approved: true,
      tieBrokenByChair: true,
      castingVoteUserId: 1,
    });
    expect(decide(ballot(4, votes([1, 'YES'], [2, 'NO']), { chairUserId: 2 }))).toMatchObject({ approved: false, tieBrokenByChair: true });
  });

  // issue 20, item 2: closing used to be refused for ever (TIE_WITHOUT_CHAIR_VOTE)
  it('does not adopt a tie the chair abstained on or did not vote on: REJECTED, with the reason', () => {
    const abstained = decide(ballot(4, votes([1, 'ABSTAIN'], [2, 'YES'], [3, 'NO'], [4, 'ABSTAIN'])));
    expect(abstained).toMatchObject({ decided: true, approved: false, tieBrokenByChair: false, notAdopted: 'TIE_CASTING_VOTE_NOT_CAST' });
    expect(abstained.decided && abstained.reason).toBe(
      'Tied 1–1 and the chair abstained, so the casting vote was not cast: the proposal is not adopted.',
    );
    expect(decide(ballot(4, votes([2, 'YES'], [3, 'NO']), { chairUserId: 1 }))).toMatchObject({
      decided: true,
      approved: false,
      reason: expect.stringMatching(/the chair did not vote/),
    });
    expect(decide(ballot(2, votes([1, 'ABSTAIN'], [2, 'ABSTAIN'])))).toMatchObject({ decided: true, approved: false });
  });

  // issue 20, item 3
  describe('disqualification (inhabilitet)', () => {
    it('leaves a disqualified member out of the quorum and the votes, whenever they voted', () => {
      // 4 members, 1 disqualified: 3 may vote, quorum 2; member 4's NO counts for nothing
      const b = ballot(4, votes([2, 'YES'], [4, 'NO']), { disqualifiedUserIds: [4] });
      expect(tally(b)).toMatchObject({ committeeSize: 4, eligible: 3, quorum: 2, voted: 1, yes: 1, no: 0, quorate: false });
      expect(decide(b)).toMatchObject({ decided: false, reason: 'NO_QUORUM' });
      expect(decide({ ...b, votes: votes([2, 'YES'], [3, 'ABSTAIN'], [4, 'NO']) })).toMatchObject({ decided: true, approved: true });
      // quorum over those who may vote: 2 of 4 disqualified → 1 vote is a quorum
      expect(tally(ballot(4, votes([3, 'YES']), { disqualifiedUserIds: [1, 2] }))).toMatchObject({ eligible: 2, quorum: 1, quorate: true });
    });

    it('passes a disqualified chair’s casting vote to the deputy chair', () => {
      const b = ballot(4, votes([1, 'NO'], [2, 'YES'], [3, 'NO'], [4, 'ABSTAIN']), { disqualifiedUserIds: [1], deputyChairUserId: 2 });
      expect(decide(b)).toMatchObject({ decided: true, approved: true, tieBrokenByChair: true, castingVoteUserId: 2 });
      expect(decide(b).decided && (decide(b) as { reason: string }).reason).toMatch(/deputy chair \(the chair is disqualified\) \(YES\)/);
      // the deputy's casting vote only when the chair is disqualified, never besides the chair's
      expect(decide({ ...b, disqualifiedUserIds: [] })).toMatchObject({ approved: false });
    });

    it('rejects a tie when the chair is disqualified and there is no deputy, or the deputy is disqualified too', () => {
      const b = ballot(4, votes([2, 'YES'], [3, 'NO']), { disqualifiedUserIds: [1] });
      expect(decide(b)).toMatchObject({ decided: true, approved: false, castingVoteUserId: null, notAdopted: 'TIE_NO_CASTING_VOTE' });
      expect(decide({ ...b, deputyChairUserId: 4, disqualifiedUserIds: [1, 4] })).toMatchObject({
        approved: false,
        notAdopted: 'TIE_NO_CASTING_VOTE',
      });
    });

    it('cannot be decided when everyone is disqualified', () => {
      const r = decide(ballot(2, votes([1, 'YES']), { disqualifiedUserIds: [1, 2] }));
      expect(r).toMatchObject({ decided: false, reason: 'NO_QUORUM' });
      expect(!r.decided && r.message).toMatch(/every one of the 2 committee members is disqualified/);
    });
  });
});
