/**
 * The statutes' voting rules (pure): a decision is valid when at least half of the members who
 * may vote have voted; it is decided by a majority of the votes cast; on a tie the chair's vote
 * decides.
 *
 * Reading used here, stated so the committee can check it:
 * - Who may vote: the committee as it was when the decision was opened, less the members who
 *   declared themselves disqualified (inhabil) on this decision. A disqualified member's vote,
 *   cast before or after declaring, counts for nothing: not for the quorum, not for or against.
 * - ABSTAIN counts as having voted (for the quorum) but not as a vote cast for or against.
 * - A tie, including 0–0 when everyone abstains, is decided by the casting vote: the chair's, or,
 *   when the chair is disqualified, the deputy chair's (named on the committee). If the holder of
 *   the casting vote abstained, did not vote or is disqualified too (or there is no deputy), the
 *   proposal is not adopted: the decision closes REJECTED with that reason.
 */
export type VoteValue = 'YES' | 'NO' | 'ABSTAIN';

export interface Tally {
  /** The committee when the decision was opened. */
  committeeSize: number;
  /** Members who may vote: the committee less the disqualified. */
  eligible: number;
  voted: number;
  yes: number;
  no: number;
  abstain: number;
  /** Votes needed for a quorum: half of those who may vote, rounded up. */
  quorum: number;
  quorate: boolean;
}

export interface Ballot {
  committeeUserIds: readonly number[];
  /** Members who declared themselves disqualified on this decision. */
  disqualifiedUserIds: readonly number[];
  /** Each member's current vote. */
  votes: ReadonlyMap<number, VoteValue>;
  chairUserId: number | null;
  deputyChairUserId: number | null;
}

export type NotAdoptedReason = 'TIE_CASTING_VOTE_NOT_CAST' | 'TIE_NO_CASTING_VOTE';

export type Outcome =
  | {
      decided: true;
      approved: boolean;
      tieBrokenByChair: boolean;
      /** Who decided a tie: the chair, the deputy chair, or null when there was no tie or it was not broken. */
      castingVoteUserId: number | null;
      /** Why the result is what it is when it is not a plain majority (a tie), as a sentence. */
      reason: string | null;
      notAdopted: NotAdoptedReason | null;
      tally: Tally;
    }
  | { decided: false; reason: 'NO_QUORUM'; message: string; tally: Tally };

/** The members whose votes count, and who holds the casting vote. */
export function eligibility(b: Omit<Ballot, 'votes'>): { eligible: number[]; castingVoteUserId: number | null } {
  const out = new Set(b.disqualifiedUserIds);
  const eligible = b.committeeUserIds.filter((id) => !out.has(id));
  const may = (id: number | null) => id !== null && eligible.includes(id);
  let castingVoteUserId: number | null = null;
  if (may(b.chairUserId)) castingVoteUserId = b.chairUserId;
  else if (b.chairUserId !== null && out.has(b.chairUserId) && may(b.deputyChairUserId)) castingVoteUserId = b.deputyChairUserId;
  return { eligible, castingVoteUserId };
}

export function tally(b: Ballot): Tally {
  const { eligible } = eligibility(b);
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const id of eligible) {
    const v = b.votes.get(id);
    if (v === 'YES') yes++;
    else if (v === 'NO') no++;
    else if (v === 'ABSTAIN') abstain++;
  }
  const voted = yes + no + abstain;
  const quorum = Math.ceil(eligible.length / 2);
  return {
    committeeSize: b.committeeUserIds.length,
    eligible: eligible.length,
    voted,
    yes,
    no,
    abstain,
    quorum,
    quorate: eligible.length > 0 && voted >= quorum,
  };
}

export function decide(b: Ballot): Outcome {
  const t = tally(b);
  if (!t.quorate) {
    const message =
      t.eligible === 0
        ? `No quorum: every one of the ${t.committeeSize} committee members is disqualified on this decision, so it cannot be decided; cancel it (cancelSteeringDecision).`
        : `No quorum: ${t.voted} of the ${t.eligible} committee members who may vote have voted; at least ${t.quorum} must vote before the decision can be closed.`;
    return { decided: false, reason: 'NO_QUORUM', message, tally: t };
  }
  if (t.yes !== t.no)
    return {
      decided: true,
      approved: t.yes > t.no,
      tieBrokenByChair: false,
      castingVoteUserId: null,
      reason: null,
      notAdopted: null,
      tally: t,
    };
  const { castingVoteUserId } = eligibility(b);
  const byDeputy = castingVoteUserId !== null && castingVoteUserId !== b.chairUserId;
  const who = byDeputy ? 'the deputy chair (the chair is disqualified)' : 'the chair';
  if (castingVoteUserId === null) {
    return {
      decided: true,
      approved: false,
      tieBrokenByChair: false,
      castingVoteUserId: null,
      reason: `Tied ${t.yes}–${t.no}; the chair is disqualified and no deputy chair may vote, so no one holds the casting vote: the proposal is not adopted.`,
      notAdopted: 'TIE_NO_CASTING_VOTE',
      tally: t,
    };
  }
  const casting = b.votes.get(castingVoteUserId);
  if (casting === 'YES' || casting === 'NO') {
    return {
      decided: true,
      approved: casting === 'YES',
      tieBrokenByChair: true,
      castingVoteUserId,
      reason: `Tied ${t.yes}–${t.no}; decided by the casting vote of ${who} (${casting}).`,
      notAdopted: null,
      tally: t,
    };
  }
  return {
    decided: true,
    approved: false,
    tieBrokenByChair: false,
    castingVoteUserId,
    reason: `Tied ${t.yes}–${t.no} and ${who} ${casting === 'ABSTAIN' ? 'abstained' : 'did not vote'}, so the casting vote was not cast: the proposal is not adopted.`,
    notAdopted: 'TIE_CASTING_VOTE_NOT_CAST',
    tally: t,
  };
}
