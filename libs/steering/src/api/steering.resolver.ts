import {
  Args,
  Field,
  GraphQLISODateTime,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { type Actor, Allow, CurrentActor, type GqlContext } from '@app/core';
import { PersonModel, UserByIdLoader } from '@app/identity';
import { DecisionKind, DecisionStatus } from '../entities/steering.entity';
import { type DecisionView, SteeringService } from '../steering.service';
import { STEERING_PERMISSIONS } from '../steering.permissions';

registerEnumType(DecisionKind, { name: 'DecisionKind' });
registerEnumType(DecisionStatus, { name: 'DecisionStatus' });

export enum Vote {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(Vote, { name: 'Vote' });

@InputType()
export class OpenSteeringDecisionInput {
  @Field(() => DecisionKind)
  @IsEnum(DecisionKind)
  kind: DecisionKind;

  @Field(() => Int, { nullable: true, description: 'TENDER_GO: the tender.' })
  @IsOptional()
  @IsInt()
  tenderId?: number;

  @Field(() => Int, { nullable: true, description: 'BID_APPROVAL: the READY bid.' })
  @IsOptional()
  @IsInt()
  bidId?: number;

  @Field(() => Int, { nullable: true, description: 'ACTIVITY_APPROVAL: the activity whose plan (as it stands) is put to the vote.' })
  @IsOptional()
  @IsInt()
  activityId?: number;

  @Field({ nullable: true, description: 'The question; a sensible one is written if left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  question?: string;
}

@InputType()
export class CommitteeMemberInput {
  @Field(() => Int)
  @IsInt()
  userId: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  chair: boolean = false;

  @Field({ defaultValue: false, description: 'The deputy chair (at most one): holds the casting vote when the chair is disqualified.' })
  @IsBoolean()
  deputyChair: boolean = false;
}

@InputType()
export class SteeringDecisionFilter {
  @Field(() => DecisionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DecisionStatus)
  status?: DecisionStatus;

  @Field(() => DecisionKind, { nullable: true })
  @IsOptional()
  @IsEnum(DecisionKind)
  kind?: DecisionKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  tenderId?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  bidId?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  activityId?: number;
}

@ObjectType('SteeringVote')
class SteeringVoteModel {
  @Field(() => Int)
  userId: number;
  @Field()
  vote: string;
  @Field(() => String, { nullable: true })
  comment: string | null;
  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('SteeringRecusal', { description: 'A member who declared themselves disqualified (inhabil) on a decision.' })
class SteeringRecusalModel {
  @Field(() => Int)
  userId: number;
  @Field()
  reason: string;
  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('SteeringDecision')
export class SteeringDecisionModel {
  @Field(() => Int)
  id: number;
  @Field(() => DecisionKind)
  kind: DecisionKind;
  @Field(() => Int, { nullable: true, description: 'TENDER_GO and BID_APPROVAL: the tender; null for an activity.' })
  tenderId: number | null;
  @Field(() => Int, { nullable: true })
  bidId: number | null;
  @Field(() => Int, { nullable: true, description: 'ACTIVITY_APPROVAL: the activity.' })
  activityId: number | null;
  @Field()
  question: string;
  @Field(() => DecisionStatus)
  status: DecisionStatus;
  @Field(() => String, { nullable: true, description: 'APPROVED or REJECTED once closed.' })
  result: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why, when a tie decided the result: whose casting vote broke it, or why it was not adopted (REJECTED).',
  })
  resultReason: string | null;
  @Field({ description: 'A tie was broken by the casting vote (the chair, or the deputy chair when the chair is disqualified).' })
  tieBrokenByChair: boolean;
  @Field(() => String, { nullable: true, description: 'CANCELLED: why.' })
  cancelledReason: string | null;
  @Field(() => Int)
  committeeSize: number;
  @Field(() => Int, { nullable: true })
  chairUserId: number | null;
  @Field(() => Int, { nullable: true, description: 'The deputy chair when the decision was opened.' })
  deputyChairUserId: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Who decides a tie: the chair, or the deputy chair if the chair is disqualified; null when neither may vote.',
  })
  castingVoteUserId: number | null;
  @Field(() => Int, { description: 'Members who may vote: the committee less those disqualified.' })
  eligible: number;
  @Field(() => [SteeringRecusalModel], { description: 'Members disqualified (inhabil) on this decision; their votes do not count.' })
  disqualified: SteeringRecusalModel[];
  @Field(() => Int, { description: 'Votes needed for a quorum (half of the members who may vote, rounded up).' })
  quorum: number;
  @Field(() => Int)
  voted: number;
  @Field(() => Int)
  yes: number;
  @Field(() => Int)
  no: number;
  @Field(() => Int)
  abstain: number;
  @Field(() => [SteeringVoteModel], { description: "Each member's current vote." })
  votes: SteeringVoteModel[];
  @Field(() => [SteeringVoteModel], { description: 'Every vote ever cast, including changed ones.' })
  voteHistory: SteeringVoteModel[];
  @Field(() => GraphQLISODateTime)
  openedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;
  /** The committee when it was opened (names: DecisionContextResolver.members). */
  committeeUserIds: number[];
}

@ObjectType('CommitteeMember')
class CommitteeMemberModel {
  @Field(() => Int)
  userId: number;
  @Field()
  email: string;
  @Field()
  displayName: string;
  @Field()
  chair: boolean;
  @Field()
  deputyChair: boolean;
}

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
