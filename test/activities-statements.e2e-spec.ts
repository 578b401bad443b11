import { addDays, osloDate, Role, SYSTEM_ACTOR } from '@app/core';
import {
  Activity,
  ActivityBudgetLine,
  ActivityEvaluation,
  ActivityFirm,
  ActivityKind,
  ActivityLink,
  ActivityLinkKind,
  ActivityMilestone,
  ActivityPlanRevision,
  ActivityStatus,
  ActivityStatusReport,
  BoardArea,
  BoardAreaVersion,
  FollowUpStatus,
  FundingSource,
  GoalsMet,
} from '@app/activities';
import { User, UsersService } from '@app/identity';
import { Member } from '@app/members';
import { Order, OrderStatus } from '@app/orders';
import { Grant } from '@app/pipeline';
import { CommitteeMember, DecisionKind, DecisionStatus, SteeringDecision } from '@app/steering';
import { codeOf, createTestApp, type TestApp } from './support/test-app';

/**
 * No N+1 on the activities: the steering dashboard's list with every part, a firm user's list,
 * the board areas' history and the pipeline's activity returns cost the same number of SQL
 * statements with 5 and with 500 activities (and as many firms, reports, links, orders).
 * Counted by the app (x-sql-statements), never timed.
 */
describe('activities: SQL statements per request do not grow with the data (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let firmUser: string;
  let firmId = 0;
  let made = 0;
  const today = osloDate(new Date());

  async function grow(n: number): Promise<void> {
    await t.db.transaction(async (tx) => {
      const now = new Date();
      const contact = (await tx.findOneByOrFail(User, { email: 'contact@n1.example' })).id;
      const leaderId = (await tx.findOneByOrFail(User, { email: 'leader@n1.example' })).id;
      for (; made < n; made++) {
        const k = made;
        const name = `Activity Firm ${String(k).padStart(4, '0')} AS`;
        const m = await tx.save(tx.create(Member, { name, sortName: name.toLowerCase(), createdAt: now, updatedAt: now }));
        if (!firmId) firmId = m.id;
        const status = [ActivityStatus.APPROVED, ActivityStatus.DRAFT, ActivityStatus.CLOSED][k % 3];
        const a = await tx.save(
          tx.create(Activity, {
            title: `Activity ${k}`,
            kind: ActivityKind.MEMBER_SERVICE,
            areaCode: 'MEMBERS',
            goals: 'x',
            projectLeaderUserId: leaderId,
            contactUserId: contact,
            status,
            approvedRevision: status === ActivityStatus.DRAFT ? null : 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
        // every activity has the first firm (the firm user's) and its own
        await tx.insert(
          ActivityFirm,
          [...new Set([firmId, m.id])].map((memberId) => ({ activityId: a.id, memberId })),
        );
        await tx.insert(ActivityBudgetLine, [
          { activityId: a.id, source: FundingSource.GRANT, grantId: 1, amountMinor: 100_00, note: '' },
          { activityId: a.id, source: FundingSource.OWN_FUNDS, grantId: null, amountMinor: 50_00, note: '' },
        ]);
        await tx.insert(ActivityMilestone, [
          { activityId: a.id, title: 'Past', dueDate: addDays(today, -10) },
          { activityId: a.id, title: 'Next', dueDate: addDays(today, 10) },
        ]);
        await tx.insert(ActivityStatusReport, [
          {
            activityId: a.id,
            status: FollowUpStatus.ON_TRACK,
            text: 'ok',
            date: addDays(today, -20),
            authorUserId: contact,
            createdAt: now,
          },
          {
            activityId: a.id,
            status: FollowUpStatus.AT_RISK,
            text: 'hm',
            date: addDays(today, -15),
            authorUserId: contact,
            createdAt: now,
          },
        ]);
        const o = await tx.insert(Order, {
          buyerName: 'B',
          contractReference: `A-${k}`,
          awardedValueMinor: 1000_00,
          currency: 'NOK',
          awardDate: today,
          status: OrderStatus.ACTIVE,
          createdAt: now,
        });
        await tx.insert(ActivityLink, {
          activityId: a.id,
          kind: ActivityLinkKind.ORDER,
          targetId: Number(o.identifiers[0].id),
          linkedAt: now,
        });
        if (status !== ActivityStatus.DRAFT) {
          const d = await tx.save(
            tx.create(SteeringDecision, {
              kind: DecisionKind.ACTIVITY_APPROVAL,
              tenderId: null,
              bidId: null,
              activityId: a.id,
              question: 'q',
              status: DecisionStatus.CLOSED,
              committeeUserIds: [contact],
              chairUserId: contact,
              result: 'APPROVED',
              openedAt: now,
              closedAt: now,
            }),
          );
          await tx.insert(ActivityPlanRevision, {
            activityId: a.id,
            revision: 1,
            plan: JSON.stringify({ budget: [{ source: 'GRANT', grantId: 1, amountMinor: 100_00, note: '' }], milestones: [], firmIds: [] }),
            decisionId: d.id,
            approvedAt: now,
          });
        }
        if (status === ActivityStatus.CLOSED)
          await tx.insert(ActivityEvaluation, {
            activityId: a.id,
            goalsMet: GoalsMet.MET,
            goalsComment: '',
            spentMinor: 120_00,
            lessons: 'l',
            authorUserId: contact,
            evaluatedAt: now,
          });
      }
      // the board areas: one more version each time
      const v = await tx.save(tx.create(BoardAreaVersion, { setByUserId: null, setAt: now }));
      await tx.insert(BoardArea, { versionId: v.id, code: 'MEMBERS', nameNb: 'Medlemmer', nameEn: 'Members', holderUserId: contact });
    });
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const users = t.app.get(UsersService);
    await users.create(SYSTEM_ACTOR, {
      email: 'leader@n1.example',
      displayName: 'L',
      password: 'long-password-1',
      role: Role.PROJECT_LEADER,
    });
    const c = await users.create(SYSTEM_ACTOR, {
      email: 'contact@n1.example',
      displayName: 'C',
      password: 'long-password-1',
      role: Role.STEERING,
    });
    await t.db.transaction(async (tx) => {
      await tx.insert(CommitteeMember, { userId: c.id, chair: true, since: new Date() });
      await tx.insert(Grant, {
        source: 'IN',
        amountMinor: 600_000_00,
        currency: 'NOK',
        date: '2005-01-15',
        purpose: 'p',
        createdAt: new Date(),
      });
    });
    await grow(5);
    await users.create(SYSTEM_ACTOR, {
      email: 'firm@n1.example',
      displayName: 'F',
      password: 'long-password-1',
      role: Role.FIRM_USER,
      firmId,
    });
    leader = await t.login('leader@n1.example', 'long-password-1');
    firmUser = await t.login('firm@n1.example', 'long-password-1');
  });
  afterAll(() => t.close());

  const LIST = `{ activities { id title status projectLeader { name } contact { name } firms { memberId name }
    budget { amount { minorUnits } } budgetTotal { minorUnits } milestones { title followUpOverdue } links { kind targetId }
    statusReports { status date } overdueFollowUps revisions { revision budgetTotal { minorUnits } } changedSinceApproval openDecisionId
    evaluation { goalsMet spent { minorUnits } } figures { ordersWon { minorUnits } returnPerKroneSpent } } }`;
  const SCENARIOS: [string, string, () => string, (d: Record<string, unknown>) => number][] = [
    ['activities (the steering dashboard, every part)', LIST, () => leader, (d) => (d.activities as unknown[]).length],
    ['activities as a firm user', LIST, () => firmUser, (d) => (d.activities as unknown[]).length],
    [
      'boardAreaHistory { areas { holder } }',
      '{ boardAreaHistory { version areas { code holder { name } } } }',
      () => leader,
      (d) => (d.boardAreaHistory as unknown[]).length,
    ],
    [
      'pipeline { activityReturns }',
      '{ pipeline { activityReturns { activityId ordersWon { minorUnits } returnPerKroneGrant } } }',
      () => leader,
      (d) => ((d.pipeline as { activityReturns: unknown[] }).activityReturns ?? []).length,
    ],
  ];

  it('costs the same at 5 and at 500 activities', async () => {
    const measure = async () => {
      const out: { rows: number; statements: number }[] = [];
      for (const [, query, as, rows] of SCENARIOS) {
        const r = await t.gql<Record<string, unknown>>(query, undefined, as());
        expect(codeOf(r)).toBe('OK');
        out.push({ rows: rows(r.data!), statements: r.sqlStatements });
      }
      return out;
    };
    const small = await measure();
    await grow(500);
    const large = await measure();
    expect(small.map((s) => s.rows)).toEqual([5, 5, 1, 1]);
    expect(large.map((s) => s.rows)).toEqual([500, 500, 2, 166]);
    for (const s of small) expect(Number.isFinite(s.statements)).toBe(true);
    expect(large.map((s) => s.statements)).toEqual(small.map((s) => s.statements));
    // auth user; activities; firms, budget, milestones, links, reports, revisions, evaluations,
    // open decisions; orders; users (names), members (names)
    expect(small[0].statements).toBeLessThanOrEqual(14);
  });
});
