/**
 * OCDS 1.1 release packages: validation, the compiled-release merge and the mapping to a tender.
 * Pure functions; the importer service writes the result.
 */
import { minorDigits } from '@app/core';

export interface OcdsProblem {
  /** e.g. "releases[3].ocid" */
  path: string;
  message: string;
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Checks the package shape and each release's required fields; returns every problem found. */
export function validateReleasePackage(pkg: unknown): { releases: JsonObject[]; problems: OcdsProblem[] } {
  const problems: OcdsProblem[] = [];
  if (!isObj(pkg))
    return {
      releases: [],
      problems: [{ path: '$', message: 'the file is not a JSON object (an OCDS release package is an object with a "releases" array)' }],
    };
  if ('records' in pkg && !('releases' in pkg)) {
    return {
      releases: [],
      problems: [{ path: '$.records', message: 'this is a record package; send a release package (with "releases")' }],
    };
  }
  if (!Array.isArray(pkg.releases))
    return { releases: [], problems: [{ path: '$.releases', message: 'missing: a release package has a "releases" array' }] };
  if (pkg.version !== undefined && typeof pkg.version === 'string' && !pkg.version.startsWith('1.')) {
    problems.push({ path: '$.version', message: `OCDS version ${pkg.version} is not supported (1.x only)` });
  }
  const releases: JsonObject[] = [];
  pkg.releases.forEach((r, i) => {
    const at = `releases[${i}]`;
    if (!isObj(r)) {
      problems.push({ path: at, message: 'a release must be an object' });
      return;
    }
    if (typeof r.ocid !== 'string' || !r.ocid.trim())
      problems.push({ path: `${at}.ocid`, message: 'missing: every release needs an ocid' });
    if (typeof r.id !== 'string' && typeof r.id !== 'number')
      problems.push({ path: `${at}.id`, message: 'missing: every release needs an id' });
    if (typeof r.date !== 'string' || !ISO_DATE_TIME.test(r.date) || Number.isNaN(Date.parse(r.date))) {
      problems.push({ path: `${at}.date`, message: 'missing or not an ISO 8601 date-time' });
    }
    if (r.tender !== undefined && !isObj(r.tender)) problems.push({ path: `${at}.tender`, message: 'must be an object' });
    if (isObj(r.tender)) {
      const v = r.tender.value;
      if (v !== undefined && v !== null && (!isObj(v) || (v.amount !== undefined && v.amount !== null && typeof v.amount !== 'number'))) {
        problems.push({ path: `${at}.tender.value.amount`, message: 'must be a number' });
      }
      if (
        isObj(v) &&
        v.currency !== undefined &&
        v.currency !== null &&
        (typeof v.currency !== 'string' || !/^[A-Z]{3}$/.test(v.currency))
      ) {
        problems.push({ path: `${at}.tender.value.currency`, message: 'must be an ISO 4217 code such as NOK' });
      }
      const end = isObj(r.tender.tenderPeriod) ? r.tender.tenderPeriod.endDate : undefined;
      if (end !== undefined && end !== null && (typeof end !== 'string' || Number.isNaN(Date.parse(end)))) {
        problems.push({ path: `${at}.tender.tenderPeriod.endDate`, message: 'not a date-time' });
      }
      if (r.tender.items !== undefined && !Array.isArray(r.tender.items))
        problems.push({ path: `${at}.tender.items`, message: 'must be an array' });
    }
    releases.push(r);
  });
  return { releases, problems };
}

/**
 * OCDS merge (compiled release): releases in date order, later values win; objects merge
 * field by field; arrays of objects with "id" merge by id; other arrays are replaced; null
 * removes a field.
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
  items: MappedItem[];
  lots: MappedLot[];
  warnings: string[];
}

function str(v: Json | undefined): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
}

/** Converts an OCDS amount to minor units of its own currency: never converted between currencies. */
export function toMinor(amount: number, currency: string, warnings: string[], at: string): number {
  const digits = minorDigits(currency);
  const scaled = amount * 10 ** digits;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    warnings.push(`${at}: ${amount} ${currency} has more than ${digits} decimals; rounded to ${rounded / 10 ** digits}`);
  }
  if (!Number.isSafeInteger(rounded)) throw new RangeError(`${at}: amount ${amount} is too large`);
  return rounded;
}

/** Maps a compiled release to the fields TotAl-Fly keeps of a tender. */
export function mapCompiledRelease(c: JsonObject): MappedTender {
  const warnings: string[] = [];
  const tender = isObj(c.tender) ? c.tender : {};
  const parties = Array.isArray(c.parties) ? c.parties.filter(isObj) : [];
  const buyerParty = isObj(c.buyer) ? c.buyer : parties.find((p) => Array.isArray(p.roles) && p.roles.includes('buyer'));
  const buyerName = str(buyerParty?.name) ?? str(isObj(tender.procuringEntity) ? tender.procuringEntity.name : undefined);
  if (!buyerName) warnings.push('no buyer name (buyer, parties[role=buyer] or tender.procuringEntity); stored as "Unknown buyer"');
  const ident = isObj(buyerParty?.identifier) ? buyerParty.identifier : undefined;
  const buyerIdentifier = ident ? [str(ident.scheme), str(ident.id)].filter(Boolean).join('-') || null : str(buyerParty?.id);
  let valueMinor: number | null = null;
  let currency: string | null = null;
  if (isObj(tender.value) && typeof tender.value.amount === 'number') {
    currency = str(tender.value.currency);
    if (!currency) warnings.push('tender.value has no currency; the value is not stored');
    else valueMinor = toMinor(tender.value.amount, currency, warnings, 'tender.value');
  }
  const end = isObj(tender.tenderPeriod) ? str(tender.tenderPeriod.endDate) : null;
  const deadline = end ? new Date(end) : null;
  if (!deadline) warnings.push('no tender.tenderPeriod.endDate: the deadline is empty');
  const docs = Array.isArray(tender.documents) ? tender.documents.filter(isObj) : [];
  const contract = isObj(tender.contractPeriod) ? tender.contractPeriod : undefined;
  const items: MappedItem[] = (Array.isArray(tender.items) ? tender.items.filter(isObj) : []).map((it, i) => {
    const cls = isObj(it.classification) ? it.classification : undefined;
    const cpv = cls && (str(cls.scheme) ?? 'CPV').toUpperCase() === 'CPV' ? str(cls.id) : null;
    const unit = isObj(it.unit) ? str(it.unit.name) : null;
    return {
      itemId: str(it.id) ?? String(i + 1),
      description: str(it.description) ?? '(no description)',
      cpv,
      quantity: typeof it.quantity === 'number' ? it.quantity : null,
      unit,
      lotKey: str(it.relatedLot),
    };
  });
  const lots: MappedLot[] = (Array.isArray(tender.lots) ? tender.lots.filter(isObj) : []).map((l, i) => {
    const v = isObj(l.value) ? l.value : undefined;
    const cur = v ? str(v.currency) : null;
    return {
      lotKey: str(l.id) ?? String(i + 1),
      title: str(l.title) ?? `Lot ${str(l.id) ?? i + 1}`,
      description: str(l.description),
      valueMinor: v && typeof v.amount === 'number' && cur ? toMinor(v.amount, cur, warnings, `tender.lots[${i}].value`) : null,
      currency: cur,
    };
  });
  const title = str(tender.title) ?? str(c.title) ?? `Tender ${String(c.ocid)}`;
  if (!str(tender.title)) warnings.push('no tender.title');
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
    referenceUrl: str(docs[0]?.url),
    contractStart: contract && str(contract.startDate) ? str(contract.startDate)!.slice(0, 10) : null,
    contractEnd: contract && str(contract.endDate) ? str(contract.endDate)!.slice(0, 10) : null,
    items,
    lots,
    warnings,
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
