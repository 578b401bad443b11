import type { FieldRule } from '../../gql/graphql';
import { formatLocalDate } from '../format/dates';
import { formatMoney, type Lang } from '../format/money';
import { formatNumber } from '../format/numbers';
import type { MessageKey, Translate } from '../i18n/i18n';

/** One problem the API found with a field: its English message, and the rule it broke when it names one. */
export interface FieldNote {
  message: string;
  rule: FieldRule | null;
  params: Record<string, string | number>;
}

/** The catalogue key of a field rule's text. Every FieldRule of the schema has one (checked below). */
type FieldRuleKey = `field.${FieldRule}`;
// a rule the API gains without a text in messages.nb.ts (and so messages.en.ts) fails the type check here
const everyRuleHasText: FieldRuleKey extends MessageKey ? true : never = true;
void everyRuleHasText;

/**
 * What a form says under an input about one problem, in the reader's language: the rule's text
 * with its params (dates and numbers as the reader writes them), or the API's message when it
 * named no rule, or one this build does not know yet (a newer API), or left out a param.
 */
export function fieldText(note: FieldNote, t: Translate, lang: Lang): string {
  if (!note.rule) return note.message;
  const key: FieldRuleKey = `field.${note.rule}`;
  const template = t(key);
  if (!template || template === key) return note.message;
  // an amount comes in minor units with its currency (AMOUNT_AT_MOST { max, currency }): said as money
  const currency = typeof note.params.currency === 'string' ? note.params.currency : null;
  const params = Object.fromEntries(
    Object.entries(note.params).map(([k, v]) => [
      k,
      currency && (k === 'max' || k === 'min') && /^-?\d+$/.test(String(v))
        ? formatMoney(String(v), currency, lang)
        : typeof v === 'number'
          ? formatNumber(v, lang)
          : /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? formatLocalDate(v, lang)
            : v,
    ]),
  );
  const text = t(key, params);
  return /\{\w+\}/.test(text) ? note.message : text;
}
