import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MoneyModel } from '@app/core';
import { CapabilityGroup } from '../../entities/capability.entity';
import { CertificateType, ClearanceLevel } from '../../entities/certificate.entity';
import { MembershipStatus } from '../../entities/member.entity';

export const ILLUSTRATIVE_NOTE =
  "Illustrative demo data: this firm's capabilities, certificates and capacity are invented, not taken from the member register.";

@ObjectType('Member', {
  description: 'A member firm of the TotAl network. Private fields are null unless you are the firm or the association.',
})
export class MemberModel {
  @Field(() => Int)
  id: number;
  @Field()
  name: string;
  @Field(() => String, { nullable: true })
  orgNumber: string | null;
  @Field(() => String, { nullable: true })
  ncage: string | null;
  @Field(() => String, { nullable: true })
  website: string | null;
  @Field(() => String, { nullable: true })
  streetAddress: string | null;
  @Field(() => String, { nullable: true })
  postalCode: string | null;
  @Field(() => String, { nullable: true })
  municipality: string | null;
  @Field(() => Int, { nullable: true, description: 'Private: exact head count. Everyone sees employeeBand.' })
  employees: number | null;
  @Field(() => String, { nullable: true })
  contactName: string | null;
  @Field(() => String, { nullable: true })
  contactEmail: string | null;
  @Field(() => String, { nullable: true })
  contactPhone: string | null;
  @Field(() => MembershipStatus)
  status: MembershipStatus;
  @Field(() => LocalDateScalar, { nullable: true })
  joinedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the written resignation reached the board.' })
  resignedOn: string | null;
  @Field(() => String, { nullable: true })
  descriptionNb: string | null;
  @Field(() => String, { nullable: true })
  descriptionEn: string | null;
  @Field({ description: 'True for demo firms whose profile is invented; show illustrativeNote wherever the data appears.' })
  illustrative: boolean;
  @Field(() => Int)
  version: number;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class MemberConnection extends Connection(MemberModel, 'Member') {}

@ObjectType('MemberCapability')
export class MemberCapabilityModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  memberId: number;
  @Field()
  code: string;
  @Field(() => String, { nullable: true, description: 'Level or notes, in Norwegian.' })
  level: string | null;
  @Field(() => String, { nullable: true, description: 'Level or notes, in English.' })
  levelEn: string | null;
  @Field(() => String, { nullable: true, description: 'Key equipment, in Norwegian.' })
  keyEquipment: string | null;
  @Field(() => String, { nullable: true, description: 'Key equipment, in English.' })
  keyEquipmentEn: string | null;
  @Field(() => Int, { nullable: true, description: 'Private: hours per month.' })
  capacityHoursPerMonth: number | null;
  hourlyRateOre: number | null;
  @Field({ description: 'Name in English.' })
  name: string;
  @Field({ description: 'Name in Norwegian.' })
  nameNb: string;
  @Field(() => CapabilityGroup)
  group: CapabilityGroup;
}

@ObjectType('Certificate')
export class CertificateModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  memberId: number;
  @Field(() => CertificateType)
  type: CertificateType;
  @Field(() => String, { nullable: true })
  process: string | null;
  @Field(() => ClearanceLevel, { nullable: true })
  clearanceLevel: ClearanceLevel | null;
  @Field()
  issuer: string;
  @Field(() => String, { nullable: true })
  scope: string | null;
  @Field(() => LocalDateScalar)
  validFrom: string;
  @Field(() => LocalDateScalar)
  validUntil: string;
  @Field(() => String, { nullable: true })
  documentRef: string | null;
  @Field({ description: 'e.g. "AQAP 2110", "Facility security clearance (SECRET)".' })
  label: string;
  @Field({ description: 'True when validUntil is before today (Europe/Oslo); an expired certificate counts as absent.' })
  expired: boolean;
  @Field(() => Int, { description: 'Days from today (Europe/Oslo) to validUntil; negative when expired.' })
  daysToExpiry: number;
}

@ObjectType('CatalogueEntry')
export class CatalogueEntryModel {
  @Field()
  code: string;
  @Field(() => CapabilityGroup)
  group: CapabilityGroup;
  @Field()
  nameNb: string;
  @Field()
  nameEn: string;
  defaultHourlyRateOre: number;
}

@ObjectType('CapacityReport', {
  description: 'Free capacity = monthly capacity over the range − hours committed in accepted work packages.',
})
export class CapacityReportModel {
  @Field(() => Int)
  memberId: number;
  @Field()
  code: string;
  @Field(() => LocalDateScalar)
  from: string;
  @Field(() => LocalDateScalar)
  to: string;
  @Field(() => Int)
  capacityHours: number;
  @Field(() => Int, { description: 'Hours in accepted work packages of active bids and orders, spread over their windows.' })
  committedHours: number;
  @Field(() => Int, { description: 'Hours this firm lends to other members in confirmed loans (the capacity exchange).' })
  lentHours: number;
  @Field(() => Int, { description: 'Hours this firm borrows from other members in confirmed loans (the capacity exchange).' })
  borrowedHours: number;
  @Field(() => Int, {
    description: 'capacityHours + borrowedHours − committedHours − lentHours. May be negative when the firm is over-committed.',
  })
  freeHours: number;
}

@ObjectType('MemberImportResult')
export class MemberImportResultModel {
  @Field(() => Int)
  created: number;
  @Field(() => Int)
  updated: number;
  @Field(() => Int)
  unchanged: number;
}

@ObjectType('DuesBand')
export class DuesBandModel {
  @Field(() => Int)
  year: number;
  @Field(() => Int)
  employeesMin: number;
  @Field(() => Int, { nullable: true })
  employeesMax: number | null;
  @Field()
  label: string;
  @Field(() => MoneyModel)
  membershipFee: MoneyModel;
  @Field(() => MoneyModel)
  serviceFee: MoneyModel;
  @Field(() => MoneyModel)
  total: MoneyModel;
}

@ObjectType('DuesLine')
export class DuesLineModel {
  @Field(() => MemberModel)
  member: MemberModel;
  @Field(() => String, { nullable: true, description: 'e.g. "11–50"; null when the head count is unknown.' })
  band: string | null;
  @Field(() => MoneyModel)
  membershipFee: MoneyModel;
  @Field(() => MoneyModel)
  serviceFee: MoneyModel;
  @Field(() => MoneyModel)
  total: MoneyModel;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the line is as it is, in English: no band (head count unknown), or resigned. A client in another language says it from `band` (null: no band), `member.resignedOn` and `owedThroughYear`.',
  })
  note: string | null;
  @Field(() => Int, { nullable: true, description: 'A resigned member: the last year its dues are owed.' })
  owedThroughYear: number | null;
}

@ObjectType('MembershipDues')
export class MembershipDuesModel {
  @Field(() => Int)
  year: number;
  @Field(() => [DuesBandModel])
  bands: DuesBandModel[];
  @Field(() => [DuesLineModel])
  lines: DuesLineModel[];
  @Field(() => MoneyModel, { description: 'Exactly the sum of the lines.' })
  total: MoneyModel;
  @Field(() => Int, { description: 'Members owing dues whose head count is unknown.' })
  unbanded: number;
}
