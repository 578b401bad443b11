import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LocalDateScalar, MinorUnitsScalar } from '@app/core';
import { StatementStatus } from '../../entities/royalty.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class SetRoyaltyAgreementInput {
  @Field({ description: "DEFAULT (the association's rate), FIRM or ORDER." }) @IsIn(['DEFAULT', 'FIRM', 'ORDER']) scope:
    'DEFAULT' | 'FIRM' | 'ORDER';
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() orderId?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => LocalDateScalar) @Matches(DATE) validFrom: string;
  @Field(() => Int, { description: 'Basis points: 300 = 3 %.' }) @IsInt() @Min(0) @Max(10000) rateBp: number;
  @Field({ description: 'INVOICED (when invoiced) or PAID (when paid).' }) @IsIn(['INVOICED', 'PAID']) basis: 'INVOICED' | 'PAID';
  @Field({ description: 'GROSS (the amount) or MARGIN (amount − declared cost, floored at zero per order line cumulatively).' })
  @IsIn(['GROSS', 'MARGIN'])
  amountKind: 'GROSS' | 'MARGIN';
  @Field(() => MinorUnitsScalar, { nullable: true, description: 'Orders below this value owe no royalty.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  minimumOrderValue?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

@InputType()
export class RoyaltyStatementFilter {
  @Field({ nullable: true, description: '2026-07, 2026-Q3 or 2026' }) @IsOptional() @IsString() @MaxLength(10) period?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => StatementStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(StatementStatus)) status?: StatementStatus;
}

@InputType()
export class RoyaltyLedgerFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) from?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) to?: string;
}
