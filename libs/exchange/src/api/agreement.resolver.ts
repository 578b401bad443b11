import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, LocalDateScalar, MoneyModel } from '@app/core';
import { CatalogueEntryModel, CatalogueLoader, MemberByIdLoader, MemberModel } from '@app/members';
import { type AgreementView, AgreementsService } from '../agreements.service';
import { type LoanHours } from '../entities/exchange.entity';
import { nonSolicitationUntil } from '../exchange-rules';
import { LoanAgreementFilter, ProposeLoanAgreementInput, ReportLoanHoursInput } from './dto/exchange.input';
import { LoanAgreementModel, LoanHoursModel } from './models/exchange.model';
import { LoanHoursByAgreementLoader } from '../loaders/loan-hours-by-agreement.loader';
import { EXCHANGE_PERMISSIONS } from '../exchange.permissions';

const nok = (ore: number) => MoneyModel.of({ minorUnits: ore, currency: 'NOK' });

@Resolver(() => LoanAgreementModel)
export class AgreementResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly members: MemberByIdLoader,
    private readonly catalogue: CatalogueLoader,
    private readonly hoursLoader: LoanHoursByAgreementLoader,
  ) {}

  @Query(() => [LoanAgreementModel], {
    description: 'Loan agreements, newest first: a firm sees those it lends or borrows in; the association all.',
  })
  @Allow(...EXCHANGE_PERMISSIONS.loanAgreements)
  loanAgreements(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => LoanAgreementFilter, nullable: true }) filter?: LoanAgreementFilter | null,
  ): Promise<AgreementView[]> {
    return this.service.list(actor, filter ?? {});
  }

  @Query(() => LoanAgreementModel)
  @Allow(...EXCHANGE_PERMISSIONS.loanAgreement)
  loanAgreement(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<AgreementView> {
    return this.service.get(actor, id);
  }

  @Mutation(() => LoanAgreementModel, {
    description:
      'Proposes a loan on the common terms in force (price and non-solicitation copied onto it). A firm proposing confirms its own side; the project leader may propose for two firms.',
  })
  @Allow(...EXCHANGE_PERMISSIONS.proposeLoanAgreement)
  proposeLoanAgreement(@CurrentActor() actor: Actor, @Args('input') input: ProposeLoanAgreementInput): Promise<AgreementView> {
    return this.service.propose(actor, input);
  }

  @Mutation(() => LoanAgreementModel, { description: "Confirms your firm's side; with both sides confirmed the agreement is in force." })
  @Allow(...EXCHANGE_PERMISSIONS.confirmLoanAgreement)
  confirmLoanAgreement(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<AgreementView> {
    return this.service.confirm(actor, id);
  }

  @Mutation(() => LoanAgreementModel, { description: 'One of the two firms declines a proposed agreement, with a reason.' })
  @Allow(...EXCHANGE_PERMISSIONS.declineLoanAgreement)
  declineLoanAgreement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('reason') reason: string,
  ): Promise<AgreementView> {
    return this.service.decline(actor, id, reason);
  }

  @Mutation(() => LoanAgreementModel, {
    description: 'Cancels a proposed agreement, or one in force on which no hours are reported, with a reason.',
  })
  @Allow(...EXCHANGE_PERMISSIONS.cancelLoanAgreement)
  cancelLoanAgreement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('reason') reason: string,
  ): Promise<AgreementView> {
    return this.service.cancel(actor, id, reason);
  }

  @Mutation(() => LoanAgreementModel, {
    description: 'Marks an agreement in force as completed once the lender has answered every reported month.',
  })
  @Allow(...EXCHANGE_PERMISSIONS.completeLoanAgreement)
  completeLoanAgreement(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<AgreementView> {
    return this.service.complete(actor, id);
  }

  @Mutation(() => LoanHoursModel, { description: 'The borrower reports the hours used in one month.' })
  @Allow(...EXCHANGE_PERMISSIONS.reportLoanHours)
  reportLoanHours(@CurrentActor() actor: Actor, @Args('input') input: ReportLoanHoursInput): Promise<LoanHours> {
    return this.service.reportHours(actor, input);
  }

  @Mutation(() => LoanHoursModel, { description: 'The lender confirms a month of reported hours.' })
  @Allow(...EXCHANGE_PERMISSIONS.confirmLoanHours)
  confirmLoanHours(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<LoanHours> {
    return this.service.answerHours(actor, id, true, null);
  }

  @Mutation(() => LoanHoursModel, {
    description: 'The lender rejects a month of reported hours, with a reason; the borrower reports again.',
  })
  @Allow(...EXCHANGE_PERMISSIONS.rejectLoanHours)
  rejectLoanHours(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('reason') reason: string,
  ): Promise<LoanHours> {
    return this.service.answerHours(actor, id, false, reason);
  }

  @ResolveField(() => MemberModel)
  async lender(a: AgreementView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(a.lenderId);
  }

  @ResolveField(() => MemberModel)
  async borrower(a: AgreementView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(a.borrowerId);
  }

  @ResolveField(() => CatalogueEntryModel, { nullable: true })
  async capability(a: AgreementView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.catalogue).load(a.capabilityCode);
  }

  @ResolveField(() => MoneyModel, { description: 'The price per hour by the common terms, fixed when proposed.' })
  pricePerHour(a: AgreementView): MoneyModel {
    return nok(a.pricePerHourOre);
  }

  @ResolveField(() => MoneyModel, { description: 'hours × pricePerHour, exactly.' })
  agreedAmount(a: AgreementView): MoneyModel {
    return nok(a.hours * a.pricePerHourOre);
  }

  @ResolveField(() => MoneyModel, {
    nullable: true,
    description: "Private to the lender and the association: the lender's cost rate the price was built from (COST_PLUS).",
  })
  costRate(a: AgreementView): MoneyModel | null {
    return MoneyModel.maybe(a.costRateOre);
  }

  @ResolveField(() => LocalDateScalar, { description: 'The last day the borrower may not hire the lent staff.' })
  nonSolicitationUntil(a: AgreementView): string {
    return nonSolicitationUntil(a.periodEnd, a.nonSolicitationMonths);
  }

  @ResolveField(() => [LoanHoursModel], { description: 'Hours reported per month, oldest first.' })
  async hoursReports(a: AgreementView, _args: unknown, ctx: GqlContext): Promise<LoanHours[]> {
    return ctx.loaders.get(this.hoursLoader).load(a.id);
  }

  @ResolveField(() => String, {
    description: 'Where to download the agreement as PDF (with the same bearer token); ?language=en for English.',
  })
  pdfUrl(a: AgreementView): string {
    return `/exchange/agreements/${a.id}.pdf`;
  }
}

@Resolver(() => LoanHoursModel)
export class LoanHoursResolver {
  @ResolveField(() => MoneyModel, { description: 'hours × the agreement price, exactly.' })
  amount(h: LoanHours): MoneyModel {
    return nok(h.amountOre);
  }

  @ResolveField(() => MoneyModel, {
    description: "The association's service fee on the amount (basis points of the terms, rounded half away from zero).",
  })
  serviceFee(h: LoanHours): MoneyModel {
    return nok(h.serviceFeeOre);
  }
}
