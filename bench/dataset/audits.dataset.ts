import { addDays } from '@app/core';
import {
  AuditFinding,
  AuditParticipant,
  AuditStatus,
  CoordinatedAudit,
  FindingSeverity,
  FindingStatus,
  ParticipantStatus,
  SupplierAuditRecord,
  SupplierRelationship,
} from '@app/audits';
import { CertificateType } from '@app/members';
import type { DatasetModule } from './dataset-module';

const STANDARDS: [CertificateType, number][] = [
  [CertificateType.AQAP_2110, 30],
  [CertificateType.ISO_9001, 35],
  [CertificateType.EN_9100, 15],
  [CertificateType.ISO_3834_2, 20],
];

/**
 * The members' supplier registers (SCALE_SPECS.supplierRelationships entries: random active
 * buyer and supplier, one entry per pair, a third naming no standard so that the buyer's own
 * certificates apply, half with an audit done before TotAl-Fly), and SCALE_SPECS.audits
 * coordinated audits of suppliers with two or more buyers: most reported over the last two
 * years with their findings and the register's records, some done, planned or cancelled, a few
 * with a major finding open past its due date. Audit ids are assigned here. The audits have no
 * lead auditor user (id 0): the bench users are made last.
 */
export const auditsDataset: DatasetModule = {
  name: 'audits',
  explicitIdTables: ['coordinated_audit'],
  async build(ctx) {
    const rng = ctx.rng('audits');
    const firms = ctx.shared.activeMemberIds;
    const created = new Date(`${ctx.anchor}T08:00:00Z`);
    const pairs = new Set<string>();
    const buyersOf = new Map<number, number[]>();
    const relationships: Partial<SupplierRelationship>[] = [];
    while (relationships.length < ctx.spec.supplierRelationships) {
      const buyer = rng.pick(firms);
      const supplier = rng.pick(firms);
      const key = `${buyer}:${supplier}`;
      if (buyer === supplier || pairs.has(key)) continue;
      pairs.add(key);
      const standards = rng.chance(0.3)
        ? []
        : [...new Set([rng.weighted(STANDARDS), ...(rng.chance(0.3) ? [rng.weighted(STANDARDS)] : [])])];
      relationships.push({
        buyerMemberId: buyer,
        supplierMemberId: supplier,
        standards,
        scope: rng.chance(0.5) ? `Bench supply ${relationships.length + 1}` : null,
        auditIntervalMonths: rng.pick([12, 24, 24, 36]),
        since: addDays(ctx.anchor, -rng.int(-120, 2500)),
        lastAuditedOn: rng.chance(0.5) ? addDays(ctx.anchor, -rng.int(30, 1000)) : null,
        endedOn: rng.chance(0.03) ? addDays(ctx.anchor, -rng.int(1, 300)) : null,
        createdByUserId: null,
        createdAt: created,
        updatedAt: created,
        version: 1,
      });
      const list = buyersOf.get(supplier) ?? [];
      list.push(buyer);
      buyersOf.set(supplier, list);
    }

    const shared = [...buyersOf.entries()].filter(([, b]) => b.length >= 2);
    const audits: Partial<CoordinatedAudit>[] = [];
    const participants: Partial<AuditParticipant>[] = [];
    const findings: Partial<AuditFinding>[] = [];
    const records: Partial<SupplierAuditRecord>[] = [];
    let overdueMajors = 0;
    for (let id = 1; id <= ctx.spec.audits && shared.length; id++) {
      const [supplier, buyers] = rng.pick(shared);
      const members = rng.sample(buyers, rng.int(1, Math.min(4, buyers.length)));
      const standard = rng.weighted(STANDARDS);
      const status = rng.weighted([
        [AuditStatus.REPORTED, 70],
        [AuditStatus.DONE, 10],
        [AuditStatus.PLANNED, 15],
        [AuditStatus.CANCELLED, 5],
      ]);
      const tookPlace = status === AuditStatus.REPORTED || status === AuditStatus.DONE;
      const doneOn = status === AuditStatus.REPORTED ? addDays(ctx.anchor, -rng.int(30, 700)) : addDays(ctx.anchor, -rng.int(1, 20));
      const plannedOn = tookPlace ? doneOn : addDays(ctx.anchor, rng.int(1, 120));
      const auditFindings: Partial<AuditFinding>[] = [];
      if (tookPlace)
        for (let f = rng.int(0, 4); f > 0; f--) {
          const severity = rng.weighted([
            [FindingSeverity.MAJOR, 10],
            [FindingSeverity.MINOR, 50],
            [FindingSeverity.OBSERVATION, 40],
          ]);
          const dueOn = addDays(doneOn, rng.int(14, 90));
          const closed = status === AuditStatus.REPORTED && (severity !== FindingSeverity.MAJOR || rng.chance(0.8)) && dueOn <= ctx.anchor;
          if (!closed && severity === FindingSeverity.MAJOR && dueOn < ctx.anchor) overdueMajors++;
          auditFindings.push({
            auditId: id,
            supplierMemberId: supplier,
            standard,
            clause: rng.pick(['4.4', '7.1.5', '7.5.3', '8.4.2', '8.5.1', '8.7', '10.2']),
            severity,
            description: `Bench finding of audit ${id}`,
            correctiveAction: closed || rng.chance(0.5) ? 'Bench corrective action' : null,
            dueOn,
            status: closed ? FindingStatus.CLOSED : FindingStatus.OPEN,
            evidence: closed ? 'Bench evidence' : null,
            closedOn: closed ? addDays(dueOn, -rng.int(0, 10)) : null,
            createdAt: created,
            updatedAt: created,
            version: 1,
          });
        }
      const openMajor = auditFindings.some((f) => f.severity === FindingSeverity.MAJOR && f.status === FindingStatus.OPEN);
      const reportedOn = status === AuditStatus.REPORTED ? addDays(doneOn, rng.int(1, 14)) : null;
      const registeredOn = reportedOn && !openMajor ? reportedOn : null;
      audits.push({
        id,
        supplierMemberId: supplier,
        scope: [{ standard, clauses: rng.chance(0.5) ? ['7', '8.4', '8.5'] : [] }],
        plannedOn,
        leadAuditorUserId: 0,
        leadMemberId: members[0],
        status,
        supplierConfirmedAt: status === AuditStatus.PLANNED && rng.chance(0.5) ? null : created,
        supplierConfirmedByUserId: null,
        doneOn: tookPlace ? doneOn : null,
        reportedOn,
        summary: reportedOn ? 'Bench audit summary' : null,
        registeredOn,
        note: null,
        cancelReason: status === AuditStatus.CANCELLED ? 'Bench cancellation' : null,
        proposedByUserId: null,
        proposedByMemberId: members[0],
        createdAt: created,
        updatedAt: created,
        version: 1,
      });
      members.forEach((memberId, i) => {
        const accepted = tookPlace || i === 0 || rng.chance(0.5);
        participants.push({
          auditId: id,
          memberId,
          status: accepted ? ParticipantStatus.ACCEPTED : ParticipantStatus.INVITED,
          respondedAt: accepted ? created : null,
          respondedByUserId: null,
          declineReason: null,
          version: 1,
        });
        if (registeredOn)
          records.push({
            supplierMemberId: supplier,
            buyerMemberId: memberId,
            standard,
            auditedOn: doneOn,
            auditId: id,
            recordedAt: created,
          });
      });
      findings.push(...auditFindings);
    }
    await ctx.db.transaction(async (tx) => {
      await ctx.insert(tx, SupplierRelationship, relationships);
      await ctx.insert(tx, CoordinatedAudit, audits);
      await ctx.insert(tx, AuditParticipant, participants);
      await ctx.insert(tx, AuditFinding, findings);
      await ctx.insert(tx, SupplierAuditRecord, records);
    });
    ctx.log(`    audits: ${overdueMajors} major findings open past their due date`);
    return {
      supplier_relationship: relationships.length,
      coordinated_audit: audits.length,
      coordinated_audit_member: participants.length,
      audit_finding: findings.length,
      supplier_audit_record: records.length,
    };
  },
};
