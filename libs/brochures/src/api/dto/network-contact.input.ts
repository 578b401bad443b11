import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

/** Checked in NetworkContactService (required, lengths, e-mail and phone shape), one message for all. */
@InputType({ description: 'The person buyers deal with, printed on every brochure.' })
export class NetworkContactInput {
  @Field({ description: 'e.g. "Kari Nordmann".' }) @IsString() name: string;
  @Field({ description: 'Role in Norwegian, e.g. "Prosjektleder, RTIM Raufoss".' }) @IsString() roleNb: string;
  @Field({ description: 'Role in English, e.g. "Project leader, RTIM Raufoss".' }) @IsString() roleEn: string;
  @Field() @IsString() email: string;
  @Field({ description: 'e.g. "+47 61 00 00 00".' }) @IsString() phone: string;
  @Field({ description: 'Postal address; lines separated by a line break.' }) @IsString() address: string;
}
