import type { ApolloServerPlugin } from '@apollo/server';

const JSON_TYPE = 'application/json';
/** Errors of a well-formed request whose GraphQL is not valid (not: no query, BAD_REQUEST). */
const GRAPHQL_REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/** The quality the Accept header gives a media type (exact match over type/* over any), 0 if refused. */
function quality(accept: string, type: string): number {
  const [main] = type.split('/');
  let best = -1;
  let q = 0;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const specificity = range === type ? 2 : range === `${main}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity < best || specificity < 0) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    best = specificity;
    q = qParam ? Number(qParam.slice(2)) || 0 : 1;
  }
  return q;
}

/**
 * Whether the response goes out as `application/graphql-response+json`: the client prefers it
 * over `application/json` (ties go to `application/json`, as Apollo chooses; no Accept header
 * means `application/json`).
 */
export function wantsGraphqlResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return quality(accept, GRAPHQL_RESPONSE_TYPE) > quality(accept, JSON_TYPE);
}

/**
 * HTTP status codes as the GraphQL-over-HTTP spec asks. A request that is not valid GraphQL
 * (parse or validation error, invalid variables) is a 400 for a client that accepts
 * `application/graphql-response+json`, which is Apollo's behaviour. For an `application/json`
 * client (and one without Accept), the spec says a well-formed GraphQL-over-HTTP request gets 200
 * with the errors in the body, so those 400s become 200. Requests that are not well-formed
 * GraphQL-over-HTTP (bad JSON, no query, CSRF, batching, a mutation over GET, too large:
 * 400/405/413) keep their 4xx.
 */
export function graphqlOverHttpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const legacy = !wantsGraphqlResponseJson(request.http?.headers.get('accept'));
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (
            legacy &&
            response.http.status === 400 &&
            errors?.length &&
            errors.every((e) => GRAPHQL_REQUEST_ERRORS.has(String(e.extensions?.code)))
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
