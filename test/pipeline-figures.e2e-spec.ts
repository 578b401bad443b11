import { addDays, osloDate, osloStartOfDay, Role, SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { Market, TendersService } from '@app/tenders';
import { createTestApp, type TestApp } from './support/test-app';
import { ok } from './support/bid-story';

/**
 * What each pipeline figure means, on small datasets worked out by hand (issue 24): one rule for
 * days left, packages counted once per firm, won value by estimate and by award kept apart, return
 * on grants to the period's end, royalties owed as the balance at the period's end, outcomes by
 * their own date.
 */
describe('pipeline figures and their meaning (e2e)', () => {
  let t: TestApp;
  let steering: string;
  const today = osloDate(new Date());

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const users = t.app.get(UsersService);
    await users.create(SYSTEM_ACTOR, { email: 'sc@f.example', displayName: 'SC', password: 'sc-password-1', role: Role.STEERING });
    steering = await t.login('sc@f.example', 'sc-password-1');
  }, 60_000);
  afterAll(() => t.close());

  it('counts days left one way: Oslo calendar days to the deadline day, on the tender and in the pipeline', async () => {
    const tenders = t.app.get(TendersService);
    // due at 00:00 (the end of the day before: 19 days) and at 23:59 (20 days) of today + 20;
    // rounding hours, as the pipeline did, gives 20 and 21 before noon and 19 and 20 after it
    const day = addDays(today, 20);
    const midnight = osloStartOfDay(day);
    const lateEvening = new Date(osloStartOfDay(addDays(day, 1)).getTime() - 60_000);
    const ids: number[] = [];
    for (const [title, deadline] of [
      ['Due at midnight', midnight],
      ['Due late evening', lateEvening],
    ] as const) {
      ids.push((await tenders.create(SYSTEM_ACTOR, { title, buyerName: 'Buyer', market: Market.DEFENCE, deadline })).id);
    }
    const r = ok(
      await t.gql<{
        pipeline: { upcomingDeadlines: { tenderId: number; daysLeft: number }[] };
        tenders: { nodes: { id: number; daysToDeadline: number }[] };
      }>('{ pipeline { upcomingDeadlines { tenderId daysLeft } } tenders(first: 50) { nodes { id daysToDeadline } } }', undefined, steering),
    );
    const inPipeline = ids.map((id) => r.pipeline.upcomingDeadlines.find((d) => d.tenderId === id)?.daysLeft);
    const onTender = ids.map((id) => r.tenders.nodes.find((n) => n.id === id)?.daysToDeadline);
    expect(inPipeline).toEqual([19, 20]);
    expect(onTender).toEqual([19, 20]);
  });
});
