import { addDays, osloDate, Role, SYSTEM_ACTOR } from '@app/core';
import { Bid, BidStatus } from '@app/bids';
import { UsersService } from '@app/identity';
import { CapabilitiesService, CertificatesService, CertificateType, MembersService } from '@app/members';
import { OrdersService } from '@app/orders';
import { Market, TenderStage, TendersService } from '@app/tenders';
import { addCnc5AxisToCatalogue, decideTender } from './support/story';
import { createTestApp, type TestApp } from './support/test-app';
import { ok } from './support/bid-story';

/**
 * The pipeline's risks follow a package from an active bid into the order the won bid becomes:
 * a certificate the package needs that expires before the package's window ends.
 */
describe('pipeline risks: active bids and active orders (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let firm: string;
  let memberId: number;
  let certificateId: number;
  let bidId: number;
  let wpId: number;
  const today = osloDate(new Date());
  const RISKS = `query { pipeline { risks { kind orderId bidId workPackageId memberId certificate validUntil windowEnd } } }`;
  const risks = async () => ok(await t.gql<{ pipeline: { risks: Record<string, unknown>[] } }>(RISKS, undefined, leader)).pipeline.risks;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const users = t.app.get(UsersService);
    await users.create(SYSTEM_ACTOR, { email: 'pl@r.example', displayName: 'PL', password: 'pl-password-1', role: Role.PROJECT_LEADER });
    leader = await t.login('pl@r.example', 'pl-password-1');
    const caps = t.app.get(CapabilitiesService);
    await addCnc5AxisToCatalogue(t);
    memberId = (await t.app.get(MembersService).register(SYSTEM_ACTOR, { name: 'Alfa AS', employees: 10, joinedOn: '2020-01-01' })).id;
    await caps.setMemberCapability(SYSTEM_ACTOR, { memberId, code: 'CNC_5AXIS', capacityHoursPerMonth: 500 });
    // valid through the whole window when the package is offered (an offer checks eligibility)
    certificateId = (
      await t.app.get(CertificatesService).add(SYSTEM_ACTOR, memberId, {
        type: CertificateType.ISO_9001,
        issuer: 'DNV',
        validFrom: '2020-01-01',
        validUntil: addDays(today, 90),
      })
    ).id;
    await users.create(SYSTEM_ACTOR, {
      email: 'alfa@r.example',
      displayName: 'Alfa',
      password: 'firm-password-1',
      role: Role.FIRM_USER,
      firmId: memberId,
    });
    firm = await t.login('alfa@r.example', 'firm-password-1');
    const tenders = t.app.get(TendersService);
    const tender = await tenders.create(SYSTEM_ACTOR, {
      title: 'Risk tender',
      buyerName: 'Buyer',
      market: Market.DEFENCE,
      estimatedValueMinor: 1_000_000_00,
      deadline: new Date(Date.now() + 100 * 86400000),
    });
    await tenders.moveStage(SYSTEM_ACTOR, tender.id, TenderStage.QUALIFYING, {});
    await decideTender(t, tender.id, 'GO');
    const req = await tenders.addRequirement(SYSTEM_ACTOR, tender.id, {
      capabilityCode: 'CNC_5AXIS',
      hours: 100,
      windowStart: addDays(today, 10),
      windowEnd: addDays(today, 60),
      requiredCertificates: [{ type: 'ISO_9001' }],
    });
    bidId = ok(
      await t.gql<{ createBid: { id: number } }>(`mutation { createBid(input: { tenderId: ${tender.id} }) { id } }`, undefined, leader),
    ).createBid.id;
    wpId = ok(
      await t.gql<{ addWorkPackage: { id: number } }>(
        'mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }',
        {
          i: {
            bidId,
            memberId,
            title: '5-axis',
            requirements: [{ requirementId: req.id, hours: 100 }],
            price: '5000000',
            windowStart: addDays(today, 10),
            windowEnd: addDays(today, 60),
          },
        },
        leader,
      ),
    ).addWorkPackage.id;
    ok(await t.gql(`mutation { offerWorkPackage(id: ${wpId}) { warnings } }`, undefined, leader));
    ok(await t.gql(`mutation { respondToWorkPackage(input: { workPackageId: ${wpId}, response: ACCEPT }) { status } }`, undefined, firm));
    // after accepting, the firm's ISO 9001 was renewed only until 20 days before the window ends
    await t.app.get(CertificatesService).update(SYSTEM_ACTOR, certificateId, { validUntil: addDays(today, 40) });
  }, 60_000);
  afterAll(() => t.close());

  it('reports the package of the active bid', async () => {
    expect(await risks()).toEqual([
      {
        kind: 'WORK_PACKAGE',
        orderId: null,
        bidId,
        workPackageId: wpId,
        memberId,
        certificate: 'ISO_9001',
        validUntil: addDays(today, 40),
        windowEnd: addDays(today, 60),
      },
    ]);
  });

  it('follows the package into the order once the bid is won, and lists it in the CSV export', async () => {
    // The steering flow to WON is covered by steering.e2e; here the bid is marked WON directly and
    // the order made by the same OrdersService.createFromBid that recordBidOutcome calls.
    const order = await t.db.transaction(async (tx) => {
      await tx.update(Bid, { id: bidId }, { status: BidStatus.WON, outcomeDate: today, awardedValueMinor: 50_000_00 });
      return t.app.get(OrdersService).createFromBid(tx, SYSTEM_ACTOR, await tx.findOneByOrFail(Bid, { id: bidId }));
    });
    expect(await risks()).toEqual([
      {
        kind: 'ORDER',
        orderId: order.id,
        bidId,
        workPackageId: wpId,
        memberId,
        certificate: 'ISO_9001',
        validUntil: addDays(today, 40),
        windowEnd: addDays(today, 60),
      },
    ]);
    const csv = ok(await t.gql<{ pipelineExport: string }>('{ pipelineExport(table: "RISKS") }', undefined, leader)).pipelineExport;
    expect(
      csv
        .replace(/^\ufeff/, '')
        .split('\r\n')
        .slice(0, 2),
    ).toEqual([
      'kind;order_id;bid_id;work_package_id;member_id;member;certificate;valid_until;window_end',
      `ORDER;${order.id};${bidId};${wpId};${memberId};Alfa AS;ISO_9001;${addDays(today, 40)};${addDays(today, 60)}`,
    ]);
  });

  it('drops the risk when the certificate is renewed past the window', async () => {
    await t.app.get(CertificatesService).update(SYSTEM_ACTOR, certificateId, { validUntil: addDays(today, 400) });
    expect(await risks()).toEqual([]);
  });
});
