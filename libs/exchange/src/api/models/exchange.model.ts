import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MoneyModel } from '@app/core';
import { CertificateType } from '@app/members';
import { AgreementStatus, LoanHoursStatus, LoanResource, PostingKind, PricingBasis, ServiceFeePayer } from '../../entities/exchange.entity';

export enum PostingStateEnum {
  OPEN = 'OPEN',
  TAKEN = 'TAKEN',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PostingStateEnum, {
  name: 'ExchangePostingState',
  description: 'OPEN on the board; TAKEN when every hour is in confirmed agreements; EXPIRED after its window; WITHDRAWN by the firm.',
});

export enum MatchSourceEnum {
  OFFER = 'OFFER',
  CAPACITY = 'CAPACITY',
}
registerEnumType(MatchSourceEnum, {
  name: 'ExchangeMatchSource',
  description: "OFFER: a posted offer. CAPACITY: a firm's free registered capacity.",
});

@ObjectType('ExchangeCertificate', { description: 'A certificate an offer brings or a need asks for.' })
export class RequiredCertificateModel {
  @Field(() => CertificateType)
  type: CertificateType;
  @Field(() => String, { nullable: true })
  process: string | null;
  @Field({ description: 'e.g. "AQAP 2110", "Nadcap WELDING".' })
  label: string;
}

@ObjectType('CapabilityPrice')
export class CapabilityPriceModel {
  @Field()
  code: string;
  @Field(() => MoneyModel)
  pricePerHour: MoneyModel;
}

@ObjectType('ExchangeTerms', { description: "The network's common terms for loans, one version as the board set it." })
export class ExchangeTermsModel {
  @Field(() => LocalDateScalar)
  validFrom: string;
  @Field(() => Int, { description: "Price per hour = the lender's cost rate + this many basis points of it." })
  markupBp: number;
  @Field(() => Int)
  nonSolicitationMonths: number;
  @Field(() => Int, { description: "The association's service fee on each loan in basis points; 0 = none." })
  serviceFeeBp: number;
  @Field(() => ServiceFeePayer)
  serviceFeePaidBy: ServiceFeePayer;
  @Field()
  boardDecision: string;
  @Field(() => GraphQLISODateTime)
  recordedAt: Date;
}

@ObjectType('ExchangePosting', { description: 'An offer of free hours or a need for them on the exchange board. It never carries a rate.' })
export class ExchangePostingModel {
  @Field(() => Int)
  id: number;
  @Field(() => PostingKind)
  kind: PostingKind;
  @Field(() => Int)
  memberId: number;
  @Field()
  capabilityCode: string;
  @Field(() => LoanResource)
  resource: LoanResource;
  @Field(() => Int)
  hours: number;
  @Field(() => Int, { description: 'Hours in confirmed agreements made against it.' })
  hoursAgreed: number;
  @Field(() => LocalDateScalar)
  windowStart: string;
  @Field(() => LocalDateScalar)
  windowEnd: string;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => String, { nullable: true })
  withdrawnReason: string | null;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class ExchangePostingConnection extends Connection(ExchangePostingModel, 'ExchangePosting') {}

@ObjectType('ExchangeMatch', { description: 'An offer or a firm with free capacity that covers (part of) a need, ranked.' })
export class ExchangeMatchModel {
  @Field(() => Int, { description: '1 = best: most hours covered, an offer before registered capacity, longest overlap.' })
  rank: number;
  @Field(() => MatchSourceEnum)
  source: MatchSourceEnum;
  @Field(() => Int)
  memberId: number;
  @Field(() => Int, { nullable: true })
  postingId: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Hours the candidate can give inside the need's window. Null for a firm user looking at another firm's registered capacity (private).",
  })
  availableHours: number | null;
  @Field(() => Int, { nullable: true, description: "min(availableHours, the need's open hours); null as availableHours." })
  coveredHours: number | null;
  @Field({ description: "True when the candidate covers all the need's open hours." })
  coversFully: boolean;
  @Field(() => LocalDateScalar)
  overlapStart: string;
  @Field(() => LocalDateScalar)
  overlapEnd: string;
  @Field(() => [String], {
    description: 'Certificates the candidate holds valid through the overlap that the need asks for or the offer lists.',
  })
  certificates: string[];
}

@ObjectType('LoanHoursReport', { description: 'Hours the borrower used in one month of a loan, and what they cost, exactly.' })
export class LoanHoursModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  agreementId: number;
  @Field()
  month: string;
  @Field(() => Int)
  hours: number;
  @Field(() => LoanHoursStatus)
  status: LoanHoursStatus;
  @Field(() => String, { nullable: true })
  rejectReason: string | null;
  @Field(() => GraphQLISODateTime)
  reportedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  confirmedAt: Date | null;
}

@ObjectType('LoanAgreement', {
  description: 'A loan of staff or machine hours between two members on the common terms in force when proposed.',
})
export class LoanAgreementModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  lenderId: number;
  @Field(() => Int)
  borrowerId: number;
  @Field(() => Int, { nullable: true })
  offerId: number | null;
  @Field(() => Int, { nullable: true })
  needId: number | null;
  @Field()
  capabilityCode: string;
  @Field(() => LoanResource)
  resource: LoanResource;
  @Field(() => Int)
  hours: number;
  @Field(() => LocalDateScalar)
  periodStart: string;
  @Field(() => LocalDateScalar)
  periodEnd: string;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => AgreementStatus)
  status: AgreementStatus;
  @Field(() => String, { nullable: true, description: 'Why it was declined or cancelled.' })
  reason: string | null;
  @Field(() => GraphQLISODateTime)
  proposedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  lenderConfirmedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  borrowerConfirmedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it came into force (the second confirmation).' })
  confirmedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;
  @Field(() => Int, { description: 'The version of the common terms copied onto this agreement.' })
  termsVersion: number;
  @Field(() => LocalDateScalar)
  termsValidFrom: string;
  @Field()
  boardDecision: string;
  @Field(() => PricingBasis)
  pricingBasis: PricingBasis;
  @Field(() => Int)
  markupBp: number;
  @Field(() => Int)
  nonSolicitationMonths: number;
  @Field(() => Int)
  serviceFeeBp: number;
  @Field(() => ServiceFeePayer)
  serviceFeePaidBy: ServiceFeePayer;
}

@ObjectType('SettlementLine', { description: 'One month of confirmed hours on one loan.' })
export class SettlementLineModel {
  @Field(() => Int)
  agreementId: number;
  @Field()
  month: string;
  @Field(() => Int)
  lenderId: number;
  @Field(() => Int)
  borrowerId: number;
  @Field()
  capabilityCode: string;
  @Field(() => Int)
  hours: number;
  @Field(() => ServiceFeePayer)
  serviceFeePaidBy: ServiceFeePayer;
}

@ObjectType('SettlementBalance', { description: 'What one firm owes another for the period, after netting loans both ways.' })
export class SettlementBalanceModel {
  @Field(() => Int)
  debtorId: number;
  @Field(() => Int)
  creditorId: number;
}

@ObjectType('SettlementFee', { description: "The association's service fees one firm pays for the period." })
export class SettlementFeeModel {
  @Field(() => Int)
  memberId: number;
}

@ObjectType('ExchangeSettlement', {
  description: "A period's settlement of loans: lines, what each firm owes the others, the association's fees.",
})
export class SettlementModel {
  @Field({ description: 'e.g. 2026-Q3.' })
  period: string;
  @Field(() => LocalDateScalar)
  firstDay: string;
  @Field(() => LocalDateScalar)
  lastDay: string;
  @Field(() => [SettlementLineModel])
  lines: SettlementLineModel[];
  @Field(() => [SettlementBalanceModel])
  balances: SettlementBalanceModel[];
  @Field(() => [SettlementFeeModel])
  fees: SettlementFeeModel[];
  @Field(() => MoneyModel, { description: 'The sum of the lines (before netting).' })
  totalAmount: MoneyModel;
  @Field(() => MoneyModel)
  totalFees: MoneyModel;
}
