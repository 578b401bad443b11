import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyModel } from '@app/core';
import { LedgerKind, type RoyaltyAgreement, StatementStatus } from '../../entities/royalty.entity';

registerEnumType(StatementStatus, { name: 'RoyaltyStatementStatus' });
registerEnumType(LedgerKind, { name: 'RoyaltyLedgerKind' });

@ObjectType('RoyaltyAgreement')
export class RoyaltyAgreementModel {
  @Field(() => Int) id: number;
  @Field() scope: string;
  @Field(() => Int, { nullable: true }) orderId: number | null;
  @Field(() => Int, { nullable: true }) memberId: number | null;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => Int) rateBp: number;
  @Field() basis: string;
  @Field() amountKind: string;
  @Field(() => String, { nullable: true }) note: string | null;
  minimumOrderValueMinor: number | null;
}

@ObjectType('RoyaltyAgreements')
export class RoyaltyAgreementsModel {
  @Field(() => RoyaltyAgreementModel, { nullable: true, description: "The association's default in force today." })
  default: RoyaltyAgreement | null;
  @Field(() => [RoyaltyAgreementModel], { description: 'Every agreement row, defaults and overrides, oldest first.' })
  all: RoyaltyAgreement[];
}

@ObjectType('RoyaltyRunResult')
export class RoyaltyRunModel {
  @Field() period: string;
  @Field(() => Int, { description: 'Draft statements: one per firm and currency, supplementary ones included.' }) statements: number;
  @Field(() => Int) lines: number;
  @Field(() => Int) adjustments: number;
  @Field(() => MoneyModel, { description: "The NOK statements' total; `totals` has every currency." }) total: MoneyModel;
  @Field(() => [MoneyModel], { description: "The drafts' total in each currency (NOK first); currencies are never added together." })
  totals: MoneyModel[];
  @Field(() => Int, {
    description:
      'Supplementary drafts: firms whose statement of the period was already issued, with what came in after it as adjustment lines.',
  })
  supplementary: number;
  @Field(() => Int, {
    deprecationReason:
      'Nothing is skipped any more: what an issued statement missed goes on a supplementary one (see supplementary). Always 0.',
  })
  skippedIssued: number;
}

@ObjectType('RoyaltyStatementLine')
export class RoyaltyStatementLineModel {
  @Field(() => Int) id: number;
  @Field() sourceType: string;
  @Field(() => Int) sourceId: number;
  @Field(() => Int) orderId: number;
  @Field(() => Int) orderLineId: number;
  @Field(() => LocalDateScalar) eventDate: string;
  @Field() adjustment: boolean;
  @Field(() => Int) rateBp: number;
  @Field(() => String, { nullable: true, description: 'The agreement in force, as it was (JSON).' }) agreementSnapshot: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  sourceAmountMinor: number;
  baseMinor: number;
  royaltyMinor: number;
}

@ObjectType('RoyaltyStatement')
export class RoyaltyStatementModel {
  @Field(() => Int) id: number;
  @Field(() => Int) memberId: number;
  @Field() periodLabel: string;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field(() => StatementStatus) status: StatementStatus;
  @Field({ description: 'ISO 4217: a statement holds one currency; a firm with invoices in two has two statements.' }) currency: string;
  @Field(() => Int) lineCount: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) issuedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) paidAt: Date | null;
  totalMinor: number;
}

@ObjectType('RoyaltyLedgerEntry')
export class RoyaltyLedgerEntryModel {
  @Field(() => Int) id: number;
  @Field(() => Int) memberId: number;
  @Field(() => LedgerKind) kind: LedgerKind;
  @Field(() => LocalDateScalar) date: string;
  @Field(() => Int, { nullable: true }) statementId: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  amountMinor: number;
}

@ObjectType('RoyaltyLedgerCheck')
export class RoyaltyLedgerCheckModel {
  @Field() ok: boolean;
  @Field(() => [String]) problems: string[];
  @Field(() => Int) statementsChecked: number;
  @Field(() => Int) ledgerEntries: number;
}
