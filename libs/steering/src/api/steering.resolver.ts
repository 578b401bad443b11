import { Args, Int, Mutation, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext } from '@app/core';
import { PersonModel, UserByIdLoader } from '@app/identity';
import { type DecisionView, SteeringService } from '../steering.service';
import { CommitteeMemberModel, SteeringDecisionModel, SteeringVoteModel } from './models/steering.model';
import { CommitteeMemberInput, OpenSteeringDecisionInput, SteeringDecisionFilter } from './dto/steering.input';
import { STEERING_PERMISSIONS } from '../steering.permissions';

/**
 * The type of castVote's bare `vote` argument, declared beside it: the tests' compiler (SWC) gives
 * an enum imported from another file as the parameter's design type, and the ValidationPipe would
 * then validate the string as an instance of it.
 */
export enum Vote {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(Vote, { name: 'Vote' });

function toModel(v: DecisionView): SteeringDecisionModel {
  const d = v.decision;
  return {
    id: d.id,
    kind: d.kind,
    tenderId: d.tenderId,
    bidId: d.bidId,
    activityId: d.activityId,
    question: d.question,
    status: d.status,
    result: d.result,
    resultReason: d.resultReason,
    tieBrokenByChair: d.tieBrokenByChair,
    cancelledReason: d.cancelledReason,
    committeeSize: d.committeeUserIds.length,
    committeeUserIds: d.committeeUserIds,
    chairUserId: d.chairUserId,
    deputyChairUserId: d.deputyChairUserId,
    castingVoteUserId: v.castingVoteUserId,
    eligible: v.tally.eligible,
    disqualified: v.recusals,
    quorum: v.tally.quorum,
    voted: v.tally.voted,
    yes: v.tally.yes,
    no: v.tally.no,
    abstain: v.tally.abstain,
    votes: v.current,
    voteHistory: v.votes,
    openedAt: d.openedAt,
    closedAt: d.closedAt,
  };
}

@Resolver(() => SteeringVoteModel)
export class SteeringVoteResolver {
  constructor(private readonly users: UserByIdLoader) {}

  @ResolveField(() => PersonModel, { description: 'Who voted (name).' })
  async voter(v: SteeringVoteModel, _args: unknown, ctx: GqlContext): Promise<PersonModel> {
    const u = await ctx.loaders.get(this.users).load(v.userId);
    return { id: v.userId, name: u?.displayName ?? `#${v.userId}` };
  }
}

@Resolver()
export class SteeringResolver {
  constructor(private readonly service: SteeringService) {}

  @Query(() => [CommitteeMemberModel])
  @Allow(...STEERING_PERMISSIONS.steeringCommittee)
  async steeringCommittee(@CurrentActor() actor: Actor): Promise<CommitteeMemberModel[]> {
    return (await this.service.committee(actor)).map(({ member, user }) => ({
      userId: member.userId,
      email: user.email,
      displayName: user.displayName,
      chair: member.chair,
      deputyChair: member.deputyChair,
    }));
  }

  @Mutation(() => [CommitteeMemberModel], {
    description: 'Sets the committee (STEERING users), its one chair and at most one deputy chair.',
  })
  @Allow(...STEERING_PERMISSIONS.setSteeringCommittee)
  async setSteeringCommittee(
    @CurrentActor() actor: Actor,
    @Args('members', { type: () => [CommitteeMemberInput] }) members: CommitteeMemberInput[],
  ): Promise<CommitteeMemberModel[]> {
    await this.service.setCommittee(actor, members);
    return this.steeringCommittee(actor);
  }

  @Mutation(() => SteeringDecisionModel, {
    description:
      'TENDER_GO (pursue the tender?), BID_APPROVAL (submit this READY bid at its price?) or ACTIVITY_APPROVAL (approve this activity plan?).',
  })
  @Allow(...STEERING_PERMISSIONS.openSteeringDecision)
  async openSteeringDecision(
    @CurrentActor() actor: Actor,
    @Args('input') input: OpenSteeringDecisionInput,
  ): Promise<SteeringDecisionModel> {
    const d = await this.service.open(actor, input);
    return toModel(await this.service.get(actor, d.id));
  }

  @Mutation(() => SteeringDecisionModel, { description: 'YES, NO or ABSTAIN; may be changed until the decision closes.' })
  @Allow(...STEERING_PERMISSIONS.castVote)
  async castVote(
    @CurrentActor() actor: Actor,
    @Args('decisionId', { type: () => Int }) decisionId: number,
    @Args('vote', { type: () => Vote }) vote: Vote,
    @Args('comment', { nullable: true }) comment?: string,
  ): Promise<SteeringDecisionModel> {
    return toModel(await this.service.vote(actor, decisionId, vote, comment ?? null));
  }

  @Mutation(() => SteeringDecisionModel, {
    description:
      'Closes by the statutes: quorum and majority over the members who may vote; the chair (or, if the chair is disqualified, the deputy chair) breaks a tie; a tie nobody breaks is REJECTED (not adopted).',
  })
  @Allow(...STEERING_PERMISSIONS.closeSteeringDecision)
  async closeSteeringDecision(
    @CurrentActor() actor: Actor,
    @Args('decisionId', { type: () => Int }) decisionId: number,
  ): Promise<SteeringDecisionModel> {
    return toModel(await this.service.close(actor, decisionId));
  }

  @Mutation(() => SteeringDecisionModel, {
    description: 'Cancels an open decision (the project leader or the chair), with a reason; a new one may then be opened. Audited.',
  })
  @Allow(...STEERING_PERMISSIONS.cancelSteeringDecision)
  async cancelSteeringDecision(
    @CurrentActor() actor: Actor,
    @Args('decisionId', { type: () => Int }) decisionId: number,
    @Args('reason') reason: string,
  ): Promise<SteeringDecisionModel> {
    return toModel(await this.service.cancel(actor, decisionId, reason));
  }

  @Mutation(() => SteeringDecisionModel, {
    description:
      'You declare yourself disqualified (inhabil) on an open decision: your vote no longer counts, quorum and majority are over the others, and a disqualified chair passes the casting vote to the deputy chair. Final and audited.',
  })
  @Allow(...STEERING_PERMISSIONS.declareDisqualified)
  async declareDisqualified(
    @CurrentActor() actor: Actor,
    @Args('decisionId', { type: () => Int }) decisionId: number,
    @Args('reason') reason: string,
  ): Promise<SteeringDecisionModel> {
    return toModel(await this.service.declareDisqualified(actor, decisionId, reason));
  }

  @Query(() => [SteeringDecisionModel], { description: 'Decisions with every vote and result, newest first.' })
  @Allow(...STEERING_PERMISSIONS.steeringDecisions)
  async steeringDecisions(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => SteeringDecisionFilter, nullable: true }) filter?: SteeringDecisionFilter,
  ): Promise<SteeringDecisionModel[]> {
    return (await this.service.list(actor, filter ?? {})).map(toModel);
  }
}
