import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, languageOf } from '@app/core';
import { type NotificationParams, notificationBidId, notificationLabel, renderNotification } from '../notification-messages';
import { Notification } from '../entities/notification.entity';
import { NotificationsService } from '../notifications.service';
import { NotificationModel, NotificationTargetModel } from './models/notification.model';
import { NOTIFICATION_PERMISSIONS } from '../notifications.permissions';

function paramsOf(n: Notification): NotificationParams | null {
  if (!n.params) return null;
  try {
    return JSON.parse(n.params) as NotificationParams;
  } catch {
    return null;
  }
}

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [NotificationModel], { description: 'Your notifications, newest first.' })
  @Allow(...NOTIFICATION_PERMISSIONS.myNotifications)
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<Notification[]> {
    return this.service.mine(actor, unreadOnly, limit);
  }

  @Mutation(() => NotificationModel)
  @Allow(...NOTIFICATION_PERMISSIONS.markNotificationRead)
  markNotificationRead(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<Notification> {
    return this.service.markRead(actor, id);
  }

  @ResolveField(() => String, { description: "In the reader's language (Europe/Oslo times, amounts in kroner)." })
  subject(n: Notification, _args: unknown, ctx: GqlContext): string {
    const p = paramsOf(n);
    return p ? renderNotification(p, languageOf(ctx.loaders.actor)).subject : n.subject;
  }

  @ResolveField(() => String, { description: "In the reader's language (Europe/Oslo times, amounts in kroner)." })
  body(n: Notification, _args: unknown, ctx: GqlContext): string {
    const p = paramsOf(n);
    return p ? renderNotification(p, languageOf(ctx.loaders.actor)).body : n.body;
  }

  @ResolveField(() => NotificationTargetModel, { nullable: true, description: 'What it is about, for a link.' })
  target(n: Notification, _args: unknown, ctx: GqlContext): NotificationTargetModel | null {
    const p = paramsOf(n);
    const id = Number(n.entityId);
    if (!n.entityType || !Number.isSafeInteger(id)) return null;
    return {
      type: n.entityType,
      id,
      label: p ? notificationLabel(p, languageOf(ctx.loaders.actor)) : n.subject,
      bidId: p ? notificationBidId(p) : null,
    };
  }
}
