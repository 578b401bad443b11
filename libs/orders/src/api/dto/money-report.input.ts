import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional } from 'class-validator';
import { MoneyReportStatus } from '../../entities/order.entity';

@InputType()
export class MoneyReportFilterInput {
  @Field(() => MoneyReportStatus, { nullable: true, description: 'Only reports with this status (REPORTED: waiting for a decision).' })
  @IsOptional()
  @IsEnum(MoneyReportStatus)
  status?: MoneyReportStatus;
  @Field(() => Int, { nullable: true, description: "One firm's reports (the association); a firm user always sees its own." })
  @IsOptional()
  @IsInt()
  memberId?: number;
}
