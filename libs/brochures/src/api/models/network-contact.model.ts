import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('NetworkContact', { description: 'The person buyers deal with, as printed on every brochure.' })
export class NetworkContactModel {
  @Field() name: string;
  @Field() roleNb: string;
  @Field() roleEn: string;
  @Field() email: string;
  @Field() phone: string;
  @Field() address: string;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
