import { AppError } from '../errors/app-error';
import { type Actor, Role, type UserActor } from './actor';

const { ADMIN, PROJECT_LEADER, STEERING, FIRM_USER } = Role;

/**
 * The role sets the contexts' permission maps are made of. Each context says who may do what in
 * one file (`libs/<context>/src/<context>.permissions.ts`, built with `permissions()`); its
 * resolvers' `@Allow(...MAP.operation)` and its services' `demand(actor, MAP.operation)` read the
 * same entry, so the guard and the service cannot disagree.
 */
export const ROLES = {
  /** Every signed-in role. */
  ANY: [ADMIN, PROJECT_LEADER, STEERING, FIRM_USER],
  /** The association's staff and leadership. */
  ASSOCIATION: [ADMIN, PROJECT_LEADER, STEERING],
  /** Those who run the association's business. */
  LEADERSHIP: [ADMIN, PROJECT_LEADER],
  /** The leadership, and the member firms for their own rows (the service checks which rows). */
  LEADERSHIP_AND_FIRMS: [ADMIN, PROJECT_LEADER, FIRM_USER],
  ADMIN_ONLY: [ADMIN],
  STEERING_ONLY: [STEERING],
  /** The member firms' own users. */
  FIRMS: [FIRM_USER],
} as const satisfies Record<string, readonly Role[]>;

/** One context's map: operation (or rule) → the roles that may do it. */
export type PermissionMap = Readonly<Record<string, readonly Role[]>>;

/** Declares a context's permission map (frozen, keys kept for the type checker). */
export function permissions<const M extends PermissionMap>(map: M): M {
  return Object.freeze(map);
}

/** True when the actor is signed in with one of the roles (narrows to a user). */
export function may<R extends Role>(actor: Actor, roles: readonly R[]): actor is UserActor & { readonly role: R } {
  return actor.kind === 'user' && (roles as readonly Role[]).includes(actor.role);
}

/**
 * The service's own check of a map entry: UNAUTHENTICATED for no one signed in, FORBIDDEN with
 * the message when the role is not in the set. Row-level rules (own firm only) follow it.
 */
export function demand<R extends Role>(
  actor: Actor,
  roles: readonly R[],
  message?: string,
): asserts actor is UserActor & { readonly role: R } {
  if (actor.kind !== 'user') throw AppError.unauthenticated();
  if (!(roles as readonly Role[]).includes(actor.role)) throw AppError.forbidden(message);
}
