import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, Language, Public } from '@app/core';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import { AuditTrailService } from '../audit-trail.service';
import { AuthService, type SignedIn } from '../auth.service';
import type { User } from '../entities/user.entity';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../session-cookie';
import { SessionsService } from '../sessions.service';
import { UsersService } from '../users.service';
import { AuditRecordsArgs, ChangeMyPasswordInput, ChangeUserRoleInput, CreateUserInput, LoginInput } from './dto/user.input';
import { AuditRecordConnection, AuditRecordModel, LoginResultModel, UserModel } from './models/user.model';
import { IDENTITY_PERMISSIONS } from '../identity.permissions';

function withCookie(ctx: GqlContext, signedIn: SignedIn): LoginResultModel {
  if (signedIn.refresh) setSessionCookie(ctx, signedIn.refresh);
  return { token: signedIn.token, expiresAt: signedIn.expiresAt, user: signedIn.user };
}

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly userService: UsersService,
    private readonly sessions: SessionsService,
    private readonly auditTrailService: AuditTrailService,
    private readonly members: MemberByIdLoader,
  ) {}

  @Mutation(() => LoginResultModel, {
    description: 'Signs in; returns a short-lived bearer token and starts a browser session (the refresh cookie).',
  })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<LoginResultModel> {
    return withCookie(ctx, await this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown'));
  }

  @Mutation(() => LoginResultModel, {
    description:
      "Renews the access token from the browser session's refresh cookie and rotates the cookie. UNAUTHENTICATED (reason SESSION_ENDED) when the session was signed out, revoked or has expired.",
  })
  @Public()
  async refreshSession(@Context() ctx: GqlContext): Promise<LoginResultModel> {
    try {
      return withCookie(ctx, await this.auth.refresh(readSessionCookie(ctx)));
    } catch (e) {
      clearSessionCookie(ctx);
      throw e;
    }
  }

  @Mutation(() => Boolean, { description: "Signs out: ends this browser's session (its refresh cookie stops working)." })
  @Public()
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    const token = readSessionCookie(ctx);
    if (token) await this.sessions.end(token);
    clearSessionCookie(ctx);
    return true;
  }

  @Mutation(() => UserModel, { description: 'Sets your language for the console, notifications and CSV exports.' })
  @Allow(...IDENTITY_PERMISSIONS.setMyLanguage)
  // typed `string` here: an enum imported from another file is reflected as a class by SWC (tests)
  setMyLanguage(@CurrentActor() actor: Actor, @Args('language', { type: () => Language }) language: string): Promise<UserModel> {
    return this.userService.setLanguage(actor, language as Language);
  }

  @Mutation(() => LoginResultModel, {
    description: 'Changes your password. Every other session of yours ends; this one continues with a new token.',
  })
  @Allow(...IDENTITY_PERMISSIONS.changeMyPassword)
  async changeMyPassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeMyPasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<LoginResultModel> {
    const { user, refresh } = await this.userService.changeOwnPassword(actor, input.currentPassword, input.newPassword);
    return withCookie(ctx, { ...(await this.auth.accessToken(user)), user, refresh });
  }

  @ResolveField(() => MemberModel, { nullable: true, description: 'The member firm of a FIRM_USER (public profile).' })
  async firm(user: User, _args: unknown, ctx: GqlContext): Promise<Member | null> {
    return user.firmId ? ((await ctx.loaders.get(this.members).load(user.firmId)) ?? null) : null;
  }

  @Query(() => UserModel, { description: 'The signed-in user, with role and firm.' })
  @Allow(...IDENTITY_PERMISSIONS.me)
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.userService.me(actor);
  }

  @Query(() => [UserModel])
  @Allow(...IDENTITY_PERMISSIONS.users)
  users(@CurrentActor() actor: Actor): Promise<UserModel[]> {
    return this.userService.list(actor);
  }

  @Mutation(() => UserModel)
  @Allow(...IDENTITY_PERMISSIONS.createUser)
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.userService.create(actor, input);
  }

  @Mutation(() => UserModel)
  @Allow(...IDENTITY_PERMISSIONS.changeUserRole)
  changeUserRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeUserRoleInput): Promise<UserModel> {
    return this.userService.changeRole(actor, input.userId, input.role, input.firmId);
  }

  @Mutation(() => UserModel, { description: "Blocks sign-in and invalidates the user's tokens at once." })
  @Allow(...IDENTITY_PERMISSIONS.deactivateUser)
  deactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => Int }) userId: number): Promise<UserModel> {
    return this.userService.setActive(actor, userId, false);
  }

  @Mutation(() => UserModel)
  @Allow(...IDENTITY_PERMISSIONS.reactivateUser)
  reactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => Int }) userId: number): Promise<UserModel> {
    return this.userService.setActive(actor, userId, true);
  }

  @Query(() => [AuditRecordModel], { description: 'The audit trail of one entity, newest first.' })
  @Allow(...IDENTITY_PERMISSIONS.auditTrail)
  auditTrail(
    @CurrentActor() actor: Actor,
    @Args('entityType') entityType: string,
    @Args('entityId') entityId: string,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<AuditRecordModel[]> {
    return this.auditTrailService.trail(actor, entityType, entityId, Math.min(Math.max(limit, 1), 1000));
  }

  @Query(() => AuditRecordConnection, {
    description:
      'The whole audit trail, newest first, filtered by who (actor), what (action, entity) and when (from, to); the administrator.',
  })
  @Allow(...IDENTITY_PERMISSIONS.auditRecords)
  async auditRecords(@CurrentActor() actor: Actor, @Args() args: AuditRecordsArgs): Promise<AuditRecordConnection> {
    const page = await this.auditTrailService.search(actor, args.filter ?? {}, { first: args.first, after: args.after });
    return { nodes: page.items, pageInfo: page.pageInfo, totalCount: page.totalCount };
  }
}
