import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * GraphQL Code Generator's client preset resolves `graphql(\`query X …\`)` at run time through one
 * map of every document (gql/gql.ts), so every screen's documents would ship in the first load.
 * This build step does what the preset's Babel/SWC plugins do (Vite compiles with oxc): each call
 * is replaced by the parsed document the generator wrote for it (`XDocument`, or `XFragmentDoc`
 * for a fragment, in gql/graphql.ts), inlined, so a screen's documents travel in that screen's
 * chunk. Types are unchanged: the source still calls graphql(), which the type checker and the
 * generator read.
 */
export function graphqlDocuments(generated: string): Plugin {
  let documents: Map<string, string> | null = null;
  const load = () => {
    const map = new Map<string, string>();
    for (const m of readFileSync(generated, 'utf8').matchAll(/^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as /gm))
      map.set(m[1], m[2]);
    return map;
  };
  return {
    name: 'totalfly-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null; // read afresh for every build (the generator runs before it)
    },
    transform(code, id) {
      if (!/\.graphql\.ts$/.test(id) || !code.includes('graphql(`')) return null;
      documents ??= load();
      const out = code.replace(/graphql\(`([\s\S]*?)`\)/g, (_all, body: string) => {
        const m = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(body);
        if (!m) throw new Error(`${id}: a graphql() document without a name`);
        const name = m[1] === 'fragment' ? `${m[2]}FragmentDoc` : `${m[2]}Document`;
        const ast = documents!.get(name);
        if (!ast) throw new Error(`${id}: ${name} is not in ${generated}; run the code generator`);
        return ast;
      });
      return { code: out.replace(/^import \{ graphql \} from '[^']*gql';\n/m, ''), map: null };
    },
  };
}
