import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GqlContext } from '@app/core';

/** How the queries of this process ran: compiled, or on graphql-js (first use, not compilable, or answered with an error). */
export const compiledQueryStats = { compiled: 0, interpreted: 0 };

/**
 * A document is compiled on its second use, not its first: the console sends the same documents
 * again and again, while a one-off query is cheaper interpreted than compiled, and a stream of
 * distinct queries must not make the server compile every one of them.
 */
export const COMPILE_ON_USE = 2;

/**
 * Queries run as compiled JavaScript (graphql-jit, MIT) instead of graphql-js's interpreter:
 * each document the console sends is compiled once, on its second use (Apollo keeps the parsed
 * document, so the same object comes back for the same text), and then answers without graphql-js
 * working out, field by field, what to call. On the member list (~1,200 fields for 50 firms)
 * graphql-js's execution was the largest share of the CPU left after the reads
 * (docs/BENCHMARKS.md, issue 23).
 *
 * What stays as it was: parsing, validation (depth, cost and the other limits), the context and
 * the resolvers are Apollo's and ours; mutations run on graphql-js, one field after another as
 * the spec says. A query whose answer carries an error is answered again by graphql-js, so that
 * errors are reported, logged, coded and masked in the one place they always are
 * (`createFormatError`): queries only read, so running one twice changes nothing, and the
 * request's DataLoaders answer the second run from what the first one read.
 */
export function compiledQueriesPlugin(): ApolloServerPlugin<GqlContext> {
  // per parsed document and operation name: the compiled query, null when it cannot be compiled,
  // or how often it has been used so far
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null | number>>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          if (rc.operation?.operation !== 'query') return null;
          let byName = compiled.get(rc.document);
          if (!byName) compiled.set(rc.document, (byName = new Map()));
          const name = rc.request.operationName ?? '';
          let query: CompiledQuery | null | number = byName.get(name) ?? 0;
          if (typeof query === 'number') {
            if (query + 1 < COMPILE_ON_USE) {
              byName.set(name, query + 1);
              compiledQueryStats.interpreted++;
              return null;
            }
            const c = compileQuery(rc.schema, rc.document, rc.request.operationName ?? undefined);
            // a document graphql-jit cannot compile is simply left to graphql-js
            query = isCompiledQuery(c) ? c : null;
            byName.set(name, query);
          }
          if (!query) {
            compiledQueryStats.interpreted++;
            return null;
          }
          const result = await query.query(undefined, rc.contextValue, rc.request.variables ?? {});
          if (result.errors?.length || !result.data) {
            compiledQueryStats.interpreted++;
            return null;
          }
          compiledQueryStats.compiled++;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
