/**
 * Public face of the consortium solver: pure TypeScript, no Nest, no database. The reference
 * solver in ./testing (HiGHS) is for specs and benchmarks only and is deliberately not exported.
 */
export * from './types';
export { satisfies, certificateLabel, clearanceRank } from './certificates';
export { checkFirmEligibility, explainEligibility, ineligibilityReasons } from './eligibility';
export { solveConsortium, DEFAULT_ALTERNATIVES, DEFAULT_TIME_BUDGET_MS } from './solver';
export { SolverInputError } from './solver-input-error';
