import { Injectable } from '@nestjs/common';
import { type Actor, AppError, Database, Role, audit, hashPassword, hasRole } from '@app/core';
import { Member } from '@app/members';
import { User } from './entities/user.entity';

export interface CreateUser {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  firmId?: number | null;
}

function publicView(u: User) {
  return { email: u.email, role: u.role, firmId: u.firmId, active: u.active };
}

@Injectable()
export class UsersService {
  constructor(private readonly db: Database) {}

  private requireAdmin(actor: Actor): void {
    if (!hasRole(actor, Role.ADMIN)) throw AppError.forbidden('Only an administrator manages users.');
  }

  async me(actor: Actor): Promise<User> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const user = await this.db.read((em) => em.findOneBy(User, { id: actor.userId }));
    if (!user) throw AppError.unauthenticated();
    return user;
  }

  async list(actor: Actor): Promise<User[]> {
    this.requireAdmin(actor);
    return this.db.read((em) => em.find(User, { order: { email: 'ASC' } }));
  }

  async create(actor: Actor, input: CreateUser): Promise<User> {
    this.requireAdmin(actor);
    const email = input.email.trim().toLowerCase();
    const firmId = input.firmId ?? null;
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (tx) => {
      await this.checkFirm(tx, input.role, firmId);
      if (await tx.existsBy(User, { email })) throw AppError.conflict(`A user with email ${email} already exists.`, { field: 'email' });
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
    this.requireAdmin(actor);
    return this.db.transaction(async (tx) => {
      const user = await tx.findOneBy(User, { id: userId });
      if (!user) throw AppError.notFound('User', userId);
      const nextFirm = role === Role.FIRM_USER ? (firmId ?? user.firmId) : null;
      await this.checkFirm(tx, role, nextFirm);
      if (actor.kind === 'user' && actor.userId === userId && role !== Role.ADMIN) {
        throw AppError.conflict('You cannot remove your own administrator role; ask another administrator.');
      }
      const before = publicView(user);
      user.role = role;
      user.firmId = nextFirm;
      await tx.save(user);
      await audit(tx, actor, { action: 'changeUserRole', entityType: 'User', entityId: user.id, before, after: publicView(user) });
      return user;
    });
  }

  async setActive(actor: Actor, userId: number, active: boolean): Promise<User> {
    this.requireAdmin(actor);
    return this.db.transaction(async (tx) => {
      const user = await tx.findOneBy(User, { id: userId });
      if (!user) throw AppError.notFound('User', userId);
      if (!active && actor.kind === 'user' && actor.userId === userId) throw AppError.conflict('You cannot deactivate yourself.');
      const before = publicView(user);
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

  private async checkFirm(tx: import('@app/core').Tx, role: Role, firmId: number | null): Promise<void> {
    if (role === Role.FIRM_USER) {
      if (!firmId)
        throw AppError.badInput('A firm user must belong to a member firm: give firmId.', [
          { field: 'firmId', message: 'required for FIRM_USER' },
        ]);
      if (!(await tx.existsBy(Member, { id: firmId }))) throw AppError.notFound('Member', firmId);
    } else if (firmId) {
      throw AppError.badInput(`Only FIRM_USER accounts belong to a firm; a ${role} has no firmId.`, [
        { field: 'firmId', message: 'must be empty' },
      ]);
    }
  }
}
