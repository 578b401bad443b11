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
