import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ANONYMOUS, type Actor, Role } from './actor';

export const ALLOW_KEY = 'totalfly:allow';
export type Permission = { public: true } | { roles: Role[] };

/**
 * Declares which roles may call a query, mutation or route. Everything else is denied. Contexts
 * pass their permission map's entry: `@Allow(...TENDER_PERMISSIONS.createTender)`.
 */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOW_KEY, { roles } satisfies Permission);

/** Declares an operation open to anyone, signed in or not (only login and health). */
export const Public = () => SetMetadata(ALLOW_KEY, { public: true } satisfies Permission);

/** All signed-in roles (ROLES.ANY of the permission maps). */
export const ANY_ROLE: Role[] = [Role.ADMIN, Role.PROJECT_LEADER, Role.STEERING, Role.FIRM_USER];

export function actorFrom(ctx: ExecutionContext): Actor {
  const req = ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx).getContext().req : ctx.switchToHttp().getRequest();
  return (req?.actor as Actor | undefined) ?? ANONYMOUS;
}

/** Injects the calling Actor into a resolver or controller method. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => actorFrom(ctx));
