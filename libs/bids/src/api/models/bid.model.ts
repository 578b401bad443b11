import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyModel } from '@app/core';
import { BidderKind, BidStatus, WorkPackageStatus } from '../../entities/bid.entity';

@ObjectType('Bid', { description: 'A joint offer to a tender. Association only.' })
export class BidModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  tenderId: number;
  @Field()
  title: string;
  @Field(() => BidderKind)
  bidderKind: BidderKind;
  @Field(() => Int, { nullable: true })
  primeMemberId: number | null;
  @Field(() => BidStatus)
  status: BidStatus;
  @Field()
  currency: string;
  exchangeRateMicros: number | null;
  @Field(() => Int, { nullable: true })
  coordinationFeeBp: number | null;
  @Field(() => Int, { nullable: true })
  contingencyBp: number | null;
  @Field(() => String, { nullable: true })
  notes: string | null;
  @Field(() => Int, { nullable: true, description: 'The suggestConsortia alternative it was created from.' })
  suggestionRank: number | null;
  @Field(() => Int, { description: 'The last submitted revision (0 before the first submission).' })
  currentRevision: number;
  @Field(() => String, { nullable: true, description: 'Why the bid changed after submission, until the next revision is sent.' })
  pendingChangeReason: string | null;
  @Field(() => String, { nullable: true })
  contractReference: string | null;
  @Field(() => LocalDateScalar, { nullable: true })
  outcomeDate: string | null;
  @Field(() => String, { nullable: true })
  lossReason: string | null;
  @Field(() => String, { nullable: true })
  winnerName: string | null;
  @Field(() => String, { nullable: true })
  withdrawnReason: string | null;
  awardedValueMinor: number | null;
  winnerPriceMinor: number | null;
  @Field(() => Int)
  version: number;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('PackageCover')
export class PackageCoverModel {
  @Field(() => Int)
  requirementId: number;
  @Field()
  capabilityCode: string;
  @Field(() => Int)
  hours: number;
}

@ObjectType('WorkPackage')
export class WorkPackageModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  bidId: number;
  @Field(() => Int)
  tenderId: number;
  @Field(() => Int, { description: 'The assigned firm.' })
  memberId: number;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  scope: string | null;
  @Field(() => Int)
  hours: number;
  @Field(() => LocalDateScalar)
  windowStart: string;
  @Field(() => LocalDateScalar)
  windowEnd: string;
  @Field(() => String, { nullable: true, description: 'Facility clearance required (inherited from the tender).' })
  clearanceLevel: string | null;
  @Field({ description: 'Export-controlled content (inherited from the tender).' })
  exportControlled: boolean;
  @Field(() => WorkPackageStatus)
  status: WorkPackageStatus;
  @Field(() => GraphQLISODateTime, { nullable: true })
  responseDeadline: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  offeredAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt: Date | null;
  @Field(() => String, { nullable: true })
  declineReason: string | null;
  @Field(() => LocalDateScalar, { nullable: true })
  counterWindowStart: string | null;
  @Field(() => LocalDateScalar, { nullable: true })
  counterWindowEnd: string | null;
  @Field(() => String, { nullable: true })
  counterComment: string | null;
  @Field(() => Int)
  version: number;
  priceMinor: number | null;
  counterPriceMinor: number | null;
  currency: string;
}

export enum OfferCautionKind {
  OVER_COMMITTED = 'OVER_COMMITTED',
  INACTIVE_MEMBER = 'INACTIVE_MEMBER',
}
registerEnumType(OfferCautionKind, {
  name: 'OfferCautionKind',
  description: 'Why an offer that went out needs the project leader’s eye.',
  valuesMap: {
    OVER_COMMITTED: {
      description:
        'The firm has fewer free hours of the capability in the window than the package needs (memberName, capabilityCode, freeHours, hours, windowStart, windowEnd).',
    },
    INACTIVE_MEMBER: { description: 'The firm is not an active member (memberName).' },
  },
});

@ObjectType('OfferCaution', { description: 'Something to know about an offer that still went out, with the facts to word it from.' })
export class OfferCautionModel {
  @Field(() => OfferCautionKind)
  kind: OfferCautionKind;
  @Field()
  memberName: string;
  @Field(() => String, { nullable: true })
  capabilityCode?: string | null;
  @Field(() => Int, { nullable: true })
  freeHours?: number | null;
  @Field(() => Int, { nullable: true, description: 'The hours the package needs of the capability.' })
  hours?: number | null;
  @Field(() => LocalDateScalar, { nullable: true })
  windowStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true })
  windowEnd?: string | null;
}

@ObjectType('OfferWorkPackageResult')
export class OfferWorkPackageResultModel {
  @Field(() => WorkPackageModel)
  workPackage: WorkPackageModel;
  @Field(() => [String], {
    description: 'e.g. the firm would be over-committed; the offer went out anyway. English sentences: `cautions` says them by kind.',
  })
  warnings: string[];
  @Field(() => [OfferCautionModel], { description: 'The warnings by kind, with their facts (in the order of `warnings`).' })
  cautions: OfferCautionModel[];
}

@ObjectType('WorkPackageEvent')
export class WorkPackageEventModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  memberId: number;
  @Field()
  kind: string;
  @Field(() => GraphQLISODateTime)
  at: Date;
  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType('PriceBuildUp', { description: 'Bid price = Σ work-package prices + coordination fee + contingency. Association only.' })
export class PriceBuildUpModel {
  @Field(() => MoneyModel)
  packagesTotal: MoneyModel;
  @Field(() => MoneyModel)
  coordinationFee: MoneyModel;
  @Field(() => MoneyModel)
  contingency: MoneyModel;
  @Field(() => MoneyModel)
  bidPrice: MoneyModel;
  @Field(() => MoneyModel, { description: 'Royalty to the association at its default rate, on the packages.' })
  expectedRoyalty: MoneyModel;
  @Field(() => Int)
  royaltyRateBp: number;
  @Field(() => Int, { description: 'Packages without a price, left out of the total.' })
  unpricedPackages: number;
}

@ObjectType('ComplianceCoverage')
export class ComplianceCoverageModel {
  @Field(() => Int)
  workPackageId: number;
  @Field(() => Int)
  memberId: number;
  @Field(() => WorkPackageStatus)
  status: string;
  @Field(() => Int)
  hours: number;
}

@ObjectType('ComplianceRow')
export class ComplianceRowModel {
  @Field(() => Int)
  requirementId: number;
  @Field({
    description: "The requirement's description, else its capability's code (for people: description, else the capability's name).",
  })
  label: string;
  @Field({ description: "The requirement's capability, a code of capabilityCatalogue (e.g. CNC_5AXIS)." })
  capabilityCode: string;
  @Field(() => String, { nullable: true, description: 'What the tender asks, in its own words; null when it says only the capability.' })
  description: string | null;
  @Field()
  mandatory: boolean;
  @Field(() => Int)
  requiredHours: number;
  @Field(() => Int)
  acceptedHours: number;
  @Field(() => Int)
  plannedHours: number;
  @Field()
  covered: boolean;
  @Field(() => [ComplianceCoverageModel])
  packages: ComplianceCoverageModel[];
}

export enum ReadinessBlockerKind {
  REQUIREMENT_NOT_COVERED = 'REQUIREMENT_NOT_COVERED',
  PACKAGE_NOT_ACCEPTED = 'PACKAGE_NOT_ACCEPTED',
  NOTHING_ACCEPTED = 'NOTHING_ACCEPTED',
}
registerEnumType(ReadinessBlockerKind, {
  name: 'ReadinessBlockerKind',
  description: 'What keeps a bid from READY.',
  valuesMap: {
    REQUIREMENT_NOT_COVERED: {
      description: 'A mandatory requirement is not covered by accepted hours (requirementId, label, acceptedHours, requiredHours).',
    },
    PACKAGE_NOT_ACCEPTED: { description: 'A live work package is not accepted yet: DRAFT, OFFERED or COUNTERED (workPackageId, status).' },
    NOTHING_ACCEPTED: { description: 'No work package has been accepted.' },
  },
});

@ObjectType('ReadinessBlocker', {
  description: 'One thing that stands between a bid and READY, with the facts to word it from; the fields its kind names are set.',
})
export class ReadinessBlockerModel {
  @Field(() => ReadinessBlockerKind)
  kind: ReadinessBlockerKind;
  @Field(() => Int, { nullable: true })
  requirementId?: number | null;
  @Field(() => String, { nullable: true, description: "The requirement's description (or capability code)." })
  label?: string | null;
  @Field(() => Int, { nullable: true })
  acceptedHours?: number | null;
  @Field(() => Int, { nullable: true })
  requiredHours?: number | null;
  @Field(() => Int, { nullable: true })
  workPackageId?: number | null;
  @Field(() => WorkPackageStatus, { nullable: true })
  status?: string | null;
}

@ObjectType('ComplianceMatrix')
export class ComplianceMatrixModel {
  @Field(() => Int)
  bidId: number;
  @Field(() => [ComplianceRowModel])
  rows: ComplianceRowModel[];
  @Field(() => [Int], { description: 'Mandatory requirements not covered by accepted packages.' })
  uncoveredMandatory: number[];
  @Field(() => [ReadinessBlockerModel], {
    description: 'What stands between the bid and READY, by kind (as `missing`, in the same order).',
  })
  blockers: ReadinessBlockerModel[];
  @Field(() => [String], { description: 'What stands between the bid and READY, as English sentences (`blockers` says it by kind).' })
  missing: string[];
  @Field()
  ready: boolean;
}

@ObjectType('ReassignmentCandidate')
export class ReassignmentCandidateModel {
  @Field(() => Int)
  memberId: number;
  @Field()
  name: string;
  @Field(() => Int, { description: 'Hours this firm alone could not cover.' })
  uncoveredHours: number;
}
