import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';

@ObjectType('Member', { description: 'A member firm of the TotAl network.' })
export class MemberModel {
  @Field(() => Int)
  id: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class MemberConnection extends Connection(MemberModel, 'Member') {}
