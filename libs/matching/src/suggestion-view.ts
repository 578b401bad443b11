import { MoneyModel } from '@app/core';
import type { ConsortiumSuggestionModel } from './api/models/consortium.model';
import type { ConsortiumSolution } from './solver';
import type { FirmWarning } from './matching.service';

const nok = (ore: number, show: boolean) => (show ? MoneyModel.of({ minorUnits: ore, currency: 'NOK' }) : null);

/** What one reader sees of a solution: estimated costs only for those allowed (not STEERING). */
export function suggestionView(
  tenderId: number,
  s: ConsortiumSolution,
  showCosts: boolean,
  warnings: ReadonlyMap<number, readonly (FirmWarning & { firmName: string })[]> = new Map(),
): ConsortiumSuggestionModel {
  return {
    tenderId,
    alternatives: s.alternatives.map((a) => {
      const total = a.coverage.filter((c) => c.included).reduce((x, c) => x + c.requiredHours, 0);
      return {
        rank: a.rank,
        firms: a.firms.map((f) => ({
          firmId: f.firmId,
          firmName: f.firmName,
          required: f.required,
          hours: f.hours,
          assignments: f.assignments.map((h) => ({
            requirementId: h.requirementId,
            hours: h.hours,
            estimatedCost: nok(h.costOre, showCosts),
          })),
          estimatedCost: nok(f.costOre, showCosts),
        })),
        firmCount: a.firmCount,
        uncoveredHours: a.uncoveredHours,
        uncoveredMandatoryHours: a.uncoveredMandatoryHours,
        coverage: total ? (total - a.uncoveredHours) / total : 1,
        requirements: a.coverage,
        estimatedCost: nok(a.costOre, showCosts),
        provenOptimal: a.provenOptimal,
        gap: {
          tier: a.gap.tier === 'costOre' && !showCosts ? 'cost' : a.gap.tier,
          absolute: a.gap.tier === 'costOre' && !showCosts ? 0 : a.gap.absolute,
          relative: a.gap.relative,
        },
      };
    }),
    // each requirement's explanation mentions the warnings about the firms it names
    explanations: s.explanations.map((e) => ({
      ...e,
      warnings: [...e.eligibleFirmIds, ...e.ineligible.map((f) => f.firmId)].flatMap((id) =>
        (warnings.get(id) ?? []).map((w) => ({
          firmId: w.firmId,
          firmName: w.firmName,
          code: w.code,
          message: w.message,
          certificateType: w.certificateType ?? null,
          auditId: w.auditId ?? null,
          foundOn: w.foundOn ?? null,
          dueOn: w.dueOn ?? null,
        })),
      ),
    })),
    uncovered: s.uncovered,
    complete: s.stats.complete,
    candidateFirms: s.stats.candidateFirms,
  };
}
