import type { AuditNotificationParams } from '@app/notifications';
import { standardLabel } from './audit-standards';

/**
 * The facts of each audit notification as the audits context knows them. The words, in bokmål and
 * English, are the notifications context's (`notification-messages.ts`, kinds AUDIT_* and
 * FINDING_*): each recipient gets them in their own language, and the console shows them again in
 * the reader's. Here standards become their labels and the supplier becomes the title.
 */
export type AuditEvent =
  | {
      kind: 'AUDIT_PROPOSED_SUPPLIER' | 'AUDIT_PROPOSED_MEMBER';
      auditId: number;
      supplier: string;
      standards: string[];
      plannedOn: string;
      lead: string;
    }
  | { kind: 'AUDIT_LEAD_ASSIGNED'; auditId: number; supplier: string; standards: string[]; plannedOn: string }
  | { kind: 'AUDIT_DATE_CONFIRMED'; auditId: number; supplier: string; plannedOn: string }
  | { kind: 'AUDIT_RESCHEDULED'; auditId: number; supplier: string; plannedOn: string; reason: string }
  | { kind: 'AUDIT_RELIANCE_ANSWERED'; auditId: number; supplier: string; member: string; accepted: boolean; reason: string | null }
  | { kind: 'AUDIT_CANCELLED'; auditId: number; supplier: string; reason: string }
  | { kind: 'AUDIT_REPORTED'; auditId: number; supplier: string; major: number; minor: number; observations: number }
  | { kind: 'AUDIT_REGISTERED'; auditId: number; supplier: string; standards: string[]; auditedOn: string }
  | { kind: 'FINDING_EVIDENCE_SUBMITTED'; auditId: number; findingId: number; supplier: string; standard: string; clause: string }
  | { kind: 'FINDING_CLOSED'; auditId: number; findingId: number; supplier: string; standard: string; clause: string; closedOn: string }
  | {
      kind: 'FINDING_ACTION_OVERDUE';
      auditId: number;
      findingId: number;
      supplier: string;
      severity: 'MAJOR' | 'MINOR' | 'OBSERVATION';
      standard: string;
      clause: string;
      dueOn: string;
    };

export type NoticeKind = AuditEvent['kind'];

/** The notification's facts (`params`) for the notifications context. */
export function auditParams(e: AuditEvent): AuditNotificationParams {
  const { supplier, ...rest } = e;
  const labelled = 'standards' in rest ? { ...rest, standards: rest.standards.map(standardLabel) } : rest;
  if ('clause' in labelled && 'standard' in labelled) {
    const { standard, clause, ...more } = labelled;
    return { ...more, title: supplier, clause: `${standardLabel(standard)} ${clause}` } as AuditNotificationParams;
  }
  return { ...labelled, title: supplier } as AuditNotificationParams;
}
