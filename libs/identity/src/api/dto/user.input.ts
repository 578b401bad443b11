import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '@app/core';

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
