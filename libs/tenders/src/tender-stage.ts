/** The tender pipeline as one state machine (pure; no Nest, no database). */
export enum TenderStage {
  IDENTIFIED = 'IDENTIFIED',
  QUALIFYING = 'QUALIFYING',
  GO = 'GO',
  NO_GO = 'NO_GO',
  BID_IN_PREPARATION = 'BID_IN_PREPARATION',
  SUBMITTED = 'SUBMITTED',
  WON = 'WON',
  LOST = 'LOST',
  WITHDRAWN = 'WITHDRAWN',
  CANCELLED = 'CANCELLED',
}

/** Why a tender was lost or withdrawn: a fixed list, so the committee can count and learn. */
export enum LossReason {
  PRICE = 'PRICE',
  QUALITY = 'QUALITY',
  DELIVERY_TIME = 'DELIVERY_TIME',
  CAPACITY = 'CAPACITY',
  MISSING_CERTIFICATION = 'MISSING_CERTIFICATION',
  REQUIREMENTS_NOT_MET = 'REQUIREMENTS_NOT_MET',
  SECURITY_CLEARANCE = 'SECURITY_CLEARANCE',
  PARTNER_DROPPED_OUT = 'PARTNER_DROPPED_OUT',
  STRATEGIC = 'STRATEGIC',
  OTHER = 'OTHER',
}

export const OPEN_STAGES: readonly TenderStage[] = [
  TenderStage.IDENTIFIED,
  TenderStage.QUALIFYING,
  TenderStage.GO,
  TenderStage.BID_IN_PREPARATION,
  TenderStage.SUBMITTED,
];

const T = TenderStage;
/** Forward moves; CANCELLED from every open stage is added below; reopening is its own rule. */
const MOVES: Record<TenderStage, TenderStage[]> = {
  IDENTIFIED: [T.QUALIFYING],
  QUALIFYING: [T.GO, T.NO_GO],
  GO: [T.BID_IN_PREPARATION, T.WITHDRAWN],
  NO_GO: [T.QUALIFYING],
  BID_IN_PREPARATION: [T.SUBMITTED, T.WITHDRAWN],
  SUBMITTED: [T.WON, T.LOST, T.WITHDRAWN],
  WON: [],
  LOST: [T.QUALIFYING],
  WITHDRAWN: [],
  CANCELLED: [],
};

export function allowedMoves(from: TenderStage): TenderStage[] {
  const moves = [...MOVES[from]];
  if (OPEN_STAGES.includes(from)) moves.push(T.CANCELLED);
  return moves;
}

export function isReopening(from: TenderStage, to: TenderStage): boolean {
  return (from === T.NO_GO || from === T.LOST) && to === T.QUALIFYING;
}

/** Stages that only the steering committee's decision may set. */
export const STEERING_STAGES: readonly TenderStage[] = [T.GO, T.NO_GO];

/** Stages that need a loss reason from the fixed list. */
export const NEEDS_LOSS_REASON: readonly TenderStage[] = [T.LOST, T.WITHDRAWN];

/** The outcomes of a bid: a move to one of these records the outcome's own date (award or notice). */
export const OUTCOME_STAGES: readonly TenderStage[] = [T.WON, T.LOST];

/** Default win probability per stage, in basis points; a tender may override it while open. */
export const DEFAULT_WIN_PROBABILITY_BP: Record<TenderStage, number> = {
  IDENTIFIED: 1000,
  QUALIFYING: 2000,
  GO: 3000,
  NO_GO: 0,
  BID_IN_PREPARATION: 4000,
  SUBMITTED: 5000,
  WON: 10000,
  LOST: 0,
  WITHDRAWN: 0,
  CANCELLED: 0,
};

/** The probability in force: closed stages are certain; open ones use the override if set. */
export function effectiveWinProbabilityBp(stage: TenderStage, overrideBp: number | null): number {
  if (!OPEN_STAGES.includes(stage)) return DEFAULT_WIN_PROBABILITY_BP[stage];
  return overrideBp ?? DEFAULT_WIN_PROBABILITY_BP[stage];
}
