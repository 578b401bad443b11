import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The shape of the contexts, checked against the code (docs/ARCHITECTURE.md, "Contexts" and
 * "Where things live in a context"): imports run one way, each index names its public face, the
 * drawing and the list of allowed cross-context reads are the code's, and every context keeps its
 * GraphQL types and loaders in the same places. `UPDATE_ARCHITECTURE_DOC=1` rewrites the generated
 * parts of docs/ARCHITECTURE.md instead of failing on them.
 */
const root = join(__dirname, '..', '..', '..');
const libs = join(root, 'libs');
const docPath = join(root, 'docs', 'ARCHITECTURE.md');
const { layers } = JSON.parse(readFileSync(join(libs, 'context-layers.json'), 'utf8')) as { layers: string[][] };
const rank = new Map(layers.flatMap((row, i) => row.map((c) => [c, i] as const)));
const contexts = readdirSync(libs, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'migrations' ? [] : tsFiles(p);
    return d.name.endsWith('.ts') ? [p] : [];
  });
}
const files = new Map(contexts.map((c) => [c, tsFiles(join(libs, c, 'src'))]));
const rel = (p: string) => relative(root, p);
const source = (p: string) => readFileSync(p, 'utf8');
/** The code without comments, so that prose never counts as an import or a query. */
const code = (p: string) =>
  source(p)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
const isSpec = (p: string) => p.endsWith('.spec.ts') || p.includes('/testing/');

/** context → the other contexts it imports (through @app/<context>), from every file, specs too. */
function importGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const [c, list] of files) {
    const edges = new Map<string, string[]>();
    for (const f of list)
      for (const m of code(f).matchAll(/\bfrom\s+['"]@app\/([a-z-]+)(?:\/[^'"]*)?['"]/g))
        if (m[1] !== c) edges.set(m[1], [...(edges.get(m[1]) ?? []), rel(f)]);
    graph.set(c, edges);
  }
  return graph;
}

/** The generated block between `<!-- name:start -->` and `<!-- name:end -->` in the doc. */
function docBlock(doc: string, name: string): string {
  const m = doc.match(new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`));
  if (!m) throw new Error(`docs/ARCHITECTURE.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  return m[1];
}

function replaceDocBlock(name: string, body: string): void {
  const doc = source(docPath);
  writeFileSync(docPath, doc.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1${body}$2`));
}

/** The drawing: every import between contexts (core, which all use, and platform, which uses all, left out). */
function drawing(graph: Map<string, Map<string, string[]>>): string {
  const drawn = contexts.filter((c) => c !== 'core' && c !== 'platform');
  const lines = ['```mermaid', 'flowchart TD'];
  for (const c of [...drawn].sort((a, b) => rank.get(b)! - rank.get(a)! || a.localeCompare(b)))
    for (const to of [...(graph.get(c)?.keys() ?? [])].filter((t) => drawn.includes(t)).sort()) lines.push(`  ${c} --> ${to}`);
  lines.push('```', '', '| layer | context | imports (besides core) |', '|---|---|---|');
  for (const [i, row] of layers.entries())
    for (const c of row) {
      const to = [...(graph.get(c)?.keys() ?? [])].filter((t) => t !== 'core').sort();
      lines.push(`| ${i} | ${c} | ${c === 'platform' ? 'every context (the composition root)' : to.join(', ') || '—'} |`);
    }
  return lines.join('\n') + '\n';
}

/** Entities by owner: class name, table and context, from the @Entity decorators. */
function entities(): { context: string; cls: string; table: string }[] {
  return [...files].flatMap(([context, list]) =>
    list
      .filter((f) => !isSpec(f))
      .flatMap((f) =>
        [...source(f).matchAll(/@Entity\(\s*'([a-z_]+)'[\s\S]*?export class (\w+)/g)].map((m) => ({ context, table: m[1], cls: m[2] })),
      ),
  );
}

const ORM_CALLS = [
  'find',
  'findOne',
  'findBy',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'sum',
  'maximum',
  'minimum',
  'average',
  'getRepository',
  'createQueryBuilder',
  'insert',
  'update',
  'delete',
  'save',
  'upsert',
  'increment',
  'decrement',
  'remove',
  'insertRows',
  'updateRows',
  'guardedUpdate',
  'leanShape',
  'from',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
].join('|');

/**
 * reader context → owner.table for each table of another context it reads or writes: through
 * TypeORM with the owner's entity class, or in raw SQL by the table's name. Core's tables (audit
 * record, idempotency key) are everyone's; platform is the composition root (seed, reminders).
 */
function crossContextReads(): Map<string, Set<string>> {
  const all = entities().filter((e) => e.context !== 'core');
  const reads = new Map<string, Set<string>>();
  for (const [c, list] of files) {
    if (c === 'core' || c === 'platform') continue;
    for (const f of list.filter((p) => !isSpec(p))) {
      const text = code(f);
      // SQL is in string literals that say so in capitals (a message's "from bid 12" is not SQL)
      const sqlText = [...text.matchAll(/`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g)]
        .map((m) => m[0])
        .filter((lit) => /\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|JOIN)\b/.test(lit))
        .join('\n');
      for (const e of all.filter((x) => x.context !== c)) {
        const orm = new RegExp(`\\b(?:${ORM_CALLS})\\(\\s*(?:(?:tx|em|manager),\\s*)?(?:${e.cls}\\b|'${e.table}')`);
        // (a join whose kind is chosen per dialect reads `${…} table`)
        const sql = new RegExp(`(?:\\b(?:from|join|update|into)|\\})\\s+"?${e.table}"?(?![\\w.])`, 'i');
        if (orm.test(text) || sql.test(sqlText)) reads.set(c, new Set([...(reads.get(c) ?? []), `${e.context}.${e.table}`]));
      }
    }
  }
  return reads;
}

/** The table of allowed reads in the doc: `| reader | \`owner.table\`, … | why |`. */
function documentedReads(doc: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of docBlock(doc, 'cross-context-reads').split('\n')) {
    const cells = line.split('|').map((s) => s.trim());
    if (cells.length < 4 || !contexts.includes(cells[1])) continue;
    out.set(cells[1], new Set([...cells[2].matchAll(/`([a-z]+\.[a-z_]+)`/g)].map((m) => m[1])));
  }
  return out;
}

describe('the shape of the contexts', () => {
  const graph = importGraph();

  it('puts every library in exactly one layer of libs/context-layers.json', () => {
    expect([...rank.keys()].sort()).toEqual(contexts);
    expect(layers.flat()).toHaveLength(rank.size);
  });

  it('runs imports one way: a context imports only contexts of lower layers', () => {
    const wrong: string[] = [];
    for (const [c, edges] of graph)
      for (const [to, where] of edges)
        if (!(rank.get(to)! < rank.get(c)!)) wrong.push(`${c} (layer ${rank.get(c)}) imports ${to} (layer ${rank.get(to)}) in ${where[0]}`);
    expect(wrong).toEqual([]);
  });

  it('imports another library only through its index, never by a path into it (a spec may use another one’s testing/ helpers)', () => {
    const wrong: string[] = [];
    for (const [c, list] of files)
      for (const f of list)
        for (const m of code(f).matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) {
          const target = m[1];
          if (/^@app\/[a-z-]+\//.test(target)) wrong.push(`${rel(f)}: ${target}`);
          const outside = target.startsWith('.') && relative(join(libs, c), join(f, '..', target)).startsWith('..');
          if (outside && !(isSpec(f) && /\/testing\/[^/]+$/.test(target))) wrong.push(`${rel(f)}: ${target}`);
        }
    expect(wrong).toEqual([]);
  });

  it('has each context name its public face in index.ts (no export *; core is the shared kernel, all of it public)', () => {
    const wrong = contexts
      .filter((c) => c !== 'core')
      .filter((c) => /^export \*/m.test(source(join(libs, c, 'src', 'index.ts'))))
      .map((c) => `libs/${c}/src/index.ts`);
    expect(wrong).toEqual([]);
  });

  it('draws the contexts in docs/ARCHITECTURE.md as they import each other', () => {
    const expected = drawing(graph);
    if (process.env.UPDATE_ARCHITECTURE_DOC) replaceDocBlock('context-graph', expected);
    expect(docBlock(source(docPath), 'context-graph')).toBe(expected);
  });

  it('reads another context’s tables only where docs/ARCHITECTURE.md allows it, and the list names no read that is gone', () => {
    const actual = crossContextReads();
    const documented = documentedReads(source(docPath));
    const undocumented: string[] = [];
    const stale: string[] = [];
    for (const c of contexts) {
      const a = actual.get(c) ?? new Set<string>();
      const d = documented.get(c) ?? new Set<string>();
      for (const t of a) if (!d.has(t)) undocumented.push(`${c} reads ${t}`);
      for (const t of d) if (!a.has(t)) stale.push(`${c} no longer reads ${t}`);
    }
    expect({ undocumented, stale }).toEqual({ undocumented: [], stale: [] });
  });

  it('keeps the entities in src/entities/*.entity.ts', () => {
    const wrong = [...files]
      .filter(([c]) => c !== 'core')
      .flatMap(([, list]) => list.filter((f) => !isSpec(f) && /@Entity\(/.test(code(f))))
      .map(rel)
      .filter((r) => !/\/src\/entities\/[a-z-]+\.entity\.ts$/.test(r));
    expect(wrong).toEqual([]);
  });

  it('keeps GraphQL input and argument types in api/dto/*.input.ts and object types in api/models/*.model.ts', () => {
    const wrong: string[] = [];
    for (const [c, list] of files) {
      if (c === 'core') continue;
      for (const f of list.filter((p) => !isSpec(p))) {
        const text = code(f);
        const r = rel(f);
        if (/@(InputType|ArgsType)\(/.test(text) && !/\/src\/api\/dto\/[a-z-]+\.input\.ts$/.test(r)) wrong.push(`${r}: input type`);
        if (/@ObjectType\(/.test(text) && !/\/src\/api\/models\/[a-z-]+\.model\.ts$/.test(r)) wrong.push(`${r}: object type`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps each DataLoader in its own src/loaders/<thing>.loader.ts, named after the file', () => {
    const wrong: string[] = [];
    for (const [c, list] of files) {
      if (c === 'core') continue;
      for (const f of list.filter((p) => !isSpec(p))) {
        const r = rel(f);
        const loaders = [...code(f).matchAll(/export class (\w+)[^{]*\bimplements\b[^{]*\bLoaderFactory\b/g)].map((m) => m[1]);
        const inPlace = /\/src\/loaders\/[a-z-]+\.loader\.ts$/.test(r);
        if (!inPlace && (loaders.length || /\bcreateLoader\(/.test(code(f)))) wrong.push(`${r}: a loader outside src/loaders`);
        if (inPlace) {
          const kebab = (s: string) =>
            s
              .replace(/Loader$/, '')
              .replace(/(?<!^)(?=[A-Z])/g, '-')
              .toLowerCase();
          if (loaders.length !== 1 || !r.endsWith(`/${kebab(loaders[0])}.loader.ts`))
            wrong.push(`${r}: one loader class named after the file (found ${loaders.join(', ') || 'none'})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
