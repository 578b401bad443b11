/**
 * The plan's arithmetic, pure: what an approved revision freezes, whether a working plan differs
 * from it, and an evaluation's figures. Money is integer øre (NOK); ratios are exact decimals
 * with two places, rounded half up, never binary floats.
 */
export interface FrozenPlan {
  budget: { source: string; grantId: number | null; amountMinor: number; note: string }[];
  milestones: { title: string; dueDate: string }[];
  firmIds: number[];
}

export function planOf(
  budget: { source: string; grantId: number | null; amountMinor: number; note: string }[],
  milestones: { title: string; dueDate: string }[],
  firmIds: number[],
): FrozenPlan {
  return {
    budget: budget.map((b) => ({ source: b.source, grantId: b.grantId ?? null, amountMinor: Number(b.amountMinor), note: b.note ?? '' })),
    milestones: [...milestones]
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
      .map((m) => ({ title: m.title, dueDate: m.dueDate })),
    firmIds: [...firmIds].sort((a, b) => a - b),
  };
}

/** Budget and milestones are what an approval covers; the firms taking part may change freely. */
export function samePlan(a: FrozenPlan, b: FrozenPlan): boolean {
  const key = (p: FrozenPlan) =>
    JSON.stringify({
      budget: [...p.budget]
        .map((x) => [x.source, x.grantId, x.amountMinor, x.note])
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
      milestones: p.milestones.map((m) => [m.title, m.dueDate]),
    });
  return key(a) === key(b);
}

export function budgetTotal(plan: FrozenPlan): number {
  return plan.budget.reduce((s, b) => s + b.amountMinor, 0);
}

export function grantTotal(plan: FrozenPlan): number {
  return plan.budget.filter((b) => b.source === 'GRANT').reduce((s, b) => s + b.amountMinor, 0);
}

/** a / b with two decimals, rounded half up, as a string ("26.67"); null when b is 0. */
export function ratio(a: number, b: number): string | null {
  if (!b) return null;
  const n = BigInt(a) * 200n + BigInt(b);
  const hundredths = n / (2n * BigInt(b));
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${frac}`;
}

export interface ActivityFigures {
  /** The approved revision's budget (null before the first approval). */
  budgetMinor: number | null;
  /** Of it, from grants of the register. */
  grantMinor: number | null;
  /** What the evaluation says was spent (null until closed). */
  spentMinor: number | null;
  /** spent − budget: above 0 is an overrun. */
  varianceMinor: number | null;
  ordersWonCount: number;
  /** Σ the awarded values of the linked orders that are not cancelled (NOK). */
  ordersWonMinor: number;
  /** Orders won per krone spent. */
  returnPerKroneSpent: string | null;
  /** Orders won per krone of grant in the approved budget. */
  returnPerKroneGrant: string | null;
}

export function activityFigures(approved: FrozenPlan | null, spentMinor: number | null, orderValues: number[]): ActivityFigures {
  const budgetMinor = approved ? budgetTotal(approved) : null;
  const grantMinor = approved ? grantTotal(approved) : null;
  const ordersWonMinor = orderValues.reduce((s, v) => s + v, 0);
  return {
    budgetMinor,
    grantMinor,
    spentMinor,
    varianceMinor: spentMinor !== null && budgetMinor !== null ? spentMinor - budgetMinor : null,
    ordersWonCount: orderValues.length,
    ordersWonMinor,
    returnPerKroneSpent: spentMinor ? ratio(ordersWonMinor, spentMinor) : null,
    returnPerKroneGrant: spentMinor !== null && grantMinor ? ratio(ordersWonMinor, grantMinor) : null,
  };
}
