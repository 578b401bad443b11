import type { GqlResult, TestApp } from './test-app';
import { USERS } from './test-app';
import { demoTender, firmUserToken, memberByName } from './story';

export function ok<T>(r: GqlResult<T>): T {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

/**
 * Plays the joint-offers story up to a READY bid on the demo tender (the tender must already be
 * GO): bid from the best suggestion, all packages offered and accepted, one after a counter-offer.
 */
export async function readyBid(t: TestApp): Promise<{ bidId: number; tenderId: number }> {
  const leader = await t.login(USERS.leader.email);
  const tenderId = (await demoTender(t)).id;
  const created = ok(
    await t.gql<{ createBidFromSuggestion: { id: number } }>(
      `mutation { createBidFromSuggestion(input: { tenderId: ${tenderId}, rank: 1 }) { id } }`,
      undefined,
      leader,
    ),
  );
  const bidId = created.createBidFromSuggestion.id;
  const bid = ok(
    await t.gql<{ bid: { workPackages: { id: number; memberId: number }[] } }>(
      `{ bid(id: ${bidId}) { workPackages { id memberId } } }`,
      undefined,
      leader,
    ),
  );
  for (const p of bid.bid.workPackages) {
    ok(await t.gql(`mutation { offerWorkPackage(id: ${p.id}) { warnings } }`, undefined, leader));
    const nammo = await memberByName(t, 'Nammo Raufoss AS');
    const name = (await t.db.read((em) => em.query(`SELECT name FROM member WHERE id = ${p.memberId}`)))[0].name as string;
    const tok = p.memberId === nammo.id ? await t.login(USERS.firmA.email) : await firmUserToken(t, name);
    ok(await t.gql(`mutation { respondToWorkPackage(input: { workPackageId: ${p.id}, response: ACCEPT }) { status } }`, undefined, tok));
  }
  ok(await t.gql(`mutation { markBidReady(bidId: ${bidId}) { status } }`, undefined, leader));
  return { bidId, tenderId };
}
