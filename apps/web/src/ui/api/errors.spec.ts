import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../i18n/i18n';
import { en } from '../i18n/messages.en';
import { nb } from '../i18n/messages.nb';
import { type ApiProblem, problemText } from './errors';

/** The reasons the API publishes (apps/api/schema.gql, `enum ErrorReason`): the contract the console is built on. */
function schemaReasons(): string[] {
  const schema = readFileSync(join(__dirname, '../../../../api/schema.gql'), 'utf8');
  const block = /enum ErrorReason \{([\s\S]*?)\n\}/.exec(schema)![1];
  return [...block.matchAll(/^\s+([A-Z_]+)$/gm)].map((m) => m[1]);
}

const translate =
  (messages: Record<string, string>): Translate =>
  (key) =>
    messages[key] ?? key;

const problem = (p: Partial<ApiProblem>): ApiProblem => ({
  code: 'CONFLICT',
  message: 'The deadline for answering work package 12 passed on 2026-12-01.',
  requestId: 'r-1',
  fields: {},
  details: {},
  reason: null,
  ...p,
});

describe('error reasons in the console', () => {
  const reasons = schemaReasons();

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
    expect(problemText(p, translate(nb))).toEqual({ text: 'Fristen er ute.', detail: p.message });
    expect(problemText(p, translate(en))).toEqual({ text: 'The deadline has passed.', detail: p.message });
  });

  it('points to the fields when the API refused input field by field', () => {
    const p = problem({
      code: 'BAD_USER_INPUT',
      message: 'The activity plan names something that does not fit; see the fields.',
      fields: { budget: 'grant 1 is 600000.00 NOK' },
    });
    expect(problemText(p, translate(nb))).toEqual({ text: 'Se meldingen ved hvert felt som er merket.', detail: p.message });
    // refused input with no field named: its message is all there is
    const whole = problem({ code: 'BAD_USER_INPUT', message: 'Say why the bid is withdrawn.' });
    expect(problemText(whole, translate(nb))).toEqual({ text: whole.message, detail: null });
  });

  it("shows the API's message as it is when there is no reason, or one this build has no text for", () => {
    const none = problem({});
    expect(problemText(none, translate(nb))).toEqual({ text: none.message, detail: null });
    const newer = problem({ reason: 'SOME_NEWER_REASON' as ApiProblem['reason'] });
    expect(problemText(newer, translate(nb))).toEqual({ text: newer.message, detail: null });
  });
});
