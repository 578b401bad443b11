import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  Role,
  type Tx,
  type UserActor,
  audit,
  guardedUpdate,
  ErrorReason,
  demand,
  may,
  type PortHandle,
  Ports,
  definePort,
  FieldRule,
} from '@app/core';
import { Bid, BidsService, BidStatus } from '@app/bids';
import { User } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { STEERING_GATE_PORT, TenderStage, TendersService } from '@app/tenders';
import { CommitteeMember, DecisionKind, DecisionStatus, SteeringDecision, SteeringRecusal, SteeringVote } from './entities/steering.entity';
import { type Ballot, decide, eligibility, tally, type Tally, type VoteValue } from './voting-rules';
import { STEERING_PERMISSIONS } from './steering.permissions';

/**
 * What another context puts to the committee through a decision of its own kind (the activities
 * context: ACTIVITY_APPROVAL). The steering context keeps one voting mechanism (committee,
 * quorum, majority, casting vote, recusal) and calls the subject's owner, inside the decision's
 * transaction, to check what is asked and to carry out what was decided.
 */
export interface DecisionSubject {
  /** Checks that the subject may be put to the committee now and returns the question. */
  question(tx: Tx, actor: UserActor, subjectId: number, proposed: string | null): Promise<string>;
  /** Carries out a closed decision (APPROVED or REJECTED), in the transaction that closes it. */
  decided(tx: Tx, actor: UserActor, decision: SteeringDecision, approved: boolean): Promise<void>;
}

/** The subject of ACTIVITY_APPROVAL decisions; provided by the activities context. */
export const ACTIVITY_APPROVAL_PORT = definePort<DecisionSubject>('steering.activityApproval', 'activities');

export interface DecisionView {
  decision: SteeringDecision;
  votes: SteeringVote[];
  current: SteeringVote[];
  recusals: SteeringRecusal[];
  tally: Tally;
  /** Who decides a tie now: the chair, or the deputy chair when the chair is disqualified; null when no one may. */
  castingVoteUserId: number | null;
}

function ballotOf(d: SteeringDecision, current: SteeringVote[], recusals: SteeringRecusal[]): Ballot {
  return {
    committeeUserIds: d.committeeUserIds,
    disqualifiedUserIds: recusals.map((r) => r.userId),
    votes: new Map(current.map((v) => [v.userId, v.vote])),
    chairUserId: d.chairUserId,
    deputyChairUserId: d.deputyChairUserId,
  };
}

function viewOf(decision: SteeringDecision, votes: SteeringVote[], recusals: SteeringRecusal[]): DecisionView {
  const current = latest(votes);
  const ballot = ballotOf(decision, current, recusals);
  return { decision, votes, current, recusals, tally: tally(ballot), castingVoteUserId: eligibility(ballot).castingVoteUserId };
}

@Injectable()
export class SteeringService {
  private readonly activityApproval: PortHandle<DecisionSubject>;

  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
    private readonly bids: BidsService,
    private readonly notifications: NotificationsService,
    ports: Ports,
  ) {
    this.activityApproval = ports.need(ACTIVITY_APPROVAL_PORT);
    // GO and NO_GO follow only a decision closed here: the tenders context asks this gate.
    ports.provide(STEERING_GATE_PORT, {
      decidedStage: async (tx, decisionId, tenderId, to) => {
        const d = await tx.findOneBy(SteeringDecision, { id: decisionId });
        if (!d || d.kind !== DecisionKind.TENDER_GO || d.tenderId !== tenderId)
          return `steering decision ${decisionId} is not a go/no-go decision on this tender`;
        if (d.status !== DecisionStatus.CLOSED) return `steering decision ${decisionId} is ${d.status}, not closed`;
        const decided = d.result === 'APPROVED' ? TenderStage.GO : TenderStage.NO_GO;
        return decided === to ? null : `steering decision ${decisionId} decided ${decided}`;
      },
    });
  }

  async committee(actor: Actor): Promise<{ member: CommitteeMember; user: User }[]> {
    demand(actor, STEERING_PERMISSIONS.steeringCommittee);
    return this.db.read(async (em) => {
      const members = await em.find(CommitteeMember, { order: { userId: 'ASC' } });
      const users = members.length ? await em.findBy(User, { id: In(members.map((m) => m.userId)) }) : [];
      return members.map((member) => ({ member, user: users.find((u) => u.id === member.userId)! }));
    });
  }

  /**
   * Sets the committee, its chair and, optionally, a deputy chair (ADMIN). Open decisions keep the
   * committee, chair and deputy they were opened with.
   */
  async setCommittee(actor: Actor, members: { userId: number; chair: boolean; deputyChair?: boolean }[]): Promise<CommitteeMember[]> {
    demand(actor, STEERING_PERMISSIONS.setSteeringCommittee, 'Only an administrator sets the steering committee.');
    const ids = members.map((m) => m.userId);
    if (new Set(ids).size !== ids.length)
      throw AppError.badInput('A user is listed twice.', [{ field: 'members', message: 'duplicate user', rule: FieldRule.LISTED_TWICE }]);
    if (members.filter((m) => m.chair).length !== 1)
      throw AppError.badInput('The committee has exactly one chair.', [{ field: 'members', message: 'exactly one chair' }]);
    if (members.filter((m) => m.deputyChair).length > 1)
      throw AppError.badInput('The committee has at most one deputy chair.', [{ field: 'members', message: 'at most one deputy chair' }]);
    if (members.some((m) => m.chair && m.deputyChair))
      throw AppError.badInput('The chair cannot also be the deputy chair.', [
        { field: 'members', message: 'chair and deputy are two people' },
      ]);
    return this.db.transaction(async (tx) => {
      const users = await tx.findBy(User, { id: In(ids) });
      for (const id of ids) {
        const u = users.find((x) => x.id === id);
        if (!u) throw AppError.notFound('User', id);
        if (u.role !== Role.STEERING || !u.active)
          throw AppError.badInput(`${u.email} is not an active STEERING user.`, [
            { field: 'members', message: `user ${id} is not an active STEERING user` },
          ]);
      }
      const before = await tx.find(CommitteeMember);
      await tx.createQueryBuilder().delete().from(CommitteeMember).execute();
      const now = new Date();
      const saved = await tx.save(
        members.map((m) =>
          tx.create(CommitteeMember, {
            userId: m.userId,
            chair: m.chair,
            deputyChair: m.deputyChair ?? false,
            since: before.find((b) => b.userId === m.userId)?.since ?? now,
          }),
        ),
      );
      await audit(tx, actor, {
        action: 'setSteeringCommittee',
        entityType: 'SteeringCommittee',
        entityId: 'committee',
        before: { members: before },
        after: { members: saved },
      });
      return saved;
    });
  }

  async open(
    actor: Actor,
    input: { kind: DecisionKind; tenderId?: number | null; bidId?: number | null; activityId?: number | null; question?: string | null },
    /** `at`: when it was opened, for history written afterwards (the demo seed); default now. Not in the API. */
    opts: { at?: Date } = {},
  ): Promise<SteeringDecision> {
    demand(actor, STEERING_PERMISSIONS.openSteeringDecision, 'The project leader opens steering decisions.');
    return this.db.transaction(async (tx) => {
      const committee = await tx.find(CommitteeMember);
      const chair = committee.find((m) => m.chair);
      if (!committee.length || !chair)
        throw AppError.conflict(
          'The steering committee has no members or no chair; an administrator sets it first (setSteeringCommittee).',
        );
      let tenderId: number | null = null;
      let bidId: number | null = null;
      let activityId: number | null = null;
      let question: string;
      if (input.kind === DecisionKind.ACTIVITY_APPROVAL) {
        if (!input.activityId)
          throw AppError.badInput('An ACTIVITY_APPROVAL decision names the activity.', [
            { field: 'activityId', message: 'required', rule: FieldRule.REQUIRED },
          ]);
        const subject = this.activityApproval.get();
        if (actor.kind !== 'user') throw AppError.conflict('Activity approval is not available.');
        activityId = input.activityId;
        question = await subject.question(tx, actor, activityId, input.question?.trim() || null);
      } else if (input.kind === DecisionKind.TENDER_GO) {
        if (!input.tenderId)
          throw AppError.badInput('A TENDER_GO decision names the tender.', [
            { field: 'tenderId', message: 'required', rule: FieldRule.REQUIRED },
          ]);
        const tender = await this.tenders.load(input.tenderId);
        if (tender.stage !== TenderStage.QUALIFYING)
          throw AppError.conflict(`Tender ${tender.id} is ${tender.stage}; go/no-go is decided while QUALIFYING.`, {
            reason: ErrorReason.WRONG_STATUS,
            stage: tender.stage,
          });
        tenderId = tender.id;
        question = input.question?.trim() || `Shall the network pursue "${tender.title}" (${tender.buyerName})?`;
      } else {
        if (!input.bidId)
          throw AppError.badInput('A BID_APPROVAL decision names the bid.', [
            { field: 'bidId', message: 'required', rule: FieldRule.REQUIRED },
          ]);
        const bid = await tx.findOneBy(Bid, { id: input.bidId });
        if (!bid) throw AppError.notFound('Bid', input.bidId);
        if (bid.status !== BidStatus.READY)
          throw AppError.conflict(`Bid ${bid.id} is ${bid.status}; only a READY bid is put to the committee.`, {
            reason: ErrorReason.WRONG_STATUS,
            status: bid.status,
          });
        const price = await this.bids.priceBuildUp(actor, bid);
        tenderId = bid.tenderId;
        bidId = bid.id;
        question =
          input.question?.trim() ||
          `Shall bid ${bid.id} "${bid.title}" be submitted at ${(price.bidPriceMinor / 100).toFixed(2)} ${bid.currency}${bid.currentRevision ? ` as revision ${bid.currentRevision + 1}` : ''}?`;
      }
      const open = await tx.findOneBy(SteeringDecision, {
        kind: input.kind,
        ...(tenderId ? { tenderId } : {}),
        ...(bidId ? { bidId } : {}),
        ...(activityId ? { activityId } : {}),
        status: DecisionStatus.OPEN,
      });
      if (open) throw AppError.conflict(`Decision ${open.id} on the same question is still open.`, { decisionId: open.id });
      const decision = await tx.save(
        tx.create(SteeringDecision, {
          kind: input.kind,
          tenderId,
          bidId,
          activityId,
          question,
          status: DecisionStatus.OPEN,
          committeeUserIds: committee.map((m) => m.userId).sort((a, b) => a - b),
          chairUserId: chair.userId,
          deputyChairUserId: committee.find((m) => m.deputyChair)?.userId ?? null,
          openedByUserId: actor.kind === 'user' ? actor.userId : null,
          openedAt: opts.at ?? new Date(),
        }),
      );
      await this.notifications.notify(tx, {
        kind: 'DECISION_OPENED',
        key: `decision-opened:${decision.id}`,
        recipientUserIds: decision.committeeUserIds,
        params: { kind: 'DECISION_OPENED', decisionId: decision.id, question },
        entityType: 'SteeringDecision',
        entityId: decision.id,
      });
      await audit(tx, actor, {
        action: 'openSteeringDecision',
        entityType: 'SteeringDecision',
        entityId: decision.id,
        after: { ...decision },
      });
      return decision;
    });
  }

  /** A committee member votes, or changes their vote, until the decision closes. Every vote is kept. */
  async vote(
    actor: Actor,
    decisionId: number,
    vote: VoteValue,
    comment: string | null,
    /** `at`: when the vote was cast, for history written afterwards (the demo seed); default now. Not in the API. */
    opts: { at?: Date } = {},
  ): Promise<DecisionView> {
    demand(actor, STEERING_PERMISSIONS.castVote, 'Only steering committee members vote.');
    await this.db.transaction(async (tx) => {
      const d = await tx.findOneBy(SteeringDecision, { id: decisionId });
      if (!d) throw AppError.notFound('Steering decision', decisionId);
      if (d.status !== DecisionStatus.OPEN)
        throw AppError.conflict(`Decision ${decisionId} is closed (${d.result}); votes can no longer change.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: d.status,
        });
      if (!d.committeeUserIds.includes(actor.userId))
        throw AppError.forbidden('You were not on the committee when this decision was opened.');
      if (await tx.existsBy(SteeringRecusal, { decisionId, userId: actor.userId }))
        throw AppError.conflict(
          `You declared yourself disqualified on decision ${decisionId}; your vote does not count and cannot be cast.`,
          {
            reason: ErrorReason.DISQUALIFIED,
          },
        );
      const v = await tx.save(
        tx.create(SteeringVote, { decisionId, userId: actor.userId, vote, comment: comment?.trim() || null, at: opts.at ?? new Date() }),
      );
      await audit(tx, actor, {
        action: 'castVote',
        entityType: 'SteeringDecision',
        entityId: decisionId,
        after: { vote: v.vote, comment: v.comment },
      });
    });
    return this.get(actor, decisionId);
  }

  /**
   * Closes by the statutes: quorum (half of the members who may vote have voted), majority of
   * votes cast, the casting vote (the chair's, or the deputy's when the chair is disqualified)
   * deciding a tie; a tie nobody breaks is not adopted (REJECTED, with the reason). TENDER_GO
   * moves the tender to GO or NO_GO; an approved BID_APPROVAL moves the bid to APPROVED;
   * ACTIVITY_APPROVAL is carried out by the activities context (an approved plan is frozen as a
   * revision).
   */
  async close(
    actor: Actor,
    decisionId: number,
    /** `at`: when it was closed, for history written afterwards (the demo seed); default now. Not in the API. */
    opts: { at?: Date } = {},
  ): Promise<DecisionView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    await this.db.transaction(async (tx) => {
      const d = await this.closable(tx, actor, decisionId, 'closes');
      const votes = await this.currentVotes(tx, decisionId);
      const recusals = await tx.find(SteeringRecusal, { where: { decisionId }, order: { id: 'ASC' } });
      const outcome = decide(ballotOf(d, votes, recusals));
      if (!outcome.decided)
        throw new AppError(ErrorCode.CONFLICT, outcome.message, { details: { reason: ErrorReason[outcome.reason], ...outcome.tally } });
      const result = outcome.approved ? 'APPROVED' : 'REJECTED';
      await guardedUpdate(
        tx,
        SteeringDecision,
        { id: decisionId, version: d.version, where: { status: DecisionStatus.OPEN } },
        {
          status: DecisionStatus.CLOSED,
          result,
          tieBrokenByChair: outcome.tieBrokenByChair,
          resultReason: outcome.reason,
          yesVotes: outcome.tally.yes,
          noVotes: outcome.tally.no,
          abstentions: outcome.tally.abstain,
          closedByUserId: actor.userId,
          closedAt: opts.at ?? new Date(),
        },
        `Decision ${decisionId} was closed at the same time.`,
      );
      const t = outcome.tally;
      const reason = `steering decision ${decisionId}: ${result} (${t.yes} yes, ${t.no} no, ${t.abstain} abstain${recusals.length ? `, ${recusals.length} disqualified` : ''}${outcome.tieBrokenByChair ? `, tie broken by the ${outcome.castingVoteUserId === d.chairUserId ? 'chair' : 'deputy chair'}` : ''}${outcome.notAdopted ? ', a tie not broken: not adopted' : ''})`;
      if (d.kind === DecisionKind.TENDER_GO) {
        await this.tenders.moveStage(actor, d.tenderId!, outcome.approved ? TenderStage.GO : TenderStage.NO_GO, {
          steeringDecisionId: decisionId,
          reason,
          at: opts.at,
        });
      } else if (d.kind === DecisionKind.ACTIVITY_APPROVAL) {
        await this.activityApproval.get().decided(tx, actor, d, outcome.approved);
      } else if (outcome.approved) {
        await this.bids.setStatusFor(tx, d.bidId!, [BidStatus.READY], BidStatus.APPROVED);
      }
      await this.notifications.notify(tx, {
        kind: 'DECISION_CLOSED',
        key: `decision-closed:${decisionId}`,
        recipientUserIds: [...d.committeeUserIds, ...(await this.notifications.usersWithRole(tx, Role.PROJECT_LEADER))],
        params: {
          kind: 'DECISION_CLOSED',
          decisionId,
          question: d.question,
          approved: outcome.approved,
          yes: outcome.tally.yes,
          no: outcome.tally.no,
          abstain: outcome.tally.abstain,
          tieBrokenByChair: outcome.tieBrokenByChair,
          tieBrokenByDeputy: outcome.tieBrokenByChair && outcome.castingVoteUserId !== d.chairUserId,
          disqualified: recusals.length,
          notAdopted: outcome.notAdopted,
        },
        entityType: 'SteeringDecision',
        entityId: decisionId,
      });
      await audit(tx, actor, {
        action: 'closeSteeringDecision',
        entityType: 'SteeringDecision',
        entityId: decisionId,
        before: { status: 'OPEN' },
        after: {
          result,
          ...outcome.tally,
          tieBrokenByChair: outcome.tieBrokenByChair,
          castingVoteUserId: outcome.castingVoteUserId,
          disqualified: recusals.map((r) => r.userId),
          resultReason: outcome.reason,
        },
      });
    });
    return this.get(actor, decisionId);
  }

  /**
   * Withdraws an open decision (the project leader or the chair), with a reason, so that a new one
   * can be opened on the same question. Nothing follows from it: the tender or bid stays as it is.
   */
  async cancel(actor: Actor, decisionId: number, reason: string): Promise<DecisionView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    if (!reason?.trim() || reason.length > 2000)
      throw AppError.badInput('Say why the decision is cancelled (at most 2000 characters); the reason is kept with it.', [
        {
          field: 'reason',
          message: 'required, at most 2000 characters',
          rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
          params: { max: 2000 },
        },
      ]);
    await this.db.transaction(async (tx) => {
      const d = await this.closable(tx, actor, decisionId, 'cancels');
      await guardedUpdate(
        tx,
        SteeringDecision,
        { id: decisionId, version: d.version, where: { status: DecisionStatus.OPEN } },
        { status: DecisionStatus.CANCELLED, cancelledReason: reason.trim(), closedByUserId: actor.userId, closedAt: new Date() },
        `Decision ${decisionId} was closed or cancelled at the same time.`,
      );
      await this.notifications.notify(tx, {
        kind: 'DECISION_CANCELLED',
        key: `decision-cancelled:${decisionId}`,
        recipientUserIds: d.committeeUserIds,
        params: { kind: 'DECISION_CANCELLED', decisionId, question: d.question, reason: reason.trim() },
        entityType: 'SteeringDecision',
        entityId: decisionId,
      });
      await audit(tx, actor, {
        action: 'cancelSteeringDecision',
        entityType: 'SteeringDecision',
        entityId: decisionId,
        before: { status: 'OPEN' },
        after: { status: 'CANCELLED' },
        reason: reason.trim(),
      });
    });
    return this.get(actor, decisionId);
  }

  /**
   * A committee member declares themselves disqualified (inhabil) on one open decision. From then
   * on their vote, cast or not, counts for nothing (quorum and majority are over the others), and
   * if they chair, the deputy chair holds the casting vote. A declaration is final and audited.
   */
  async declareDisqualified(actor: Actor, decisionId: number, reason: string): Promise<DecisionView> {
    demand(actor, STEERING_PERMISSIONS.declareDisqualified, 'Only a steering committee member declares themselves disqualified.');
    if (!reason?.trim() || reason.length > 2000)
      throw AppError.badInput(
        'Say why you are disqualified (e.g. "board member of the firm concerned"), in at most 2000 characters; it is kept with the decision.',
        [
          {
            field: 'reason',
            message: 'required, at most 2000 characters',
            rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
            params: { max: 2000 },
          },
        ],
      );
    await this.db.transaction(async (tx) => {
      const d = await tx.findOneBy(SteeringDecision, { id: decisionId });
      if (!d) throw AppError.notFound('Steering decision', decisionId);
      if (!d.committeeUserIds.includes(actor.userId))
        throw AppError.forbidden('You were not on the committee when this decision was opened.');
      if (d.status !== DecisionStatus.OPEN)
        throw AppError.conflict(`Decision ${decisionId} is ${d.status}; disqualification is declared while it is open.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: d.status,
        });
      if (await tx.existsBy(SteeringRecusal, { decisionId, userId: actor.userId }))
        throw AppError.conflict(`You have already declared yourself disqualified on decision ${decisionId}.`);
      const r = await tx.save(tx.create(SteeringRecusal, { decisionId, userId: actor.userId, reason: reason.trim(), at: new Date() }));
      await audit(tx, actor, {
        action: 'declareDisqualified',
        entityType: 'SteeringDecision',
        entityId: decisionId,
        after: { userId: r.userId, chair: d.chairUserId === actor.userId },
        reason: r.reason,
      });
    });
    return this.get(actor, decisionId);
  }

  /**
   * The open decision, if the actor may close or cancel it: the project leader, an administrator,
   * or whoever chairs it (the chair; the deputy chair when the chair is disqualified on it).
   */
  private async closable(tx: Tx, actor: UserActor, decisionId: number, verb: string): Promise<SteeringDecision> {
    const d = await tx.findOneBy(SteeringDecision, { id: decisionId });
    if (!d) throw AppError.notFound('Steering decision', decisionId);
    const recused = (await tx.find(SteeringRecusal, { where: { decisionId } })).map((r) => r.userId);
    const { castingVoteUserId } = eligibility({
      committeeUserIds: d.committeeUserIds,
      disqualifiedUserIds: recused,
      chairUserId: d.chairUserId,
      deputyChairUserId: d.deputyChairUserId,
    });
    const chairs = may(actor, STEERING_PERMISSIONS.chairDecision) && castingVoteUserId === actor.userId;
    if (!may(actor, STEERING_PERMISSIONS.closeAnyDecision) && !chairs)
      throw AppError.forbidden(
        `The project leader or the committee chair ${verb} a decision${recused.includes(actor.userId) ? ' (you are disqualified on this one)' : ''}.`,
      );
    if (d.status !== DecisionStatus.OPEN)
      throw AppError.conflict(
        `Decision ${decisionId} is already ${d.status === DecisionStatus.CANCELLED ? 'cancelled' : `closed (${d.result})`}.`,
        { reason: ErrorReason.WRONG_STATUS, status: d.status },
      );
    return d;
  }

  async get(actor: Actor, id: number): Promise<DecisionView> {
    demand(actor, STEERING_PERMISSIONS.steeringDecisions);
    return this.db.read(async (em) => {
      const decision = await em.findOneBy(SteeringDecision, { id });
      if (!decision) throw AppError.notFound('Steering decision', id);
      const votes = await em.find(SteeringVote, { where: { decisionId: id }, order: { id: 'ASC' } });
      const recusals = await em.find(SteeringRecusal, { where: { decisionId: id }, order: { id: 'ASC' } });
      return viewOf(decision, votes, recusals);
    });
  }

  async list(
    actor: Actor,
    filter: { status?: DecisionStatus; kind?: DecisionKind; tenderId?: number; bidId?: number; activityId?: number },
  ): Promise<DecisionView[]> {
    demand(actor, STEERING_PERMISSIONS.steeringDecisions);
    return this.db.read(async (em) => {
      const where: Record<string, unknown> = {};
      for (const k of ['status', 'kind', 'tenderId', 'bidId', 'activityId'] as const)
        if (filter[k] !== undefined && filter[k] !== null) where[k] = filter[k];
      const decisions = await em.find(SteeringDecision, { where, order: { id: 'DESC' }, take: 200 });
      const ids = decisions.map((d) => d.id);
      const votes = ids.length ? await em.find(SteeringVote, { where: { decisionId: In(ids) }, order: { id: 'ASC' } }) : [];
      const recusals = ids.length ? await em.find(SteeringRecusal, { where: { decisionId: In(ids) }, order: { id: 'ASC' } }) : [];
      return decisions.map((decision) =>
        viewOf(
          decision,
          votes.filter((v) => v.decisionId === decision.id),
          recusals.filter((r) => r.decisionId === decision.id),
        ),
      );
    });
  }

  private async currentVotes(tx: Tx, decisionId: number): Promise<SteeringVote[]> {
    return latest(await tx.find(SteeringVote, { where: { decisionId }, order: { id: 'ASC' } }));
  }
}

function latest(votes: SteeringVote[]): SteeringVote[] {
  const byUser = new Map<number, SteeringVote>();
  for (const v of votes) byUser.set(v.userId, v);
  return [...byUser.values()].sort((a, b) => a.userId - b.userId);
}
