import type { HeldCertificate, SolverFirm, SolverRequirement } from '../types';

/**
 * One firm, one requirement and certificates to vary, for the eligibility specs (the solver's, and
 * the console's check that it words every reason): a CNC requirement over 2027-03-01 – 2027-05-30
 * and a firm that qualifies for it unless told otherwise.
 */
export function requirement(extra: Partial<SolverRequirement> = {}): SolverRequirement {
  return {
    id: 1,
    label: 'Wing rib machining',
    capabilityCode: 'CNC_5AXIS',
    hours: 400,
    windowStart: '2027-03-01',
    windowEnd: '2027-05-30',
    requiredCertificates: [],
    mandatory: true,
    indivisible: false,
    ...extra,
  };
}

export function cert(type: HeldCertificate['type'], extra: Partial<HeldCertificate> = {}): HeldCertificate {
  return { type, validFrom: '2025-01-01', validUntil: '2029-12-31', ...extra };
}

export function firm(extra: Partial<SolverFirm> = {}): SolverFirm {
  return {
    id: 7,
    name: 'Raufoss Presisjon AS',
    active: true,
    capabilities: [{ code: 'CNC_5AXIS', hourlyRateOre: 120000 }],
    certificates: [],
    freeHours: { CNC_5AXIS: 500 },
    awardedLast12MonthsOre: 0,
    ...extra,
  };
}
