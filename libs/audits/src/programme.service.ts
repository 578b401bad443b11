import { Injectable } from '@nestjs/common';
import { type Actor, AppError, Database, isAssociation, isLocalDate, osloDate, rawQuery } from '@app/core';
import { firmOf } from './audit-access';
import { Problems } from './audit-rules';
import { AUDIT_STANDARDS } from './audit-standards';
import { type AuditScopeItem } from './entities/coordinated-audit.entity';
import {
  type AuditNeed,
  type AuditedRecord,
  type OrderSupply,
  type RegisterEntry,
  type ScheduledAudit,
  type SuggestedCoordination,
  auditProgramme,
} from './programme/programme';
import { DEFAULT_INTERVAL_MONTHS } from './supplier-register.service';

export interface ProgrammeRequest {
  asOf?: string | null;
  horizonDays?: number | null;
  windowDays?: number | null;
  supplierMemberId?: number | null;
  /** Only needs and suggestions involving this member (as buyer or supplier). */
  memberId?: number | null;
  /** Also list needs falling due after the horizon (default: only those within it). */
  includeLater?: boolean | null;
}

export interface ProgrammeSupplierRow {
  supplierId: number;
  needs: AuditNeed[];
  overdue: number;
  nextDueOn: string;
}

export interface ProgrammeView {
  asOf: string;
  horizonEnd: string;
  windowDays: number;
  /** Suppliers with needs, soonest due first. */
  suppliers: ProgrammeSupplierRow[];
  needCount: number;
  overdueCount: number;
  suggestions: SuggestedCoordination[];
}

/**
 * The audit programme over the whole network: the facts come from the supplier registers, the
 * network's active orders (a member as prime, another delivering), the certificates members hold,
 * the register's audit records and the audits under way; the pure `auditProgramme` does the rest.
 * Six reads in one read scope, whatever the size of the network.
 */
@Injectable()
export class ProgrammeService {
  constructor(private readonly db: Database) {}

  async programme(actor: Actor, req: ProgrammeRequest): Promise<ProgrammeView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const today = osloDate(new Date());
    const p = new Problems('programme request');
    const asOf = req.asOf ?? today;
    if (!isLocalDate(asOf)) p.add('asOf', 'not a date YYYY-MM-DD');
    const horizonDays = req.horizonDays ?? 365;
    const windowDays = req.windowDays ?? 90;
    if (!Number.isInteger(horizonDays) || horizonDays < 0 || horizonDays > 1830)
      p.add('horizonDays', 'a whole number of days from 0 to 1830');
    if (!Number.isInteger(windowDays) || windowDays < 0 || windowDays > 365) p.add('windowDays', 'a whole number of days from 0 to 365');
    p.throwIfAny();
    const firm = firmOf(actor);
    if (!isAssociation(actor) && firm === null) throw AppError.forbidden();
    if (req.memberId != null && !isAssociation(actor) && req.memberId !== firm)
      throw AppError.forbidden("A firm sees the programme of its own firm; the association sees every member's.");

    const facts = await this.facts(asOf);
    const full = auditProgramme({
      asOf,
      horizonDays,
      windowDays,
      defaultIntervalMonths: DEFAULT_INTERVAL_MONTHS,
      ...facts,
    });

    // what the person may see: the association everything, a firm what it buys or supplies
    const viewer = isAssociation(actor) ? null : firm;
    const focus = req.memberId ?? viewer;
    const needWanted = (n: AuditNeed) =>
      (req.includeLater || n.withinHorizon) &&
      (req.supplierMemberId == null || n.supplierId === req.supplierMemberId) &&
      (focus == null || n.buyerId === focus || n.supplierId === focus);
    const suggestionWanted = (s: SuggestedCoordination) =>
      (req.supplierMemberId == null || s.supplierId === req.supplierMemberId) &&
      (focus == null || s.supplierId === focus || s.members.some((m) => m.memberId === focus));

    const bySupplier = new Map<number, ProgrammeSupplierRow>();
    let overdueCount = 0;
    let needCount = 0;
    for (const n of full.needs) {
      if (!needWanted(n)) continue;
      needCount++;
      if (n.overdue) overdueCount++;
      let row = bySupplier.get(n.supplierId);
      if (!row) bySupplier.set(n.supplierId, (row = { supplierId: n.supplierId, needs: [], overdue: 0, nextDueOn: n.dueOn }));
      row.needs.push(n);
      if (n.overdue) row.overdue++;
      if (n.dueOn < row.nextDueOn) row.nextDueOn = n.dueOn;
    }
    const suppliers = [...bySupplier.values()].sort((a, b) =>
      a.nextDueOn < b.nextDueOn ? -1 : a.nextDueOn > b.nextDueOn ? 1 : a.supplierId - b.supplierId,
    );
    return {
      asOf,
      horizonEnd: full.horizonEnd,
      windowDays,
      suppliers,
      needCount,
      overdueCount,
      suggestions: full.suggestions.filter(suggestionWanted),
    };
  }

  /** Everything the programme needs, as plain rows: six statements whatever the size of the network (public for the benchmark). */
  async facts(asOf: string) {
    const auditable = AUDIT_STANDARDS.map((s) => `'${s}'`).join(', ');
    return this.db.read(async (em) => {
      // rows as arrays in the order selected (rawQuery, not core's rawRows: the statement counter sees these)
      const rows = async (sql: string, params: unknown[] = []) => (await rawQuery(em, sql, params)).map((r) => Object.values(r));
      const members = await rows("SELECT id FROM member WHERE status = 'ACTIVE'");
      const register = await rows(
        `SELECT buyer_member_id, supplier_member_id, standards, audit_interval_months, since, last_audited_on
           FROM supplier_relationship WHERE ended_on IS NULL OR ended_on > ?`,
        [asOf],
      );
      // a member as prime (MEMBER_PRIME bid) buys from each other member with a line on the active order
      const orders = await rows(
        `SELECT DISTINCT b.prime_member_id AS buyer, l.member_id AS supplier, COALESCE(o.start_date, o.award_date) AS since, r.required_certificates AS certs
           FROM customer_order o
           JOIN bid b ON b.id = o.bid_id
           JOIN order_line l ON l.order_id = o.id
           LEFT JOIN work_package_requirement c ON c.work_package_id = l.work_package_id
           LEFT JOIN requirement r ON r.id = c.requirement_id
          WHERE o.status = 'ACTIVE' AND b.bidder_kind = 'MEMBER_PRIME' AND b.prime_member_id IS NOT NULL
            AND l.member_id <> b.prime_member_id`,
      );
      const held = await rows(
        `SELECT DISTINCT member_id, type FROM certificate WHERE type IN (${auditable}) AND valid_from <= ? AND valid_until >= ?`,
        [asOf, asOf],
      );
      const records = await rows(
        `SELECT supplier_member_id, buyer_member_id, standard, MAX(audited_on) AS audited_on
           FROM supplier_audit_record GROUP BY supplier_member_id, buyer_member_id, standard`,
      );
      // audits under way cover their members' needs: planned, done, or reported with a major still open
      const scheduled = await rows(
        `SELECT a.id AS audit_id, a.supplier_member_id, a.scope, a.planned_on, m.member_id
           FROM coordinated_audit a JOIN coordinated_audit_member m ON m.audit_id = a.id AND m.status <> 'DECLINED'
          WHERE a.status IN ('PLANNED', 'DONE') OR (a.status = 'REPORTED' AND a.registered_on IS NULL)
          ORDER BY a.id`,
      );

      const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
      const registerEntries: RegisterEntry[] = register.map((r) => ({
        buyerId: Number(r[0]),
        supplierId: Number(r[1]),
        standards: json(r[2]) as string[],
        intervalMonths: Number(r[3]),
        since: String(r[4]),
        lastAuditedOn: r[5] === null ? null : String(r[5]),
      }));
      const supplies = new Map<string, OrderSupply & { standards: string[] }>();
      for (const r of orders) {
        const key = `${String(r[0])}:${String(r[1])}`;
        const since = String(r[2]);
        let s = supplies.get(key);
        if (!s) supplies.set(key, (s = { buyerId: Number(r[0]), supplierId: Number(r[1]), since, standards: [] }));
        if (since < s.since) s.since = since;
        for (const c of (r[3] === null ? [] : (json(r[3]) as { type: string }[])) ?? [])
          if (!s.standards.includes(c.type)) s.standards.push(c.type);
      }
      const heldBy = new Map<number, Set<string>>();
      for (const r of held) {
        const id = Number(r[0]);
        let set = heldBy.get(id);
        if (!set) heldBy.set(id, (set = new Set()));
        set.add(String(r[1]));
      }
      const auditedRecords: AuditedRecord[] = records.map((r) => ({
        supplierId: Number(r[0]),
        buyerId: Number(r[1]),
        standard: String(r[2]),
        auditedOn: String(r[3]),
      }));
      const audits = new Map<number, ScheduledAudit & { memberIds: number[] }>();
      for (const r of scheduled) {
        const id = Number(r[0]);
        let a = audits.get(id);
        if (!a)
          audits.set(
            id,
            (a = {
              auditId: id,
              supplierId: Number(r[1]),
              standards: (json(r[2]) as AuditScopeItem[]).map((s) => s.standard),
              plannedOn: String(r[3]),
              memberIds: [],
            }),
          );
        a.memberIds.push(Number(r[4]));
      }
      return {
        activeMemberIds: new Set(members.map((r) => Number(r[0]))),
        register: registerEntries,
        orders: [...supplies.values()],
        held: heldBy,
        records: auditedRecords,
        scheduled: [...audits.values()],
      };
    });
  }
}
