import { SYSTEM_ACTOR, addDays, rawQuery } from '@app/core';
import { UsersService } from '@app/identity';
import { Certificate, CertificateType, ClearanceLevel, MemberCapability } from '@app/members';
import { benchUsers } from '../lib/bench-users';
import type { DatasetModule } from './dataset-module';

/** Certificates a bench firm holds so that the leader's offers in the mixed load are not refused. */
const FULL_KIT = Object.values(CertificateType).filter((t) => t !== CertificateType.NADCAP);

/**
 * The users the load entries sign in as, created the way an administrator would (hashed
 * passwords, audit). The firms of the bench firm users are fully equipped (every capability and
 * a valid certificate of every type but NADCAP, clearance SECRET), so that the mixed load's
 * offers to them are eligible; an offer to an ineligible firm is refused, rightly, with CONFLICT.
 */
export const usersDataset: DatasetModule = {
  name: 'users',
  explicitIdTables: [],
  async build(ctx) {
    const users = ctx.app.get(UsersService);
    const list = benchUsers(ctx.spec.firmUsers);
    const firms: number[] = [];
    for (const u of list) {
      const firmId = u.firmIndex === undefined ? null : ctx.shared.activeMemberIds[u.firmIndex];
      if (firmId) firms.push(firmId);
      await users.create(SYSTEM_ACTOR, { email: u.email, displayName: u.displayName, password: u.password, role: u.role, firmId });
    }
    let capabilities = 0;
    let certificates = 0;
    await ctx.db.transaction(async (tx) => {
      for (const memberId of firms) {
        const have = new Set(
          (await rawQuery<{ code: string }>(tx, 'SELECT code FROM member_capability WHERE member_id = ?', [memberId])).map((r) => r.code),
        );
        const caps: Partial<MemberCapability>[] = ctx.shared.capabilityCodes
          .filter((code) => !have.has(code))
          .map((code) => ({
            memberId,
            code,
            level: null,
            keyEquipment: null,
            capacityHoursPerMonth: 2_000,
            hourlyRateOre: null,
            version: 1,
          }));
        const certs: Partial<Certificate>[] = FULL_KIT.map((type) => ({
          memberId,
          type,
          process: null,
          clearanceLevel: type === CertificateType.FACILITY_CLEARANCE ? ClearanceLevel.SECRET : null,
          issuer: 'Bench issuer',
          scope: 'bench firm: fully equipped',
          validFrom: addDays(ctx.anchor, -30),
          validUntil: addDays(ctx.anchor, 5 * 365),
          documentRef: null,
          version: 1,
        }));
        await ctx.insert(tx, MemberCapability, caps);
        await ctx.insert(tx, Certificate, certs);
        capabilities += caps.length;
        certificates += certs.length;
      }
    });
    return { app_user: list.length, member_capability: capabilities, certificate: certificates };
  },
};
