// @ts-check
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const crossContextPatterns = [
  { group: ['@app/*/*'], message: 'Import another context through its index (@app/<context>), never its internals.' },
  {
    group: ['../../*/src/*', '../../../libs/*'],
    message: 'Use the @app/<context> alias, not a relative path into another library.',
  },
];
const repositoryPaths = [
  {
    name: 'typeorm',
    importNames: ['DataSource', 'getRepository', 'Repository'],
    message: 'Use Database.transaction()/read() from @app/core; a repository outside them escapes the SQLite write lock.',
  },
];

/**
 * Imports run one way (libs/context-layers.json): a context may import only contexts of lower
 * layers. One block per context, repeating the rules above, since a later block's options replace
 * an earlier one's for the same rule.
 */
const { layers } = JSON.parse(readFileSync(new URL('./libs/context-layers.json', import.meta.url), 'utf8'));
const oneWay = layers
  .flatMap((/** @type {string[]} */ row, /** @type {number} */ rank) =>
    row.map((context) => {
      const above = layers
        .slice(rank)
        .flat()
        .filter((/** @type {string} */ c) => c !== context);
      const upward = above.length
        ? [
            {
              group: above.map((/** @type {string} */ c) => `@app/${c}`),
              message: `${context} is in layer ${rank} of libs/context-layers.json: it imports only lower layers. A lower context reaches a higher one through what the higher one registers with it.`,
            },
          ]
        : [];
      const patterns = [...crossContextPatterns, ...upward];
      return [
        { files: [`libs/${context}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } },
        {
          files: [`libs/${context}/**/*.ts`],
          ignores: ['libs/core/src/database/**', '**/*.spec.ts'],
          rules: { 'no-restricted-imports': ['error', { paths: repositoryPaths, patterns }] },
        },
      ];
    }),
  )
  .flat();

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', '**/*.js', '**/*.mjs', 'apps/web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'error',
      // A context may use another context only through its public face (index.ts).
      'no-restricted-imports': ['error', { patterns: crossContextPatterns }],
    },
  },
  // Services reach the database only through Database.transaction()/read() (docs/STACK.md trap 2),
  // and a context imports only contexts below it.
  ...oneWay,
  {
    // What buyers read is never cut (issue 24): brochure text wraps or is set smaller (TextMeasure.fit).
    files: ['libs/brochures/**/*.ts'],
    ignores: ['libs/brochures/src/pdf/layout/text-measure.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(clamp|ellipsize)$/]',
          message: 'A brochure never cuts a text: use TextMeasure.fit (wrap, then set smaller).',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'apps/cli/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The web console never imports server code, and a feature never reaches into another one.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@app/*', '**/libs/*'], message: 'The console talks to the API over GraphQL; it never imports server code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/features/**/*.ts', 'apps/web/src/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@app/*', '**/libs/*'], message: 'The console talks to the API over GraphQL; it never imports server code.' },
            { regex: '^\\.\\./(?!\\.\\.)[^/]+/.+', message: 'A feature uses another feature only through its index.' },
          ],
        },
      ],
    },
  },
);
