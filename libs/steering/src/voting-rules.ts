/**
 * The statutes' voting rules (pure): a decision is valid when at least half of the committee has
 * voted; it is decided by a majority of the votes cast; on a tie the chair's vote decides.
 *
 * Reading used here, stated so the committee can check it: ABSTAIN counts as having voted (for the
 * quorum) but not as a vote cast for or against; a tie, including 0–0 when everyone abstains, is
 * broken by the chair's YES or NO. If the chair abstained or did not vote, a tie cannot be decided
 * and closing is refused until the chair votes.
 */
export type VoteValue = 'YES' | 'NO' | 'ABSTAIN';

export interface Tally {
  committeeSize: number;
  voted: number;
  yes: number;
  no: number;
  abstain: number;
  /** Votes needed for a quorum: half the committee, rounded up. */
  quorum: number;
  quorate: boolean;
}

export type Outcome =
  | { decided: true; approved: boolean; tieBrokenByChair: boolean; tally: Tally }
  | { decided: false; reason: 'NO_QUORUM' | 'TIE_WITHOUT_CHAIR_VOTE'; message: string; tally: Tally };

export function tally(committeeSize: number, votes: Map<number, VoteValue>): Tally {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const v of votes.values()) {
    if (v === 'YES') yes++;
    else if (v === 'NO') no++;
    else abstain++;
  }
  const voted = yes + no + abstain;
  const quorum = Math.ceil(committeeSize / 2);
  return { committeeSize, voted, yes, no, abstain, quorum, quorate: committeeSize > 0 && voted >= quorum };
}

export function decide(committeeSize: number, votes: Map<number, VoteValue>, chairUserId: number | null): Outcome {
  const t = tally(committeeSize, votes);
  if (!t.quorate) {
    return {
      decided: false,
      reason: 'NO_QUORUM',
      message: `No quorum: ${t.voted} of ${t.committeeSize} committee members have voted; at least ${t.quorum} must vote before the decision can be closed.`,
      tally: t,
    };
  }
  if (t.yes !== t.no) return { decided: true, approved: t.yes > t.no, tieBrokenByChair: false, tally: t };
  const chair = chairUserId === null ? undefined : votes.get(chairUserId);
  if (chair === 'YES' || chair === 'NO') return { decided: true, approved: chair === 'YES', tieBrokenByChair: true, tally: t };
  return {
    decided: false,
    reason: 'TIE_WITHOUT_CHAIR_VOTE',
    message: `The vote is tied ${t.yes}–${t.no} and the chair has not voted YES or NO; the chair's vote decides a tie.`,
    tally: t,
  };
}
