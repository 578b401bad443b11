import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppError,
  Database,
  Language,
  Role,
  audit,
  hashPassword,
  verifyPassword,
  demand,
  ErrorReason,
  FieldRule,
} from '@app/core';
import { Member } from '@app/members';
import { User } from './entities/user.entity';
import { type IssuedRefresh, SessionsService } from './sessions.service';
import { IDENTITY_PERMISSIONS } from './identity.permissions';

export interface CreateUser {
  email: string;
  displayName: string;
  password: string;
  /** The password's hash made beforehand (the demo's users, `DEMO_PASSWORD_HASHES`): used as it is, not made again. */
  passwordHash?: string;
  role: Role;
  firmId?: number | null;
}

function publicView(u: User) {
  return { email: u.email, role: u.role, firmId: u.firmId, active: u.active };
}

const MANAGE_REFUSED = 'Only an administrator manages users.';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsService,
  ) {}

  async me(actor: Actor): Promise<User> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const user = await this.db.read((em) => em.findOneBy(User, { id: actor.userId }));
    if (!user) throw AppError.unauthenticated();
    return user;
  }

  async list(actor: Actor): Promise<User[]> {
    demand(actor, IDENTITY_PERMISSIONS.users, MANAGE_REFUSED);
    return this.db.read((em) => em.find(User, { order: { email: 'ASC' } }));
  }

  async create(actor: Actor, input: CreateUser): Promise<User> {
    demand(actor, IDENTITY_PERMISSIONS.createUser, MANAGE_REFUSED);
    const email = input.email.trim().toLowerCase();
    const firmId = input.firmId ?? null;
    const passwordHash = input.passwordHash ?? (await hashPassword(input.password));
    return this.db.transaction(async (tx) => {
      await this.checkFirm(tx, input.role, firmId);
      if (await tx.existsBy(User, { email }))
        throw AppError.conflict(`A user with email ${email} already exists.`, { reason: ErrorReason.ALREADY_EXISTS, field: 'email' });
      const user = await tx.save(
        tx.create(User, {
          email,
          displayName: input.displayName.trim(),
          passwordHash,
          role: input.role,
          firmId,
          active: true,
          createdAt: new Date(),
        }),
      );
      await audit(tx, actor, { action: 'createUser', entityType: 'User', entityId: user.id, after: publicView(user) });
      return user;
    });
  }

  async changeRole(actor: Actor, userId: number, role: Role, firmId: number | null | undefined): Promise<User> {
    demand(actor, IDENTITY_PERMISSIONS.changeUserRole, MANAGE_REFUSED);
    return this.db.transaction(async (tx) => {
      const user = await tx.findOneBy(User, { id: userId });
      if (!user) throw AppError.notFound('User', userId);
      const nextFirm = role === Role.FIRM_USER ? (firmId ?? user.firmId) : null;
      await this.checkFirm(tx, role, nextFirm);
      if (actor.kind === 'user' && actor.userId === userId && role !== Role.ADMIN) {
        throw AppError.conflict('You cannot remove your own administrator role; ask another administrator.');
      }
      const before = publicView(user);
      const changed = user.role !== role || user.firmId !== nextFirm;
      user.role = role;
      user.firmId = nextFirm;
      // What the person may do changed: their browser sessions end (the access token in hand
      // already carries the new role, since the user is re-read on every request).
      if (changed) await this.sessions.revokeAll(tx, user.id, 'ROLE_CHANGED');
      await tx.save(user);
      await audit(tx, actor, { action: 'changeUserRole', entityType: 'User', entityId: user.id, before, after: publicView(user) });
      return user;
    });
  }

  async setActive(actor: Actor, userId: number, active: boolean): Promise<User> {
    demand(actor, IDENTITY_PERMISSIONS[active ? 'reactivateUser' : 'deactivateUser'], MANAGE_REFUSED);
    return this.db.transaction(async (tx) => {
      const user = await tx.findOneBy(User, { id: userId });
      if (!user) throw AppError.notFound('User', userId);
      if (!active && actor.kind === 'user' && actor.userId === userId) throw AppError.conflict('You cannot deactivate yourself.');
      const before = publicView(user);
      // an inactive user's access tokens are refused at once; their sessions end too
      if (user.active && !active) await this.sessions.revokeAll(tx, user.id, 'DEACTIVATED');
      user.active = active;
      await tx.save(user);
      await audit(tx, actor, {
        action: active ? 'reactivateUser' : 'deactivateUser',
        entityType: 'User',
        entityId: user.id,
        before,
        after: publicView(user),
      });
      return user;
    });
  }

  /** The signed-in person's language for the console, notifications and exports. */
  async setLanguage(actor: Actor, language: Language): Promise<User> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.transaction(async (tx) => {
      const user = await tx.findOneBy(User, { id: actor.userId });
      if (!user) throw AppError.unauthenticated();
      if (user.language !== language) {
        await tx.update(User, { id: user.id }, { language });
        user.language = language;
      }
      return user;
    });
  }

  /**
   * Changes the signed-in person's own password. Every session of theirs ends (other browsers
   * sign in again); this browser gets a new session, returned for its cookie.
   */
  async changeOwnPassword(actor: Actor, current: string, next: string): Promise<{ user: User; refresh: IssuedRefresh }> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const user = await this.db.read((em) => em.findOneBy(User, { id: actor.userId }));
    if (!user) throw AppError.unauthenticated();
    if (!(await verifyPassword(current, user.passwordHash)))
      throw AppError.badInput('The current password is wrong.', [
        { field: 'currentPassword', message: 'wrong password', rule: FieldRule.WRONG_PASSWORD },
      ]);
    if (next === current)
      throw AppError.badInput('The new password must differ from the current one.', [
        { field: 'newPassword', message: 'same as the current', rule: FieldRule.SAME_AS_CURRENT },
      ]);
    const passwordHash = await hashPassword(next);
    return this.db.transaction(async (tx) => {
      const fresh = await tx.findOneByOrFail(User, { id: user.id });
      fresh.passwordHash = passwordHash;
      fresh.sessionVersion++;
      await this.sessions.revokeAll(tx, fresh.id, 'PASSWORD_CHANGED');
      await tx.save(fresh);
      const refresh = await this.sessions.start(tx, fresh.id);
      await audit(tx, actor, { action: 'changeOwnPassword', entityType: 'User', entityId: fresh.id, after: publicView(fresh) });
      return { user: fresh, refresh };
    });
  }

  private async checkFirm(tx: import('@app/core').Tx, role: Role, firmId: number | null): Promise<void> {
    if (role === Role.FIRM_USER) {
      if (!firmId)
        throw AppError.badInput('A firm user must belong to a member firm: give firmId.', [
          { field: 'firmId', message: 'required for FIRM_USER', rule: FieldRule.REQUIRED },
        ]);
      if (!(await tx.existsBy(Member, { id: firmId }))) throw AppError.notFound('Member', firmId);
    } else if (firmId) {
      throw AppError.badInput(`Only FIRM_USER accounts belong to a firm; a ${role} has no firmId.`, [
        { field: 'firmId', message: 'must be empty', rule: FieldRule.LEAVE_EMPTY },
      ]);
    }
  }
}
