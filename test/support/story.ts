import { Role, SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { CapabilitiesService, CapabilityGroup, Member } from '@app/members';
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
