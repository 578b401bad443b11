import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, MoneyModel } from '@app/core';
import { MemberByIdLoader, MemberModel } from '@app/members';
import type { FeeOwed, FirmBalance } from '../exchange-rules';
import { CsvFormat, type SettlementLine, SettlementService } from '../settlement.service';
import { SettlementBalanceModel, SettlementFeeModel, SettlementLineModel, SettlementModel } from './models/exchange.model';
import { EXCHANGE_PERMISSIONS } from '../exchange.permissions';

const nok = (ore: number) => MoneyModel.of({ minorUnits: ore, currency: 'NOK' });

@Resolver(() => SettlementModel)
export class SettlementResolver {
  constructor(private readonly service: SettlementService) {}

  @Query(() => SettlementModel, {
    description:
      "The period's settlement of loans (month 2026-07, quarter 2026-Q3, year 2026): confirmed hours, what each firm owes the others netted per pair, and the association's fees. A firm sees its own part.",
  })
  @Allow(...EXCHANGE_PERMISSIONS.exchangeSettlement)
  async exchangeSettlement(
    @CurrentActor() actor: Actor,
    @Args('period') period: string,
    @Args('memberId', { type: () => Int, nullable: true, description: 'The association: narrow to one firm.' }) memberId?: number | null,
  ): Promise<SettlementModel> {
    const s = await this.service.statement(actor, period, memberId);
    return {
      period: s.period.label,
      firstDay: s.period.firstDay,
      lastDay: s.period.lastDay,
      lines: s.lines as unknown as SettlementLineModel[],
      balances: s.balances as unknown as SettlementBalanceModel[],
      fees: s.fees as unknown as SettlementFeeModel[],
      totalAmount: nok(s.totalAmountOre),
      totalFees: nok(s.totalFeesOre),
    };
  }

  @Query(() => String, { description: 'The settlement as CSV (NB: ";" and decimal comma for Norwegian Excel; EN: "," and point).' })
  @Allow(...EXCHANGE_PERMISSIONS.exchangeSettlementExport)
  exchangeSettlementExport(
    @CurrentActor() actor: Actor,
    @Args('period') period: string,
    // typed as string for the validation pipe (an enum object as metatype is not a class); GraphQL checks the enum
    @Args('format', { type: () => CsvFormat, defaultValue: CsvFormat.NB }) format: string,
    @Args('memberId', { type: () => Int, nullable: true }) memberId?: number | null,
  ): Promise<string> {
    return this.service.csv(actor, period, format as CsvFormat, memberId);
  }
}

@Resolver(() => SettlementLineModel)
export class SettlementLineResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel)
  async lender(l: SettlementLine, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(l.lenderId);
  }

  @ResolveField(() => MemberModel)
  async borrower(l: SettlementLine, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(l.borrowerId);
  }

  @ResolveField(() => MoneyModel)
  pricePerHour(l: SettlementLine): MoneyModel {
    return nok(l.pricePerHourOre);
  }

  @ResolveField(() => MoneyModel, { description: 'hours × pricePerHour.' })
  amount(l: SettlementLine): MoneyModel {
    return nok(l.amountOre);
  }

  @ResolveField(() => MoneyModel)
  serviceFee(l: SettlementLine): MoneyModel {
    return nok(l.serviceFeeOre);
  }
}

@Resolver(() => SettlementBalanceModel)
export class SettlementBalanceResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel, { description: 'The firm that owes.' })
  async debtor(b: FirmBalance, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(b.debtorId);
  }

  @ResolveField(() => MemberModel)
  async creditor(b: FirmBalance, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(b.creditorId);
  }

  @ResolveField(() => MoneyModel, { description: 'Owed after netting both directions.' })
  amount(b: FirmBalance): MoneyModel {
    return nok(b.amountOre);
  }

  @ResolveField(() => MoneyModel, { description: 'Gross: what the debtor used of the creditor.' })
  debtorToCreditor(b: FirmBalance): MoneyModel {
    return nok(b.debtorToCreditorOre);
  }

  @ResolveField(() => MoneyModel, { description: 'Gross: what the creditor used of the debtor.' })
  creditorToDebtor(b: FirmBalance): MoneyModel {
    return nok(b.creditorToDebtorOre);
  }
}

@Resolver(() => SettlementFeeModel)
export class SettlementFeeResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel)
  async member(f: FeeOwed, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(f.memberId);
  }

  @ResolveField(() => MoneyModel)
  amount(f: FeeOwed): MoneyModel {
    return nok(f.amountOre);
  }
}
