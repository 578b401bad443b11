import type { CombinedError } from '@urql/core';
import { type ReactNode, createElement } from 'react';
import type { ErrorReason, FieldRule } from '../../gql/graphql';
import type { MessageKey, Translate } from '../i18n/i18n';
import { FieldNotes } from './field-notes';
import type { FieldNote } from './field-text';

export type { FieldNote } from './field-text';

/** What the console shows about a failed request: the API's code, message, request id and field messages. */
export interface ApiProblem {
  code: string;
  message: string;
  requestId: string | null;
  /**
   * extensions.fields, by field name (the input's property), for the form to show under each
   * input: each field's problems, said in the reader's language where the API named the rule.
   */
  fields: Record<string, ReactNode>;
  /** The same problems as the API gave them. */
  fieldNotes: Record<string, FieldNote[]>;
  details: Record<string, unknown>;
  /** extensions.details.reason: why, beyond the code (the schema's ErrorReason); null when none. */
  reason: ErrorReason | null;
  /**
   * The fields whose notes a form has put on screen (each `fields` entry marks itself as it
   * mounts), so the banner can say the others itself instead of pointing to fields that are not
   * there. Absent for problems the console found itself (`localProblem`: it shows its own fields).
   */
  shownFields?: ReadonlySet<string>;
}

interface Ext {
  code?: string;
  requestId?: string;
  fields?: { field: string; message: string; rule?: FieldRule; params?: Record<string, string | number> }[];
  details?: Record<string, unknown> & { reason?: ErrorReason };
}

/** Every answer carries x-request-id; the person quotes it when reporting a problem. */
function requestIdOf(error: CombinedError): string | null {
  const res = error.response as { headers?: { get(name: string): string | null } } | undefined;
  return res?.headers?.get?.('x-request-id') ?? null;
}

/** The one place that turns an API error into what forms and banners show. */
export function describeError(error: CombinedError | undefined | null): ApiProblem {
  const none = { fields: {}, fieldNotes: {}, details: {}, reason: null };
  if (!error) return { code: 'UNKNOWN', message: '', requestId: null, ...none };
  if (error.networkError && !error.graphQLErrors.length) {
    return { code: 'NETWORK', message: error.networkError.message, requestId: requestIdOf(error), ...none };
  }
  const first = error.graphQLErrors[0];
  const ext = (first?.extensions ?? {}) as Ext;
  const fieldNotes: Record<string, FieldNote[]> = {};
  for (const e of error.graphQLErrors)
    for (const f of ((e.extensions ?? {}) as Ext).fields ?? []) {
      const name = f.field.replace(/^input\./, '');
      (fieldNotes[name] ??= []).push({ message: f.message, rule: f.rule ?? null, params: f.params ?? {} });
    }
  const shown = new Set<string>();
  const fields = Object.fromEntries(
    Object.entries(fieldNotes).map(([name, notes]) => [name, createElement(FieldNotes, { notes, onShown: () => void shown.add(name) })]),
  );
  return {
    shownFields: shown,
    code: ext.code ?? 'INTERNAL_SERVER_ERROR',
    message: first?.message ?? error.message,
    requestId: ext.requestId ?? requestIdOf(error),
    fields,
    fieldNotes,
    details: ext.details ?? {},
    reason: ext.details?.reason ?? null,
  };
}

/** A problem the console found before sending (its texts already in the reader's language), shown like the API's under the fields. */
export function localProblem(fields: Record<string, string>, message: string): ApiProblem {
  const fieldNotes = Object.fromEntries(Object.entries(fields).map(([name, m]) => [name, [{ message: m, rule: null, params: {} }]]));
  return { code: 'BAD_USER_INPUT', message, requestId: null, fields, fieldNotes, details: {}, reason: null };
}

export function isForbidden(p: ApiProblem | null | undefined): boolean {
  return p?.code === 'FORBIDDEN';
}

/** The catalogue key of a reason's text. Every ErrorReason of the schema has one (checked below). */
type ReasonKey = `reason.${ErrorReason}`;
// a reason the API gains without a text in messages.nb.ts (and so messages.en.ts) fails the type check here
const everyReasonHasText: ReasonKey extends MessageKey ? true : never = true;
void everyReasonHasText;

/**
 * What a banner says about a problem, in the reader's language: the reason's own text when the
 * API gave one, or a pointer to the fields when it refused input field by field (the API's
 * message, in English, then stays as a detail to quote); else the API's message as it is.
 */
export function problemText(p: ApiProblem, t: Translate): { text: string; detail: string | null } {
  // refused input with messages at its fields: the banner points to them (the fields say what)
  if (!p.reason && p.code === 'BAD_USER_INPUT' && Object.keys(p.fields).length > 0)
    return { text: t('error.badInput.seeFields'), detail: p.message || null };
  if (!p.reason) return { text: p.message, detail: null };
  const key: ReasonKey = `reason.${p.reason}`;
  const text = t(key);
  // a reason this build does not know yet (a newer API): its message is all there is
  if (!text || text === key) return { text: p.message, detail: null };
  return { text, detail: p.message && p.message !== text ? p.message : null };
}
