import { explainEligibility } from '../eligibility';
import {
  CLEARANCE_LEVELS,
  ConsortiumProblem,
  HeldCertificate,
  RequiredCertificate,
  SolverFirm,
  SolverOptions,
  SolverRequirement,
  SolverTender,
} from '../types';

/**
 * Seeded generator of realistic random tenders for specs and the benchmark (the same instances
 * in both). Small firms with 1–5 capabilities, rates around the catalogue default, certificates
 * that expire or start inside the windows, clearances, export registration, scarce capacity.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CAPABILITY_CATALOGUE: Record<string, number> = {
  CNC_5AXIS: 145000,
  CNC_3AXIS: 110000,
  TIG_WELDING: 120000,
  MIG_WELDING: 98000,
  FRICTION_STIR_WELDING: 160000,
  SHEET_METAL: 90000,
  ANODIZING: 85000,
  CHEMICAL_CONVERSION: 80000,
  HEAT_TREATMENT: 95000,
  NDT: 130000,
  ASSEMBLY: 88000,
  POWDER_COATING: 75000,
  EXTRUSION: 100000,
  LASER_CUTTING: 105000,
  CASTING: 115000,
};
const CODES = Object.keys(CAPABILITY_CATALOGUE);
const WELDING = new Set(['TIG_WELDING', 'MIG_WELDING', 'FRICTION_STIR_WELDING']);
const PROCESSES = ['WELDING', 'CHEMICAL_PROCESSING', 'HEAT_TREATING', 'NDT'];

export interface RandomInstanceConfig {
  firms: number;
  requirements: number;
  seed: number;
  /** Add random required/excluded firms, maxFirms and coverOptional. Default false. */
  withOptions?: boolean;
  /** Share of indivisible requirements. Default 0.2. */
  indivisibleShare?: number;
  /** Capacity multiplier (1 = realistic, scarce for some capabilities). Default 1. */
  capacity?: number;
  /** Default 3 (the solver's default). */
  alternatives?: number;
  timeBudgetMs?: number;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function randomInstance(config: RandomInstanceConfig): ConsortiumProblem {
  const rnd = prng(config.seed * 7919 + config.firms * 31 + config.requirements);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number): boolean => rnd() < p;
  const capacity = config.capacity ?? 1;
  const shuffled = <T>(xs: readonly T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };

  // The tender uses a subset of the catalogue: ~3 requirements per capability.
  const codeCount = Math.max(2, Math.min(CODES.length, Math.ceil(config.requirements / 3)));
  const codes = shuffled(CODES).slice(0, codeCount);
  const tender: SolverTender = {
    requiresClearance: chance(0.25) ? pick(['RESTRICTED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const) : null,
    exportControlled: chance(0.3),
  };

  // Most certificates are current over the 2027 windows (firms renew them); some run out or only
  // start inside a window, a few lapsed long ago.
  const cert = (type: HeldCertificate['type'], extra: Partial<HeldCertificate> = {}): HeldCertificate => {
    const kind = rnd();
    const validFrom =
      kind < 0.8
        ? addDays('2024-01-01', int(0, 900))
        : kind < 0.9
          ? addDays('2027-01-01', int(0, 300))
          : addDays('2022-01-01', int(0, 700));
    const validUntil =
      kind < 0.8 ? addDays(validFrom, int(1095, 1500)) : kind < 0.9 ? addDays(validFrom, 1095) : addDays(validFrom, int(365, 1095));
    return { type, validFrom, validUntil, ...extra };
  };

  const firms: SolverFirm[] = [];
  for (let i = 0; i < config.firms; i++) {
    const nCaps = pick([1, 2, 2, 3, 3, 3, 4, 5]);
    const myCodes = shuffled(codes).slice(0, Math.min(nCaps, codes.length));
    // Some firms also offer capabilities the tender does not need.
    if (chance(0.3)) myCodes.push(pick(CODES));
    const capabilities = [...new Set(myCodes)].map((code) => ({
      code,
      hourlyRateOre: chance(0.25) ? null : Math.round((CAPABILITY_CATALOGUE[code] * (0.8 + 0.5 * rnd())) / 100) * 100,
    }));
    const freeHours: Record<string, number> = {};
    for (const c of capabilities) {
      const size = rnd();
      const h = chance(0.1) ? 0 : size < 0.5 ? int(2, 20) * 10 : size < 0.85 ? int(20, 60) * 10 : int(60, 150) * 10;
      freeHours[c.code] = Math.round(h * capacity);
    }
    const certificates: HeldCertificate[] = [];
    if (chance(0.75)) certificates.push(cert('ISO_9001'));
    if (chance(0.3)) certificates.push(cert('EN_9100'));
    if (chance(0.55)) certificates.push(cert('AQAP_2110'));
    if (chance(0.1)) certificates.push(cert('AQAP_2310'));
    if (chance(0.3)) certificates.push(cert('ISO_3834_2'));
    if (chance(0.2)) certificates.push(cert('ISO_3834_3'));
    if (chance(0.2)) certificates.push(cert('NADCAP', { process: pick(PROCESSES) }));
    if (chance(0.4)) certificates.push(cert('ISO_14001'));
    if (chance(0.6))
      certificates.push(cert('FACILITY_CLEARANCE', { level: pick([...CLEARANCE_LEVELS, 'RESTRICTED', 'CONFIDENTIAL'] as const) }));
    if (chance(0.7)) certificates.push(cert('EXPORT_CONTROL'));
    firms.push({
      id: 1000 + i * 3 + int(0, 2),
      name: `Firm ${i + 1} AS`,
      active: chance(0.95),
      capabilities,
      certificates,
      freeHours,
      awardedLast12MonthsOre: int(0, 20000) * 100000,
    });
  }

  const requirements: SolverRequirement[] = [];
  for (let i = 0; i < config.requirements; i++) {
    const code = i < codes.length ? codes[i] : pick(codes);
    const required: RequiredCertificate[] = [];
    if (chance(0.35)) required.push({ type: pick(['ISO_9001', 'ISO_9001', 'EN_9100'] as const) });
    if (chance(0.3)) required.push({ type: 'AQAP_2110' });
    if (WELDING.has(code) && chance(0.4)) required.push({ type: pick(['ISO_3834_2', 'ISO_3834_3', 'ISO_3834_3'] as const) });
    if (WELDING.has(code) && chance(0.15)) required.push({ type: 'NADCAP', process: 'WELDING' });
    if ((code === 'ANODIZING' || code === 'CHEMICAL_CONVERSION') && chance(0.25))
      required.push({ type: 'NADCAP', process: 'CHEMICAL_PROCESSING' });
    if (code === 'HEAT_TREATMENT' && chance(0.25)) required.push({ type: 'NADCAP', process: 'HEAT_TREATING' });
    if (code === 'NDT' && chance(0.25)) required.push({ type: 'NADCAP', process: 'NDT' });
    const windowStart = addDays('2027-01-04', int(0, 300));
    const size = rnd();
    const hours = size < 0.6 ? int(2, 20) * 10 : size < 0.9 ? int(20, 50) * 10 : int(50, 120) * 10;
    requirements.push({
      id: 1 + i,
      label: `${code}-${i + 1}`,
      capabilityCode: code,
      hours,
      windowStart,
      windowEnd: addDays(windowStart, int(14, 120)),
      requiredCertificates: required,
      mandatory: chance(0.85),
      indivisible: chance(config.indivisibleShare ?? 0.2),
    });
  }

  const options: SolverOptions = {};
  if (config.alternatives !== undefined) options.alternatives = config.alternatives;
  if (config.timeBudgetMs !== undefined) options.timeBudgetMs = config.timeBudgetMs;
  if (config.withOptions) {
    const explanations = explainEligibility(tender, requirements, firms);
    const usable = [...new Set(explanations.flatMap((e) => e.eligibleFirmIds))].sort((a, b) => a - b);
    const requiredIds: number[] = [];
    const excludedIds: number[] = [];
    if (usable.length > 0 && chance(0.4)) {
      for (let k = int(1, 2); k > 0; k--) requiredIds.push(pick(usable));
    }
    if (chance(0.4)) {
      for (let k = int(1, 3); k > 0; k--) {
        const id = pick(firms).id;
        if (!requiredIds.includes(id)) excludedIds.push(id);
      }
    }
    if (requiredIds.length) options.requiredFirmIds = [...new Set(requiredIds)];
    if (excludedIds.length) options.excludedFirmIds = [...new Set(excludedIds)];
    if (chance(0.3))
      options.maxFirms = Math.max(options.requiredFirmIds?.length ?? 0, int(1, Math.max(2, Math.ceil(config.requirements / 4))));
    if (chance(0.25)) options.coverOptional = true;
  }
  return { tender, requirements, firms, defaultRateOre: { ...CAPABILITY_CATALOGUE }, options };
}
