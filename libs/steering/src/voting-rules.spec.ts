import { decide, tally, type VoteValue } from './voting-rules';

const votes = (...v: [number, VoteValue][]) => new Map(v);

describe('statutory voting rules', () => {
  it('needs at least half of the committee to have voted', () => {
    expect(tally(4, votes([1, 'YES'])).quorate).toBe(false);
    expect(tally(4, votes([1, 'YES'], [2, 'ABSTAIN'])).quorate).toBe(true); // abstaining is voting
    expect(tally(5, votes([1, 'YES'], [2, 'NO'])).quorate).toBe(false); // 3 of 5 needed
    expect(decide(4, votes([1, 'YES']), 1)).toMatchObject({ decided: false, reason: 'NO_QUORUM' });
  });

  it('decides by the majority of votes cast, abstentions aside', () => {
    expect(decide(4, votes([1, 'YES'], [2, 'YES'], [3, 'NO']), 9)).toMatchObject({
      decided: true,
      approved: true,
      tieBrokenByChair: false,
    });
    expect(decide(4, votes([1, 'NO'], [2, 'ABSTAIN'], [3, 'ABSTAIN']), 9)).toMatchObject({ decided: true, approved: false });
  });

  it('lets the chair break a tie', () => {
    expect(decide(4, votes([1, 'YES'], [2, 'NO']), 1)).toMatchObject({ decided: true, approved: true, tieBrokenByChair: true });
    expect(decide(4, votes([1, 'YES'], [2, 'NO']), 2)).toMatchObject({ decided: true, approved: false, tieBrokenByChair: true });
  });

  it('refuses to decide a tie the chair has not voted on', () => {
    expect(decide(4, votes([1, 'YES'], [2, 'NO']), 3)).toMatchObject({ decided: false, reason: 'TIE_WITHOUT_CHAIR_VOTE' });
    expect(decide(2, votes([1, 'ABSTAIN'], [2, 'ABSTAIN']), 1)).toMatchObject({ decided: false, reason: 'TIE_WITHOUT_CHAIR_VOTE' });
  });
});
