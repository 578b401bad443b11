import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches } from 'class-validator';
import { DEFAULT_CURRENCY, formatMoney, type Money, toDecimalString } from '../money/money';
import { MinorUnitsScalar } from './scalars';

@ObjectType('Money', { description: 'An exact amount: integer minor units plus currency. Never a float.' })
export class MoneyModel {
  @Field(() => MinorUnitsScalar, { description: 'Integer minor units (øre for NOK), as a string.' })
  minorUnits: number;

  @Field({ description: 'ISO 4217 currency code, e.g. NOK.' })
  currency: string;

  // `decimal` and `formatted` are worked out only when a client asks for them: formatting is the
  // dearest part of an amount, and a large answer (the pipeline, a register page) holds thousands.
  @Field(() => String, { description: 'The same amount in major units with a dot, e.g. "1500.50". Exact.' })
  get decimal(): string {
    return toDecimalString(this.minorUnits, this.currency);
  }

  @Field(() => String, { description: 'For display only, Norwegian style, e.g. "kr 1 500,50".' })
  get formatted(): string {
    return formatMoney(this);
  }

  static of(m: Money): MoneyModel {
    const out = new MoneyModel();
    out.minorUnits = m.minorUnits;
    out.currency = m.currency;
    return out;
  }

  static maybe(minorUnits: number | null | undefined, currency = DEFAULT_CURRENCY): MoneyModel | null {
    return minorUnits === null || minorUnits === undefined ? null : MoneyModel.of({ minorUnits, currency });
  }
}

@InputType('MoneyInput')
export class MoneyInput {
  @Field(() => MinorUnitsScalar, { description: 'Integer minor units (øre for NOK), e.g. "150050" for 1 500,50 kr.' })
  @IsInt()
  minorUnits: number;

  @Field({ defaultValue: DEFAULT_CURRENCY, description: 'ISO 4217 code; NOK unless stated.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as NOK' })
  currency: string = DEFAULT_CURRENCY;
}
