import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Logger } from '@nestjs/common';
import { type Actor, ANONYMOUS, type AppConfig, type GqlContext, RequestContext, RequestLoaders, createFormatError } from '@app/core';
import { compiledQueriesPlugin } from './compiled-queries.plugin';
import { graphqlOverHttpStatusPlugin } from './http-status.plugin';

/** Limits from the OWASP GraphQL cheat sheet; each one has a test in test/hardening.e2e-spec.ts. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  // graphql-armor multiplies a list's cost by its `first`: the console's royalty statement page
  // (500 lines of 15 fields) costs 28,500 and was refused at 20,000; ten member pages of 500
  // still cost over 100,000 (test/hardening.e2e-spec.ts, test/compiled-queries.e2e-spec.ts)
  costLimit: 40000,
} as const;

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, exposeLimits: true },
    // graphql-armor's token limit parses inside `parsingDidStart` and rethrows every syntax error
    // there, which Apollo answers with HTTP 500; graphql-js's own parser option (parseOptions
    // below) counts the same tokens and fails as an ordinary GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: true },
    costLimit: { maxCost: GRAPHQL_LIMITS.costLimit, exposeLimits: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const logger = new Logger('GraphQL');
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Nest checks the schema it built by running graphql-js's full introspection query against it
    // (~0.35 s of every start on a slow machine, of every e2e suite's app). Apollo Server asserts
    // the final schema valid when it starts (`assertValidSchema`), and Nest builds that schema from
    // the printed SDL, so a broken schema still stops the start.
    buildSchemaOptions: { skipCheck: true },
    graphiql: false, // served locally at /graphiql instead (the default page loads from a CDN)
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No cache hints are set (answers are per user), and the cache-control plugin would wrap
    // every field resolver to collect them: about a tenth of a 3,000-row answer's time.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      graphqlOverHttpStatusPlugin(),
      ...armor.plugins,
      ...(config.compiledQueries ? [compiledQueriesPlugin()] : []),
    ],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: [...armor.validationRules],
    context: ({ req, res }: { req: GqlContext['req']; res?: GqlContext['res'] }): GqlContext => ({
      req,
      res,
      loaders: new RequestLoaders((req.actor as Actor) ?? ANONYMOUS),
    }),
    formatError: createFormatError({
      production,
      requestId: () => RequestContext.requestId(),
      logUnexpected: (error, requestId) =>
        logger.error({
          msg: 'unexpected error in a GraphQL operation',
          requestId,
          error: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        }),
    }),
  };
}
