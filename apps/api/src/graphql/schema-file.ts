import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE = 'apps/api/schema.gql';

/** The committed schema text; a test fails when it differs from what the code generates. */
export function printCommittedSchema(schema: GraphQLSchema): string {
  return `# The TotAl-Fly GraphQL schema, generated from the code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
