/**
 * What importing one contracting process (one ocid) changes, decided from its releases in the file
 * and those already stored. Pure: the importer reads the stored rows, asks this module, and writes.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_OCDS_TIME_ZONE } from './ocds-time';
import { type JsonObject, type MappedTender, mapCompiledRelease, mergeReleases, normalizeRelease } from './ocds-package';

/** A release of the file, checked. */
export interface IncomingRelease {
  /** Its place in the file's releases array. */
  index: number;
  ocid: string;
  releaseId: string;
  /**
   * The release as published, as JSON.stringify of the parsed release: what is stored and compared
   * with what was stored before. The parsed object is not kept (a 50 MB file would keep hundreds of
   * megabytes of objects alive); a process that changes is parsed again to be compiled.
   */
  json: string;
  /** Its date, in UTC. */
  date: string;
  /** The zone its date-times without an offset were read in; null when it has none. */
  timeZone: string | null;
}

/** A stored release, as the importer reads it. */
export interface StoredRelease {
  id: number;
  releaseId: string;
  json: string;
  timeZone: string | null;
}

export interface ProcessPlan {
  ocid: string;
  incoming: IncomingRelease[];
  /** The stored releases this plan was made from (compared again before writing). */
  stored: StoredRelease[];
  inserts: IncomingRelease[];
  replacements: { stored: StoredRelease; incoming: IncomingRelease }[];
  /** The compiled process mapped to a tender; made when something may change (see `mapped()`). */
  mapped: MappedTender | null;
  hash: string | null;
}

/** How an import ends for one process. */
export type Outcome =
  /** nothing to write */
  | 'unchanged'
  /** a new tender (the process is open at the source) */
  | 'create'
  /** the tender's fields change */
  | 'update'
  /** releases are added or replaced, the tender's fields stay the same */
  | 'releasesOnly'
  /** closed at the source and never imported: no tender; its releases are kept */
  | 'skip';

export function makePlan(ocid: string, incoming: IncomingRelease[], stored: StoredRelease[]): ProcessPlan {
  const byId = new Map(stored.map((s) => [s.releaseId, s]));
  const plan: ProcessPlan = { ocid, incoming, stored, inserts: [], replacements: [], mapped: null, hash: null };
  for (const r of incoming) {
    const prev = byId.get(r.releaseId);
    if (!prev) plan.inserts.push(r);
    // the same text read in another zone is another release: its deadline is another instant
    else if (prev.json !== r.json || (prev.timeZone ?? null) !== r.timeZone) plan.replacements.push({ stored: prev, incoming: r });
  }
  return plan;
}

export function releasesChange(plan: ProcessPlan): boolean {
  return plan.inserts.length > 0 || plan.replacements.length > 0;
}

/** The compiled release of every release of the process (stored, replaced and new), mapped. */
export function mapPlan(plan: ProcessPlan, now: Date): MappedTender {
  if (plan.mapped) return plan.mapped;
  const replaced = new Map(plan.replacements.map((r) => [r.stored.id, r.incoming]));
  const all: JsonObject[] = [];
  for (const s of plan.stored) {
    const r = replaced.get(s.id);
    all.push(
      r
        ? normalizeRelease(JSON.parse(r.json) as JsonObject, r.timeZone ?? DEFAULT_OCDS_TIME_ZONE)
        : normalizeRelease(JSON.parse(s.json) as JsonObject, s.timeZone ?? DEFAULT_OCDS_TIME_ZONE),
    );
  }
  for (const r of plan.inserts) all.push(normalizeRelease(JSON.parse(r.json) as JsonObject, r.timeZone ?? DEFAULT_OCDS_TIME_ZONE));
  plan.mapped = mapCompiledRelease(mergeReleases(all), now);
  plan.hash = hashOfMapped(plan.mapped);
  return plan.mapped;
}

/** Hash of what the import writes of a tender, so a re-import that changes nothing writes nothing. */
export function hashOfMapped(m: MappedTender): string {
  const { warnings: _w, problems: _p, releaseDate: _r, ...content } = m;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * The outcome for a process given its tender as it stands (undefined: none yet). Unchanged
 * releases and an existing tender are "unchanged" without compiling anything, as before.
 */
export function outcomeOf(plan: ProcessPlan, tender: { sourceHash: string | null } | undefined, now: Date): Outcome {
  const changed = releasesChange(plan);
  if (!changed && tender) return 'unchanged';
  const mapped = mapPlan(plan, now);
  if (!tender) return mapped.state.open ? 'create' : 'skip';
  if (tender.sourceHash !== plan.hash) return 'update';
  return changed ? 'releasesOnly' : 'unchanged';
}

/** True when the stored releases are still those a plan was made from. */
export function sameStored(a: StoredRelease[], b: StoredRelease[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((s) => [s.id, s]));
  return b.every((s) => {
    const o = byId.get(s.id);
    return !!o && o.releaseId === s.releaseId && o.json === s.json && (o.timeZone ?? null) === (s.timeZone ?? null);
  });
}
