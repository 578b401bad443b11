import { Args, Field, GraphQLISODateTime, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, ANY_ROLE, CurrentActor } from '@app/core';
import { Notification } from '../notification.entity';
import { NotificationsService } from '../notifications.service';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => Int)
  id: number;
  @Field()
  kind: string;
  @Field()
  subject: string;
  @Field()
  body: string;
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

@Resolver()
export class NotificationResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [NotificationModel], { description: 'Your notifications, newest first.' })
  @Allow(...ANY_ROLE)
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<Notification[]> {
    return this.service.mine(actor, unreadOnly, limit);
  }

  @Mutation(() => NotificationModel)
  @Allow(...ANY_ROLE)
  markNotificationRead(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<Notification> {
    return this.service.markRead(actor, id);
  }
}
