import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, MinorUnitsScalar, OptionalNotNull } from '@app/core';
import { MilestoneStatus, OrderStatus } from '../../entities/order.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
class OrderLineInput {
  @Field(() => Int) @IsInt() memberId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(500) description: string;
  @Field(() => MinorUnitsScalar) @IsInt() @Min(0) value: number;
}

@InputType()
export class CreateOrderInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(300) buyerName: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) contractReference: string;
  @Field(() => MinorUnitsScalar) @IsInt() awardedValue: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/) currency?: string;
  @Field(() => LocalDateScalar) @Matches(DATE) awardDate: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) endDate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() tenderId?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  @Field(() => [OrderLineInput]) @ValidateNested({ each: true }) @Type(() => OrderLineInput) lines: OrderLineInput[];
  @Field({ nullable: true, description: 'Replays with the same key return the first result without writing.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  idempotencyKey?: string;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => Int) @IsInt() orderLineId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @Field(() => LocalDateScalar) @Matches(DATE) plannedDate: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => Int) @IsInt() id: number;
  @Field(() => MilestoneStatus, { nullable: true }) @OptionalNotNull() @IsEnum(MilestoneStatus) status?: MilestoneStatus;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) actualDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @OptionalNotNull() @Matches(DATE) plannedDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class ChangeOrderInput {
  @Field(() => Int) @IsInt() orderLineId: number;
  @Field(() => MinorUnitsScalar, { description: 'Signed change of the line value.' }) @IsInt() delta: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class RecordInvoiceInput {
  @Field(() => Int) @IsInt() orderLineId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(60) number: string;
  @Field(() => LocalDateScalar) @Matches(DATE) issueDate: string;
  @Field(() => MinorUnitsScalar) @IsInt() amount: number;
  @Field(() => MinorUnitsScalar, { nullable: true, description: 'For margin-based royalties.' })
  @IsOptional()
  @IsInt()
  declaredCost?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class RecordCreditNoteInput {
  @Field(() => Int, { description: 'The invoice credited.' }) @IsInt() invoiceId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(60) number: string;
  @Field(() => LocalDateScalar) @Matches(DATE) issueDate: string;
  @Field(() => MinorUnitsScalar, { description: 'The credited amount, as a positive number.' }) @IsInt() amount: number;
  @Field(() => MinorUnitsScalar, { nullable: true }) @IsOptional() @IsInt() declaredCost?: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => Int, { description: 'An invoice (payment received) or a credit note (refund paid).' }) @IsInt() invoiceId: number;
  @Field(() => LocalDateScalar) @Matches(DATE) date: string;
  @Field(() => MinorUnitsScalar, { description: 'Positive; partial payments allowed, overpayment refused.' }) @IsInt() amount: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class OrderFilterInput {
  @Field(() => OrderStatus, { nullable: true }) @IsOptional() @IsEnum(OrderStatus) status?: OrderStatus;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) awardedFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) awardedTo?: string;
}
