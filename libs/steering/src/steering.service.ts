import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type Actor, AppError, Database, ErrorCode, Role, type Tx, audit, guardedUpdate, hasRole, isAssociation } from '@app/core';
import { Bid, BidsService, BidStatus } from '@app/bids';
import { User } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { TenderStage, TendersService } from '@app/tenders';
import { CommitteeMember, DecisionKind, DecisionStatus, SteeringDecision, SteeringVote } from './entities/steering.entity';
import { decide, tally, type Tally, type VoteValue } from './voting-rules';

export interface DecisionView {
  decision: SteeringDecision;
  votes: SteeringVote[];
  current: SteeringVote[];
  tally: Tally;
}

@Injectable()
export class SteeringService {
  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
    private readonly bids: BidsService,
    private readonly notifications: NotificationsService,
  ) {}

  async committee(actor: Actor): Promise<{ member: CommitteeMember; user: User }[]> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    return this.db.read(async (em) => {
      const members = await em.find(CommitteeMember, { order: { userId: 'ASC' } });
      const users = members.length ? await em.findBy(User, { id: In(members.map((m) => m.userId)) }) : [];
      return members.map((member) => ({ member, user: users.find((u) => u.id === member.userId)! }));
    });
  }

  /** Sets the committee and its chair (ADMIN). Open decisions keep the committee they were opened with. */
  async setCommittee(actor: Actor, members: { userId: number; chair: boolean }[]): Promise<CommitteeMember[]> {
    if (!hasRole(actor, Role.ADMIN)) throw AppError.forbidden('Only an administrator sets the steering committee.');
    const ids = members.map((m) => m.userId);
    if (new Set(ids).size !== ids.length)
      throw AppError.badInput('A user is listed twice.', [{ field: 'members', message: 'duplicate user' }]);
    if (members.filter((m) => m.chair).length !== 1)
      throw AppError.badInput('The committee has exactly one chair.', [{ field: 'members', message: 'exactly one chair' }]);
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
          tx.create(CommitteeMember, { userId: m.userId, chair: m.chair, since: before.find((b) => b.userId === m.userId)?.since ?? now }),
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
    input: { kind: DecisionKind; tenderId?: number | null; bidId?: number | null; question?: string | null },
  ): Promise<SteeringDecision> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER)) throw AppError.forbidden('The project leader opens steering decisions.');
    return this.db.transaction(async (tx) => {
      const committee = await tx.find(CommitteeMember);
      const chair = committee.find((m) => m.chair);
      if (!committee.length || !chair)
        throw AppError.conflict(
          'The steering committee has no members or no chair; an administrator sets it first (setSteeringCommittee).',
        );
      let tenderId: number;
      let bidId: number | null = null;
      let question: string;
      if (input.kind === DecisionKind.TENDER_GO) {
        if (!input.tenderId)
          throw AppError.badInput('A TENDER_GO decision names the tender.', [{ field: 'tenderId', message: 'required' }]);
        const tender = await this.tenders.load(input.tenderId);
        if (tender.stage !== TenderStage.QUALIFYING)
          throw AppError.conflict(`Tender ${tender.id} is ${tender.stage}; go/no-go is decided while QUALIFYING.`, { stage: tender.stage });
        tenderId = tender.id;
        question = input.question?.trim() || `Shall the network pursue "${tender.title}" (${tender.buyerName})?`;
      } else {
        if (!input.bidId) throw AppError.badInput('A BID_APPROVAL decision names the bid.', [{ field: 'bidId', message: 'required' }]);
        const bid = await tx.findOneBy(Bid, { id: input.bidId });
        if (!bid) throw AppError.notFound('Bid', input.bidId);
        if (bid.status !== BidStatus.READY)
          throw AppError.conflict(`Bid ${bid.id} is ${bid.status}; only a READY bid is put to the committee.`, { status: bid.status });
        const price = await this.bids.priceBuildUp(actor, bid);
        tenderId = bid.tenderId;
        bidId = bid.id;
        question =
          input.question?.trim() ||
          `Shall bid ${bid.id} "${bid.title}" be submitted at ${(price.bidPriceMinor / 100).toFixed(2)} ${bid.currency}${bid.currentRevision ? ` as revision ${bid.currentRevision + 1}` : ''}?`;
      }
      const open = await tx.findOneBy(SteeringDecision, {
        kind: input.kind,
        tenderId,
        ...(bidId ? { bidId } : {}),
        status: DecisionStatus.OPEN,
      });
      if (open) throw AppError.conflict(`Decision ${open.id} on the same question is still open.`, { decisionId: open.id });
      const decision = await tx.save(
        tx.create(SteeringDecision, {
          kind: input.kind,
          tenderId,
          bidId,
          question,
          status: DecisionStatus.OPEN,
          committeeUserIds: committee.map((m) => m.userId).sort((a, b) => a - b),
          chairUserId: chair.userId,
          openedByUserId: actor.kind === 'user' ? actor.userId : null,
          openedAt: new Date(),
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
  async vote(actor: Actor, decisionId: number, vote: VoteValue, comment: string | null): Promise<DecisionView> {
    if (!hasRole(actor, Role.STEERING)) throw AppError.forbidden('Only steering committee members vote.');
    await this.db.transaction(async (tx) => {
      const d = await tx.findOneBy(SteeringDecision, { id: decisionId });
      if (!d) throw AppError.notFound('Steering decision', decisionId);
      if (d.status !== DecisionStatus.OPEN)
        throw AppError.conflict(`Decision ${decisionId} is closed (${d.result}); votes can no longer change.`, { status: d.status });
      if (!d.committeeUserIds.includes(actor.userId))
        throw AppError.forbidden('You were not on the committee when this decision was opened.');
      const v = await tx.save(
        tx.create(SteeringVote, { decisionId, userId: actor.userId, vote, comment: comment?.trim() || null, at: new Date() }),
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
   * Closes by the statutes: quorum (half the committee voted), majority of votes cast, the chair
   * breaking a tie. TENDER_GO moves the tender to GO or NO_GO; an approved BID_APPROVAL moves the
   * bid to APPROVED.
   */
  async close(actor: Actor, decisionId: number): Promise<DecisionView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    await this.db.transaction(async (tx) => {
      const d = await tx.findOneBy(SteeringDecision, { id: decisionId });
      if (!d) throw AppError.notFound('Steering decision', decisionId);
      const isChair = hasRole(actor, Role.STEERING) && d.chairUserId === actor.userId;
      if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER) && !isChair)
        throw AppError.forbidden('The project leader or the committee chair closes a decision.');
      if (d.status !== DecisionStatus.OPEN)
        throw AppError.conflict(`Decision ${decisionId} is already closed (${d.result}).`, { status: d.status });
      const votes = await this.currentVotes(tx, decisionId);
      const outcome = decide(d.committeeUserIds.length, new Map(votes.map((v) => [v.userId, v.vote])), d.chairUserId);
      if (!outcome.decided)
        throw new AppError(ErrorCode.CONFLICT, outcome.message, { details: { reason: outcome.reason, ...outcome.tally } });
      const result = outcome.approved ? 'APPROVED' : 'REJECTED';
      await guardedUpdate(
        tx,
        SteeringDecision,
        { id: decisionId, version: d.version, where: { status: DecisionStatus.OPEN } },
        {
          status: DecisionStatus.CLOSED,
          result,
          tieBrokenByChair: outcome.tieBrokenByChair,
          yesVotes: outcome.tally.yes,
          noVotes: outcome.tally.no,
          abstentions: outcome.tally.abstain,
          closedByUserId: actor.userId,
          closedAt: new Date(),
        },
        `Decision ${decisionId} was closed at the same time.`,
      );
      const reason = `steering decision ${decisionId}: ${result} (${outcome.tally.yes} yes, ${outcome.tally.no} no, ${outcome.tally.abstain} abstain${outcome.tieBrokenByChair ? ', tie broken by the chair' : ''})`;
      if (d.kind === DecisionKind.TENDER_GO) {
        await this.tenders.moveStage(actor, d.tenderId, outcome.approved ? TenderStage.GO : TenderStage.NO_GO, {
          viaSteeringDecision: true,
          reason,
        });
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
        },
        entityType: 'SteeringDecision',
        entityId: decisionId,
      });
      await audit(tx, actor, {
        action: 'closeSteeringDecision',
        entityType: 'SteeringDecision',
        entityId: decisionId,
        before: { status: 'OPEN' },
        after: { result, ...outcome.tally, tieBrokenByChair: outcome.tieBrokenByChair },
      });
    });
    return this.get(actor, decisionId);
  }

  async get(actor: Actor, id: number): Promise<DecisionView> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    return this.db.read(async (em) => {
      const decision = await em.findOneBy(SteeringDecision, { id });
      if (!decision) throw AppError.notFound('Steering decision', id);
      const votes = await em.find(SteeringVote, { where: { decisionId: id }, order: { id: 'ASC' } });
      const current = latest(votes);
      return { decision, votes, current, tally: tally(decision.committeeUserIds.length, new Map(current.map((v) => [v.userId, v.vote]))) };
    });
  }

  async list(
    actor: Actor,
    filter: { status?: DecisionStatus; kind?: DecisionKind; tenderId?: number; bidId?: number },
  ): Promise<DecisionView[]> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    return this.db.read(async (em) => {
      const where: Record<string, unknown> = {};
      for (const k of ['status', 'kind', 'tenderId', 'bidId'] as const)
        if (filter[k] !== undefined && filter[k] !== null) where[k] = filter[k];
      const decisions = await em.find(SteeringDecision, { where, order: { id: 'DESC' }, take: 200 });
      const votes = decisions.length
        ? await em.find(SteeringVote, { where: { decisionId: In(decisions.map((d) => d.id)) }, order: { id: 'ASC' } })
        : [];
      return decisions.map((decision) => {
        const mine = votes.filter((v) => v.decisionId === decision.id);
        const current = latest(mine);
        return {
          decision,
          votes: mine,
          current,
          tally: tally(decision.committeeUserIds.length, new Map(current.map((v) => [v.userId, v.vote]))),
        };
      });
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
