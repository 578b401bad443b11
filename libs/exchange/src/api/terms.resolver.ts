import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, AppError, CurrentActor, FieldRule, MoneyModel } from '@app/core';
import { ExchangeTerms } from '../entities/exchange.entity';
import { ExchangeTermsService, capabilityPricesOf } from '../terms.service';
import { RecordExchangeTermsInput } from './dto/exchange.input';
import { CapabilityPriceModel, ExchangeTermsModel } from './models/exchange.model';
import { EXCHANGE_PERMISSIONS } from '../exchange.permissions';

@Resolver(() => ExchangeTermsModel)
export class ExchangeTermsResolver {
  constructor(private readonly service: ExchangeTermsService) {}

  @Query(() => ExchangeTermsModel, { nullable: true, description: 'The common terms in force today (null before the first are recorded).' })
  @Allow(...EXCHANGE_PERMISSIONS.exchangeTerms)
  exchangeTerms(@CurrentActor() actor: Actor): Promise<ExchangeTerms | null> {
    return this.service.inForce(actor);
  }

  @Query(() => [ExchangeTermsModel], { description: 'Every version of the common terms, newest first.' })
  @Allow(...EXCHANGE_PERMISSIONS.exchangeTermsHistory)
  exchangeTermsHistory(@CurrentActor() actor: Actor): Promise<ExchangeTerms[]> {
    return this.service.history(actor);
  }

  @Mutation(() => ExchangeTermsModel, {
    description: 'Records a new version of the common terms as the board decided them (administrator).',
  })
  @Allow(...EXCHANGE_PERMISSIONS.recordExchangeTerms)
  recordExchangeTerms(@CurrentActor() actor: Actor, @Args('input') input: RecordExchangeTermsInput): Promise<ExchangeTerms> {
    const foreign = input.capabilityPrices.findIndex((p) => p.pricePerHour.currency !== 'NOK');
    if (foreign >= 0)
      throw AppError.badInput('Loan prices are in NOK.', [
        {
          field: `capabilityPrices.${foreign}.pricePerHour.currency`,
          message: 'NOK only',
          rule: FieldRule.ONLY_CURRENCY,
          params: { currency: 'NOK' },
        },
      ]);
    return this.service.record(actor, {
      ...input,
      capabilityPrices: input.capabilityPrices.map((p) => ({ code: p.code, pricePerHourOre: p.pricePerHour.minorUnits })),
    });
  }

  @ResolveField(() => Int, { description: '1, 2, 3 … in the order recorded.' })
  version(t: ExchangeTerms): number {
    return t.termsVersion;
  }

  @ResolveField(() => [CapabilityPriceModel], { description: 'Fixed prices per hour by capability; they override cost plus markup.' })
  capabilityPrices(t: ExchangeTerms): CapabilityPriceModel[] {
    return Object.entries(capabilityPricesOf(t)).map(([code, ore]) => ({
      code,
      pricePerHour: MoneyModel.of({ minorUnits: ore, currency: 'NOK' }),
    }));
  }
}
