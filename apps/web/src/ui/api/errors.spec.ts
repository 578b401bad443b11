import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../i18n/translate';
import { en } from '../i18n/messages.en';
import { nb } from '../i18n/messages.nb';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { type ReactNode, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../i18n/i18n';
import { type ApiProblem, describeError, problemText } from './errors';
import { type FieldNote, fieldText } from './field-text';

/** The values of an enum the API publishes (apps/api/schema.gql): the contract the console is built on. */
function schemaEnum(name: 'ErrorReason' | 'FieldRule'): string[] {
  const block = new RegExp(`enum ${name} \\{([\\s\\S]*?)\\n\\}`).exec(schemaText())![1];
  return [...block.matchAll(/^\s+([A-Z_]+)$/gm)].map((m) => m[1]);
}

function schemaText(): string {
  return readFileSync(join(__dirname, '../../../../api/schema.gql'), 'utf8');
}

const problem = (p: Partial<ApiProblem>): ApiProblem => ({
  code: 'CONFLICT',
  message: 'The deadline for answering work package 12 passed on 2026-12-01.',
  requestId: 'r-1',
  fields: {},
  fieldNotes: {},
  details: {},
  reason: null,
  ...p,
});

describe('error reasons in the console', () => {
  const reasons = schemaEnum('ErrorReason');

  it('every reason the API gives has its own text in bokmål and in English', () => {
    expect(reasons.length).toBeGreaterThan(40);
    const nbTexts = nb as Record<string, string>;
    const enTexts = en as Record<string, string>;
    for (const r of reasons) {
      expect([r, nbTexts[`reason.${r}`]?.length > 10, enTexts[`reason.${r}`]?.length > 10]).toEqual([r, true, true]);
      expect([r, nbTexts[`reason.${r}`]]).not.toEqual([r, enTexts[`reason.${r}`]]);
    }
    // and no text for a reason the API does not give
    const known = new Set(reasons.map((r) => `reason.${r}`));
    expect(Object.keys(nb).filter((k) => k.startsWith('reason.') && !known.has(k))).toEqual([]);
  });

  it("says a reason in the reader's language and keeps the API's message as the detail to quote", () => {
    const p = problem({ reason: 'DEADLINE_PASSED' });
    expect(problemText(p, translator(nb, 'nb'))).toEqual({ text: 'Fristen er ute.', detail: p.message });
    expect(problemText(p, translator(en, 'en'))).toEqual({ text: 'The deadline has passed.', detail: p.message });
  });

  it('points to the fields when the API refused input field by field', () => {
    const p = problem({
      code: 'BAD_USER_INPUT',
      message: 'The activity plan names something that does not fit; see the fields.',
      fields: { budget: 'grant 1 is 600000.00 NOK' },
    });
    expect(problemText(p, translator(nb, 'nb'))).toEqual({ text: 'Se meldingen ved hvert felt som er merket.', detail: p.message });
    // refused input with no field named: its message is all there is
    const whole = problem({ code: 'BAD_USER_INPUT', message: 'Say why the bid is withdrawn.' });
    expect(problemText(whole, translator(nb, 'nb'))).toEqual({ text: whole.message, detail: null });
  });

  it("shows the API's message as it is when there is no reason, or one this build has no text for", () => {
    const none = problem({});
    expect(problemText(none, translator(nb, 'nb'))).toEqual({ text: none.message, detail: null });
    const newer = problem({ reason: 'SOME_NEWER_REASON' as ApiProblem['reason'] });
    expect(problemText(newer, translator(nb, 'nb'))).toEqual({ text: newer.message, detail: null });
  });
});

describe('field rules in the console', () => {
  const rules = schemaEnum('FieldRule');
  const note = (n: Partial<FieldNote>): FieldNote => ({ message: 'the API says', rule: null, params: {}, ...n });

  it('every rule the API names has its own text in bokmål and in English, with each param the schema names', () => {
    expect(rules.length).toBeGreaterThan(25);
    const schema = schemaText();
    const nbTexts = nb as Record<string, string>;
    const enTexts = en as Record<string, string>;
    let withParams = 0;
    for (const r of rules) {
      expect([r, nbTexts[`field.${r}`]?.length > 5, enTexts[`field.${r}`]?.length > 5]).toEqual([r, true, true]);
      expect([r, nbTexts[`field.${r}`]]).not.toEqual([r, enTexts[`field.${r}`]]);
      // a description on one line ("""… Params: max."""), or a longer one in a block of its own
      const params = (new RegExp(`Params: ([a-z, ]+)\\.\\s*"""\\n\\s+${r}\\n`).exec(schema)?.[1] ?? '').split(', ').filter(Boolean);
      if (params.length) withParams++;
      // `currency` is said inside the amount it goes with (fieldText formats max/min as money)
      for (const p of params.filter((x) => x !== 'currency'))
        expect([r, p, nbTexts[`field.${r}`].includes(`{${p}}`), enTexts[`field.${r}`].includes(`{${p}}`)]).toEqual([r, p, true, true]);
    }
    // the rules with params (max, min, date, currency, from, to, band, next), found in the schema's descriptions
    expect(withParams).toBe(18);
    const known = new Set(rules.map((r) => `field.${r}`));
    expect(Object.keys(nb).filter((k) => k.startsWith('field.') && !known.has(k))).toEqual([]);
  });

  it("says a rule in the reader's language, with its numbers and dates as the reader writes them", () => {
    const long = note({ message: 'at most 1000 characters', rule: 'AT_MOST_CHARACTERS', params: { max: 1000 } });
    expect(fieldText(long, translator(nb, 'nb'), 'nb')).toBe('Høyst 1\u00a0000 tegn.');
    expect(fieldText(long, translator(en, 'en'), 'en')).toBe('At most 1,000 characters.');
    const late = note({ message: 'on or before 2026-12-07', rule: 'ON_OR_BEFORE', params: { date: '2026-12-07' } });
    expect(fieldText(late, translator(nb, 'nb'), 'nb')).toBe('Senest 07.12.2026.');
    expect(fieldText(late, translator(en, 'en'), 'en')).toBe('On 7 Dec 2026 or earlier.');
    // an amount comes in minor units with its currency, and is said as money
    const over = note({ message: 'at most 14999999', rule: 'AMOUNT_AT_MOST', params: { max: '14999999', currency: 'NOK' } });
    expect(fieldText(over, translator(nb, 'nb'), 'nb')).toBe('Høyst kr\u00a0149\u00a0999,99.');
    expect(fieldText(over, translator(en, 'en'), 'en')).toBe('At most NOK\u00a0149,999.99.');
    const below = note({ message: 'at least -250000', rule: 'AMOUNT_AT_LEAST', params: { min: '-250000', currency: 'EUR' } });
    expect(fieldText(below, translator(nb, 'nb'), 'nb')).toBe('Minst -EUR\u00a02\u00a0500,00.');
    // a period's two ends, dates as the reader writes them
    const outside = note({ message: 'outside the window', rule: 'OUTSIDE_PERIOD', params: { from: '2027-01-04', to: '2027-03-31' } });
    expect(fieldText(outside, translator(nb, 'nb'), 'nb')).toBe('Må ligge mellom 04.01.2027 og 31.03.2027.');
    expect(fieldText(note({ message: 'say why you decline', rule: 'GIVE_A_REASON' }), translator(nb, 'nb'), 'nb')).toBe(
      'Skriv en begrunnelse.',
    );
  });

  it("keeps the API's message when there is no rule, one this build does not know, or a param is missing", () => {
    expect(fieldText(note({}), translator(nb, 'nb'), 'nb')).toBe('the API says');
    expect(fieldText(note({ rule: 'SOME_NEWER_RULE' as FieldNote['rule'] }), translator(nb, 'nb'), 'nb')).toBe('the API says');
    expect(fieldText(note({ rule: 'AT_MOST_CHARACTERS' }), translator(nb, 'nb'), 'nb')).toBe('the API says');
  });

  it("reads each field's problems, with their rules, from every error of the answer", () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('The input is not valid: …', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.title', message: 'title is required', rule: 'REQUIRED' },
              { field: 'input.title', message: 'weird' },
            ],
          },
        }),
        new GraphQLError('And more', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'windowEnd', message: 'the window ends before it starts', rule: 'ENDS_BEFORE_START' }],
          },
        }),
      ],
    });
    const p = describeError(error);
    expect(p.code).toBe('BAD_USER_INPUT');
    expect(p.fieldNotes).toEqual({
      title: [
        { message: 'title is required', rule: 'REQUIRED', params: {} },
        { message: 'weird', rule: null, params: {} },
      ],
      windowEnd: [{ message: 'the window ends before it starts', rule: 'ENDS_BEFORE_START', params: {} }],
    });
    expect(Object.keys(p.fields).sort()).toEqual(['title', 'windowEnd']);
    // what the form shows under each input: the rules in bokmål, one after the other, the bare phrase as the API gave it
    const shown = (node: ReactNode) => renderToStaticMarkup(createElement(I18nProvider, null, node));
    expect(shown(p.fields.title)).toBe('Må fylles ut. weird');
    expect(shown(p.fields.windowEnd)).toBe('Sluttdatoen er før startdatoen.');
    expect(
      shown(
        describeError(
          new CombinedError({
            graphQLErrors: [
              new GraphQLError('x', {
                extensions: {
                  fields: [
                    { field: 'a', message: 'one' },
                    { field: 'a', message: 'two' },
                  ],
                },
              }),
            ],
          }),
        ).fields.a,
      ),
    ).toBe('one; two');
  });
});
