import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LocalDateScalar, PageArgs, Role } from '@app/core';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @Field({ description: 'At least 10 characters.' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => Int, { nullable: true, description: 'Required for FIRM_USER: the member firm the user belongs to.' })
  @IsOptional()
  @IsInt()
  firmId?: number;
}

@InputType()
export class ChangeUserRoleInput {
  @Field(() => Int)
  @IsInt()
  userId: number;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  firmId?: number;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(200)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: 'At least 10 characters.' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  newPassword: string;
}

@InputType({ description: 'Who did what when; every field is optional and they combine.' })
export class AuditRecordFilterInput {
  @Field({ nullable: true, description: "Part of the actor's e-mail, any case (who)." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @Field({ nullable: true, description: 'The action exactly, e.g. "recordInvoice" (what).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @Field({ nullable: true, description: 'The entity type exactly, e.g. "Invoice", "User", "SteeringDecision".' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @Field({ nullable: true, description: "The entity id exactly (with entityType, one thing's history)." })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From this day (Europe/Oslo), inclusive (when).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'To this day (Europe/Oslo), inclusive.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

@ArgsType()
export class AuditRecordsArgs extends PageArgs {
  @Field(() => AuditRecordFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditRecordFilterInput)
  filter?: AuditRecordFilterInput;
}
