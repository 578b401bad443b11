import { SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { benchUsers } from '../lib/bench-users';
import type { DatasetModule } from './dataset-module';

/** The users the load entries sign in as, created the way an administrator would (hashed passwords, audit). */
export const usersDataset: DatasetModule = {
  name: 'users',
  explicitIdTables: [],
  async build(ctx) {
    const users = ctx.app.get(UsersService);
    const list = benchUsers(ctx.spec.firmUsers);
    for (const u of list) {
      const firmId = u.firmIndex === undefined ? null : ctx.shared.activeMemberIds[u.firmIndex];
      await users.create(SYSTEM_ACTOR, { email: u.email, displayName: u.displayName, password: u.password, role: u.role, firmId });
    }
    return { app_user: list.length };
  },
};
