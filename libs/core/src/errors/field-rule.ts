import { registerEnumType } from '@nestjs/graphql';

/**
 * Which rule a field of the input broke, beyond the English `message`: each entry of
 * `extensions.fields` may carry one as `rule`, with its values in `params` (e.g. `{ max: 300 }`),
 * so that a client says it in its reader's language (the console has a text for every rule in
 * bokmål and English). A problem without a rule is said by its message alone. The schema
 * publishes each rule with its meaning and its params (`enum FieldRule`, `Query.fieldRules`).
 */
export enum FieldRule {
  REQUIRED = 'REQUIRED',
  REQUIRED_AT_MOST_CHARACTERS = 'REQUIRED_AT_MOST_CHARACTERS',
  AT_MOST_CHARACTERS = 'AT_MOST_CHARACTERS',
  AT_LEAST_CHARACTERS = 'AT_LEAST_CHARACTERS',
  CANNOT_BE_CLEARED = 'CANNOT_BE_CLEARED',
  NOT_ONE_OF = 'NOT_ONE_OF',
  TOO_MANY = 'TOO_MANY',
  WHOLE_NUMBER = 'WHOLE_NUMBER',
  WHOLE_NUMBER_NOT_NEGATIVE = 'WHOLE_NUMBER_NOT_NEGATIVE',
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
  NOT_NEGATIVE = 'NOT_NEGATIVE',
  ABOVE_ZERO = 'ABOVE_ZERO',
  WHOLE_MINOR_UNITS = 'WHOLE_MINOR_UNITS',
  WHOLE_HOURS = 'WHOLE_HOURS',
  BASIS_POINTS = 'BASIS_POINTS',
  NOT_A_CURRENCY = 'NOT_A_CURRENCY',
  NOT_A_DATE = 'NOT_A_DATE',
  IN_THE_PAST = 'IN_THE_PAST',
  IN_THE_FUTURE = 'IN_THE_FUTURE',
  ON_OR_BEFORE = 'ON_OR_BEFORE',
  ON_OR_AFTER = 'ON_OR_AFTER',
  ENDS_BEFORE_START = 'ENDS_BEFORE_START',
  NOT_AN_EMAIL = 'NOT_AN_EMAIL',
  NOT_A_WEB_ADDRESS = 'NOT_A_WEB_ADDRESS',
  NOT_A_PHONE_NUMBER = 'NOT_A_PHONE_NUMBER',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  SAME_AS_CURRENT = 'SAME_AS_CURRENT',
  UNKNOWN_CAPABILITY = 'UNKNOWN_CAPABILITY',
  GIVE_A_REASON = 'GIVE_A_REASON',
  EXPLAIN_COUNTER_OFFER = 'EXPLAIN_COUNTER_OFFER',
  COUNTER_OFFER_CHANGES_NOTHING = 'COUNTER_OFFER_CHANGES_NOTHING',
  NO_REQUIREMENTS_YET = 'NO_REQUIREMENTS_YET',
  NO_HOURS_YET = 'NO_HOURS_YET',
  LISTED_TWICE = 'LISTED_TWICE',
  NADCAP_NEEDS_PROCESS = 'NADCAP_NEEDS_PROCESS',
  NOT_A_MONTH = 'NOT_A_MONTH',
}

/** Each rule's meaning, and the params it always comes with (none unless named). */
export const FIELD_RULES: Record<FieldRule, { description: string; params: readonly string[] }> = {
  REQUIRED: { description: 'The field must be given and not be blank.', params: [] },
  REQUIRED_AT_MOST_CHARACTERS: { description: 'The field must be given, with at most `max` characters.', params: ['max'] },
  AT_MOST_CHARACTERS: { description: 'At most `max` characters.', params: ['max'] },
  AT_LEAST_CHARACTERS: { description: 'At least `min` characters.', params: ['min'] },
  CANNOT_BE_CLEARED: { description: 'The field cannot be cleared (null): leave it out to keep the current value.', params: [] },
  NOT_ONE_OF: { description: 'Not one of the values the field allows.', params: [] },
  TOO_MANY: { description: 'A list of at most `max` entries.', params: ['max'] },
  WHOLE_NUMBER: { description: 'A whole number.', params: [] },
  WHOLE_NUMBER_NOT_NEGATIVE: { description: 'A whole number, 0 or more.', params: [] },
  AT_LEAST: { description: 'A number of at least `min`.', params: ['min'] },
  AT_MOST: { description: 'A number of at most `max`.', params: ['max'] },
  NOT_NEGATIVE: { description: 'Zero or more: not negative.', params: [] },
  ABOVE_ZERO: { description: 'Above zero.', params: [] },
  WHOLE_MINOR_UNITS: { description: 'An amount in whole minor units (øre, cents).', params: [] },
  WHOLE_HOURS: { description: 'Whole hours from 1 to 100 000.', params: [] },
  BASIS_POINTS: { description: 'A share in basis points, 0 to 10 000 (0–100 %).', params: [] },
  NOT_A_CURRENCY: { description: 'Not an ISO 4217 currency code such as NOK.', params: [] },
  NOT_A_DATE: { description: 'Not a date YYYY-MM-DD.', params: [] },
  IN_THE_PAST: { description: 'The date (or time) has passed; give a later one.', params: [] },
  IN_THE_FUTURE: { description: 'The date lies in the future; this is recorded once it has happened.', params: [] },
  ON_OR_BEFORE: { description: 'A date on or before `date`.', params: ['date'] },
  ON_OR_AFTER: { description: 'A date on or after `date`.', params: ['date'] },
  ENDS_BEFORE_START: { description: 'The period or window ends before it starts.', params: [] },
  NOT_AN_EMAIL: { description: 'Not an e-mail address such as post@example.no.', params: [] },
  NOT_A_WEB_ADDRESS: { description: 'Not a web address such as www.example.no.', params: [] },
  NOT_A_PHONE_NUMBER: { description: 'Not a phone number: digits, spaces and an optional leading +, such as +47 61 00 00 00.', params: [] },
  WRONG_PASSWORD: { description: 'The password given is not the current one.', params: [] },
  SAME_AS_CURRENT: { description: 'The new value is the same as the current one.', params: [] },
  UNKNOWN_CAPABILITY: { description: 'No capability in the catalogue has this code.', params: [] },
  GIVE_A_REASON: { description: 'Say why: a reason is required here, for the record.', params: [] },
  EXPLAIN_COUNTER_OFFER: { description: 'A counter-offer explains itself in a comment.', params: [] },
  COUNTER_OFFER_CHANGES_NOTHING: { description: 'A counter-offer changes the price and/or the dates.', params: [] },
  NO_REQUIREMENTS_YET: { description: 'The tender has no requirements yet: add what a bid must cover first.', params: [] },
  NO_HOURS_YET: { description: 'The requirement is a draft without hours: set its hours first.', params: [] },
  LISTED_TWICE: { description: 'The list names the same entry twice.', params: [] },
  NADCAP_NEEDS_PROCESS: { description: 'A NADCAP accreditation names its process (e.g. WELDING, HEAT_TREATING).', params: [] },
  NOT_A_MONTH: { description: 'Not a month YYYY-MM.', params: [] },
};

registerEnumType(FieldRule, {
  name: 'FieldRule',
  description:
    'Which rule a field of the input broke: entries of `extensions.fields` carry it as `rule`, with its values in `params`. Clients switch on these to say the problem in their language; new ones are added, none is renamed. An entry without a rule has only its (English) `message`.',
  valuesMap: Object.fromEntries(
    Object.entries(FIELD_RULES).map(([k, r]) => [
      k,
      { description: r.params.length ? `${r.description} Params: ${r.params.join(', ')}.` : r.description },
    ]),
  ),
});
