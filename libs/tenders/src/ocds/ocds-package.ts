/**
 * OCDS 1.1 release packages: validation, the compiled-release merge and the mapping to a tender.
 * Pure functions; the importer service reads the file and writes the result.
 */
import { isValidCurrency, minorDigits, toDecimalString } from '@app/core';
import { DEFAULT_OCDS_TIME_ZONE, parseOcdsInstant } from './ocds-time';

export interface OcdsProblem {
  /** e.g. "releases[3].ocid" */
  path: string;
  message: string;
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: Json | undefined): JsonObject[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** Column widths the import must respect (PostgreSQL refuses longer values). */
const MAX_OCID = 200;
const MAX_RELEASE_ID = 200;
const MAX_LOT_ID = 100;
const MAX_ITEM_ID = 200;
/** Requirement quantities and hours are 32-bit integers. */
const MAX_QUANTITY = 2_147_483_647;

/** " (ocid X)" after a problem of a release that has an ocid, so a person finds the process. */
function ocidNote(r: JsonObject): string {
  return typeof r.ocid === 'string' && r.ocid.trim() ? ` (ocid ${r.ocid.trim().slice(0, MAX_OCID)})` : '';
}

/** Checks the package's own members (everything but its releases). */
export function validatePackageHeader(header: Record<string, unknown>, hasReleases: boolean, hasRecords: boolean): OcdsProblem[] {
  if (hasRecords && !hasReleases)
    return [{ path: '$.records', message: 'this is a record package; send a release package (with "releases")' }];
  if (!hasReleases) return [{ path: '$.releases', message: 'missing: a release package has a "releases" array' }];
  const v = header.version;
  if (v !== undefined && typeof v === 'string' && !v.startsWith('1.'))
    return [{ path: '$.version', message: `OCDS version ${v} is not supported (1.x only)` }];
  return [];
}

/** Why an amount cannot be kept, or null when it can. */
export function amountProblem(amount: number, currency: string | null): string | null {
  if (!Number.isFinite(amount)) return 'must be a finite number';
  if (amount < 0) return `must not be negative (got ${amount})`;
  const digits = currency ? minorDigits(currency) : 3;
  if (!Number.isSafeInteger(Math.round(amount * 10 ** digits)))
    return currency
      ? `${amount} ${currency} is too large: the largest amount kept is ${toDecimalString(Number.MAX_SAFE_INTEGER, currency)} ${currency}`
      : `${amount} is too large: the largest amount kept is ${toDecimalString(Number.MAX_SAFE_INTEGER, 'KWD')} (in a currency with three decimals)`;
  return null;
}

function checkValue(v: Json | undefined, at: string, note: string, problems: OcdsProblem[]): void {
  if (v === undefined || v === null) return;
  if (!isObj(v)) {
    problems.push({ path: at, message: `must be an object with amount and currency${note}` });
    return;
  }
  let currency: string | null = null;
  if (v.currency !== undefined && v.currency !== null) {
    if (typeof v.currency !== 'string' || !isValidCurrency(v.currency))
      problems.push({ path: `${at}.currency`, message: `must be an ISO 4217 code such as NOK${note}` });
    else currency = v.currency;
  }
  if (v.amount === undefined || v.amount === null) return;
  if (typeof v.amount !== 'number') {
    problems.push({ path: `${at}.amount`, message: `must be a number${note}` });
    return;
  }
  const p = amountProblem(v.amount, currency);
  if (p) problems.push({ path: `${at}.amount`, message: `${p}${note}` });
}

/** What validating one release found: its problems, and the dates it gave without a UTC offset. */
export interface ReleaseCheck {
  problems: OcdsProblem[];
  /** e.g. 'tender.tenderPeriod.endDate "2010-04-01T18:00:00"' */
  naiveDates: string[];
}

function checkInstant(
  value: Json | undefined,
  path: string,
  at: string,
  zone: string,
  note: string,
  check: ReleaseCheck,
  opts: { required?: boolean; endOfDay?: boolean; dateOnly?: boolean } = {},
): void {
  if (value === undefined || value === null) {
    if (opts.required) check.problems.push({ path: at, message: `missing or not an ISO 8601 date-time${note}` });
    return;
  }
  const parsed = typeof value === 'string' ? parseOcdsInstant(value, zone, { endOfDay: opts.endOfDay }) : null;
  if (!parsed || (parsed.dateOnly && !opts.dateOnly)) {
    check.problems.push({ path: at, message: `${opts.required ? 'missing or ' : ''}not an ISO 8601 date-time${note}` });
    return;
  }
  if (parsed.naive) check.naiveDates.push(`${path} "${value as string}"`);
}

/**
 * Checks one release: the fields every release needs, and every value the import keeps (amounts,
 * currencies, dates, ids and quantities that must fit their columns). Paths start at `releases[i]`.
 */
export function validateRelease(r: unknown, i: number, zone = DEFAULT_OCDS_TIME_ZONE): ReleaseCheck {
  const at = `releases[${i}]`;
  const check: ReleaseCheck = { problems: [], naiveDates: [] };
  const problems = check.problems;
  if (!isObj(r)) {
    problems.push({ path: at, message: 'a release must be an object' });
    return check;
  }
  const note = ocidNote(r);
  if (typeof r.ocid !== 'string' || !r.ocid.trim()) problems.push({ path: `${at}.ocid`, message: 'missing: every release needs an ocid' });
  else if (r.ocid.trim().length > MAX_OCID) problems.push({ path: `${at}.ocid`, message: `longer than ${MAX_OCID} characters` });
  if ((typeof r.id !== 'string' || !r.id.trim()) && typeof r.id !== 'number')
    problems.push({ path: `${at}.id`, message: `missing: every release needs an id${note}` });
  else if (String(r.id).length > MAX_RELEASE_ID)
    problems.push({ path: `${at}.id`, message: `longer than ${MAX_RELEASE_ID} characters${note}` });
  checkInstant(r.date, 'date', `${at}.date`, zone, note, check, { required: true });
  if (r.tender !== undefined && r.tender !== null && !isObj(r.tender))
    problems.push({ path: `${at}.tender`, message: `must be an object${note}` });
  if (isObj(r.tender)) {
    const t = r.tender;
    checkValue(t.value, `${at}.tender.value`, note, problems);
    if (isObj(t.tenderPeriod))
      checkInstant(t.tenderPeriod.endDate, 'tender.tenderPeriod.endDate', `${at}.tender.tenderPeriod.endDate`, zone, note, check, {
        endOfDay: true,
        dateOnly: true,
      });
    if (t.items !== undefined && t.items !== null && !Array.isArray(t.items))
      problems.push({ path: `${at}.tender.items`, message: `must be an array${note}` });
    objects(t.items).forEach((it, k) => {
      if (it.id !== undefined && it.id !== null && String(it.id).length > MAX_ITEM_ID)
        problems.push({ path: `${at}.tender.items[${k}].id`, message: `longer than ${MAX_ITEM_ID} characters${note}` });
      const q = it.quantity;
      if (typeof q === 'number' && (!Number.isFinite(q) || q < 0 || q > MAX_QUANTITY))
        problems.push({ path: `${at}.tender.items[${k}].quantity`, message: `must be between 0 and ${MAX_QUANTITY} (got ${q})${note}` });
    });
    if (t.lots !== undefined && t.lots !== null && !Array.isArray(t.lots))
      problems.push({ path: `${at}.tender.lots`, message: `must be an array${note}` });
    objects(t.lots).forEach((l, k) => {
      if (l.id !== undefined && l.id !== null && String(l.id).length > MAX_LOT_ID)
        problems.push({ path: `${at}.tender.lots[${k}].id`, message: `longer than ${MAX_LOT_ID} characters${note}` });
      checkValue(l.value, `${at}.tender.lots[${k}].value`, note, problems);
    });
  }
  return check;
}

/**
 * Checks a whole package held as an object (the importer scans text instead and calls the two
 * functions above; this is the same rule for callers that have an object).
 */
export function validateReleasePackage(pkg: unknown, zone = DEFAULT_OCDS_TIME_ZONE): { releases: JsonObject[]; problems: OcdsProblem[] } {
  if (!isObj(pkg))
    return {
      releases: [],
      problems: [{ path: '$', message: 'the file is not a JSON object (an OCDS release package is an object with a "releases" array)' }],
    };
  const headerProblems = validatePackageHeader(pkg, Array.isArray(pkg.releases), 'records' in pkg);
  if (!Array.isArray(pkg.releases)) return { releases: [], problems: headerProblems };
  const problems = [...headerProblems];
  const releases: JsonObject[] = [];
  pkg.releases.forEach((r, i) => {
    problems.push(...validateRelease(r, i, zone).problems);
    if (isObj(r)) releases.push(r);
  });
  problems.push(...duplicateReleaseProblems(releases.map((r, i) => ({ index: i, release: r, json: JSON.stringify(r) }))));
  return { releases, problems };
}

/**
 * The same release (ocid and id) twice in one file: once with the same content is harmless (kept
 * once); with different content the file contradicts itself and is refused. Fed one release at a
 * time, so that a large file is checked as it is read.
 */
export class DuplicateReleases {
  private readonly first = new Map<string, { index: number; json: string }>();

  /** "new", "same" (a repeat with the same content: skip it) or the problem of a contradicting repeat. */
  add(index: number, release: JsonObject, json: string): 'new' | 'same' | OcdsProblem {
    if (typeof release.ocid !== 'string' || (typeof release.id !== 'string' && typeof release.id !== 'number')) return 'new';
    const key = `${release.ocid.trim()}\u0000${String(release.id)}`;
    const seen = this.first.get(key);
    if (!seen) {
      this.first.set(key, { index, json });
      return 'new';
    }
    if (seen.json === json) return 'same';
    return {
      path: `releases[${index}].id`,
      message: `release "${String(release.id)}" appears twice with different content (also releases[${seen.index}]); a release id names one version of the process${ocidNote(release)}`,
    };
  }
}

export function duplicateReleaseProblems(releases: { index: number; release: JsonObject; json: string }[]): OcdsProblem[] {
  const seen = new DuplicateReleases();
  return releases.map((r) => seen.add(r.index, r.release, r.json)).filter((x): x is OcdsProblem => typeof x === 'object');
}

/** The instants a release carries that the import reads: rewritten as UTC (ISO 8601 with Z). */
function canonicalInstant(v: Json | undefined, zone: string, endOfDay = false): Json | undefined {
  if (typeof v !== 'string') return v;
  const p = parseOcdsInstant(v, zone, { endOfDay });
  return p ? new Date(p.ms).toISOString() : v;
}

function withDocumentDates(docs: Json | undefined, zone: string): Json | undefined {
  if (!Array.isArray(docs)) return docs;
  return docs.map((d) =>
    isObj(d)
      ? {
          ...d,
          ...(d.datePublished !== undefined ? { datePublished: canonicalInstant(d.datePublished, zone) ?? null } : {}),
          ...(d.dateModified !== undefined ? { dateModified: canonicalInstant(d.dateModified, zone) ?? null } : {}),
        }
      : d,
  );
}

/**
 * A release with the instants the import reads (its date, the tender period, document dates) in
 * UTC, dates without an offset read in `zone`. The stored release keeps the publisher's text; this
 * copy is what is merged, so a deadline is the same instant on every server.
 */
export function normalizeRelease(r: JsonObject, zone: string): JsonObject {
  const out: JsonObject = { ...r, date: canonicalInstant(r.date, zone) ?? null };
  if (isObj(r.tender)) {
    const t: JsonObject = { ...r.tender };
    if (isObj(t.tenderPeriod)) {
      const p: JsonObject = { ...t.tenderPeriod };
      if (p.endDate !== undefined) p.endDate = canonicalInstant(p.endDate, zone, true) ?? null;
      if (p.startDate !== undefined) p.startDate = canonicalInstant(p.startDate, zone) ?? null;
      t.tenderPeriod = p;
    }
    if (t.documents !== undefined) t.documents = withDocumentDates(t.documents, zone) ?? null;
    out.tender = t;
  }
  if (isObj(r.planning) && r.planning.documents !== undefined)
    out.planning = { ...r.planning, documents: withDocumentDates(r.planning.documents, zone) ?? null };
  for (const key of ['awards', 'contracts'] as const) {
    const list = r[key];
    if (Array.isArray(list))
      out[key] = list.map((a) =>
        isObj(a) && a.documents !== undefined ? { ...a, documents: withDocumentDates(a.documents, zone) ?? null } : a,
      );
  }
  return out;
}

/**
 * OCDS merge (compiled release): releases in date order, later values win; objects merge
 * field by field; arrays of objects with "id" merge by id; other arrays are replaced; null
 * removes a field. Give it normalised releases (normalizeRelease), whose dates compare exactly.
 */
export function mergeReleases(releases: JsonObject[]): JsonObject {
  const sorted = [...releases].sort(
    (a, b) => Date.parse(String(a.date)) - Date.parse(String(b.date)) || String(a.id).localeCompare(String(b.id)),
  );
  return sorted.reduce<JsonObject>((acc, r) => mergeValue(acc, r) as JsonObject, {});
}

function mergeValue(base: Json | undefined, next: Json): Json | undefined {
  if (next === null) return undefined;
  if (isObj(next)) {
    const out: JsonObject = isObj(base) ? { ...base } : {};
    for (const [k, v] of Object.entries(next)) {
      const merged = mergeValue(out[k], v);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    }
    return out;
  }
  if (Array.isArray(next) && next.every((x) => isObj(x) && x.id !== undefined) && Array.isArray(base)) {
    const out = [...base];
    for (const item of next as JsonObject[]) {
      const i = out.findIndex((b) => isObj(b) && String(b.id) === String(item.id));
      if (i >= 0) out[i] = mergeValue(out[i], item) as Json;
      else out.push(item);
    }
    return out;
  }
  return next;
}

export interface MappedItem {
  itemId: string;
  description: string;
  cpv: string | null;
  quantity: number | null;
  unit: string | null;
  lotKey: string | null;
}

export interface MappedLot {
  lotKey: string;
  title: string;
  description: string | null;
  valueMinor: number | null;
  currency: string | null;
}

/** Where in the process a document was published. */
export type DocumentSection = 'tender' | 'planning' | 'award' | 'contract';

export interface MappedDocument {
  documentKey: string | null;
  section: DocumentSection;
  title: string | null;
  documentType: string | null;
  url: string | null;
  /** datePublished, else dateModified. */
  date: Date | null;
}

/** Where the process stands at the source: open for bids (or planned), or closed. */
export interface ProcessState {
  open: boolean;
  /**
   * The OCDS tender status (planning, planned, active, complete, cancelled, unsuccessful,
   * withdrawn), or "awarded" / "contracted" when awards or contracts show the process is decided;
   * null when the source says nothing.
   */
  status: string | null;
  /** Why a closed process is closed, in words, e.g. "tender status complete". */
  reason: string | null;
}

export interface MappedTender {
  ocid: string;
  releaseDate: string;
  title: string;
  description: string | null;
  buyerName: string;
  buyerIdentifier: string | null;
  valueMinor: number | null;
  currency: string | null;
  deadline: Date | null;
  referenceUrl: string | null;
  contractStart: string | null;
  contractEnd: string | null;
  state: ProcessState;
  /** Every CPV code of the process: tender level, additional, items. */
  cpvCodes: string[];
  items: MappedItem[];
  lots: MappedLot[];
  /** The tender notice first, then the other tender documents, planning, award and contract documents. */
  documents: MappedDocument[];
  warnings: string[];
  /** Values of the compiled release that cannot be kept (paths from the release, e.g. "tender.value.amount"). */
  problems: OcdsProblem[];
}

function str(v: Json | undefined): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
}

/** Converts an OCDS amount to minor units of its own currency (never converted between currencies); null when it cannot be kept. */
export function toMinor(amount: number, currency: string, warnings: string[], at: string, problems: OcdsProblem[]): number | null {
  const problem = amountProblem(amount, currency);
  if (problem) {
    problems.push({ path: `${at}.amount`, message: problem });
    return null;
  }
  const digits = minorDigits(currency);
  const scaled = amount * 10 ** digits;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    warnings.push(`${at}: ${amount} ${currency} has more than ${digits} decimals; rounded to ${rounded / 10 ** digits}`);
  }
  return rounded;
}

const CLOSED_TENDER_STATUSES = new Set(['complete', 'cancelled', 'unsuccessful', 'withdrawn']);
const CLOSING_TAGS = new Set([
  'tenderCancellation',
  'award',
  'awardUpdate',
  'contract',
  'contractUpdate',
  'contractAmendment',
  'implementation',
  'implementationUpdate',
  'contractTermination',
]);

/**
 * Open or closed, from the compiled release: the tender's status, then awards and contracts (a
 * process with a live award or contract is decided, whatever its tender status still says), then
 * the newest release's tags.
 */
export function processState(c: JsonObject): ProcessState {
  const tender = isObj(c.tender) ? c.tender : {};
  const status = str(tender.status);
  if (status && CLOSED_TENDER_STATUSES.has(status)) return { open: false, status, reason: `tender status ${status}` };
  const contracts = objects(c.contracts).filter((k) => !['cancelled'].includes(str(k.status) ?? ''));
  if (contracts.length)
    return {
      open: false,
      status: 'contracted',
      reason: `a contract is recorded (contracts[0]${str(contracts[0].id) ? ` "${str(contracts[0].id)}"` : ''})`,
    };
  const awards = objects(c.awards).filter((a) => !['cancelled', 'unsuccessful'].includes(str(a.status) ?? ''));
  if (awards.length) {
    const a = awards[0];
    const date = str(a.date)?.slice(0, 10);
    return { open: false, status: 'awarded', reason: `the contract is awarded${date ? ` (${date})` : ''}` };
  }
  const tags = Array.isArray(c.tag) ? c.tag.filter((t): t is string => typeof t === 'string') : [];
  const closing = tags.find((t) => CLOSING_TAGS.has(t));
  if (closing && status !== 'active')
    return { open: false, status: closing === 'tenderCancellation' ? 'cancelled' : status, reason: `release tag ${closing}` };
  return { open: true, status, reason: null };
}

/** A CPV code is eight digits and a check digit; anything much longer is not one. */
const MAX_CPV = 40;

function cpvOf(cls: Json | undefined): string | null {
  if (!isObj(cls)) return null;
  const id = (str(cls.scheme) ?? 'CPV').toUpperCase() === 'CPV' ? str(cls.id) : null;
  return id && id.length <= MAX_CPV ? id : null;
}

function cpvCodesOf(holder: JsonObject): string[] {
  return [cpvOf(holder.classification), ...objects(holder.additionalClassifications).map(cpvOf)].filter((c): c is string => !!c);
}

const MAX_DOCUMENTS = 200;

function documentsOf(c: JsonObject): MappedDocument[] {
  const read = (d: JsonObject, section: DocumentSection): MappedDocument => {
    const date = str(d.datePublished) ?? str(d.dateModified);
    const ms = date ? Date.parse(date) : NaN;
    return {
      documentKey: str(d.id),
      section,
      title: str(d.title),
      documentType: str(d.documentType),
      url: str(d.url),
      date: Number.isNaN(ms) ? null : new Date(ms),
    };
  };
  const tender = isObj(c.tender) ? objects(c.tender.documents).map((d) => read(d, 'tender')) : [];
  const all = [
    ...tender.filter((d) => d.documentType === 'tenderNotice'),
    ...tender.filter((d) => d.documentType !== 'tenderNotice'),
    ...(isObj(c.planning) ? objects(c.planning.documents).map((d) => read(d, 'planning')) : []),
    ...objects(c.awards).flatMap((a) => objects(a.documents).map((d) => read(d, 'award'))),
    ...objects(c.contracts).flatMap((k) => objects(k.documents).map((d) => read(d, 'contract'))),
  ];
  return all.filter((d) => d.url || d.title).slice(0, MAX_DOCUMENTS);
}

/** Maps a compiled release to the fields TotAl-Fly keeps of a tender. */
export function mapCompiledRelease(c: JsonObject, now = new Date()): MappedTender {
  const warnings: string[] = [];
  const problems: OcdsProblem[] = [];
  const tender = isObj(c.tender) ? c.tender : {};
  const parties = objects(c.parties);
  const buyerParty = isObj(c.buyer) ? c.buyer : parties.find((p) => Array.isArray(p.roles) && p.roles.includes('buyer'));
  const buyerName = str(buyerParty?.name) ?? str(isObj(tender.procuringEntity) ? tender.procuringEntity.name : undefined);
  if (!buyerName) warnings.push('no buyer name (buyer, parties[role=buyer] or tender.procuringEntity); stored as "Unknown buyer"');
  const ident = isObj(buyerParty?.identifier) ? buyerParty.identifier : undefined;
  const buyerIdentifier = ident ? [str(ident.scheme), str(ident.id)].filter(Boolean).join('-') || null : str(buyerParty?.id);
  let valueMinor: number | null = null;
  let currency: string | null = null;
  if (isObj(tender.value)) {
    // the source's currency is kept even when it gives no amount
    currency = str(tender.value.currency);
    if (typeof tender.value.amount === 'number') {
      if (!currency) warnings.push('tender.value has no currency; the value is not stored');
      else valueMinor = toMinor(tender.value.amount, currency, warnings, 'tender.value', problems);
    }
  }
  const end = isObj(tender.tenderPeriod) ? str(tender.tenderPeriod.endDate) : null;
  const endMs = end ? Date.parse(end) : NaN;
  const deadline = Number.isNaN(endMs) ? null : new Date(endMs);
  const state = processState(c);
  if (!deadline && state.open) warnings.push('no tender.tenderPeriod.endDate: the deadline is empty');
  if (deadline && state.open && deadline.getTime() < now.getTime())
    warnings.push(
      `the deadline ${deadline.toISOString()} has passed; the process is still open at the source (tender status ${state.status ?? 'not given'})`,
    );
  const contract = isObj(tender.contractPeriod) ? tender.contractPeriod : undefined;
  const tenderCpvs = cpvCodesOf(tender);
  const itemObjects = objects(tender.items);
  const items: MappedItem[] = itemObjects.map((it, i) => {
    const unit = isObj(it.unit) ? str(it.unit.name) : null;
    return {
      itemId: str(it.id) ?? String(i + 1),
      description: str(it.description) ?? '(no description)',
      // an item without a CPV code of its own falls under the tender's
      cpv: cpvCodesOf(it)[0] ?? tenderCpvs[0] ?? null,
      quantity: typeof it.quantity === 'number' ? it.quantity : null,
      unit,
      lotKey: str(it.relatedLot),
    };
  });
  const cpvCodes = [...new Set([...tenderCpvs, ...itemObjects.flatMap(cpvCodesOf)])];
  const title = str(tender.title) ?? str(c.title) ?? `Tender ${String(c.ocid)}`;
  if (!items.length)
    // no items: each tender-level CPV code stands for the work, so the CPV mapping can still draft requirements
    tenderCpvs.forEach((cpv) =>
      items.push({ itemId: `cpv:${cpv}`, description: `${title} (CPV ${cpv})`, cpv, quantity: null, unit: null, lotKey: null }),
    );
  const lots: MappedLot[] = objects(tender.lots).map((l, i) => {
    const v = isObj(l.value) ? l.value : undefined;
    const cur = v ? str(v.currency) : null;
    return {
      lotKey: str(l.id) ?? String(i + 1),
      title: str(l.title) ?? `Lot ${str(l.id) ?? i + 1}`,
      description: str(l.description),
      valueMinor: v && typeof v.amount === 'number' && cur ? toMinor(v.amount, cur, warnings, `tender.lots[${i}].value`, problems) : null,
      currency: cur,
    };
  });
  if (!str(tender.title)) warnings.push('no tender.title');
  const documents = documentsOf(c);
  return {
    ocid: String(c.ocid),
    releaseDate: String(c.date),
    title,
    description: str(tender.description),
    buyerName: buyerName ?? 'Unknown buyer',
    buyerIdentifier,
    valueMinor,
    currency,
    deadline,
    referenceUrl: documents.find((d) => d.url)?.url ?? null,
    contractStart: contract && str(contract.startDate) ? str(contract.startDate)!.slice(0, 10) : null,
    contractEnd: contract && str(contract.endDate) ? str(contract.endDate)!.slice(0, 10) : null,
    state,
    cpvCodes,
    items,
    lots,
    documents,
    warnings,
    problems,
  };
}

/** Longest-prefix match of a CPV code (e.g. "34711200-6") against prefixes such as "34" or "347". */
export function capabilityForCpv(cpv: string | null, mappings: { cpvPrefix: string; capabilityCode: string }[]): string | null {
  if (!cpv) return null;
  const digits = cpv.replace(/\D/g, '');
  let best: { cpvPrefix: string; capabilityCode: string } | null = null;
  for (const m of mappings) if (digits.startsWith(m.cpvPrefix) && (!best || m.cpvPrefix.length > best.cpvPrefix.length)) best = m;
  return best?.capabilityCode ?? null;
}
