import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type Actor, AppError, Database, osloDate, ErrorReason } from '@app/core';
import type { BrochureLanguage, BrochureResult } from '@app/brochures';
import { User } from '@app/identity';
import { Member } from '@app/members';
import { AuditAccess, auditAccess } from './audit-access';
import { standardLabel } from './audit-standards';
import { AuditFinding } from './entities/audit-finding.entity';
import { AuditParticipant, AuditStatus, CoordinatedAudit } from './entities/coordinated-audit.entity';
import { type AuditReportData, renderAuditReport } from './pdf/audit-report';

export const NETWORK_NAME = 'TotAl-Fly';

/**
 * The audit report PDF, for those who may read the report (the supplier, the lead auditor's firm,
 * the relying members); NOT_FOUND for anyone else, worded like a missing audit. Made on request
 * from the audit as it stands (a draft until it is reported), so closed actions show at once.
 */
@Injectable()
export class AuditReportService {
  constructor(private readonly db: Database) {}

  async data(actor: Actor, auditId: number, language: BrochureLanguage): Promise<AuditReportData> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read(async (em) => {
      const audit = await em.findOneBy(CoordinatedAudit, { id: auditId });
      if (!audit) throw AppError.notFound('Audit', auditId);
      const participants = await em.find(AuditParticipant, { where: { auditId }, order: { id: 'ASC' } });
      if (auditAccess(actor, audit, participants) !== AuditAccess.REPORT) throw AppError.notFound('Audit', auditId);
      if (audit.status !== AuditStatus.DONE && audit.status !== AuditStatus.REPORTED)
        throw AppError.conflict(`Audit ${auditId} is ${audit.status}; its report exists once it has taken place.`, {
          reason: ErrorReason.NO_REPORT_YET,
          status: audit.status,
        });
      const findings = await em.find(AuditFinding, { where: { auditId }, order: { id: 'ASC' } });
      const members = await em.findBy(Member, {
        id: In([audit.supplierMemberId, audit.leadMemberId, ...participants.map((p) => p.memberId)]),
      });
      const lead = await em.findOneBy(User, { id: audit.leadAuditorUserId });
      const name = (id: number) => members.find((m) => m.id === id)?.name ?? `Member ${id}`;
      return {
        language,
        date: audit.reportedOn ?? osloDate(new Date()),
        networkName: NETWORK_NAME,
        audit: {
          id: audit.id,
          reported: audit.status === AuditStatus.REPORTED,
          supplierName: name(audit.supplierMemberId),
          scope: audit.scope.map((s) => ({ standard: standardLabel(s.standard), clauses: s.clauses })),
          plannedOn: audit.plannedOn,
          doneOn: audit.doneOn,
          reportedOn: audit.reportedOn,
          registeredOn: audit.registeredOn,
          leadAuditor: lead?.displayName ?? '—',
          leadFirm: name(audit.leadMemberId),
          onBehalfOf: participants.map((p) => ({ name: name(p.memberId), status: p.status })),
          summary: audit.summary,
        },
        findings: findings.map((f, i) => ({
          number: i + 1,
          standard: standardLabel(f.standard),
          clause: f.clause,
          severity: f.severity,
          description: f.description,
          correctiveAction: f.correctiveAction,
          dueOn: f.dueOn,
          closedOn: f.closedOn,
          evidence: f.evidence,
        })),
      };
    });
  }

  /** Streams the PDF to `out` once the data is loaded and checked (errors come before any byte). */
  async render(actor: Actor, auditId: number, language: BrochureLanguage, out: NodeJS.WritableStream): Promise<BrochureResult> {
    return renderAuditReport(await this.data(actor, auditId, language), out);
  }
}
