import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  type Tx,
  addDays,
  audit as recordTrail,
  guardedUpdate,
  isAssociation,
  osloDate,
  ErrorReason,
  may,
} from '@app/core';
import { type CertificateType, Member, MembershipStatus } from '@app/members';
import { firmOf } from './audit-access';
import { MAX_INTERVAL_MONTHS, MIN_INTERVAL_MONTHS, Problems, checkDate, checkStandards, cleanText, refuseNulls } from './audit-rules';
import { SupplierRelationship } from './entities/supplier-relationship.entity';
import { AUDIT_PERMISSIONS } from './audits.permissions';

export interface NewRelationship {
  buyerMemberId: number;
  supplierMemberId: number;
  standards: CertificateType[];
  scope?: string | null;
  auditIntervalMonths?: number | null;
  since?: string | null;
  lastAuditedOn?: string | null;
}

/** Changes to an entry: undefined keeps a field; null clears scope, lastAuditedOn and endedOn (resumes), and is refused for the rest. */
export interface RelationshipChanges {
  standards?: CertificateType[] | null;
  scope?: string | null;
  auditIntervalMonths?: number | null;
  since?: string | null;
  lastAuditedOn?: string | null;
  endedOn?: string | null;
}

export interface RelationshipFilter {
  buyerMemberId?: number | null;
  supplierMemberId?: number | null;
  includeEnded?: boolean | null;
}

export const DEFAULT_INTERVAL_MONTHS = 24;

/**
 * The supplier register each member keeps: which members it buys from, which standards it audits
 * them against and how often. The buying member's users (or the project leader, an administrator)
 * keep it; the supplier sees the entries that name it; the association sees all.
 */
@Injectable()
export class SupplierRegisterService {
  constructor(private readonly db: Database) {}

  async add(actor: Actor, input: NewRelationship): Promise<SupplierRelationship> {
    this.assertMayKeep(actor, input.buyerMemberId);
    const today = osloDate(new Date());
    const p = new Problems('supplier register entry');
    if (input.buyerMemberId === input.supplierMemberId) p.add('supplierMemberId', 'a member does not audit itself as its own supplier');
    checkStandards(p, 'standards', input.standards ?? [], true);
    const interval = input.auditIntervalMonths ?? DEFAULT_INTERVAL_MONTHS;
    checkInterval(p, interval);
    const since = input.since ?? today;
    checkDate(p, 'since', since, { notAfter: addDays(today, 3 * 366) });
    checkDate(p, 'lastAuditedOn', input.lastAuditedOn, { notAfter: today });
    p.throwIfAny();
    return this.db.transaction(async (tx) => {
      await assertActiveMembers(tx, [
        ['buyerMemberId', input.buyerMemberId],
        ['supplierMemberId', input.supplierMemberId],
      ]);
      const existing = await tx.findOneBy(SupplierRelationship, {
        buyerMemberId: input.buyerMemberId,
        supplierMemberId: input.supplierMemberId,
      });
      if (existing)
        throw AppError.conflict(
          `Member ${input.buyerMemberId} already has supplier ${input.supplierMemberId} in its register (entry ${existing.id}${existing.endedOn ? `, ended ${existing.endedOn}` : ''}); change that entry instead.`,
          { reason: ErrorReason.ALREADY_REGISTERED, id: existing.id },
        );
      const now = new Date();
      const saved = await tx.save(
        tx.create(SupplierRelationship, {
          buyerMemberId: input.buyerMemberId,
          supplierMemberId: input.supplierMemberId,
          standards: [...(input.standards ?? [])],
          scope: cleanText(input.scope),
          auditIntervalMonths: interval,
          since,
          lastAuditedOn: input.lastAuditedOn ?? null,
          endedOn: null,
          createdByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await recordTrail(tx, actor, {
        action: 'addSupplierRelationship',
        entityType: 'SupplierRelationship',
        entityId: saved.id,
        after: { ...saved },
      });
      return saved;
    });
  }

  async update(actor: Actor, id: number, changes: RelationshipChanges): Promise<SupplierRelationship> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.transaction(async (tx) => {
      const row = await tx.findOneBy(SupplierRelationship, { id });
      if (!row || !this.maySee(actor, row)) throw AppError.notFound('Supplier register entry', id);
      this.assertMayKeep(actor, row.buyerMemberId);
      const today = osloDate(new Date());
      const p = new Problems('supplier register entry');
      refuseNulls(p, changes, ['standards', 'auditIntervalMonths', 'since']);
      p.throwIfAny();
      const next = { ...row };
      if (changes.standards != null) {
        checkStandards(p, 'standards', changes.standards, true);
        next.standards = [...changes.standards];
      }
      if (changes.scope !== undefined) next.scope = cleanText(changes.scope);
      if (changes.auditIntervalMonths != null) {
        checkInterval(p, changes.auditIntervalMonths);
        next.auditIntervalMonths = changes.auditIntervalMonths;
      }
      if (changes.since != null) {
        checkDate(p, 'since', changes.since, { notAfter: addDays(today, 3 * 366) });
        next.since = changes.since;
      }
      if (changes.lastAuditedOn !== undefined) {
        checkDate(p, 'lastAuditedOn', changes.lastAuditedOn, { notAfter: today });
        next.lastAuditedOn = changes.lastAuditedOn;
      }
      if (changes.endedOn !== undefined) {
        checkDate(p, 'endedOn', changes.endedOn, { notBefore: next.since });
        next.endedOn = changes.endedOn;
      }
      p.throwIfAny();
      const { id: _id, version, createdAt: _c, ...fields } = next;
      await guardedUpdate(
        tx,
        SupplierRelationship,
        { id, version },
        { ...fields, updatedAt: new Date() },
        `Supplier register entry ${id} was changed by someone else just now; reload it and try again.`,
      );
      const saved = await tx.findOneByOrFail(SupplierRelationship, { id });
      await recordTrail(tx, actor, {
        action: 'updateSupplierRelationship',
        entityType: 'SupplierRelationship',
        entityId: id,
        before: { ...row },
        after: { ...saved },
      });
      return saved;
    });
  }

  /** The entries the actor may see: the association all, a firm those where it buys or supplies. */
  async list(actor: Actor, filter: RelationshipFilter): Promise<SupplierRelationship[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const today = osloDate(new Date());
    const firm = firmOf(actor);
    if (!isAssociation(actor) && firm === null) return [];
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(SupplierRelationship, 'r');
      if (filter.buyerMemberId != null) qb.andWhere('r.buyer_member_id = :buyer', { buyer: filter.buyerMemberId });
      if (filter.supplierMemberId != null) qb.andWhere('r.supplier_member_id = :supplier', { supplier: filter.supplierMemberId });
      if (!filter.includeEnded) qb.andWhere('(r.ended_on IS NULL OR r.ended_on > :today)', { today });
      if (!isAssociation(actor)) qb.andWhere('(r.buyer_member_id = :firm OR r.supplier_member_id = :firm)', { firm });
      return qb.orderBy('r.buyer_member_id', 'ASC').addOrderBy('r.supplier_member_id', 'ASC').getMany();
    });
  }

  maySee(actor: Actor, row: Pick<SupplierRelationship, 'buyerMemberId' | 'supplierMemberId'>): boolean {
    if (isAssociation(actor)) return true;
    const firm = firmOf(actor);
    return firm !== null && (firm === row.buyerMemberId || firm === row.supplierMemberId);
  }

  private assertMayKeep(actor: Actor, buyerMemberId: number): void {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    if (may(actor, AUDIT_PERMISSIONS.keepAnyRegister) || firmOf(actor) === buyerMemberId) return;
    throw new AppError(
      ErrorCode.FORBIDDEN,
      firmOf(actor) !== null
        ? "You keep only your own firm's supplier register."
        : "Only the buying member, the project leader or an administrator keeps a member's supplier register.",
      { details: { reason: ErrorReason.NOT_YOUR_REGISTER, buyerMemberId } },
    );
  }
}

function checkInterval(p: Problems, months: number): void {
  if (!Number.isInteger(months) || months < MIN_INTERVAL_MONTHS || months > MAX_INTERVAL_MONTHS)
    p.add('auditIntervalMonths', `a whole number of months from ${MIN_INTERVAL_MONTHS} to ${MAX_INTERVAL_MONTHS}`);
}

/** NOT_FOUND for a missing member, BAD_USER_INPUT for one that is no longer active. */
export async function assertActiveMembers(tx: Tx, refs: readonly [string, number][]): Promise<Map<number, Member>> {
  const ids = [...new Set(refs.map(([, id]) => id))];
  const found = new Map((await tx.findBy(Member, { id: In(ids) })).map((m) => [m.id, m]));
  const p = new Problems('input');
  for (const [field, id] of refs) {
    const m = found.get(id);
    if (!m) throw AppError.notFound('Member', id);
    if (m.status !== MembershipStatus.ACTIVE) p.add(field, `${m.name} is not an active member (${m.status})`);
  }
  p.throwIfAny();
  return found;
}
