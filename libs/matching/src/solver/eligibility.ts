import { certificateLabel, clearanceRank, satisfies } from './certificates';
import {
  ClearanceLevel,
  FirmEligibility,
  HeldCertificate,
  IneligibilityReason,
  RequiredCertificate,
  RequirementEligibility,
  SolverFirm,
  SolverRequirement,
  SolverTender,
} from './types';

/**
 * Eligibility of member firms for requirements. Pure; also used when a project leader offers a
 * single work package to a firm, so every "no" comes with all its reasons in words a person
 * understands, plus a code a program can act on.
 *
 * A certificate counts only if it is valid over the WHOLE window (validFrom ≤ windowStart and
 * validUntil ≥ windowEnd). One that ends before the window starts counts as absent. Reasons say a
 * certificate "expired" only when its end date is before `tender.asOf` (today); one still valid
 * today "lapses" on its end date, before or inside the work window.
 */

type Window = Pick<SolverRequirement, 'windowStart' | 'windowEnd'>;

function validOver(cert: HeldCertificate, w: Window): boolean {
  return cert.validFrom <= w.windowStart && cert.validUntil >= w.windowEnd;
}

const windowText = (w: Window) => `the work window ${w.windowStart} – ${w.windowEnd}`;
/** The work window as a reason's facts. */
const windowOf = (w: Window) => ({ windowStart: w.windowStart, windowEnd: w.windowEnd });

/** "expired 2026-11-01" for an end date before today, "lapses 2026-12-26" for one still to come. */
function ends(validUntil: string, asOf: string | null | undefined): string {
  return asOf && validUntil < asOf ? `expired ${validUntil}` : `lapses ${validUntil}`;
}

/**
 * Why the best of `candidates` (all of which satisfy the requirement but none valid over the
 * window) does not count, or null when every candidate ends before the window starts.
 */
function timingReason(
  candidates: HeldCertificate[],
  w: Window,
  what: (c: HeldCertificate) => string,
  certificate: RequiredCertificate,
  asOf: string | null | undefined,
): IneligibilityReason | null {
  const alive = candidates.filter((c) => c.validUntil >= w.windowStart);
  if (alive.length === 0) return null;
  // Prefer one that is already valid at the start (it only runs out too early); the latest-ending.
  const started = alive.filter((c) => c.validFrom <= w.windowStart).sort((a, b) => (a.validUntil < b.validUntil ? 1 : -1));
  if (started.length > 0) {
    const c = started[0];
    return {
      code: 'CERTIFICATE_EXPIRES_IN_WINDOW',
      message: `${what(c)} ${ends(c.validUntil, asOf)}, inside ${windowText(w)}`,
      certificate,
      date: c.validUntil,
      expired: !!asOf && c.validUntil < asOf,
      ...windowOf(w),
    };
  }
  const next = [...alive].sort((a, b) => (a.validFrom > b.validFrom ? 1 : -1))[0];
  const alsoEnds = next.validUntil < w.windowEnd ? ` (and it ${ends(next.validUntil, asOf)}, inside the window)` : '';
  return {
    code: 'CERTIFICATE_NOT_YET_VALID',
    message: `${what(next)} is valid only from ${next.validFrom}, after ${windowText(w)} starts${alsoEnds}`,
    certificate,
    date: next.validFrom,
    ...windowOf(w),
  };
}

/** The latest-ending one held that ends before the window starts: it expired, or lapses before the work begins. */
function endedNote(candidates: HeldCertificate[], w: Window, asOf: string | null | undefined): string {
  const ended = candidates.filter((c) => c.validUntil < w.windowStart).sort((a, b) => (a.validUntil < b.validUntil ? 1 : -1));
  if (ended.length === 0) return '';
  const c = ended[0];
  return asOf && c.validUntil < asOf
    ? ` (the one held expired ${c.validUntil})`
    : ` (the one held lapses ${c.validUntil}, before the window starts)`;
}

/** "no X certificate", or, when one is held that ends before the work starts, "no X certificate valid over the work window …". */
function missing(what: string, candidates: HeldCertificate[], w: Window, asOf: string | null | undefined): string {
  const note = endedNote(candidates, w, asOf);
  return note ? `${what} valid over ${windowText(w)}${note}` : what;
}

function certificateReason(
  firm: SolverFirm,
  required: RequiredCertificate,
  w: Window,
  asOf: string | null | undefined,
): IneligibilityReason | null {
  const candidates = firm.certificates.filter((c) => satisfies(c, required));
  if (candidates.some((c) => validOver(c, w))) return null;
  const label = certificateLabel(required);
  const certificate: RequiredCertificate = required.process ? { type: required.type, process: required.process } : { type: required.type };
  return (
    timingReason(candidates, w, () => label, certificate, asOf) ?? {
      code: 'MISSING_CERTIFICATE',
      message: missing(`no ${label} certificate`, candidates, w, asOf),
      certificate,
      ...windowOf(w),
    }
  );
}

function clearanceReason(firm: SolverFirm, needed: ClearanceLevel, w: Window, asOf: string | null | undefined): IneligibilityReason | null {
  const need = clearanceRank(needed);
  const clearances = firm.certificates.filter((c) => c.type === 'FACILITY_CLEARANCE' && c.level != null);
  const highEnough = clearances.filter((c) => clearanceRank(c.level as ClearanceLevel) >= need);
  if (highEnough.some((c) => validOver(c, w))) return null;
  const certificate: RequiredCertificate = { type: 'FACILITY_CLEARANCE' };
  const timing = timingReason(highEnough, w, (c) => `security clearance ${c.level}`, certificate, asOf);
  if (timing) return { ...timing, requiredLevel: needed };
  const lower = clearances
    .filter((c) => c.validUntil >= w.windowStart)
    .sort((a, b) => clearanceRank(b.level as ClearanceLevel) - clearanceRank(a.level as ClearanceLevel));
  if (lower.length > 0) {
    return {
      code: 'CLEARANCE_TOO_LOW',
      message: `clearance ${lower[0].level} is below the required ${needed}`,
      certificate,
      level: lower[0].level as string,
      requiredLevel: needed,
    };
  }
  return {
    code: 'NO_CLEARANCE',
    message: missing(`no security clearance (${needed} required)`, highEnough, w, asOf),
    certificate,
    requiredLevel: needed,
    ...windowOf(w),
  };
}

function exportReason(firm: SolverFirm, w: Window, asOf: string | null | undefined): IneligibilityReason | null {
  const regs = firm.certificates.filter((c) => c.type === 'EXPORT_CONTROL');
  if (regs.some((c) => validOver(c, w))) return null;
  const certificate: RequiredCertificate = { type: 'EXPORT_CONTROL' };
  return (
    timingReason(regs, w, () => 'export control registration', certificate, asOf) ?? {
      code: 'NO_EXPORT_REGISTRATION',
      message: missing('no export control registration (the tender is export-controlled)', regs, w, asOf),
      certificate,
      ...windowOf(w),
    }
  );
}

/**
 * Every reason why `firm` may not take hours of `requirement` (empty = eligible). A firm without
 * the capability gets MISSING_CAPABILITY (and the other reasons too).
 */
export function ineligibilityReasons(firm: SolverFirm, requirement: SolverRequirement, tender: SolverTender): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  const code = requirement.capabilityCode;
  if (!firm.active) reasons.push({ code: 'INACTIVE_MEMBER', message: 'not an active member of the network' });
  if (!firm.capabilities.some((c) => c.code === code)) {
    reasons.push({ code: 'MISSING_CAPABILITY', message: `does not offer capability ${code}`, capabilityCode: code });
  }
  for (const required of requirement.requiredCertificates) {
    const r = certificateReason(firm, required, requirement, tender.asOf);
    if (r) reasons.push(r);
  }
  if (tender.requiresClearance) {
    const r = clearanceReason(firm, tender.requiresClearance, requirement, tender.asOf);
    if (r) reasons.push(r);
  }
  if (tender.exportControlled) {
    const r = exportReason(firm, requirement, tender.asOf);
    if (r) reasons.push(r);
  }
  const free = firm.freeHours[code] ?? 0;
  if (!(free > 0)) {
    reasons.push({ code: 'NO_FREE_CAPACITY', message: `no free capacity for ${code} in the window`, capabilityCode: code });
  } else if (requirement.indivisible && free < requirement.hours) {
    reasons.push({
      code: 'INSUFFICIENT_CAPACITY_INDIVISIBLE',
      message: `free capacity ${free} h < ${requirement.hours} h (requirement is indivisible)`,
      capabilityCode: code,
      freeHours: free,
      hours: requirement.hours,
    });
  }
  return reasons;
}

/** Checks ONE firm against ONE requirement, e.g. before offering it a work package. */
export function checkFirmEligibility(firm: SolverFirm, requirement: SolverRequirement, tender: SolverTender): FirmEligibility {
  const reasons = ineligibilityReasons(firm, requirement, tender);
  return { firmId: firm.id, requirementId: requirement.id, eligible: reasons.length === 0, reasons };
}

/**
 * For each requirement (input order): the eligible firms, and for every ineligible firm that HAS
 * the capability, all its reasons. Firms without the capability are not listed.
 */
export function explainEligibility(tender: SolverTender, requirements: SolverRequirement[], firms: SolverFirm[]): RequirementEligibility[] {
  const sorted = [...firms].sort((a, b) => a.id - b.id);
  return requirements.map((req) => {
    const eligibleFirmIds: number[] = [];
    const ineligible: RequirementEligibility['ineligible'] = [];
    for (const firm of sorted) {
      if (!firm.capabilities.some((c) => c.code === req.capabilityCode)) continue;
      const reasons = ineligibilityReasons(firm, req, tender);
      if (reasons.length === 0) eligibleFirmIds.push(firm.id);
      else ineligible.push({ firmId: firm.id, firmName: firm.name, reasons });
    }
    return { requirementId: req.id, label: req.label, capabilityCode: req.capabilityCode, eligibleFirmIds, ineligible };
  });
}
