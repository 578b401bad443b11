import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';

@InputType()
export class RegisterMemberInput {
  @Field({ description: 'The firm\'s registered name, e.g. "Nammo Raufoss AS".' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(200)
  name: string;

  @Field({ nullable: true, description: 'Web address; "www.example.no" is stored as "https://www.example.no".' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: true }, { message: 'website must be a web address such as www.example.no' })
  @MaxLength(300)
  website?: string;
}
