import { registerEnumType } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { formatMoney, minorDigits, type Money, toDecimalString } from '../money/money';
import { BUSINESS_TIME_ZONE, type LocalDate } from '../time/oslo-time';

/** The language a person reads the console, notifications and exports in. Bokmål by default. */
export enum Language {
  NB = 'NB',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language', description: 'NB: Norwegian bokmål (the default). EN: English.' });

export const DEFAULT_LANGUAGE = Language.NB;

export function isLanguage(v: unknown): v is Language {
  return v === Language.NB || v === Language.EN;
}

/** The signed-in person's language (re-read with the user on every request); bokmål otherwise. */
export function languageOf(actor: Actor): Language {
  return actor.kind === 'user' && actor.language ? actor.language : DEFAULT_LANGUAGE;
}

/** "kr 1 450 000,00" (nb) or "NOK 1,450,000.00" (en): exact, from integer minor units. */
export function formatMoneyIn(lang: Language, m: Money): string {
  if (lang === Language.NB) return formatMoney(m, 'nb-NO');
  const digits = minorDigits(m.currency);
  const [intPart, frac = ''] = toDecimalString(Math.abs(m.minorUnits), m.currency).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m.minorUnits < 0 ? '-' : ''}${m.currency}\u00a0${digits ? `${grouped}.${frac}` : grouped}`;
}

const instantFormats = {
  [Language.NB]: new Intl.DateTimeFormat('nb-NO', {
    timeZone: BUSINESS_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  [Language.EN]: new Intl.DateTimeFormat('en-GB', {
    timeZone: BUSINESS_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/** An instant as Oslo wall time: "12.03.2027 kl. 14:00" (nb) or "12 Mar 2027, 14:00" (en). */
export function formatInstantIn(lang: Language, instant: Date): string {
  const p = Object.fromEntries(instantFormats[lang].formatToParts(instant).map((x) => [x.type, x.value]));
  return lang === Language.NB
    ? `${p.day}.${p.month}.${p.year} kl. ${p.hour}:${p.minute}`
    : `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}

const counts = { [Language.NB]: new Intl.NumberFormat('nb-NO'), [Language.EN]: new Intl.NumberFormat('en-GB') };

/** A number of hours: "1 time", "1 500 timer" (nb) or "1 hour", "1,500 hours" (en): the word that goes with the number. */
export function formatHoursIn(lang: Language, hours: number): string {
  const word = lang === Language.NB ? (hours === 1 ? 'time' : 'timer') : hours === 1 ? 'hour' : 'hours';
  return `${counts[lang].format(hours)} ${word}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date: "12.03.2027" (nb) or "12 Mar 2027" (en). */
export function formatDateIn(lang: Language, date: LocalDate): string {
  const [y, m, d] = date.split('-');
  return lang === Language.NB ? `${d}.${m}.${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}

/** How a CSV file is written for a reader: Norwegian Excel expects ";" and a decimal comma. */
export interface CsvFormat {
  readonly separator: string;
  readonly decimalComma: boolean;
  /** A UTF-8 byte-order mark, so that Excel reads æ, ø and å right. */
  readonly bom: boolean;
}

export function csvFormatFor(lang: Language): CsvFormat {
  return lang === Language.NB ? { separator: ';', decimalComma: true, bom: true } : { separator: ',', decimalComma: false, bom: true };
}

/** An explicit separator: ";" goes with a decimal comma (as Norwegian Excel reads it), others with a dot. */
export function csvFormatWith(separator: string): CsvFormat {
  return { separator, decimalComma: separator === ';', bom: true };
}

/** An exact amount for a CSV cell: "1450000,50" (nb) or "1450000.50" (en); no grouping. */
export function csvAmount(minorUnits: number, currency: string, format: CsvFormat): string {
  const s = toDecimalString(minorUnits, currency);
  return format.decimalComma ? s.replace('.', ',') : s;
}

/** A decimal fraction (already a string with a dot) in the format's decimal mark. */
export function csvDecimal(text: string, format: CsvFormat): string {
  return format.decimalComma ? text.replace('.', ',') : text;
}

/** The whole file: optional BOM, CRLF line ends, a final CRLF. */
export function csvDocument(lines: string[], format: CsvFormat): string {
  return `${format.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
