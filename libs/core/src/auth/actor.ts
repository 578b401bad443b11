import { registerEnumType } from '@nestjs/graphql';
import type { Language } from '../i18n/language';

export enum Role {
  ADMIN = 'ADMIN',
  PROJECT_LEADER = 'PROJECT_LEADER',
  STEERING = 'STEERING',
  FIRM_USER = 'FIRM_USER',
}
registerEnumType(Role, { name: 'Role', description: 'What a signed-in user may do; see README "Roles".' });

export interface UserActor {
  readonly kind: 'user';
  readonly userId: number;
  readonly email: string;
  readonly role: Role;
  /** Set for FIRM_USER only: the one member firm the user belongs to. */
  readonly firmId: number | null;
  /** The language the person reads in (notifications, exports); bokmål when unset. */
  readonly language?: Language;
}
export interface AnonymousActor {
  readonly kind: 'anonymous';
}
/** Who is calling. Services take it as their first argument and apply row-level rules to it. */
export type Actor = UserActor | AnonymousActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** A trusted actor for seeding and CLI jobs run by an operator on the server itself. */
export const SYSTEM_ACTOR: UserActor = { kind: 'user', userId: 0, email: 'system@localhost', role: Role.ADMIN, firmId: null };

/** True when the actor is signed in with one of the roles (narrows the role, not just the kind). */
export function hasRole<R extends Role>(actor: Actor, ...roles: R[]): actor is UserActor & { readonly role: R } {
  return actor.kind === 'user' && (roles as Role[]).includes(actor.role);
}

/** The association's staff and leadership: see every firm's private data. */
export function isAssociation(actor: Actor): boolean {
  return hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER, Role.STEERING);
}

/** True when the actor may see private data of `firmId` (own firm, or association staff). */
export function canSeeFirmPrivate(actor: Actor, firmId: number): boolean {
  if (actor.kind !== 'user') return false;
  return actor.role !== Role.FIRM_USER || actor.firmId === firmId;
}

/** True when the actor is a user of exactly this member firm. */
export function isFirmUserOf(actor: Actor, firmId: number): boolean {
  return actor.kind === 'user' && actor.role === Role.FIRM_USER && actor.firmId === firmId;
}
