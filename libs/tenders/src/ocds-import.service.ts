import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { In } from 'typeorm';
import { type Actor, AppError, Database, type FieldProblem, Role, type Tx, addDays, audit, hasRole, osloDate } from '@app/core';
import { CpvMapping, Market, OcdsRelease, Requirement, Tender, TenderLot } from './entities/tender.entity';
import {
  type JsonObject,
  type MappedTender,
  capabilityForCpv,
  mapCompiledRelease,
  mergeReleases,
  validateReleasePackage,
} from './ocds/ocds-package';
import { TenderStage } from './tender-stage';
import { TendersService } from './tenders.service';

export interface OcdsImportReport {
  releases: number;
  tenders: number;
  created: number;
  updated: number;
  unchanged: number;
  warnings: { ocid: string; message: string }[];
  /** Warnings beyond the first 1 000 are counted, not listed. */
  moreWarnings: number;
}

const MAX_WARNINGS = 1000;
const CHUNK = 500;
const HOUR_UNITS = /^(h|hr|hrs|hour|hours|time|timer|timeverk)$/i;

function guessMarket(m: MappedTender): Market {
  const cpvs = m.items.map((i) => i.cpv ?? '');
  if (/forsvar|defence|defense|nato|military|militær/i.test(m.buyerName))
    return cpvs.some((c) => c.startsWith('3561') || c.startsWith('347')) ? Market.MILITARY_AVIATION : Market.DEFENCE;
  if (cpvs.some((c) => c.startsWith('35'))) return Market.DEFENCE;
  if (cpvs.some((c) => c.startsWith('347'))) return Market.CIVIL_AVIATION;
  return Market.PUBLIC_SECTOR;
}

function hashOf(m: MappedTender): string {
  const { warnings: _w, releaseDate: _r, ...content } = m;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Imports OCDS 1.1 release packages. The whole file is validated before anything is written;
 * releases are stored, and each tender is rebuilt from the compiled release of all its
 * releases (date order, latest wins), so re-importing changes nothing and a newer release
 * updates the tender without duplicating it.
 */
@Injectable()
export class OcdsImportService {
  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
  ) {}

  async importPackage(actor: Actor, text: string | Buffer): Promise<OcdsImportReport> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER))
      throw AppError.forbidden('Only the project leader or an administrator imports tenders.');
    let pkg: unknown;
    try {
      pkg = JSON.parse(typeof text === 'string' ? text : text.toString('utf8'));
    } catch (e) {
      throw AppError.badInput(`The file is not valid JSON (${(e as Error).message}). Nothing was imported.`, [
        { field: '$', message: 'invalid JSON' },
      ]);
    }
    const { releases, problems } = validateReleasePackage(pkg);
    if (problems.length) {
      const fields: FieldProblem[] = problems.map((p) => ({ field: p.path, message: p.message }));
      throw AppError.badInput(
        `The release package was rejected (${problems.length} problem${problems.length > 1 ? 's' : ''}, first: ${problems[0].path} ${problems[0].message}). Nothing was imported.`,
        fields.slice(0, 200),
      );
    }
    const byOcid = new Map<string, JsonObject[]>();
    for (const r of releases) {
      const list = byOcid.get(String(r.ocid)) ?? [];
      list.push(r);
      byOcid.set(String(r.ocid), list);
    }
    const report: OcdsImportReport = {
      releases: releases.length,
      tenders: byOcid.size,
      created: 0,
      updated: 0,
      unchanged: 0,
      warnings: [],
      moreWarnings: 0,
    };
    const warn = (ocid: string, message: string) => {
      if (report.warnings.length < MAX_WARNINGS) report.warnings.push({ ocid, message });
      else report.moreWarnings++;
    };

    await this.db.transaction(async (tx) => {
      const mappings = await tx.find(CpvMapping);
      const ocids = [...byOcid.keys()];
      for (let i = 0; i < ocids.length; i += CHUNK) {
        const chunk = ocids.slice(i, i + CHUNK);
        const stored = await tx.find(OcdsRelease, { where: { ocid: In(chunk) } });
        const tenders = await tx.find(Tender, { where: { source: 'OCDS', externalId: In(chunk) } });
        const storedBy = new Map<string, OcdsRelease[]>();
        for (const s of stored) storedBy.set(s.ocid, [...(storedBy.get(s.ocid) ?? []), s]);
        const tenderBy = new Map(tenders.map((t) => [t.externalId!, t]));
        for (const ocid of chunk) {
          await this.importOne(tx, actor, ocid, byOcid.get(ocid)!, storedBy.get(ocid) ?? [], tenderBy.get(ocid), mappings, report, warn);
        }
      }
      if (report.created + report.updated > 0) {
        await audit(tx, actor, {
          action: 'importOcdsReleasePackage',
          entityType: 'OcdsImport',
          entityId: new Date().toISOString(),
          after: { releases: report.releases, created: report.created, updated: report.updated, unchanged: report.unchanged },
        });
      }
    });
    return report;
  }

  private async importOne(
    tx: Tx,
    actor: Actor,
    ocid: string,
    incoming: JsonObject[],
    stored: OcdsRelease[],
    existing: Tender | undefined,
    mappings: CpvMapping[],
    report: OcdsImportReport,
    warn: (ocid: string, message: string) => void,
  ): Promise<void> {
    const storedById = new Map(stored.map((s) => [s.releaseId, s]));
    let releasesChanged = false;
    const newReleases: OcdsRelease[] = [];
    for (const r of incoming) {
      const releaseId = String(r.id);
      const json = JSON.stringify(r);
      const prev = storedById.get(releaseId);
      if (prev && prev.json === json) continue;
      if (prev) {
        warn(ocid, `release ${releaseId} was imported before with different content; the new content replaces it`);
        await tx.update(OcdsRelease, { id: prev.id }, { json, date: String(r.date) });
        prev.json = json;
        prev.date = String(r.date);
      } else {
        const row = tx.create(OcdsRelease, { ocid, releaseId, date: String(r.date), json });
        newReleases.push(row);
        storedById.set(releaseId, row);
      }
      releasesChanged = true;
    }
    // one statement for the process's new releases (round trips are what an import pays for)
    if (newReleases.length) await tx.insert(OcdsRelease, newReleases);
    if (!releasesChanged && existing) {
      report.unchanged++;
      return;
    }
    const compiled = mergeReleases([...storedById.values()].map((s) => JSON.parse(s.json) as JsonObject));
    const mapped = mapCompiledRelease(compiled);
    mapped.warnings.forEach((w) => warn(ocid, w));
    const hash = hashOf(mapped);
    if (existing && existing.sourceHash === hash) {
      report.unchanged++;
      return;
    }
    const now = new Date();
    const fields: Partial<Tender> = {
      title: mapped.title.slice(0, 500),
      description: mapped.description,
      buyerName: mapped.buyerName.slice(0, 300),
      buyerIdentifier: mapped.buyerIdentifier?.slice(0, 100) ?? null,
      estimatedValueMinor: mapped.valueMinor,
      currency: mapped.currency ?? 'NOK',
      deadline: mapped.deadline,
      referenceUrl: mapped.referenceUrl?.slice(0, 1000) ?? null,
      sourceReleaseDate: mapped.releaseDate,
      sourceHash: hash,
      updatedAt: now,
    };
    let tender: Tender;
    if (existing) {
      await tx.update(Tender, { id: existing.id }, { ...fields, version: existing.version + 1 });
      tender = { ...existing, ...fields } as Tender;
      report.updated++;
    } else {
      const inserted = await tx.insert(Tender, {
        ...fields,
        market: guessMarket(mapped),
        source: 'OCDS',
        externalId: ocid,
        stage: TenderStage.IDENTIFIED,
        stageChangedAt: now,
        exportControlled: false,
        createdAt: now,
        version: 1,
      });
      tender = { id: inserted.identifiers[0].id as number, ...fields } as Tender;
      await this.tenders.recordTransition(tx, actor, tender.id, null, TenderStage.IDENTIFIED, `imported from OCDS ${ocid}`, null, now);
      report.created++;
    }
    // a new tender has no lots or requirements yet: nothing to look up
    const lotIds = await this.syncLots(tx, tender.id, mapped, !existing);
    await this.syncDraftRequirements(tx, tender, mapped, mappings, lotIds, !existing, (m) => warn(ocid, m));
  }

  private async syncLots(tx: Tx, tenderId: number, m: MappedTender, isNew: boolean): Promise<Map<string, number>> {
    const existing = isNew ? [] : await tx.findBy(TenderLot, { tenderId });
    const byKey = new Map(existing.map((l) => [l.lotKey, l]));
    for (const l of m.lots) {
      const row = byKey.get(l.lotKey);
      const values = { title: l.title.slice(0, 500), description: l.description, estimatedValueMinor: l.valueMinor, currency: l.currency };
      if (!row) {
        const ins = await tx.insert(TenderLot, { tenderId, lotKey: l.lotKey, ...values });
        byKey.set(l.lotKey, { id: ins.identifiers[0].id, tenderId, lotKey: l.lotKey, ...values } as TenderLot);
      } else if (
        row.title !== values.title ||
        row.description !== values.description ||
        row.estimatedValueMinor !== values.estimatedValueMinor
      ) {
        await tx.update(TenderLot, { id: row.id }, values);
      }
    }
    return new Map([...byKey.values()].map((l) => [l.lotKey, l.id]));
  }

  private async syncDraftRequirements(
    tx: Tx,
    tender: Tender,
    m: MappedTender,
    mappings: CpvMapping[],
    lotId: Map<string, number>,
    isNew: boolean,
    warn: (m: string) => void,
  ): Promise<void> {
    if (!m.items.length) return;
    const existing = isNew ? [] : await tx.findBy(Requirement, { tenderId: tender.id });
    const byItem = new Map(existing.filter((r) => r.sourceItemId).map((r) => [r.sourceItemId!, r]));
    const start = m.contractStart ?? addDays(osloDate(m.deadline ?? new Date()), 30);
    const end = m.contractEnd && m.contractEnd >= start ? m.contractEnd : addDays(start, 150);
    const inserts: Partial<Requirement>[] = [];
    for (const item of m.items) {
      const code = capabilityForCpv(item.cpv, mappings);
      if (!code) {
        warn(`item ${item.itemId} (CPV ${item.cpv ?? 'none'}) maps to no capability; no requirement drafted`);
        continue;
      }
      const hours = item.quantity !== null && item.unit && HOUR_UNITS.test(item.unit) ? Math.max(0, Math.round(item.quantity)) : 0;
      const values = {
        capabilityCode: code,
        description: item.description.slice(0, 1000),
        hours,
        quantity: hours ? null : item.quantity !== null ? Math.round(item.quantity) : null,
        unit: hours ? null : (item.unit?.slice(0, 40) ?? null),
        lotId: item.lotKey ? (lotId.get(item.lotKey) ?? null) : null,
      };
      const row = byItem.get(item.itemId);
      if (!row) {
        inserts.push({
          tenderId: tender.id,
          ...values,
          windowStart: start,
          windowEnd: end,
          requiredCertificates: [],
          mandatory: true,
          indivisible: false,
          draft: true,
          sourceItemId: item.itemId,
          version: 1,
        });
      } else if (row.draft) {
        await tx.update(Requirement, { id: row.id }, { ...values, version: row.version + 1 });
      }
    }
    if (inserts.length) await tx.insert(Requirement, inserts);
  }
}
