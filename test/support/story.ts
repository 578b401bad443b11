import { Role, SYSTEM_ACTOR, type UserActor } from '@app/core';
import { User, UsersService } from '@app/identity';
import { CapabilitiesService, CapabilityGroup, Member } from '@app/members';
import { CommitteeMember, DecisionKind, SteeringService } from '@app/steering';
import { Tender } from '@app/tenders';
import type { TestApp } from './test-app';

export const DEMO_TENDER_TITLE = 'Oppgradering av beltevogner, fase 2: engineering og verkstedtjenester';

export async function demoTender(t: TestApp): Promise<Tender> {
  return t.db.read((em) => em.findOneByOrFail(Tender, { title: DEMO_TENDER_TITLE }));
}

export async function memberByName(t: TestApp, name: string): Promise<Member> {
  return t.db.read((em) => em.findOneByOrFail(Member, { name }));
}

/** Creates (once) a FIRM_USER for a firm and returns a token. */
export async function firmUserToken(t: TestApp, firmName: string): Promise<string> {
  const m = await memberByName(t, firmName);
  const email = `user${m.id}@firm.example`;
  const users = t.app.get(UsersService);
  const existing = (await users.list(SYSTEM_ACTOR)).find((u) => u.email === email);
  if (!existing)
    await users.create(SYSTEM_ACTOR, {
      email,
      displayName: `User of ${firmName}`,
      password: 'firm-password-1',
      role: Role.FIRM_USER,
      firmId: m.id,
    });
  return t.login(email, 'firm-password-1');
}

/** The catalogue entry the pipeline tests' requirements and packages use: 5-axis machining. */
export async function addCnc5AxisToCatalogue(t: TestApp): Promise<void> {
  await t.app.get(CapabilitiesService).addCatalogueEntry(SYSTEM_ACTOR, {
    code: 'CNC_5AXIS',
    group: CapabilityGroup.MACHINING,
    nameNb: '5-akse',
    nameEn: '5-axis',
    defaultHourlyRateOre: 100000,
  });
}

/**
 * GO or NO_GO the only way there is: a TENDER_GO decision on a QUALIFYING tender, voted by the
 * chair and one other member of the seeded committee, closed by the project leader's rules.
 */
export async function decideTender(t: TestApp, tenderId: number, result: 'GO' | 'NO_GO' = 'GO'): Promise<number> {
  return decide(t, { kind: DecisionKind.TENDER_GO, tenderId }, result === 'GO');
}

/** A READY bid APPROVED the only way there is: a BID_APPROVAL decision the committee votes YES on. */
export async function approveBid(t: TestApp, bidId: number): Promise<number> {
  return decide(t, { kind: DecisionKind.BID_APPROVAL, bidId }, true);
}

async function decide(t: TestApp, input: { kind: DecisionKind; tenderId?: number; bidId?: number }, yes: boolean): Promise<number> {
  const steering = t.app.get(SteeringService);
  let committee = await t.db.read((em) => em.find(CommitteeMember, { order: { userId: 'ASC' } }));
  if (!committee.length) {
    // an unseeded database: a committee of two, made once
    const users = t.app.get(UsersService);
    const members = [];
    for (const name of ['chair', 'member']) {
      const u = await users.create(SYSTEM_ACTOR, {
        email: `styre-${name}@test.example`,
        displayName: `Steering ${name}`,
        password: 'steering-password-1',
        role: Role.STEERING,
        firmId: null,
      });
      members.push({ userId: u.id, chair: name === 'chair' });
    }
    committee = await steering.setCommittee(SYSTEM_ACTOR, members);
  }
  const voters = [committee.find((m) => m.chair)!, committee.find((m) => !m.chair)!];
  const d = await steering.open(SYSTEM_ACTOR, input);
  for (const m of voters) {
    const u = await t.db.read((em) => em.findOneByOrFail(User, { id: m.userId }));
    const actor: UserActor = { kind: 'user', userId: u.id, email: u.email, role: Role.STEERING, firmId: null };
    await steering.vote(actor, d.id, yes ? 'YES' : 'NO', null);
  }
  await steering.close(SYSTEM_ACTOR, d.id);
  return d.id;
}
