import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields a request selects on the objects a field returns, following fragments, so that a
 * read can select only the columns asked for. `path` walks into nested objects first, e.g.
 * `['nodes']` for a connection. Directives are not evaluated: a field under `@skip` still counts,
 * which only ever reads a column too many.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    for (const f of fieldsOf(sets, info.fragments)) if (f.name.value === step && f.selectionSet) next.push(f.selectionSet);
    sets = next;
  }
  return new Set(fieldsOf(sets, info.fragments).map((f) => f.name.value));
}

function fieldsOf(sets: readonly SelectionSetNode[], fragments: GraphQLResolveInfo['fragments'], seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const set of sets)
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') out.push(...fieldsOf([s.selectionSet], fragments, seen));
      else if (!seen.has(s.name.value) && fragments[s.name.value]) {
        seen.add(s.name.value);
        out.push(...fieldsOf([fragments[s.name.value].selectionSet], fragments, seen));
      }
    }
  return out;
}

/**
 * The properties (columns) to read for the fields asked: those `always` needed (keys, what
 * access rules read) plus each field's own. A field the map does not know, e.g. one added to the
 * type later, means every column (null), so forgetting the map costs speed, never a wrong answer.
 */
export function columnsFor(
  fields: ReadonlySet<string>,
  map: Readonly<Record<string, readonly string[]>>,
  always: readonly string[],
): string[] | null {
  const out = new Set(always);
  for (const f of fields) {
    if (f === '__typename') continue;
    const cols = map[f];
    if (!cols) return null;
    for (const c of cols) out.add(c);
  }
  return [...out].sort();
}

const memo = new WeakMap<object, WeakMap<object, Map<string, string[] | null>>>();

/**
 * `columnsFor(selectedFields(info))`, worked out once per field of a document: graphql-js hands
 * every item of a list the same `fieldNodes`, so a list of 50 firms asks once, not 50 times.
 */
export function columnsAskedFor(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  map: Readonly<Record<string, readonly string[]>>,
  always: readonly string[],
  path: readonly string[] = [],
): string[] | null {
  let byMap = memo.get(info.fieldNodes);
  if (!byMap) memo.set(info.fieldNodes, (byMap = new WeakMap()));
  let byKey = byMap.get(map);
  if (!byKey) byMap.set(map, (byKey = new Map()));
  const key = `${always.join(',')}|${path.join('.')}`;
  let cols = byKey.get(key);
  if (cols === undefined) {
    cols = columnsFor(selectedFields(info, path), map, always);
    byKey.set(key, cols);
  }
  return cols;
}
