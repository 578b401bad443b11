import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppError,
  AuditRecord,
  Database,
  type Page,
  addDays,
  decodeCursor,
  isLocalDate,
  osloStartOfDay,
  toPage,
  demand,
  FieldRule,
} from '@app/core';
import { IDENTITY_PERMISSIONS } from './identity.permissions';

/** Who did what when: every filter is optional and they combine (AND). */
export interface AuditFilter {
  /** Part of the actor's e-mail, any case. */
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Oslo days, inclusive. */
  from?: string;
  to?: string;
}

@Injectable()
export class AuditTrailService {
  constructor(private readonly db: Database) {}

  async trail(actor: Actor, entityType: string, entityId: string, limit: number): Promise<AuditRecord[]> {
    demand(actor, IDENTITY_PERMISSIONS.auditTrail);
    return this.db.read((em) => em.find(AuditRecord, { where: { entityType, entityId }, order: { id: 'DESC' }, take: limit }));
  }

  /** The whole audit trail, newest first, filtered by who, what and when, a page at a time (the administrator). */
  async search(actor: Actor, filter: AuditFilter, page: { first: number; after?: string }): Promise<Page<AuditRecord>> {
    demand(actor, IDENTITY_PERMISSIONS.auditRecords, 'Only an administrator reads the whole audit trail.');
    const problems = (['from', 'to'] as const)
      .filter((k) => filter[k] && !isLocalDate(filter[k]!))
      .map((k) => ({ field: k, message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE }));
    if (!problems.length && filter.from && filter.to && filter.to < filter.from)
      problems.push({ field: 'to', message: 'before from', rule: FieldRule.ENDS_BEFORE_START });
    if (problems.length) throw AppError.badInput('Give the period as YYYY-MM-DD, from on or before to.', problems);
    return this.db.read(async (em) => {
      const qb = em.createQueryBuilder(AuditRecord, 'a');
      const text = (v?: string) => v?.trim() || undefined;
      if (text(filter.actor)) {
        const q = `%${text(filter.actor)!
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        qb.andWhere("LOWER(a.actor_email) LIKE :actor ESCAPE '\\'", { actor: q });
      }
      if (text(filter.action)) qb.andWhere('a.action = :action', { action: text(filter.action) });
      if (text(filter.entityType)) qb.andWhere('a.entity_type = :entityType', { entityType: text(filter.entityType) });
      if (text(filter.entityId)) qb.andWhere('a.entity_id = :entityId', { entityId: text(filter.entityId) });
      if (filter.from) qb.andWhere('a.at >= :from', { from: osloStartOfDay(filter.from).getTime() });
      if (filter.to) qb.andWhere('a.at < :to', { to: osloStartOfDay(addDays(filter.to, 1)).getTime() });
      const totalCount = await qb.clone().getCount();
      if (page.after) {
        const [id] = decodeCursor(page.after, 1);
        if (typeof id !== 'number' || !Number.isSafeInteger(id))
          throw AppError.badInput('The cursor is not valid; pass pageInfo.endCursor from a previous page.', [
            { field: 'after', message: 'invalid cursor' },
          ]);
        qb.andWhere('a.id < :after', { after: id });
      }
      const rows = await qb
        .orderBy('a.id', 'DESC')
        .take(page.first + 1)
        .getMany();
      return toPage(rows, page.first, totalCount, (r) => [r.id]);
    });
  }
}
