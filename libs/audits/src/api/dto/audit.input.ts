import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar, OptionalNotNull } from '@app/core';
import { CertificateType } from '@app/members';
import { FindingSeverity } from '../../entities/audit-finding.entity';
import { AuditStatus } from '../../entities/coordinated-audit.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const STANDARD_HELP = 'AQAP_2110, AQAP_2310, EN_9100, ISO_9001, ISO_3834_2, ISO_3834_3, NADCAP or ISO_14001';

// ------------------------------------------------------------------ the supplier register

@InputType({ description: 'A line of a member\'s supplier register: "we buy from this member".' })
export class AddSupplierRelationshipInput {
  @Field(() => Int, { description: 'The buying member (your own firm, for a firm user).' }) @IsInt() buyerMemberId: number;
  @Field(() => Int, { description: 'The member it buys from.' }) @IsInt() supplierMemberId: number;
  @Field(() => [CertificateType], {
    nullable: true,
    description: `Standards to audit the supplier against (${STANDARD_HELP}). Empty or left out: the standards the buyer holds that oblige it to audit suppliers (AQAP 2110/2310, EN 9100, ISO 3834).`,
  })
  @IsOptional()
  @IsEnum(CertificateType, { each: true })
  @ArrayMaxSize(8)
  standards?: CertificateType[] | null;
  @Field(() => String, { nullable: true, description: 'What is bought, e.g. "hard anodising of machined parts".' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scope?: string | null;
  @Field(() => Int, { nullable: true, description: 'Months between audits, 6–60 (default 24).' })
  @IsOptional()
  @IsInt()
  @Min(6)
  @Max(60)
  auditIntervalMonths?: number | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When the supply began or begins (default today): the first audit is due then.',
  })
  @IsOptional()
  @Matches(DATE)
  since?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The last audit done outside TotAl-Fly, if any.' })
  @IsOptional()
  @Matches(DATE)
  lastAuditedOn?: string | null;
}

@InputType({ description: 'Changes to a supplier register entry. Left out: unchanged.' })
export class UpdateSupplierRelationshipInput {
  @Field(() => Int) @IsInt() id: number;
  @Field(() => [CertificateType], {
    nullable: true,
    description: "An empty list means the buyer's obliging certificates; null is refused.",
  })
  @OptionalNotNull()
  @IsEnum(CertificateType, { each: true })
  @ArrayMaxSize(8)
  standards?: CertificateType[];
  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scope?: string | null;
  @Field(() => Int, { nullable: true, description: 'Months between audits, 6–60; null is refused.' })
  @OptionalNotNull()
  @IsInt()
  @Min(6)
  @Max(60)
  auditIntervalMonths?: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'null is refused.' })
  @OptionalNotNull()
  @Matches(DATE)
  since?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @Matches(DATE)
  lastAuditedOn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The member stops buying from this day; null resumes the entry.' })
  @IsOptional()
  @Matches(DATE)
  endedOn?: string | null;
}

@InputType()
export class SupplierRelationshipFilterInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() buyerMemberId?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() supplierMemberId?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Also entries that have ended (default false).' })
  @IsOptional()
  @IsBoolean()
  includeEnded?: boolean | null;
}

// ------------------------------------------------------------------ the programme

@InputType()
export class AuditProgrammeInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the programme is drawn up for (default today, Europe/Oslo).' })
  @IsOptional()
  @Matches(DATE)
  asOf?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Needs falling due within this many days are planned and suggested (0–1830, default 365).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1830)
  horizonDays?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Members due for one supplier within this many days of each other are suggested one audit (0–365, default 90).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  windowDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() supplierMemberId?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Only what involves this member, as buyer or supplier (a firm user: its own firm only).',
  })
  @IsOptional()
  @IsInt()
  memberId?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Also list needs due after the horizon (default false).' })
  @IsOptional()
  @IsBoolean()
  includeLater?: boolean | null;
}

// ------------------------------------------------------------------ audits

@InputType()
export class AuditScopeInput {
  @Field(() => CertificateType, { description: STANDARD_HELP }) @IsEnum(CertificateType) standard: CertificateType;
  @Field(() => [String], { nullable: true, description: 'Clauses audited, e.g. ["8.4", "8.5.1"]; none: the whole standard.' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  @ArrayMaxSize(40)
  clauses?: string[] | null;
}

@InputType({ description: 'A coordinated audit: one lead auditor audits the supplier once, on behalf of several members.' })
export class ProposeAuditInput {
  @Field(() => Int) @IsInt() supplierMemberId: number;
  @Field(() => [AuditScopeInput], { description: 'The standards (and clauses) in scope.' })
  @ValidateNested({ each: true })
  @Type(() => AuditScopeInput)
  @ArrayMaxSize(8)
  scope: AuditScopeInput[];
  @Field(() => LocalDateScalar, { description: 'Today or later.' }) @Matches(DATE) plannedOn: string;
  @Field(() => Int, { description: 'A person at a member firm (a firm user, not of the supplier); see auditorCandidates.' })
  @IsInt()
  leadAuditorUserId: number;
  @Field(() => [Int], { description: 'The members it is done on behalf of; each accepts that it relies on the result.' })
  @IsInt({ each: true })
  @ArrayMaxSize(50)
  onBehalfOfMemberIds: number[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

@InputType()
export class InviteToAuditInput {
  @Field(() => Int) @IsInt() auditId: number;
  @Field(() => Int) @IsInt() memberId: number;
}

@InputType()
export class DeclineAuditRelianceInput {
  @Field(() => Int) @IsInt() auditId: number;
  @Field() @IsString() @MaxLength(1000) reason: string;
}

@InputType()
export class RescheduleAuditInput {
  @Field(() => Int) @IsInt() auditId: number;
  @Field(() => LocalDateScalar) @Matches(DATE) plannedOn: string;
  @Field() @IsString() @MaxLength(1000) reason: string;
}

@InputType()
export class CancelAuditInput {
  @Field(() => Int) @IsInt() auditId: number;
  @Field() @IsString() @MaxLength(1000) reason: string;
}

@InputType()
export class MarkAuditDoneInput {
  @Field(() => Int) @IsInt() auditId: number;
  @Field(() => LocalDateScalar, { description: 'The day it took place: today or earlier.' }) @Matches(DATE) doneOn: string;
}

@InputType()
export class RecordAuditFindingInput {
  @Field(() => Int) @IsInt() auditId: number;
  @Field(() => CertificateType, { description: "One of the audit's standards." }) @IsEnum(CertificateType) standard: CertificateType;
  @Field({ description: 'The clause, e.g. "8.4.2"; within the clauses in scope when the scope lists any.' })
  @IsString()
  @MaxLength(40)
  clause: string;
  @Field(() => FindingSeverity) @IsEnum(FindingSeverity) severity: FindingSeverity;
  @Field() @IsString() @MaxLength(4000) description: string;
  @Field(() => String, { nullable: true, description: 'May also be given by the supplier later.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  correctiveAction?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Required for MAJOR and MINOR: when the action must be closed.' })
  @IsOptional()
  @Matches(DATE)
  dueOn?: string | null;
}

@InputType({ description: 'Before the report any field; after it only dueOn, with a reason. Left out: unchanged.' })
export class UpdateAuditFindingInput {
  @Field(() => Int) @IsInt() id: number;
  @Field(() => String, { nullable: true, description: 'null is refused.' }) @OptionalNotNull() @IsString() @MaxLength(40) clause?: string;
  @Field(() => FindingSeverity, { nullable: true, description: 'null is refused.' })
  @OptionalNotNull()
  @IsEnum(FindingSeverity)
  severity?: FindingSeverity;
  @Field(() => String, { nullable: true, description: 'null is refused.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(4000)
  description?: string;
  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  correctiveAction?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'null clears it (observations only).' })
  @IsOptional()
  @Matches(DATE)
  dueOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the due date changes (required after the report).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class ReportAuditInput {
  @Field(() => Int) @IsInt() auditId: number;
  @Field({ description: "The lead auditor's conclusion, printed in the report." }) @IsString() @MaxLength(10000) summary: string;
}

@InputType({ description: 'The supplier states its corrective action and/or the evidence that it is done. Left out: unchanged.' })
export class RespondToAuditFindingInput {
  @Field(() => Int) @IsInt() findingId: number;
  @Field(() => String, { nullable: true, description: 'null is refused.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(4000)
  correctiveAction?: string;
  @Field(() => String, { nullable: true, description: 'e.g. "Revised procedure QP-12 rev. 4, training records 2026-11"; null is refused.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(4000)
  evidence?: string;
}

@InputType()
export class CloseAuditFindingInput {
  @Field(() => Int) @IsInt() findingId: number;
  @Field(() => String, { nullable: true, description: 'The evidence for closing; left out: what the supplier sent. null is refused.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(4000)
  evidence?: string;
}

@InputType()
export class AuditFilterInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() supplierMemberId?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "Audits a member takes part in (lead auditor's firm, or on its behalf); a firm user: its own firm only.",
  })
  @IsOptional()
  @IsInt()
  participantMemberId?: number | null;
  @Field(() => [AuditStatus], { nullable: true }) @IsOptional() @IsEnum(AuditStatus, { each: true }) statuses?: AuditStatus[] | null;
}
