import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the console, generated from the API's committed schema (never by hand). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', MinorUnits: 'string' },
      },
    },
  },
};
export default config;
