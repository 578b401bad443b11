import type { CombinedError } from '@urql/core';
import type { ErrorReason } from '../../gql/graphql';

/** What the console shows about a failed request: the API's code, message, request id and field messages. */
export interface ApiProblem {
  code: string;
  message: string;
  requestId: string | null;
  /** extensions.fields, by field name (the input's property), for the form to show under each input. */
  fields: Record<string, string>;
  details: Record<string, unknown>;
  /** extensions.details.reason: why, beyond the code (the schema's ErrorReason); null when none. */
  reason: ErrorReason | null;
}

interface Ext {
  code?: string;
  requestId?: string;
  fields?: { field: string; message: string }[];
  details?: Record<string, unknown> & { reason?: ErrorReason };
}

/** Every answer carries x-request-id; the person quotes it when reporting a problem. */
function requestIdOf(error: CombinedError): string | null {
  const res = error.response as { headers?: { get(name: string): string | null } } | undefined;
  return res?.headers?.get?.('x-request-id') ?? null;
}

/** The one place that turns an API error into what forms and banners show. */
export function describeError(error: CombinedError | undefined | null): ApiProblem {
  if (!error) return { code: 'UNKNOWN', message: '', requestId: null, fields: {}, details: {}, reason: null };
  if (error.networkError && !error.graphQLErrors.length) {
    return { code: 'NETWORK', message: error.networkError.message, requestId: requestIdOf(error), fields: {}, details: {}, reason: null };
  }
  const first = error.graphQLErrors[0];
  const ext = (first?.extensions ?? {}) as Ext;
  const fields: Record<string, string> = {};
  for (const e of error.graphQLErrors)
    for (const f of ((e.extensions ?? {}) as Ext).fields ?? []) {
      const name = f.field.replace(/^input\./, '');
      fields[name] = fields[name] ? `${fields[name]}; ${f.message}` : f.message;
    }
  return {
    code: ext.code ?? 'INTERNAL_SERVER_ERROR',
    message: first?.message ?? error.message,
    requestId: ext.requestId ?? requestIdOf(error),
    fields,
    details: ext.details ?? {},
    reason: ext.details?.reason ?? null,
  };
}

export function isForbidden(p: ApiProblem | null | undefined): boolean {
  return p?.code === 'FORBIDDEN';
}
