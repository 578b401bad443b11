import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  type Tx,
  addDays,
  audit,
  demand,
  insertRows,
  osloDate,
  updateRows,
} from '@app/core';
import { CpvMapping, Market, OcdsRelease, Requirement, Tender, TenderDocument, TenderLot } from './entities/tender.entity';
import {
  type JsonObject,
  type MappedTender,
  type OcdsProblem,
  DuplicateReleases,
  capabilityForCpv,
  validatePackageHeader,
  validateRelease,
} from './ocds/ocds-package';
import {
  type IncomingRelease,
  type Outcome,
  type ProcessPlan,
  type StoredRelease,
  makePlan,
  mapPlan,
  outcomeOf,
  releasesChange,
  sameStored,
} from './ocds/ocds-plan';
import { DEFAULT_OCDS_TIME_ZONE, canonicalTimeZone, parseOcdsInstant } from './ocds/ocds-time';
import { PackageTextError, packageBytes, parseRelease, releasesWithReplacementChar, scanReleasePackage } from './ocds/package-text';
import { TenderStage } from './tender-stage';
import { TENDER_PERMISSIONS } from './tenders.permissions';

export interface OcdsImportOptions {
  /** The character set of a file's bytes (e.g. the HTTP content-type's charset); UTF-8 when not given. A byte-order mark decides. */
  charset?: string | null;
  /** IANA zone that date-times without a UTC offset are read in; UTC when not given. */
  timeZone?: string | null;
}

export interface OcdsImportReport {
  releases: number;
  /** Contracting processes (ocids) in the file. */
  tenders: number;
  created: number;
  /** Tenders whose fields or stored releases changed. */
  updated: number;
  unchanged: number;
  /** Processes closed at the source (complete, cancelled, awarded, contracted …) that have no tender: not imported as opportunities. */
  skipped: number;
  /** Releases stored for the first time. */
  releasesAdded: number;
  /** Stored releases whose content the file replaced. */
  releasesReplaced: number;
  /** The character set the file was read in. */
  encoding: string;
  /** The zone date-times without a UTC offset were read in. */
  timeZone: string;
  warnings: { ocid: string; message: string }[];
  /** Warnings beyond the first 1 000 are counted, not listed. */
  moreWarnings: number;
}

const MAX_WARNINGS = 1000;
/** Problems listed in a refusal; the message counts them all. */
const MAX_PROBLEMS = 200;
/** Processes per batch of reads and writes (and per IN list). */
const CHUNK = 500;
/**
 * Processes per batch of writes on SQLite, where the statements run synchronously: a batch holds
 * the event loop for its whole length (about 15 ms for 100 processes), so batches stay small.
 */
const SQLITE_WRITE_CHUNK = 100;
/** How long the import computes before it lets other requests in. */
const SLICE_MS = 8;
const HOUR_UNITS = /^(h|hr|hrs|hour|hours|time|timer|timeverk)$/i;
/** Stages a process closed at the source leaves for CANCELLED: nobody has decided to bid yet. */
const CLOSE_WITH_SOURCE: readonly TenderStage[] = [TenderStage.IDENTIFIED, TenderStage.QUALIFYING];
const OPEN_AFTER_DECISION: readonly TenderStage[] = [TenderStage.GO, TenderStage.BID_IN_PREPARATION, TenderStage.SUBMITTED];

/** A tender the import writes: its mapping and the hash of it. */
interface Written {
  m: MappedTender;
  hash: string;
}

/** Cuts long work into slices: `pause()` lets other requests in once a slice has used its time. */
class Slicer {
  private since = performance.now();
  async pause(): Promise<void> {
    if (performance.now() - this.since < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.since = performance.now();
  }
}

function guessMarket(m: MappedTender): Market {
  const cpvs = m.cpvCodes;
  if (/forsvar|defence|defense|nato|military|militær/i.test(m.buyerName))
    return cpvs.some((c) => c.startsWith('3561') || c.startsWith('347')) ? Market.MILITARY_AVIATION : Market.DEFENCE;
  if (cpvs.some((c) => c.startsWith('35'))) return Market.DEFENCE;
  if (cpvs.some((c) => c.startsWith('347'))) return Market.CIVIL_AVIATION;
  return Market.PUBLIC_SECTOR;
}

function refuse(problems: OcdsProblem[]): AppError {
  const fields: FieldProblem[] = problems.slice(0, MAX_PROBLEMS).map((p) => ({ field: p.path, message: p.message }));
  const more = problems.length > MAX_PROBLEMS ? ` The first ${MAX_PROBLEMS} are listed.` : '';
  return AppError.badInput(
    `The release package was rejected (${problems.length} problem${problems.length > 1 ? 's' : ''}, first: ${problems[0].path} ${problems[0].message}). Nothing was imported.${more}`,
    fields,
  );
}

const chunks = <T>(list: T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

function groupBy<T>(rows: T[], key: (r: T) => string | number): Map<string | number, T[]> {
  const out = new Map<string | number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const storedOf = (rows: OcdsRelease[]): StoredRelease[] =>
  rows.map((r) => ({ id: r.id, releaseId: r.releaseId, json: r.json, timeZone: r.timeZone ?? null }));

/**
 * Imports OCDS 1.1 release packages. The whole file is read and checked before anything is
 * written, and a bad file is refused whole. Every release is stored; each tender is rebuilt from
 * the compiled release of all its releases (date order, latest wins), so re-importing changes
 * nothing, a newer release updates the tender without duplicating it, and the order of imports
 * does not matter. Processes closed at the source never become open opportunities.
 *
 * A large file must not hold up the API: the file is decoded and parsed a slice at a time and
 * every process is compiled outside any transaction (reads in short read-only batches), letting
 * other requests in between slices. Only the writes run in one transaction, in bulk statements,
 * after checking that the stored releases are still those the plan was made from.
 */
@Injectable()
export class OcdsImportService {
  constructor(private readonly db: Database) {}

  async importPackage(actor: Actor, input: string | Buffer, opts: OcdsImportOptions = {}): Promise<OcdsImportReport> {
    demand(actor, TENDER_PERMISSIONS.importOcdsReleasePackage, 'Only the project leader or an administrator imports tenders.');
    const timeZone = opts.timeZone?.trim() ? canonicalTimeZone(opts.timeZone) : DEFAULT_OCDS_TIME_ZONE;
    if (!timeZone)
      throw AppError.badInput(
        `"${opts.timeZone}" is not a time zone. Give an IANA name such as Europe/Oslo, America/Mexico_City or UTC. Nothing was imported.`,
        [{ field: 'timeZone', message: 'not an IANA time zone' }],
      );
    const slicer = new Slicer();
    const now = new Date();
    const report: OcdsImportReport = {
      releases: 0,
      tenders: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      releasesAdded: 0,
      releasesReplaced: 0,
      encoding: 'utf-8',
      timeZone,
      warnings: [],
      moreWarnings: 0,
    };
    const warn = (ocid: string, message: string) => {
      if (report.warnings.length < MAX_WARNINGS) report.warnings.push({ ocid, message });
      else report.moreWarnings++;
    };
    const processes = await this.readPackage(input, opts.charset, timeZone, slicer, report, warn);
    report.tenders = processes.size;
    const plans = await this.plan(processes, now, slicer, report, warn);
    if (plans.length) await this.apply(actor, plans, now, slicer, report, warn);
    return report;
  }

  /** Decodes, scans, parses and checks the file, a slice at a time; refuses it whole on any problem. */
  private async readPackage(
    input: string | Buffer,
    charset: string | null | undefined,
    timeZone: string,
    slicer: Slicer,
    report: OcdsImportReport,
    warn: (ocid: string, message: string) => void,
  ): Promise<Map<string, IncomingRelease[]>> {
    const problems: OcdsProblem[] = [];
    const processes = new Map<string, IncomingRelease[]>();
    const duplicates = new DuplicateReleases();
    try {
      const { bytes, encoding } = await packageBytes(input, charset, () => slicer.pause());
      report.encoding = encoding;
      const scan = scanReleasePackage(bytes);
      let step = scan.next();
      while (!step.done) {
        await slicer.pause();
        step = scan.next();
      }
      const scanned = step.value;
      problems.push(...validatePackageHeader(scanned.header, scanned.releases !== null, scanned.records));
      if (problems.length || !scanned.releases) throw refuse(problems);
      report.releases = scanned.releases.length;
      const lostLetters = releasesWithReplacementChar(bytes, scanned.releases);
      for (const span of scanned.releases) {
        const release = parseRelease(bytes, span);
        const check = validateRelease(release, span.index, timeZone);
        problems.push(...check.problems);
        await slicer.pause();
        if (check.problems.length) continue;
        const r = release as JsonObject;
        const json = JSON.stringify(r);
        const seen = duplicates.add(span.index, r, json);
        if (seen !== 'new') {
          // the same release twice with the same content is kept once
          if (seen !== 'same') problems.push(seen);
          continue;
        }
        const ocid = (r.ocid as string).trim();
        const list = processes.get(ocid) ?? [];
        if (!list.length) processes.set(ocid, list);
        list.push({
          index: span.index,
          ocid,
          releaseId: String(r.id),
          json,
          date: new Date(parseOcdsInstant(r.date as string, timeZone)!.ms).toISOString(),
          timeZone: check.naiveDates.length ? timeZone : null,
        });
        if (check.naiveDates.length)
          warn(
            ocid,
            `releases[${span.index}]: date-times without a UTC offset were read in ${timeZone}: ${check.naiveDates.slice(0, 3).join(', ')}${check.naiveDates.length > 3 ? ' …' : ''}. Import again with another time zone if the publisher means another.`,
          );
        if (lostLetters.has(span.index))
          warn(
            ocid,
            `releases[${span.index}] contains the replacement character U+FFFD (�): a letter was lost before the file reached TotAl-Fly (the publisher's data, or a copy decoded in the wrong character set). Stored as given.`,
          );
      }
    } catch (e) {
      if (e instanceof PackageTextError) throw AppError.badInput(e.message, [{ field: e.field, message: e.message }]);
      throw e;
    }
    if (problems.length) throw refuse(problems);
    return processes;
  }

  /**
   * Compiles every process whose releases changed, outside any transaction: stored releases and
   * tenders are read in short read-only batches. Returns the processes that need writing; the
   * others are counted here.
   */
  private async plan(
    processes: Map<string, IncomingRelease[]>,
    now: Date,
    slicer: Slicer,
    report: OcdsImportReport,
    warn: (ocid: string, message: string) => void,
  ): Promise<ProcessPlan[]> {
    const work: ProcessPlan[] = [];
    const problems: OcdsProblem[] = [];
    for (const chunk of chunks([...processes.keys()])) {
      const { stored, tenders } = await this.db.read(async (em) => ({
        stored: await em.find(OcdsRelease, { where: { ocid: In(chunk) } }),
        tenders: await em.find(Tender, {
          select: { id: true, externalId: true, sourceHash: true },
          where: { source: 'OCDS', externalId: In(chunk) },
        }),
      }));
      const storedBy = groupBy(stored, (s) => s.ocid);
      const tenderBy = new Map(tenders.map((t) => [t.externalId!, t]));
      for (const ocid of chunk) {
        const plan = makePlan(ocid, processes.get(ocid)!, storedOf(storedBy.get(ocid) ?? []));
        processes.delete(ocid); // what is not written is not kept
        const outcome = outcomeOf(plan, tenderBy.get(ocid), now);
        problems.push(...(plan.mapped?.problems ?? []).map((p) => ({ path: `${ocid}: ${p.path}`, message: p.message })));
        if (outcome === 'unchanged') report.unchanged++;
        else if (outcome === 'skip' && !releasesChange(plan)) this.countSkip(plan, report, warn);
        else work.push(plan);
        await slicer.pause();
      }
    }
    if (problems.length) throw refuse(problems);
    return work;
  }

  private countSkip(plan: ProcessPlan, report: OcdsImportReport, warn: (ocid: string, message: string) => void): void {
    report.skipped++;
    warn(plan.ocid, `not imported as an opportunity: the process is closed at the source (${plan.mapped!.state.reason})`);
  }

  /** Writes the plans in one transaction, in bulk statements per batch of processes. */
  private async apply(
    actor: Actor,
    plans: ProcessPlan[],
    now: Date,
    slicer: Slicer,
    report: OcdsImportReport,
    warn: (ocid: string, message: string) => void,
  ): Promise<void> {
    const replaced: string[] = [];
    await this.db.transaction(async (tx) => {
      const mappings = await tx.find(CpvMapping);
      for (const chunk of chunks(plans, this.db.kind === 'sqlite' ? SQLITE_WRITE_CHUNK : CHUNK)) {
        await this.applyChunk(tx, actor, chunk, mappings, now, report, warn, replaced);
        await slicer.pause();
      }
      if (report.created + report.updated + report.releasesAdded + report.releasesReplaced > 0) {
        await audit(tx, actor, {
          action: 'importOcdsReleasePackage',
          entityType: 'OcdsImport',
          entityId: now.toISOString(),
          after: {
            releases: report.releases,
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
            skipped: report.skipped,
            releasesAdded: report.releasesAdded,
            releasesReplaced: report.releasesReplaced,
            // which stored releases got new content (the first 100), so a replaced copy can be traced
            replaced: replaced.slice(0, 100),
            encoding: report.encoding,
            timeZone: report.timeZone,
          },
        });
      }
    });
  }

  private async applyChunk(
    tx: Tx,
    actor: Actor,
    chunk: ProcessPlan[],
    mappings: CpvMapping[],
    now: Date,
    report: OcdsImportReport,
    warn: (ocid: string, message: string) => void,
    replaced: string[],
  ): Promise<void> {
    const pg = this.db.kind === 'postgres';
    const ocids = chunk.map((p) => p.ocid);
    // read again inside the transaction: another import may have stored releases of these processes since they were planned
    const storedBy = groupBy(await tx.find(OcdsRelease, { where: { ocid: In(ocids) } }), (s) => s.ocid);
    const tenders = await tx.find(Tender, {
      where: { source: 'OCDS', externalId: In(ocids) },
      ...(pg ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const tenderBy = new Map(tenders.map((t) => [t.externalId!, t]));
    const releaseInserts: IncomingRelease[] = [];
    const releaseUpdates: { id: number; r: IncomingRelease }[] = [];
    const creates: Written[] = [];
    const updates: (Written & { tender: Tender; close: boolean })[] = [];
    const problems: OcdsProblem[] = [];
    for (let plan of chunk) {
      const stored = storedOf(storedBy.get(plan.ocid) ?? []);
      if (!sameStored(plan.stored, stored)) plan = makePlan(plan.ocid, plan.incoming, stored);
      const tender = tenderBy.get(plan.ocid);
      const outcome: Outcome = outcomeOf(plan, tender, now);
      problems.push(...(plan.mapped?.problems ?? []).map((p) => ({ path: `${plan.ocid}: ${p.path}`, message: p.message })));
      releaseInserts.push(...plan.inserts);
      for (const { stored: s, incoming } of plan.replacements) {
        releaseUpdates.push({ id: s.id, r: incoming });
        replaced.push(`${plan.ocid} ${incoming.releaseId}`);
        warn(plan.ocid, `release ${incoming.releaseId} was imported before with different content; the new content replaces it`);
      }
      report.releasesAdded += plan.inserts.length;
      report.releasesReplaced += plan.replacements.length;
      if (outcome === 'unchanged') report.unchanged++;
      else if (outcome === 'skip') this.countSkip(plan, report, warn);
      else if (outcome === 'releasesOnly') report.updated++;
      else {
        const m = mapPlan(plan, now);
        m.warnings.forEach((w) => warn(plan.ocid, w));
        if (outcome === 'create') {
          creates.push({ m, hash: plan.hash! });
          report.created++;
        } else {
          const t = tender!;
          let close = false;
          if (!m.state.open && CLOSE_WITH_SOURCE.includes(t.stage)) {
            close = true;
            warn(plan.ocid, `moved from ${t.stage} to CANCELLED: the process is closed at the source (${m.state.reason})`);
          } else if (!m.state.open && OPEN_AFTER_DECISION.includes(t.stage))
            warn(
              plan.ocid,
              `the process is closed at the source (${m.state.reason}) while the tender is in ${t.stage}: record the outcome`,
            );
          updates.push({ tender: t, m, hash: plan.hash!, close });
          report.updated++;
        }
      }
    }
    if (problems.length) throw refuse(problems);

    await insertRows(tx, 'ocds_release', ['ocid', 'release_id', 'date', 'json', 'time_zone'], releaseInserts.length, (i, out) => {
      const r = releaseInserts[i];
      out[0] = r.ocid;
      out[1] = r.releaseId;
      out[2] = r.date;
      out[3] = r.json;
      out[4] = r.timeZone;
    });
    await updateRows(
      tx,
      'ocds_release',
      [
        ['date', 'text'],
        ['json', 'text'],
        ['time_zone', 'text'],
      ],
      releaseUpdates.length,
      (i, out) => {
        const { id, r } = releaseUpdates[i];
        out[0] = id;
        out[1] = r.date;
        out[2] = r.json;
        out[3] = r.timeZone;
      },
    );
    await this.writeTenders(tx, actor, creates, updates, mappings, now, warn);
  }

  private async writeTenders(
    tx: Tx,
    actor: Actor,
    creates: Written[],
    updates: (Written & { tender: Tender; close: boolean })[],
    mappings: CpvMapping[],
    now: Date,
    warn: (ocid: string, message: string) => void,
  ): Promise<void> {
    if (!creates.length && !updates.length) return;
    const pg = this.db.kind === 'postgres';
    const at = now.getTime();
    const fields = ({ m, hash }: Written) => [
      m.title.slice(0, 500),
      m.description,
      m.buyerName.slice(0, 300),
      m.buyerIdentifier?.slice(0, 100) ?? null,
      m.valueMinor,
      m.currency ?? 'NOK',
      m.deadline?.getTime() ?? null,
      m.referenceUrl?.slice(0, 1000) ?? null,
      m.releaseDate,
      hash,
      m.state.status?.slice(0, 30) ?? null,
      JSON.stringify(m.cpvCodes),
    ];
    const FIELD_COLUMNS = [
      'title',
      'description',
      'buyer_name',
      'buyer_identifier',
      'estimated_value_minor',
      'currency',
      'deadline',
      'reference_url',
      'source_release_date',
      'source_hash',
      'source_status',
      'cpv_codes',
    ];
    await insertRows(
      tx,
      'tender',
      [
        ...FIELD_COLUMNS,
        'market',
        'source',
        'external_id',
        'stage',
        'stage_changed_at',
        'export_controlled',
        'version',
        'created_at',
        'updated_at',
      ],
      creates.length,
      (i, out) => {
        const f = fields(creates[i]);
        const m = creates[i].m;
        [...f, guessMarket(m), 'OCDS', m.ocid, TenderStage.IDENTIFIED, at, false, 1, at, at].forEach((v, k) => (out[k] = v));
      },
    );
    const created = creates.length
      ? await tx.find(Tender, {
          select: { id: true, externalId: true },
          where: { source: 'OCDS', externalId: In(creates.map((c) => c.m.ocid)) },
        })
      : [];
    const createdId = new Map(created.map((t) => [t.externalId!, t.id]));

    await updateRows(
      tx,
      'tender',
      [
        ['title', 'text'],
        ['description', 'text'],
        ['buyer_name', 'text'],
        ['buyer_identifier', 'text'],
        ['estimated_value_minor', 'bigint'],
        ['currency', 'text'],
        ['deadline', 'bigint'],
        ['reference_url', 'text'],
        ['source_release_date', 'text'],
        ['source_hash', 'text'],
        ['source_status', 'text'],
        ['cpv_codes', 'text'],
        ['stage', 'text'],
        ['stage_changed_at', 'bigint'],
        ['updated_at', 'bigint'],
        ['version', 'integer'],
      ],
      updates.length,
      (i, out) => {
        const { tender, close } = updates[i];
        const f = fields(updates[i]);
        out[0] = tender.id;
        f.forEach((v, k) => (out[k + 1] = v));
        out[13] = close ? TenderStage.CANCELLED : tender.stage;
        out[14] = close ? at : tender.stageChangedAt.getTime();
        out[15] = at;
        out[16] = tender.version + 1;
      },
    );

    const actorUserId = actor.kind === 'user' && actor.userId > 0 ? actor.userId : null;
    const actorEmail = actor.kind === 'user' ? actor.email : 'anonymous';
    const transitions: [number, TenderStage | null, TenderStage, string][] = [
      ...creates.map(({ m }): [number, null, TenderStage, string] => [
        createdId.get(m.ocid)!,
        null,
        TenderStage.IDENTIFIED,
        `imported from OCDS ${m.ocid}`,
      ]),
      ...updates
        .filter((u) => u.close)
        .map((u): [number, TenderStage, TenderStage, string] => [
          u.tender.id,
          u.tender.stage,
          TenderStage.CANCELLED,
          `closed at the source (OCDS ${u.m.ocid}: ${u.m.state.reason})`.slice(0, 2000),
        ]),
    ];
    await insertRows(
      tx,
      'tender_stage_transition',
      ['tender_id', 'from_stage', 'to_stage', 'at', 'actor_user_id', 'actor_email', 'reason', 'loss_reason'],
      transitions.length,
      (i, out) => {
        const [id, from, to, reason] = transitions[i];
        [id, from, to, at, actorUserId, actorEmail, reason, null].forEach((v, k) => (out[k] = v));
      },
    );

    // the tenders whose lots, requirements and documents follow the source
    const targets = [...creates.map(({ m }) => ({ id: createdId.get(m.ocid)!, m })), ...updates.map((u) => ({ id: u.tender.id, m: u.m }))];
    const existingIds = updates.map((u) => u.tender.id);
    const lock = pg ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const oldLots = existingIds.length ? await tx.find(TenderLot, { where: { tenderId: In(existingIds) }, ...lock }) : [];
    const oldReqs = existingIds.length ? await tx.find(Requirement, { where: { tenderId: In(existingIds) }, ...lock }) : [];
    await this.syncLots(tx, targets, oldLots);
    const lots = await tx.find(TenderLot, {
      select: { id: true, tenderId: true, lotKey: true },
      where: { tenderId: In(targets.map((t) => t.id)) },
    });
    const lotId = new Map(lots.map((l) => [`${l.tenderId}\u0000${l.lotKey}`, l.id]));
    await this.syncDraftRequirements(tx, targets, oldReqs, mappings, lotId, now, warn);
    await this.writeDocuments(tx, targets, existingIds);
  }

  private async syncLots(tx: Tx, targets: { id: number; m: MappedTender }[], old: TenderLot[]): Promise<void> {
    const byKey = new Map(old.map((l) => [`${l.tenderId}\u0000${l.lotKey}`, l]));
    const inserts: (string | number | null)[][] = [];
    const changes: (string | number | null)[][] = [];
    for (const { id, m } of targets)
      for (const l of m.lots) {
        const v = [l.title.slice(0, 500), l.description, l.valueMinor, l.currency];
        const row = byKey.get(`${id}\u0000${l.lotKey}`);
        if (!row) inserts.push([id, l.lotKey, ...v]);
        else if (row.title !== v[0] || row.description !== v[1] || row.estimatedValueMinor !== v[2] || row.currency !== v[3])
          changes.push([row.id, ...v]);
      }
    await insertRows(
      tx,
      'tender_lot',
      ['tender_id', 'lot_key', 'title', 'description', 'estimated_value_minor', 'currency'],
      inserts.length,
      (i, out) => inserts[i].forEach((v, k) => (out[k] = v)),
    );
    await updateRows(
      tx,
      'tender_lot',
      [
        ['title', 'text'],
        ['description', 'text'],
        ['estimated_value_minor', 'bigint'],
        ['currency', 'text'],
      ],
      changes.length,
      (i, out) => changes[i].forEach((v, k) => (out[k] = v)),
    );
  }

  /** Drafts a requirement per item whose CPV code maps to a capability; a confirmed requirement is never touched. */
  private async syncDraftRequirements(
    tx: Tx,
    targets: { id: number; m: MappedTender }[],
    old: Requirement[],
    mappings: CpvMapping[],
    lotId: Map<string, number>,
    now: Date,
    warn: (ocid: string, message: string) => void,
  ): Promise<void> {
    const byItem = new Map(old.filter((r) => r.sourceItemId).map((r) => [`${r.tenderId}\u0000${r.sourceItemId}`, r]));
    const inserts: unknown[][] = [];
    const changes: unknown[][] = [];
    for (const { id, m } of targets) {
      if (!m.items.length) continue;
      const start = m.contractStart ?? addDays(osloDate(m.deadline ?? now), 30);
      const end = m.contractEnd && m.contractEnd >= start ? m.contractEnd : addDays(start, 150);
      for (const item of m.items) {
        const code = capabilityForCpv(item.cpv, mappings);
        if (!code) {
          warn(m.ocid, `item ${item.itemId} (CPV ${item.cpv ?? 'none'}) maps to no capability; no requirement drafted`);
          continue;
        }
        const hours = item.quantity !== null && item.unit && HOUR_UNITS.test(item.unit) ? Math.max(0, Math.round(item.quantity)) : 0;
        const values = [
          code,
          item.description.slice(0, 1000),
          hours,
          hours ? null : item.quantity !== null ? Math.round(item.quantity) : null,
          hours ? null : (item.unit?.slice(0, 40) ?? null),
          item.lotKey ? (lotId.get(`${id}\u0000${item.lotKey}`) ?? null) : null,
        ];
        // the key a re-import finds the draft by, as stored (the column holds 200 characters)
        const itemKey = item.itemId.slice(0, 200);
        const row = byItem.get(`${id}\u0000${itemKey}`);
        if (!row) inserts.push([id, ...values, start, end, '[]', true, false, true, itemKey, 1]);
        else if (row.draft) changes.push([row.id, ...values, row.version + 1]);
      }
    }
    await insertRows(
      tx,
      'requirement',
      [
        'tender_id',
        'capability_code',
        'description',
        'hours',
        'quantity',
        'unit',
        'lot_id',
        'window_start',
        'window_end',
        'required_certificates',
        'mandatory',
        'indivisible',
        'draft',
        'source_item_id',
        'version',
      ],
      inserts.length,
      (i, out) => inserts[i].forEach((v, k) => (out[k] = v)),
    );
    await updateRows(
      tx,
      'requirement',
      [
        ['capability_code', 'text'],
        ['description', 'text'],
        ['hours', 'integer'],
        ['quantity', 'integer'],
        ['unit', 'text'],
        ['lot_id', 'integer'],
        ['version', 'integer'],
      ],
      changes.length,
      (i, out) => changes[i].forEach((v, k) => (out[k] = v)),
    );
  }

  /** The documents of each tender as the source lists them now (they are the source's, never edited here). */
  private async writeDocuments(tx: Tx, targets: { id: number; m: MappedTender }[], existingIds: number[]): Promise<void> {
    if (existingIds.length) await tx.delete(TenderDocument, { tenderId: In(existingIds) });
    const rows = targets.flatMap(({ id, m }) => m.documents.map((d, position) => ({ id, d, position })));
    await insertRows(
      tx,
      'tender_document',
      ['tender_id', 'position', 'section', 'document_key', 'title', 'document_type', 'url', 'date'],
      rows.length,
      (i, out) => {
        const { id, d, position } = rows[i];
        [
          id,
          position,
          d.section,
          d.documentKey?.slice(0, 200) ?? null,
          d.title,
          d.documentType?.slice(0, 100) ?? null,
          d.url,
          d.date?.getTime() ?? null,
        ].forEach((v, k) => (out[k] = v));
      },
    );
  }
}
