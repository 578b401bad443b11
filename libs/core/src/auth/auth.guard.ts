import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppError, ErrorCode } from '../errors/app-error';
import { ErrorReason } from '../errors/error-reason';
import { ALLOW_KEY, actorFrom, type Permission } from './allow.decorator';
import { SlidingWindowLimiter } from './rate-limiter';

/**
 * The one global guard. Fails closed: an operation without @Allow/@Public is refused, so a
 * forgotten declaration can never open data (and the authorization matrix test catches it).
 * It also limits mutations per user.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');
  private readonly mutations: SlidingWindowLimiter;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.mutations = new SlidingWindowLimiter(config.mutationRateLimitPerMinute, 60_000);
  }

  canActivate(ctx: ExecutionContext): boolean {
    const isGraphql = ctx.getType<string>() === 'graphql';
    const parent = isGraphql ? (ctx.getArgByIndex(3) as { parentType?: { name?: string } } | undefined)?.parentType?.name : undefined;
    // Field resolvers of object types inherit the decision of the operation that reached them.
    if (isGraphql && parent !== 'Query' && parent !== 'Mutation') return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!permission) {
      this.logger.error({ msg: 'operation has no @Allow or @Public declaration; refusing', handler: ctx.getHandler().name });
      throw AppError.forbidden('This operation is not open to anyone yet.');
    }
    if ('public' in permission) return true;
    const req = isGraphql ? GqlExecutionContext.create(ctx).getContext().req : ctx.switchToHttp().getRequest();
    if (req?.authError instanceof AppError) throw req.authError;
    const actor = actorFrom(ctx);
    if (actor.kind === 'anonymous') {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first: send a valid token as "Authorization: Bearer <token>".', {
        details: { reason: ErrorReason.NOT_SIGNED_IN },
      });
    }
    if (!permission.roles.includes(actor.role)) {
      throw new AppError(ErrorCode.FORBIDDEN, `Your role ${actor.role} may not do this. Allowed: ${permission.roles.join(', ')}.`, {
        details: { reason: ErrorReason.ROLE_NOT_ALLOWED, allowed: permission.roles },
      });
    }
    if (parent === 'Mutation' && !this.mutations.tryHit(String(actor.userId))) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many changes in a short time; wait a minute and try again.');
    }
    return true;
  }
}
