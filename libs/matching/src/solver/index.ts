/**
 * Public face of the consortium solver: pure TypeScript, no Nest, no database. HiGHS (the `highs`
 * package, MIT) is a runtime dependency of the hybrid solve (milp.ts). The reference MIP in
 * ./testing, written independently of milp.ts, is for specs and benchmarks only and is
 * deliberately not exported.
 */
export * from './types';
export { satisfies, certificateLabel, clearanceRank } from './certificates';
export { checkFirmEligibility, explainEligibility, ineligibilityReasons } from './eligibility';
export {
  solveConsortium,
  solveConsortiumHybrid,
  type HybridTuning,
  DEFAULT_ALTERNATIVES,
  DEFAULT_TIME_BUDGET_MS,
  HANDOFF_SHARE,
} from './solver';
export { type MilpLink, InlineMilpLink, WorkerMilpLink } from './milp-link';
export { ConsortiumSolverPool } from './solver-pool';
export { SolverInputError } from './solver-input-error';
