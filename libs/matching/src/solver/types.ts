/**
 * Types of the consortium solver. Plain data only: the solver has no Nest or database in it, so
 * that it can be unit-tested and benchmarked alone (see docs/ARCHITECTURE.md).
 */

/** A calendar date 'YYYY-MM-DD'. Dates in this format compare correctly as strings. */
export type LocalDate = string;

export const CERTIFICATE_TYPES = [
  'ISO_9001',
  'EN_9100',
  'AQAP_2110',
  'AQAP_2310',
  'ISO_3834_2',
  'ISO_3834_3',
  'NADCAP',
  'ISO_14001',
  'FACILITY_CLEARANCE',
  'EXPORT_CONTROL',
] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** Lowest first: Norwegian BEGRENSET, KONFIDENSIELT, HEMMELIG, STRENGT HEMMELIG. */
export const CLEARANCE_LEVELS = ['RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'] as const;
export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number];

/** A certificate a requirement asks for. `process` only matters for NADCAP (e.g. 'WELDING'). */
export interface RequiredCertificate {
  type: CertificateType;
  process?: string | null;
}

/** A certificate a firm holds, valid from `validFrom` to `validUntil` inclusive. */
export interface HeldCertificate {
  type: CertificateType;
  /** NADCAP only: the accredited special process, e.g. 'WELDING', 'CHEMICAL_PROCESSING'. */
  process?: string | null;
  /** FACILITY_CLEARANCE only: the level the facility is cleared to. */
  level?: ClearanceLevel | null;
  validFrom: LocalDate;
  validUntil: LocalDate;
}

export interface SolverTender {
  /** The facility clearance every participating firm needs, or null. */
  requiresClearance: ClearanceLevel | null;
  /** When true every participating firm needs a valid EXPORT_CONTROL registration. */
  exportControlled: boolean;
  /**
   * Today (Europe/Oslo), for the wording of reasons only: a certificate that ends before this
   * date "expired", one that ends later "lapses". Absent: every end date is said to lapse.
   */
  asOf?: LocalDate | null;
}

export interface SolverRequirement {
  id: number;
  /** Short name shown to people, e.g. 'CNC_5AXIS' or 'Wing rib machining'. */
  label: string;
  capabilityCode: string;
  /** Positive integer. */
  hours: number;
  windowStart: LocalDate;
  windowEnd: LocalDate;
  requiredCertificates: RequiredCertificate[];
  /** Optional requirements are only covered when `SolverOptions.coverOptional` is true. */
  mandatory: boolean;
  /** All-or-nothing, by a single firm: either one firm takes all the hours or it stays uncovered. */
  indivisible: boolean;
}

export interface SolverFirmCapability {
  code: string;
  /** The firm's own hourly rate in øre; null means the catalogue default (`defaultRateOre`). */
  hourlyRateOre: number | null;
}

export interface SolverFirm {
  id: number;
  name: string;
  active: boolean;
  capabilities: SolverFirmCapability[];
  certificates: HeldCertificate[];
  /**
   * Free hours per capability code over the tender's windows, precomputed by the caller. One pool
   * per firm and capability, SHARED by every requirement with that capability. Missing = 0.
   */
  freeHours: Record<string, number>;
  /** Sum of work awarded to the firm over the last 12 months, in øre (the fair-spread tie-break). */
  awardedLast12MonthsOre: number;
}

export interface SolverOptions {
  /** Firms that must be in every alternative (even with no hours). */
  requiredFirmIds?: number[];
  /** Firms never to use. */
  excludedFirmIds?: number[];
  /** At most this many firms per alternative (required firms included). */
  maxFirms?: number;
  /**
   * How many ranked alternatives to return (default 3). Alternatives differ in which firms carry
   * the work: each leaves out at least one firm (other than required ones) of every better one, so
   * none is a better alternative with a firm added. Fewer are returned when no more exist.
   */
  alternatives?: number;
  /** Wall-clock budget for the search in ms. Default 2000. */
  timeBudgetMs?: number;
  /**
   * At most this many branch-and-bound nodes per search (the search then stops as when the time
   * budget runs out). A deterministic budget for specs and benchmarks; the API does not offer it.
   */
  nodeBudget?: number;
  /**
   * false (default): optional requirements are ignored by the objective and reported as not
   * included. true: they are treated like mandatory ones.
   */
  coverOptional?: boolean;
}

export interface ConsortiumProblem {
  tender: SolverTender;
  requirements: SolverRequirement[];
  firms: SolverFirm[];
  /** Catalogue default hourly rate per capability code, used when a firm's rate is null. */
  defaultRateOre: Record<string, number>;
  options?: SolverOptions;
}

// ---------------------------------------------------------------------------------------------
// Eligibility

export type IneligibilityCode =
  | 'INACTIVE_MEMBER'
  | 'MISSING_CAPABILITY'
  | 'MISSING_CERTIFICATE'
  | 'CERTIFICATE_EXPIRES_IN_WINDOW'
  | 'CERTIFICATE_NOT_YET_VALID'
  | 'NO_CLEARANCE'
  | 'CLEARANCE_TOO_LOW'
  | 'NO_EXPORT_REGISTRATION'
  | 'NO_FREE_CAPACITY'
  | 'INSUFFICIENT_CAPACITY_INDIVISIBLE';

export interface IneligibilityReason {
  code: IneligibilityCode;
  /** A sentence a project leader understands, e.g. "AQAP 2110 lapses 2027-03-01, inside the work window 2027-02-01 – 2027-05-30". */
  message: string;
  /** The certificate (or clearance / export registration) the reason is about, when there is one. */
  certificate?: RequiredCertificate;
  /**
   * The facts the message is made of, for a client that words it in its own language: the
   * certificate's end (CERTIFICATE_EXPIRES_IN_WINDOW, with `expired` when that was before today)
   * or start (CERTIFICATE_NOT_YET_VALID); the work window of every certificate reason; the levels
   * of a clearance; the capability and the hours of a capacity reason.
   */
  date?: string;
  expired?: boolean;
  windowStart?: string;
  windowEnd?: string;
  level?: string;
  requiredLevel?: string;
  capabilityCode?: string;
  freeHours?: number;
  hours?: number;
}

export interface FirmEligibility {
  firmId: number;
  requirementId: number;
  eligible: boolean;
  /** Empty when eligible. */
  reasons: IneligibilityReason[];
}

export interface IneligibleFirm {
  firmId: number;
  firmName: string;
  reasons: IneligibilityReason[];
}

export interface RequirementEligibility {
  requirementId: number;
  label: string;
  capabilityCode: string;
  /** Firms that may take (some of) the requirement's hours, ascending id. */
  eligibleFirmIds: number[];
  /** Every firm that has the capability but is not eligible, ascending id, with all its reasons. */
  ineligible: IneligibleFirm[];
}

// ---------------------------------------------------------------------------------------------
// Result

export interface HoursAssignment {
  requirementId: number;
  hours: number;
  /** hours × the firm's rate for the requirement's capability. */
  costOre: number;
}

export interface ConsortiumMember {
  firmId: number;
  firmName: string;
  /** Whether the caller required this firm (it is then in the set even with no hours). */
  required: boolean;
  assignments: HoursAssignment[];
  hours: number;
  costOre: number;
}

export interface RequirementCoverage {
  requirementId: number;
  requiredHours: number;
  coveredHours: number;
  uncoveredHours: number;
  /** false for an optional requirement when `coverOptional` is false: it is then never covered. */
  included: boolean;
}

/** The three primary objective tiers, in lexicographic order. */
export interface ObjectiveBound {
  uncoveredHours: number;
  firmCount: number;
  costOre: number;
}

export interface OptimalityGap {
  /** The first tier where the lower bound is below the alternative's value; null when proven. */
  tier: keyof ObjectiveBound | null;
  /** value − lower bound on that tier (0 when proven). */
  absolute: number;
  /** absolute / max(1, value) on that tier (0 when proven). */
  relative: number;
}

export interface ConsortiumAlternative {
  /** 1 = best. */
  rank: number;
  /** Ascending firm id. */
  firms: ConsortiumMember[];
  firmCount: number;
  /** Uncovered hours of the requirements the objective covers (mandatory, plus optional with coverOptional). */
  uncoveredHours: number;
  /** Uncovered hours of mandatory requirements only (equal to uncoveredHours unless coverOptional). */
  uncoveredMandatoryHours: number;
  costOre: number;
  /** Σ awardedLast12MonthsOre of the firm set: the fair-spread tie-break (smaller is better). */
  awardedLast12MonthsOre: number;
  /** One entry per requirement, in input order. */
  coverage: RequirementCoverage[];
  /**
   * True when the search proved that no consortium leaving out at least one (non-required) firm of
   * each better-ranked alternative, as returned, is better than this one: for rank 1 the optimum,
   * for rank k the optimum among the consortia that differ from ranks 1..k-1 by that rule.
   */
  provenOptimal: boolean;
  /**
   * Lexicographic lower bound: the true value of this rank is lexicographically ≥ it (tiers
   * uncovered hours, then firm count, then cost). Equal to the value itself when proven.
   */
  lowerBound: ObjectiveBound;
  gap: OptimalityGap;
}

/** Why a requirement's hours are not covered, by kind (the facts are beside it on UncoveredRequirement). */
export type UncoveredCause =
  /** no member offers the capability at all */
  | 'NO_MEMBER_HAS_CAPABILITY'
  /** the only eligible members are excluded by the suggestion's options */
  | 'ELIGIBLE_EXCLUDED'
  /** members offer it, none is eligible (see nearestMiss) */
  | 'NO_MEMBER_ELIGIBLE'
  /** the requirement is indivisible and no eligible member can take all of it next to its other work */
  | 'INDIVISIBLE_TOO_LARGE'
  /** the eligible members have no free capacity left for the rest */
  | 'NO_CAPACITY_LEFT';

export interface UncoveredRequirement {
  requirementId: number;
  label: string;
  capabilityCode: string;
  /** The requirement's hours. */
  hours: number;
  /** Hours of the requirement left uncovered in the best alternative. */
  gapHours: number;
  cause: UncoveredCause;
  /** The suggestion's limit on the number of firms, when one was given (it may be what leaves the hours uncovered). */
  maxFirms: number | null;
  /** Eligible members the suggestion's options exclude. */
  excludedEligibleFirmIds: number[];
  /** A sentence saying why the hours are not covered. */
  message: string;
  /** The ineligible firm with the fewest reasons (ties: lowest id), or null when nobody has the capability. */
  nearestMiss: IneligibleFirm | null;
}

export interface SolverStats {
  /** Branch-and-bound nodes explored. */
  nodes: number;
  elapsedMs: number;
  /** True when the whole search finished (every alternative proven). */
  complete: boolean;
  /** True when the time budget stopped the search. */
  timedOut: boolean;
  /** Searches handed to HiGHS because they had not finished after a share of the budget (solveConsortiumHybrid). */
  milpHandoffs: number;
  /** Of those, how many HiGHS proved first (its answer was returned). */
  settledByMilp: number;
  /** Firms left after dropping inactive, excluded and eligible-for-nothing firms. */
  candidateFirms: number;
  /** Requirements the objective covers. */
  includedRequirements: number;
}

export interface ConsortiumSolution {
  /** Best first; each leaves out a firm of every better one; non-decreasing objective. Never empty. */
  alternatives: ConsortiumAlternative[];
  /** One entry per requirement, in input order. */
  explanations: RequirementEligibility[];
  /** Included requirements not fully covered by the best alternative, with the reason. */
  uncovered: UncoveredRequirement[];
  stats: SolverStats;
}
