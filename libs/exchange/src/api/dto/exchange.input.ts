import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, MoneyInput, PageArgs } from '@app/core';
import { CertificateType } from '@app/members';
import { AgreementStatus, LoanHoursStatus, LoanResource, PostingKind, PricingBasis, ServiceFeePayer } from '../../entities/exchange.entity';
import { CsvFormat } from '../../settlement.service';

registerEnumType(PostingKind, { name: 'ExchangePostingKind', description: 'OFFER: free hours to lend. NEED: hours a firm lacks.' });
registerEnumType(LoanResource, { name: 'LoanResource', description: 'STAFF (people) or MACHINE (free machine hours).' });
registerEnumType(AgreementStatus, {
  name: 'LoanAgreementStatus',
  description: 'PROPOSED → CONFIRMED (both firms) → COMPLETED, or DECLINED / CANCELLED with a reason.',
});
registerEnumType(PricingBasis, {
  name: 'LoanPricingBasis',
  description: "TABLE: the terms' fixed price. COST_PLUS: the lender's cost rate plus the markup.",
});
registerEnumType(ServiceFeePayer, { name: 'ServiceFeePayer' });
registerEnumType(LoanHoursStatus, {
  name: 'LoanHoursStatus',
  description: 'REPORTED by the borrower, then CONFIRMED or REJECTED by the lender.',
});
registerEnumType(CsvFormat, {
  name: 'CsvFormat',
  description: 'NB: ";" and decimal comma with a byte-order mark (Norwegian Excel). EN: "," and decimal point.',
});

@InputType('ExchangeCertificateInput')
export class ExchangeCertificateInput {
  @Field(() => CertificateType)
  @IsEnum(CertificateType)
  type: CertificateType;

  @Field(() => String, { nullable: true, description: 'NADCAP only: the accredited process, e.g. WELDING.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  process?: string | null;
}

@InputType({ isAbstract: true })
class PostingInput {
  @Field(() => Int, { nullable: true, description: 'The firm. A firm user may leave it out (their own firm); the association names it.' })
  @IsOptional()
  @IsInt()
  memberId?: number | null;

  @Field({ description: 'A code of the capability catalogue, e.g. CNC_5AXIS.' })
  @IsString()
  @MaxLength(40)
  capabilityCode: string;

  @Field(() => LoanResource)
  @IsEnum(LoanResource)
  resource: LoanResource;

  @Field(() => Int, { description: 'Whole hours, 1 or more.' })
  @IsInt()
  @Min(1)
  hours: number;

  @Field(() => LocalDateScalar)
  @IsString()
  windowStart: string;

  @Field(() => LocalDateScalar, { description: 'The posting expires after this day.' })
  @IsString()
  windowEnd: string;

  @Field(() => String, { nullable: true, description: 'Free text shown on the board; null or empty for none.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class PostExchangeOfferInput extends PostingInput {
  @Field(() => [ExchangeCertificateInput], {
    nullable: true,
    description: 'Certificates that come with the lent staff or machine; null for none.',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ExchangeCertificateInput)
  certificates?: ExchangeCertificateInput[] | null;
}

@InputType()
export class PostExchangeNeedInput extends PostingInput {
  @Field(() => [ExchangeCertificateInput], {
    nullable: true,
    description: 'Certificates the lender must hold valid through the window; null for none.',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ExchangeCertificateInput)
  certificates?: ExchangeCertificateInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "One of the firm's own order lines this need is part of (the part it cannot do itself).",
  })
  @IsOptional()
  @IsInt()
  orderLineId?: number | null;
}

@InputType()
export class ExchangeBoardFilter {
  @Field(() => PostingKind, { nullable: true })
  @IsOptional()
  @IsEnum(PostingKind)
  kind?: PostingKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  capabilityCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  memberId?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Postings whose window ends on or after this day.' })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Postings whose window starts on or before this day.' })
  @IsOptional()
  @IsString()
  to?: string | null;
}

@InputType()
export class CapabilityPriceInput {
  @Field()
  @IsString()
  @MaxLength(40)
  code: string;

  @Field(() => MoneyInput, { description: 'Fixed price per hour (NOK).' })
  @ValidateNested()
  @Type(() => MoneyInput)
  pricePerHour: MoneyInput;
}

@InputType()
export class RecordExchangeTermsInput {
  @Field(() => LocalDateScalar, { description: 'The first day the terms apply to new agreements.' })
  @IsString()
  validFrom: string;

  @Field(() => Int, { description: "The lender's cost rate plus this many basis points (1250 = 12.5 %)." })
  @IsInt()
  markupBp: number;

  @Field(() => [CapabilityPriceInput], { defaultValue: [], description: 'Fixed prices per capability; they override cost plus markup.' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CapabilityPriceInput)
  capabilityPrices: CapabilityPriceInput[];

  @Field(() => Int, { description: 'Months after the loan ends during which the borrower may not hire the lent staff.' })
  @IsInt()
  nonSolicitationMonths: number;

  @Field(() => Int, {
    defaultValue: 0,
    description: "The association's service fee on each loan in basis points (250 = 2.5 %); 0 for none.",
  })
  @IsInt()
  serviceFeeBp: number;

  @Field(() => ServiceFeePayer, { defaultValue: ServiceFeePayer.BORROWER })
  @IsEnum(ServiceFeePayer)
  serviceFeePaidBy: ServiceFeePayer;

  @Field({ description: 'The board decision, e.g. "Styrevedtak 2026-03-12, sak 14/26".' })
  @IsString()
  @MaxLength(300)
  boardDecision: string;
}

@InputType()
export class ProposeLoanAgreementInput {
  @Field(() => Int, { nullable: true, description: 'The lending firm; implied by offerId.' })
  @IsOptional()
  @IsInt()
  lenderId?: number | null;

  @Field(() => Int, { nullable: true, description: 'The borrowing firm; implied by needId.' })
  @IsOptional()
  @IsInt()
  borrowerId?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The offer the hours come from (its hours are taken when the agreement comes into force).',
  })
  @IsOptional()
  @IsInt()
  offerId?: number | null;

  @Field(() => Int, { nullable: true, description: 'The need the hours cover.' })
  @IsOptional()
  @IsInt()
  needId?: number | null;

  @Field(() => String, { nullable: true, description: 'Implied by the offer or need.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  capabilityCode?: string | null;

  @Field(() => LoanResource, { nullable: true, description: 'Implied by the offer or need.' })
  @IsOptional()
  @IsEnum(LoanResource)
  resource?: LoanResource | null;

  @Field(() => Int)
  @IsInt()
  hours: number;

  @Field(() => LocalDateScalar)
  @IsString()
  periodStart: string;

  @Field(() => LocalDateScalar)
  @IsString()
  periodEnd: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class ReportLoanHoursInput {
  @Field(() => Int)
  @IsInt()
  agreementId: number;

  @Field({ description: 'The month, YYYY-MM; reporting a month again replaces a rejected or unconfirmed report.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month is YYYY-MM' })
  month: string;

  @Field(() => Int)
  @IsInt()
  hours: number;
}

@InputType()
export class LoanAgreementFilter {
  @Field(() => [AgreementStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(AgreementStatus, { each: true })
  statuses?: AgreementStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Agreements in which this firm lends or borrows.' })
  @IsOptional()
  @IsInt()
  memberId?: number | null;
}

@ArgsType()
export class ExchangeBoardArgs extends PageArgs {
  @Field(() => ExchangeBoardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExchangeBoardFilter)
  filter?: ExchangeBoardFilter | null;
}

@ArgsType()
export class ExchangeNeedsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  capabilityCode?: string | null;
}
