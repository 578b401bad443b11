import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NotificationTarget', { description: 'What a notification is about, for a link to it.' })
export class NotificationTargetModel {
  @Field({ description: 'WorkPackage, Tender, SteeringDecision, …' })
  type: string;
  @Field(() => Int)
  id: number;
  @Field({ description: "Its title (a package's or tender's) or a decision's question." })
  label: string;
  @Field(() => Int, { nullable: true, description: 'For a work package: its bid.' })
  bidId: number | null;
}

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => Int)
  id: number;
  @Field()
  kind: string;
  @Field(() => String, { nullable: true })
  entityType: string | null;
  @Field(() => String, { nullable: true })
  entityId: string | null;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the sender (log or e-mail) delivered it.' })
  deliveredAt: Date | null;
}
