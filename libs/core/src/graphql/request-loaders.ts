import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor';

/** A factory for one kind of batch loader; usually an injectable service of a context. */
export interface LoaderFactory<K, V> {
  /**
   * Builds the loader for one request; row-level rules use the actor. `columns`, when the
   * factory honours it, is the properties the request asks for (`columnsFor`); null means all.
   */
  createLoader(actor: Actor, columns?: readonly string[] | null): DataLoader<K, V>;
}

/**
 * Per-request DataLoaders, created lazily in the GraphQL context (never request-scoped
 * providers, which would rebuild every resolver per request). Each factory gets one loader per
 * request, so batching and caching never leak between users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  private shaped?: Map<string, DataLoader<unknown, unknown>>;
  private settled?: Map<DataLoader<unknown, unknown>, Map<unknown, unknown>>;

  constructor(readonly actor: Actor) {}

  /**
   * The request's loader of this factory; with `columns`, one per distinct column set (a request
   * that asks for the same list twice with different fields gets two batches, each reading only
   * its columns; the usual request asks once).
   */
  get<K, V>(factory: LoaderFactory<K, V>, columns?: readonly string[] | null): DataLoader<K, V> {
    const f = factory as LoaderFactory<unknown, unknown>;
    if (columns === undefined) {
      let loader = this.loaders.get(f);
      if (!loader) {
        loader = f.createLoader(this.actor);
        this.loaders.set(f, loader);
      }
      return loader as DataLoader<K, V>;
    }
    this.shaped ??= new Map();
    let ids = factoryIds.get(f);
    if (ids === undefined) factoryIds.set(f, (ids = factoryIds.size + 1));
    const key = `${ids}:${columns ? columnsKey(columns) : '*'}`;
    let loader = this.shaped.get(key);
    if (!loader) {
      loader = f.createLoader(this.actor, columns);
      this.shaped.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * Loads `keys` through the request's loader now, in one batch, so that `peek` answers them
   * without a promise: a list resolver that knows its page calls this for the children the
   * document asks for, and each child field then resolves synchronously (graphql-js completes a
   * list of plain values without a promise per item; issue 23). The same statements as the
   * loader would issue, never more: a key it fails on is left to `load`, which reports the error.
   */
  async preload<K, V>(factory: LoaderFactory<K, V>, columns: readonly string[] | null | undefined, keys: readonly K[]): Promise<void> {
    const loader = this.get(factory, columns);
    const values = await loader.loadMany(keys);
    this.settled ??= new Map();
    let done = this.settled.get(loader as DataLoader<unknown, unknown>);
    if (!done) this.settled.set(loader as DataLoader<unknown, unknown>, (done = new Map()));
    for (let i = 0; i < keys.length; i++) if (!(values[i] instanceof Error)) done.set(keys[i], values[i]);
  }

  /** A value `preload` has already loaded in this request, or undefined (then use `load`). */
  peek<K, V>(factory: LoaderFactory<K, V>, columns: readonly string[] | null | undefined, key: K): V | undefined {
    if (!this.settled) return undefined;
    return this.settled.get(this.get(factory, columns) as DataLoader<unknown, unknown>)?.get(key) as V | undefined;
  }
}

const factoryIds = new Map<LoaderFactory<unknown, unknown>, number>();

/**
 * `columns.join(',')`, remembered per array: `columnsAskedFor` hands every item of a list the
 * same array, so a field resolver called for 50 firms joins it once, not 50 times.
 */
const joined = new WeakMap<readonly string[], string>();
function columnsKey(columns: readonly string[]): string {
  let k = joined.get(columns);
  if (k === undefined) joined.set(columns, (k = columns.join(',')));
  return k;
}

/** Groups rows by a key in the order of `keys`, for one-to-many batch loaders. */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const k of keys) map.set(k, []);
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k)!);
}

/** The part of the HTTP response a resolver may touch: the session cookie. */
export interface CookieResponse {
  cookie(name: string, value: string, options: Record<string, unknown>): unknown;
  clearCookie(name: string, options: Record<string, unknown>): unknown;
}

/** The GraphQL context every resolver receives. */
export interface GqlContext {
  req: { actor?: unknown; headers: Record<string, string | string[] | undefined>; ip?: string; secure?: boolean };
  /** Absent when an operation runs without HTTP (schema tools). */
  res?: CookieResponse;
  loaders: RequestLoaders;
}
