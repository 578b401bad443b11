import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyModel } from '@app/core';

@ObjectType('BidRevisionPackage')
export class BidRevisionPackageModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  memberId: number;
  @Field()
  memberName: string;
  @Field()
  title: string;
  @Field(() => Int)
  hours: number;
  @Field(() => MoneyModel)
  price: MoneyModel;
  @Field(() => LocalDateScalar)
  windowStart: string;
  @Field(() => LocalDateScalar)
  windowEnd: string;
}

@ObjectType('BidRevision', { description: 'A bid exactly as it was sent. Never changes.' })
export class BidRevisionModel {
  @Field(() => Int)
  bidId: number;
  @Field(() => Int)
  revision: number;
  @Field(() => GraphQLISODateTime)
  submittedAt: Date;
  @Field()
  submittedByEmail: string;
  @Field(() => String, { nullable: true })
  lateOverrideReason: string | null;
  @Field(() => String, { nullable: true })
  changeReason: string | null;
  @Field(() => MoneyModel)
  bidPrice: MoneyModel;
  @Field({ description: 'The whole frozen snapshot as JSON: tender, bid, packages, compliance matrix, price build-up.' })
  snapshot: string;
}
