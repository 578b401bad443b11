import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { FieldRule } from '../errors/field-rule';
import { isLocalDate } from '../time/oslo-time';

/** A scalar's refusal of a value, with the rule a client words (an empty text: the field was left empty). */
function refused(message: string, v: unknown, rule: FieldRule): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', rule: v === '' ? FieldRule.REQUIRED : rule } });
}

/** A calendar date with no time zone, "YYYY-MM-DD" (business dates are Europe/Oslo days). */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date "YYYY-MM-DD" without time zone; business dates are days in Europe/Oslo.',
  serialize: (v) => v,
  parseValue: (v) => {
    if (!isLocalDate(v)) throw refused(`"${String(v)}" is not a date; use YYYY-MM-DD.`, v, FieldRule.NOT_A_DATE);
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isLocalDate(ast.value)) {
      throw new GraphQLError('A LocalDate is a string "YYYY-MM-DD".', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return ast.value;
  },
});

function toMinor(v: unknown): number {
  const s = typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string' || !/^-?\d{1,16}$/.test(s) || !Number.isSafeInteger(Number(s))) {
    throw refused(
      `"${String(v)}" is not an amount in minor units (an integer such as "150050" for 1 500,50 kr).`,
      v,
      FieldRule.WHOLE_MINOR_UNITS,
    );
  }
  return Number(s);
}

/**
 * Integer minor units (øre for NOK). Serialised as a base-10 string so that no client can lose
 * precision or mistake øre for kroner; input accepts a string or a JSON integer.
 */
export const MinorUnitsScalar = new GraphQLScalarType({
  name: 'MinorUnits',
  description: 'An amount in integer minor units (øre for NOK) as a decimal string, e.g. "150050" = NOK 1 500.50.',
  serialize: (v) => String(toMinor(v)),
  parseValue: toMinor,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) {
      throw new GraphQLError('MinorUnits is a string or integer of øre.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return toMinor(ast.value);
  },
});
