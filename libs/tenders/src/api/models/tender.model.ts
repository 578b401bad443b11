import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MoneyModel } from '@app/core';
import { CertificateType, ClearanceLevel } from '@app/members';
import { Market } from '../../entities/tender.entity';
import { LossReason, TenderStage } from '../../tender-stage';

@ObjectType('Tender')
export class TenderModel {
  @Field(() => Int)
  id: number;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  description: string | null;
  @Field()
  buyerName: string;
  @Field(() => String, { nullable: true })
  buyerIdentifier: string | null;
  @Field(() => Market)
  market: Market;
  @Field()
  source: string;
  @Field(() => String, { nullable: true })
  externalId: string | null;
  @Field(() => String, { nullable: true })
  referenceUrl: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;
  @Field(() => ClearanceLevel, { nullable: true })
  clearanceLevel: ClearanceLevel | null;
  @Field()
  exportControlled: boolean;
  @Field({
    description:
      "The tender's currency (ISO 4217): its values and its bids' prices are in it. Not NOK: a bid made from a suggestion needs an exchange rate (createBidFromSuggestion.exchangeRate).",
  })
  currency: string;
  @Field(() => TenderStage)
  stage: TenderStage;
  @Field(() => GraphQLISODateTime)
  stageChangedAt: Date;
  @Field(() => Int, { nullable: true, description: 'The override, if any (basis points).' })
  winProbabilityBp: number | null;
  @Field(() => LossReason, { nullable: true })
  lossReason: LossReason | null;
  @Field(() => String, { nullable: true })
  lossReasonText: string | null;
  @Field(() => Int, { nullable: true })
  responsibleUserId: number | null;
  @Field(() => String, { nullable: true })
  notes: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Where the process stands at its source (OCDS): the tender status (planning, planned, active, complete, cancelled, unsuccessful, withdrawn), or awarded / contracted. Null for tenders registered by hand.',
  })
  sourceStatus: string | null;
  @Field(() => Int)
  version: number;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class TenderConnection extends Connection(TenderModel, 'Tender') {}

@ObjectType('TenderLot')
export class TenderLotModel {
  @Field(() => Int)
  id: number;
  @Field()
  lotKey: string;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  description: string | null;
  @Field(() => MoneyModel, { nullable: true })
  estimatedValue: MoneyModel | null;
}

@ObjectType('TenderDocument', { description: 'A document of an imported tender, as the source lists it.' })
export class TenderDocumentModel {
  @Field(() => Int)
  id: number;
  @Field({ description: 'tender, planning, award or contract: where in the process it was published.' })
  section: string;
  @Field(() => String, { nullable: true, description: 'The OCDS documentType, e.g. tenderNotice, biddingDocuments, awardNotice.' })
  documentType: string | null;
  @Field(() => String, { nullable: true })
  title: string | null;
  @Field(() => String, { nullable: true })
  url: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published (or last modified).' })
  date: Date | null;
}

@ObjectType('RequiredCertificate')
export class RequiredCertificateModel {
  @Field(() => CertificateType)
  type: string;
  @Field(() => String, { nullable: true })
  process?: string | null;
}

@ObjectType('Requirement')
export class RequirementModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  tenderId: number;
  @Field(() => Int, { nullable: true })
  lotId: number | null;
  @Field()
  capabilityCode: string;
  @Field(() => String, { nullable: true })
  description: string | null;
  @Field(() => Int)
  hours: number;
  @Field(() => Int, { nullable: true })
  quantity: number | null;
  @Field(() => String, { nullable: true })
  unit: string | null;
  @Field(() => LocalDateScalar)
  windowStart: string;
  @Field(() => LocalDateScalar)
  windowEnd: string;
  @Field(() => [RequiredCertificateModel])
  requiredCertificates: RequiredCertificateModel[];
  @Field()
  mandatory: boolean;
  @Field()
  indivisible: boolean;
  @Field({ description: 'Drafted from an import; the project leader confirms it by saving.' })
  draft: boolean;
  @Field(() => Int)
  version: number;
}

@ObjectType('TenderStageTransition')
export class TenderStageTransitionModel {
  @Field(() => Int)
  id: number;
  @Field(() => TenderStage, { nullable: true })
  fromStage: TenderStage | null;
  @Field(() => TenderStage)
  toStage: TenderStage;
  @Field(() => GraphQLISODateTime)
  at: Date;
  @Field(() => Int, { nullable: true })
  actorUserId: number | null;
  @Field()
  actorEmail: string;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field(() => LossReason, { nullable: true })
  lossReason: LossReason | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "For a move to WON or LOST: the outcome's own date (award or notice), by which the pipeline counts it; `at` is when it was registered.",
  })
  outcomeDate: string | null;
  @Field(() => Int, { nullable: true, description: 'GO and NO_GO: the closed steering decision that set the stage.' })
  steeringDecisionId: number | null;
}

@ObjectType('OcdsImportWarning')
export class OcdsImportWarningModel {
  @Field()
  ocid: string;
  @Field()
  message: string;
}

@ObjectType('OcdsImportResult')
export class OcdsImportResultModel {
  @Field(() => Int)
  releases: number;
  @Field(() => Int)
  tenders: number;
  @Field(() => Int)
  created: number;
  @Field(() => Int)
  updated: number;
  @Field(() => Int)
  unchanged: number;
  @Field(() => Int, {
    description:
      'Processes closed at the source (complete, cancelled, awarded, contracted …) without a tender: not imported as opportunities; their releases are kept.',
  })
  skipped: number;
  @Field(() => Int, { description: 'Releases stored for the first time.' })
  releasesAdded: number;
  @Field(() => Int, { description: 'Stored releases whose content this import replaced (each is also a warning and in the audit record).' })
  releasesReplaced: number;
  @Field({ description: 'The character set the file was read in, e.g. utf-8 or windows-1252 (for ISO-8859-1).' })
  encoding: string;
  @Field({ description: 'The time zone date-times without a UTC offset were read in.' })
  timeZone: string;
  @Field(() => [OcdsImportWarningModel])
  warnings: OcdsImportWarningModel[];
  @Field(() => Int, { description: 'Warnings beyond the first 1 000, counted but not listed.' })
  moreWarnings: number;
}

@ObjectType('CpvMapping')
export class CpvMappingModel {
  @Field({ description: 'CPV code prefix, e.g. "34" or "3471".' })
  cpvPrefix: string;
  @Field()
  capabilityCode: string;
  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('TenderSummary', {
  description:
    "A tender's public facts, for a firm answering a work package of it: buyer, title, deadline. Never prices, notes or other firms.",
})
export class TenderSummaryModel {
  @Field(() => Int)
  id: number;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  description: string | null;
  @Field()
  buyerName: string;
  @Field(() => Market)
  market: Market;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "The buyer's submission deadline." })
  deadline: Date | null;
  @Field(() => String, { nullable: true })
  referenceUrl: string | null;
  @Field(() => ClearanceLevel, { nullable: true })
  clearanceLevel: ClearanceLevel | null;
  @Field()
  exportControlled: boolean;
}
