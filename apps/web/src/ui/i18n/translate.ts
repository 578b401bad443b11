import type { Lang } from '../format/money';
import type { MessageKey } from './messages.nb';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const pluralRules: Record<Lang, Intl.PluralRules> = { nb: new Intl.PluralRules('nb'), en: new Intl.PluralRules('en') };

/**
 * The number a param stands for, whether given as a number or already formatted for the reader
 * ("1 830" or "1,830"; "2,5" in bokmål is 2.5). NaN when it is not a number.
 */
function countOf(value: string | number, lang: Lang): number {
  if (typeof value === 'number') return value;
  const digits = value.replace(/[\s\u00a0\u202f]/g, '');
  return Number(lang === 'nb' ? digits.replace(',', '.') : digits.replace(/,/g, ''));
}

// `{name|one|other}`: the forms may hold plain `{param}`s, filled in after the choice
const PLURAL = /\{(\w+)\|((?:[^|{}]|\{\w+\})*)\|((?:[^|{}]|\{\w+\})*)\}/g;
const PARAM = /\{(\w+)\}/g;

/**
 * A catalogue text with its params filled in:
 * - `{name}` is the param as given (format numbers and dates before: the catalogue does not);
 * - `{name|one|other}` is the form that goes with the number in `name` in the reader's language:
 *   '{n} {n|dag|dager} igjen' says "1 dag igjen" and "3 dager igjen" (Intl.PluralRules: bokmål
 *   and English both have "one" and "other"). A param that is not a number takes "other".
 * A param the caller did not give stays as it is written, so a missing one shows rather than
 * vanishing.
 */
export function fillIn(text: string, params: MessageParams | undefined, lang: Lang): string {
  if (!params) return text;
  const chosen = text.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    if (!(name in params)) return whole;
    const n = countOf(params[name], lang);
    return Number.isFinite(n) && pluralRules[lang].select(n) === 'one' ? one : other;
  });
  return chosen.replace(PARAM, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The translate function of one catalogue and its language (I18nProvider's, and the specs'). */
export function translator(messages: Record<MessageKey, string>, lang: Lang): Translate {
  return (key, params) => fillIn(messages[key] ?? key, params, lang);
}
