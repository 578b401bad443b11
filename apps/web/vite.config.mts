import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The console is built to dist/web and served by the API at / (same origin as /graphql).
 * JSX is compiled by Vite's own transformer (automatic runtime): a production build needs no
 * React plugin (see docs/ARCHITECTURE.md "The web console").
 */
export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [graphqlDocuments(resolve(here, 'src/gql/graphql.ts'))],
  build: {
    outDir: resolve(here, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Mantine and React Router mark their modules "use client" for server components; a
      // browser bundle has no use for the directive, so the warning about dropping it is noise.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
