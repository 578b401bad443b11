import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecisionKind, DecisionStatus } from '../../entities/steering.entity';

registerEnumType(DecisionKind, { name: 'DecisionKind' });
registerEnumType(DecisionStatus, { name: 'DecisionStatus' });

@ObjectType('SteeringVote')
export class SteeringVoteModel {
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
export class SteeringRecusalModel {
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
export class CommitteeMemberModel {
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
