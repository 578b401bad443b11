import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, ANY_ROLE, CurrentActor, type GqlContext, Public, Role } from '@app/core';
import { AuditTrailService } from '../audit-trail.service';
import { AuthService } from '../auth.service';
import { UsersService } from '../users.service';
import { ChangeUserRoleInput, CreateUserInput, LoginInput } from './dto/user.input';
import { AuditRecordModel, LoginResultModel, UserModel } from './models/user.model';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly userService: UsersService,
    private readonly auditTrailService: AuditTrailService,
  ) {}

  @Mutation(() => LoginResultModel, { description: 'Signs in; returns a short-lived bearer token.' })
  @Public()
  login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<LoginResultModel> {
    return this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown');
  }

  @Query(() => UserModel, { description: 'The signed-in user, with role and firm.' })
  @Allow(...ANY_ROLE)
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.userService.me(actor);
  }

  @Query(() => [UserModel])
  @Allow(Role.ADMIN)
  users(@CurrentActor() actor: Actor): Promise<UserModel[]> {
    return this.userService.list(actor);
  }

  @Mutation(() => UserModel)
  @Allow(Role.ADMIN)
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.userService.create(actor, input);
  }

  @Mutation(() => UserModel)
  @Allow(Role.ADMIN)
  changeUserRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeUserRoleInput): Promise<UserModel> {
    return this.userService.changeRole(actor, input.userId, input.role, input.firmId);
  }

  @Mutation(() => UserModel, { description: "Blocks sign-in and invalidates the user's tokens at once." })
  @Allow(Role.ADMIN)
  deactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => Int }) userId: number): Promise<UserModel> {
    return this.userService.setActive(actor, userId, false);
  }

  @Mutation(() => UserModel)
  @Allow(Role.ADMIN)
  reactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => Int }) userId: number): Promise<UserModel> {
    return this.userService.setActive(actor, userId, true);
  }

  @Query(() => [AuditRecordModel], { description: 'The audit trail of one entity, newest first.' })
  @Allow(Role.ADMIN, Role.PROJECT_LEADER, Role.STEERING)
  auditTrail(
    @CurrentActor() actor: Actor,
    @Args('entityType') entityType: string,
    @Args('entityId') entityId: string,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<AuditRecordModel[]> {
    return this.auditTrailService.trail(actor, entityType, entityId, Math.min(Math.max(limit, 1), 1000));
  }
}
