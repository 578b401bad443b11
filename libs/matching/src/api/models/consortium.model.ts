import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyModel } from '@app/core';
import { ClearanceLevel } from '@app/members';
import { RequiredCertificateModel } from '@app/tenders';

@ObjectType('IneligibilityReason')
export class IneligibilityReasonModel {
  @Field({ description: 'e.g. CERTIFICATE_EXPIRES_IN_WINDOW, NO_FREE_CAPACITY, NO_CLEARANCE.' })
  code: string;
  @Field({
    description:
      'A sentence a person understands, e.g. "AQAP 2110 lapses 2027-03-01, inside the work window 2027-02-01 – 2027-05-30". A certificate still valid today "lapses" on its end date; only one whose end date has passed "expired".',
  })
  message: string;
  @Field(() => RequiredCertificateModel, {
    nullable: true,
    description: 'The certificate (clearance, export registration) the reason is about.',
  })
  certificate?: RequiredCertificateModel | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The certificate's end (CERTIFICATE_EXPIRES_IN_WINDOW) or start (CERTIFICATE_NOT_YET_VALID).",
  })
  date?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'CERTIFICATE_EXPIRES_IN_WINDOW: the end date is already past (expired), not to come (lapses).',
  })
  expired?: boolean | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The work window, on every certificate reason.' })
  windowStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true })
  windowEnd?: string | null;
  @Field(() => ClearanceLevel, { nullable: true, description: 'CLEARANCE_TOO_LOW: the level held.' })
  level?: string | null;
  @Field(() => ClearanceLevel, { nullable: true, description: 'The clearance level the tender requires (clearance reasons).' })
  requiredLevel?: string | null;
  @Field(() => String, { nullable: true, description: 'The capability (capacity and capability reasons).' })
  capabilityCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'INSUFFICIENT_CAPACITY_INDIVISIBLE: the free hours, against `hours` required.' })
  freeHours?: number | null;
  @Field(() => Int, { nullable: true })
  hours?: number | null;
}

@ObjectType('IneligibleFirm')
export class IneligibleFirmModel {
  @Field(() => Int)
  firmId: number;
  @Field()
  firmName: string;
  @Field(() => [IneligibilityReasonModel])
  reasons: IneligibilityReasonModel[];
}

@ObjectType('FirmWarning', {
  description:
    'Something about a firm the project leader should know that does not make it ineligible, e.g. an audit finding left open past its due date.',
})
export class FirmWarningModel {
  @Field(() => Int)
  firmId: number;
  @Field()
  firmName: string;
  @Field({ description: 'e.g. OVERDUE_MAJOR_FINDING.' })
  code: string;
  @Field({ description: 'The same in an English sentence (for the log and clients that show it as it is).' })
  message: string;
  @Field(() => String, { nullable: true, description: 'The certificate type (standard) the warning is about, e.g. ISO_9001.' })
  certificateType: string | null;
  @Field(() => Int, { nullable: true, description: 'OVERDUE_MAJOR_FINDING: the coordinated audit that found it.' })
  auditId: number | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'OVERDUE_MAJOR_FINDING: the day the audit was done.' })
  foundOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'OVERDUE_MAJOR_FINDING: the day the corrective action was due.' })
  dueOn: string | null;
}

@ObjectType('RequirementEligibility')
export class RequirementEligibilityModel {
  @Field(() => Int)
  requirementId: number;
  @Field()
  label: string;
  @Field()
  capabilityCode: string;
  @Field(() => [Int])
  eligibleFirmIds: number[];
  @Field(() => [IneligibleFirmModel], { description: 'Firms with the capability that are not eligible, and why.' })
  ineligible: IneligibleFirmModel[];
  @Field(() => [FirmWarningModel], {
    description:
      'Warnings about the firms named here (eligible or not) that do not change eligibility, e.g. an overdue major audit finding.',
  })
  warnings: FirmWarningModel[];
}

export enum UncoveredCause {
  NO_MEMBER_HAS_CAPABILITY = 'NO_MEMBER_HAS_CAPABILITY',
  ELIGIBLE_EXCLUDED = 'ELIGIBLE_EXCLUDED',
  NO_MEMBER_ELIGIBLE = 'NO_MEMBER_ELIGIBLE',
  INDIVISIBLE_TOO_LARGE = 'INDIVISIBLE_TOO_LARGE',
  NO_CAPACITY_LEFT = 'NO_CAPACITY_LEFT',
}
registerEnumType(UncoveredCause, {
  name: 'UncoveredCause',
  description: "Why a requirement's hours are not covered; the facts are on UncoveredRequirement.",
  valuesMap: {
    NO_MEMBER_HAS_CAPABILITY: { description: 'No member offers the capability (capabilityCode).' },
    ELIGIBLE_EXCLUDED: { description: "The only eligible members are excluded by the suggestion's options (excludedEligibleFirmIds)." },
    NO_MEMBER_ELIGIBLE: { description: 'Members offer the capability, none is eligible (nearestMiss says why the closest is not).' },
    INDIVISIBLE_TOO_LARGE: {
      description:
        'The requirement is indivisible, and no eligible member can take all its hours next to its other work (hours, maxFirms).',
    },
    NO_CAPACITY_LEFT: { description: 'The eligible members have no free capacity left for the rest (gapHours, maxFirms).' },
  },
});

@ObjectType('UncoveredRequirement')
export class UncoveredRequirementModel {
  @Field(() => Int)
  requirementId: number;
  @Field()
  label: string;
  @Field()
  capabilityCode: string;
  @Field(() => Int, { description: "The requirement's hours." })
  hours: number;
  @Field(() => Int, { description: 'Hours left uncovered in the best alternative.' })
  gapHours: number;
  // the enum's values as a union: the solver's causes must each be one of them (checked by tsc)
  @Field(() => UncoveredCause)
  cause: `${UncoveredCause}`;
  @Field(() => Int, { nullable: true, description: "The suggestion's limit on the number of firms, when one was given." })
  maxFirms: number | null;
  @Field(() => [Int], { description: "Eligible members the suggestion's options exclude." })
  excludedEligibleFirmIds: number[];
  @Field({ description: 'The same in an English sentence (for the log and clients that show it as it is).' })
  message: string;
  @Field(() => IneligibleFirmModel, { nullable: true, description: 'The ineligible firm closest to qualifying.' })
  nearestMiss: IneligibleFirmModel | null;
}

@ObjectType('HoursAssignment')
export class HoursAssignmentModel {
  @Field(() => Int)
  requirementId: number;
  @Field(() => Int)
  hours: number;
  @Field(() => MoneyModel, { nullable: true, description: 'Estimated cost; project leader only.' })
  estimatedCost: MoneyModel | null;
}

@ObjectType('ConsortiumFirm')
export class ConsortiumFirmModel {
  @Field(() => Int)
  firmId: number;
  @Field()
  firmName: string;
  @Field()
  required: boolean;
  @Field(() => Int)
  hours: number;
  @Field(() => [HoursAssignmentModel])
  assignments: HoursAssignmentModel[];
  @Field(() => MoneyModel, { nullable: true, description: 'Estimated cost; project leader only.' })
  estimatedCost: MoneyModel | null;
}

@ObjectType('RequirementCoverage')
export class RequirementCoverageModel {
  @Field(() => Int)
  requirementId: number;
  @Field(() => Int)
  requiredHours: number;
  @Field(() => Int)
  coveredHours: number;
  @Field(() => Int)
  uncoveredHours: number;
  @Field({ description: 'false for an optional requirement left out of the objective.' })
  included: boolean;
}

@ObjectType('OptimalityGap')
export class OptimalityGapModel {
  @Field(() => String, {
    nullable: true,
    description: 'The first objective tier where the bound is below the value (uncoveredHours, firmCount, costOre); null when proven.',
  })
  tier: string | null;
  @Field({ description: 'value − lower bound on that tier.' })
  absolute: number;
  @Field({ description: 'absolute / max(1, value) on that tier.' })
  relative: number;
}

@ObjectType('ConsortiumAlternative')
export class ConsortiumAlternativeModel {
  @Field(() => Int, {
    description: '1 = best; rank k is the best consortium that leaves out at least one non-required firm of each of ranks 1..k−1.',
  })
  rank: number;
  @Field(() => [ConsortiumFirmModel])
  firms: ConsortiumFirmModel[];
  @Field(() => Int)
  firmCount: number;
  @Field(() => Int, { description: 'Uncovered hours of the requirements the objective covers.' })
  uncoveredHours: number;
  @Field(() => Int)
  uncoveredMandatoryHours: number;
  @Field({ description: 'Share of included hours covered, 0–1.' })
  coverage: number;
  @Field(() => [RequirementCoverageModel])
  requirements: RequirementCoverageModel[];
  @Field(() => MoneyModel, { nullable: true, description: 'Estimated cost; project leader only.' })
  estimatedCost: MoneyModel | null;
  @Field({
    description:
      'True when the search proved that no consortium leaving out a firm of each better-ranked alternative (as returned) is better than this one; for rank 1, the optimum. False when the time budget ran out first (see gap).',
  })
  provenOptimal: boolean;
  @Field(() => OptimalityGapModel)
  gap: OptimalityGapModel;
}

@ObjectType('ConsortiumSuggestion')
export class ConsortiumSuggestionModel {
  @Field(() => Int)
  tenderId: number;
  @Field(() => [ConsortiumAlternativeModel], {
    description: 'Best first; no alternative contains every firm of a better one (every firm in each is needed for its coverage).',
  })
  alternatives: ConsortiumAlternativeModel[];
  @Field(() => [RequirementEligibilityModel], { description: 'Per requirement: eligible firms, and why others are not.' })
  explanations: RequirementEligibilityModel[];
  @Field(() => [UncoveredRequirementModel])
  uncovered: UncoveredRequirementModel[];
  @Field({ description: 'True when the search finished within its time budget.' })
  complete: boolean;
  @Field(() => Int)
  candidateFirms: number;
}
