import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar, MinorUnitsScalar, PageArgs, OptionalNotNull } from '@app/core';
import { CapabilityGroup } from '../../entities/capability.entity';
import { CertificateType, ClearanceLevel } from '../../entities/certificate.entity';
import { MembershipStatus } from '../../entities/member.entity';

registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(CertificateType, { name: 'CertificateType' });
registerEnumType(ClearanceLevel, {
  name: 'ClearanceLevel',
  description: 'Norwegian security levels, lowest first: BEGRENSET, KONFIDENSIELT, HEMMELIG, STRENGT HEMMELIG.',
});
registerEnumType(CapabilityGroup, { name: 'CapabilityGroup' });

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ isAbstract: true })
class MemberProfileInput {
  @Field({ nullable: true, description: 'Norwegian organisation number, 9 digits (spaces allowed).' })
  @IsOptional()
  @IsString()
  @MaxLength(11)
  orgNumber?: string;

  @Field({ nullable: true, description: 'NCAGE code, 5 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  ncage?: string;

  @Field({ nullable: true, description: 'Web address; "www.example.no" is stored as "https://www.example.no".' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: true }, { message: 'website must be a web address such as www.example.no' })
  @MaxLength(300)
  website?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  streetAddress?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'postalCode is a Norwegian postcode of 4 digits' })
  postalCode?: string;

  @Field({ nullable: true, description: 'Kommune, e.g. Vestre Toten.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Transform(trim)
  municipality?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'employees must be 0 or more' })
  employees?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  contactEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\+?[\d ]{5,20}$/, { message: 'contactPhone is digits and spaces, optionally starting with +' })
  contactPhone?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @Matches(LOCAL_DATE)
  joinedOn?: string;

  @Field({ nullable: true, description: 'Public description in Norwegian (bokmål).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  descriptionNb?: string;

  @Field({ nullable: true, description: 'Public description in English.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  descriptionEn?: string;

  @Field({ nullable: true, description: 'Marks demo data whose profile is invented (association only).' })
  @OptionalNotNull()
  @IsBoolean()
  illustrative?: boolean;
}

@InputType()
export class RegisterMemberInput extends MemberProfileInput {
  @Field({ description: 'The firm\'s registered name, e.g. "Nammo Raufoss AS".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(200)
  name: string;
}

@InputType()
export class UpdateMemberInput extends MemberProfileInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name cannot be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; the update fails with CONFLICT if the member changed since.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class MemberFilterInput {
  @Field({ nullable: true, description: 'Only members with this capability code.' })
  @IsOptional()
  @IsString()
  capabilityCode?: string;

  @Field(() => CertificateType, { nullable: true, description: 'Only members holding this certificate, valid on certificateValidOn.' })
  @IsOptional()
  @IsEnum(CertificateType)
  certificateType?: CertificateType;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today (Europe/Oslo).' })
  @IsOptional()
  @Matches(LOCAL_DATE)
  certificateValidOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  municipality?: string;

  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;

  @Field({ nullable: true, description: 'Case-insensitive search in name and descriptions.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberFilterInput)
  filter?: MemberFilterInput;
}

@InputType()
export class ResignMemberInput {
  @Field(() => Int)
  @IsInt()
  memberId: number;

  @Field(() => LocalDateScalar, {
    description: "The day the written notice reached the board. After 1 December, next year's dues are still owed.",
  })
  @Matches(LOCAL_DATE)
  noticeReceivedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@InputType()
export class SetMemberCapabilityInput {
  @Field(() => Int)
  @IsInt()
  memberId: number;

  @Field({ description: 'A code from capabilityCatalogue, e.g. CNC_5AXIS.' })
  @IsString()
  @MaxLength(40)
  code: string;

  @Field({
    nullable: true,
    description: 'Level or notes, in Norwegian (the Norwegian brochure prints it), e.g. "serieproduksjon, toleranser ned til ±0,01 mm".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  level?: string;

  @Field({
    nullable: true,
    description: 'Level or notes in English (the English brochure prints it). Neither language stands in for the other.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  levelEn?: string;

  @Field({ nullable: true, description: 'Key equipment in Norwegian, e.g. "5-akset DMG, 1 000 × 800 × 600 mm".' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  keyEquipment?: string;

  @Field({ nullable: true, description: 'Key equipment in English, e.g. "5-axis DMG, 1,000 × 800 × 600 mm".' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  keyEquipmentEn?: string;

  @Field(() => Int, { description: 'Hours per month available for this capability (private).' })
  @IsInt()
  capacityHoursPerMonth: number;

  @Field(() => MinorUnitsScalar, {
    nullable: true,
    description: 'Indicative hourly rate in øre (private to the firm and the association).',
  })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'hourlyRate cannot be negative' })
  hourlyRate?: number;
}

@InputType()
export class CertificateInput {
  @Field(() => CertificateType)
  @IsEnum(CertificateType)
  type: CertificateType;

  @Field({ nullable: true, description: 'NADCAP only: the process, e.g. WELDING.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  process?: string;

  @Field(() => ClearanceLevel, { nullable: true, description: 'FACILITY_CLEARANCE only.' })
  @IsOptional()
  @IsEnum(ClearanceLevel)
  clearanceLevel?: ClearanceLevel;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  issuer: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scope?: string;

  @Field(() => LocalDateScalar)
  @Matches(LOCAL_DATE)
  validFrom: string;

  @Field(() => LocalDateScalar)
  @Matches(LOCAL_DATE)
  validUntil: string;

  @Field({ nullable: true, description: 'Where the certificate document is kept.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  documentRef?: string;
}

@InputType()
export class AddCertificateInput extends CertificateInput {
  @Field(() => Int)
  @IsInt()
  memberId: number;
}

@InputType()
export class UpdateCertificateInput {
  @Field(() => Int)
  @IsInt()
  id: number;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  issuer?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scope?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @OptionalNotNull()
  @Matches(LOCAL_DATE)
  validFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @OptionalNotNull()
  @Matches(LOCAL_DATE)
  validUntil?: string;

  @Field(() => ClearanceLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ClearanceLevel)
  clearanceLevel?: ClearanceLevel;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  documentRef?: string;
}

@InputType()
export class CatalogueEntryInput {
  @Field({ description: 'e.g. WELD_LASER_AL' })
  @IsString()
  @MaxLength(40)
  code: string;

  @Field(() => CapabilityGroup)
  @IsEnum(CapabilityGroup)
  group: CapabilityGroup;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameNb: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;

  @Field(() => MinorUnitsScalar, { description: 'Indicative hourly rate in øre, used when a firm gives none.' })
  @IsInt()
  @Min(0)
  defaultHourlyRate: number;
}

@InputType()
export class DuesBandInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  employeesMin: number;

  @Field(() => Int, { nullable: true, description: 'Empty for the open-ended top band.' })
  @IsOptional()
  @IsInt()
  employeesMax?: number;

  @Field(() => MinorUnitsScalar)
  @IsInt()
  @Min(0)
  membershipFee: number;

  @Field(() => MinorUnitsScalar)
  @IsInt()
  @Min(0)
  serviceFee: number;
}

@InputType()
export class SetMembershipDuesInput {
  @Field(() => Int)
  @IsInt()
  year: number;

  @Field(() => [DuesBandInput])
  @ValidateNested({ each: true })
  @Type(() => DuesBandInput)
  bands: DuesBandInput[];
}

@ArgsType()
export class CertificatesArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only certificates valid on this day.' })
  validOn?: string | null;
}
