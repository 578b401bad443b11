import { type Actor, AppError, ErrorCode, Role, hasRole, ErrorReason, may } from '@app/core';
import { MEMBER_PERMISSIONS } from './members.permissions';

/**
 * Who may change a firm's profile, capabilities and certificates: the association's
 * administrator and project leader, and the firm's own users. Member profiles are visible to
 * every signed-in user, so a refused edit says FORBIDDEN rather than pretending the firm is missing.
 */
export function assertCanEditFirm(actor: Actor, memberId: number): void {
  if (may(actor, MEMBER_PERMISSIONS.editAnyFirm)) return;
  if (hasRole(actor, Role.FIRM_USER) && actor.firmId === memberId) return;
  throw new AppError(
    ErrorCode.FORBIDDEN,
    actor.kind === 'user' && actor.role === Role.FIRM_USER
      ? "You can only change your own firm's profile."
      : "Only the project leader, an administrator or the firm itself can change a firm's profile.",
    { details: { reason: ErrorReason.NOT_YOUR_FIRM, memberId } },
  );
}

export function assertSignedIn(actor: Actor): asserts actor is Extract<Actor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw AppError.unauthenticated();
}
