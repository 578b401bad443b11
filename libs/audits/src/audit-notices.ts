import { standardLabel } from './audit-standards';

/**
 * The texts of the audit notifications, in Norwegian (bokmål) and English. The notifications
 * context knows no language per recipient yet (a user has none), so every notice carries both:
 * Norwegian first, as the members read it, then English. When recipients get a language, `text`
 * picks one of the two and nothing else changes.
 */
export type NoticeLanguage = 'nb' | 'en';

export interface Notice {
  subject: string;
  body: string;
}

interface Texts {
  subject: string;
  body: string;
}

type Event =
  | { kind: 'AUDIT_PROPOSED_SUPPLIER'; auditId: number; supplier: string; standards: string[]; plannedOn: string; lead: string }
  | { kind: 'AUDIT_PROPOSED_MEMBER'; auditId: number; supplier: string; standards: string[]; plannedOn: string; lead: string }
  | { kind: 'AUDIT_LEAD_ASSIGNED'; auditId: number; supplier: string; standards: string[]; plannedOn: string }
  | { kind: 'AUDIT_DATE_CONFIRMED'; auditId: number; supplier: string; plannedOn: string }
  | { kind: 'AUDIT_RESCHEDULED'; auditId: number; supplier: string; plannedOn: string; reason: string }
  | { kind: 'AUDIT_RELIANCE_ANSWERED'; auditId: number; supplier: string; member: string; accepted: boolean; reason: string | null }
  | { kind: 'AUDIT_CANCELLED'; auditId: number; supplier: string; reason: string }
  | { kind: 'AUDIT_REPORTED'; auditId: number; supplier: string; major: number; minor: number; observations: number }
  | { kind: 'AUDIT_REGISTERED'; auditId: number; supplier: string; standards: string[]; auditedOn: string }
  | { kind: 'FINDING_EVIDENCE_SUBMITTED'; auditId: number; findingId: number; supplier: string; clause: string }
  | { kind: 'FINDING_CLOSED'; auditId: number; findingId: number; clause: string; closedOn: string }
  | {
      kind: 'FINDING_ACTION_OVERDUE';
      auditId: number;
      findingId: number;
      supplier: string;
      severity: string;
      standard: string;
      clause: string;
      dueOn: string;
    };

export type NoticeKind = Event['kind'];

const list = (standards: string[]) => standards.map(standardLabel).join(', ');
const severityNb: Record<string, string> = { MAJOR: 'Stort avvik', MINOR: 'Mindre avvik', OBSERVATION: 'Observasjon' };
const severityEn: Record<string, string> = { MAJOR: 'Major nonconformity', MINOR: 'Minor nonconformity', OBSERVATION: 'Observation' };

function nb(e: Event): Texts {
  switch (e.kind) {
    case 'AUDIT_PROPOSED_SUPPLIER':
      return {
        subject: `Revisjon ${e.auditId}: bekreft datoen ${e.plannedOn}`,
        body: `Det er foreslått en felles revisjon av ${e.supplier} mot ${list(e.standards)} den ${e.plannedOn}, med ${e.lead} som ledende revisor. Bekreft datoen, eller be om en ny.`,
      };
    case 'AUDIT_PROPOSED_MEMBER':
      return {
        subject: `Revisjon ${e.auditId} av ${e.supplier}: vil dere bygge på resultatet?`,
        body: `${e.lead} reviderer ${e.supplier} mot ${list(e.standards)} den ${e.plannedOn}, også på vegne av dere. Godta at dere bygger på resultatet, eller avslå med en begrunnelse.`,
      };
    case 'AUDIT_LEAD_ASSIGNED':
      return {
        subject: `Du er ledende revisor for revisjon ${e.auditId} av ${e.supplier}`,
        body: `Revisjonen av ${e.supplier} mot ${list(e.standards)} er planlagt til ${e.plannedOn}.`,
      };
    case 'AUDIT_DATE_CONFIRMED':
      return {
        subject: `Revisjon ${e.auditId}: ${e.supplier} har bekreftet ${e.plannedOn}`,
        body: `Datoen ${e.plannedOn} er bekreftet av leverandøren.`,
      };
    case 'AUDIT_RESCHEDULED':
      return { subject: `Revisjon ${e.auditId} av ${e.supplier} er flyttet til ${e.plannedOn}`, body: `Begrunnelse: ${e.reason}` };
    case 'AUDIT_RELIANCE_ANSWERED':
      return {
        subject: `Revisjon ${e.auditId}: ${e.member} ${e.accepted ? 'bygger på resultatet' : 'har avslått'}`,
        body: e.accepted
          ? `${e.member} bygger på revisjonen av ${e.supplier}.`
          : `${e.member} bygger ikke på revisjonen av ${e.supplier}. Begrunnelse: ${e.reason ?? '—'}`,
      };
    case 'AUDIT_CANCELLED':
      return { subject: `Revisjon ${e.auditId} av ${e.supplier} er avlyst`, body: `Begrunnelse: ${e.reason}` };
    case 'AUDIT_REPORTED':
      return {
        subject: `Revisjonsrapport ${e.auditId} for ${e.supplier} er utgitt`,
        body: `Funn: ${e.major} store avvik, ${e.minor} mindre avvik, ${e.observations} observasjoner.`,
      };
    case 'AUDIT_REGISTERED':
      return {
        subject: `Registrert: ${e.supplier} revidert mot ${list(e.standards)} ${e.auditedOn}`,
        body: `Registeret viser nå at ${e.supplier} ble revidert mot ${list(e.standards)} den ${e.auditedOn} (revisjon ${e.auditId}), for dere.`,
      };
    case 'FINDING_EVIDENCE_SUBMITTED':
      return {
        subject: `Revisjon ${e.auditId}: dokumentasjon for funn ${e.findingId} (${e.clause})`,
        body: `${e.supplier} har sendt dokumentasjon for korrigerende tiltak. Vurder den, og lukk funnet når tiltaket er på plass.`,
      };
    case 'FINDING_CLOSED':
      return { subject: `Revisjon ${e.auditId}: funn ${e.findingId} (${e.clause}) er lukket`, body: `Lukket ${e.closedOn}.` };
    case 'FINDING_ACTION_OVERDUE':
      return {
        subject: `Forfalt tiltak: ${severityNb[e.severity] ?? e.severity} ${standardLabel(e.standard)} ${e.clause} hos ${e.supplier}`,
        body: `Det korrigerende tiltaket for funn ${e.findingId} i revisjon ${e.auditId} skulle vært lukket ${e.dueOn}. Send dokumentasjon, eller avtal en ny frist med ledende revisor.`,
      };
  }
}

function en(e: Event): Texts {
  switch (e.kind) {
    case 'AUDIT_PROPOSED_SUPPLIER':
      return {
        subject: `Audit ${e.auditId}: please confirm ${e.plannedOn}`,
        body: `A coordinated audit of ${e.supplier} against ${list(e.standards)} is proposed for ${e.plannedOn}, led by ${e.lead}. Confirm the date, or ask for another.`,
      };
    case 'AUDIT_PROPOSED_MEMBER':
      return {
        subject: `Audit ${e.auditId} of ${e.supplier}: will you rely on it?`,
        body: `${e.lead} audits ${e.supplier} against ${list(e.standards)} on ${e.plannedOn}, also on your behalf. Accept that you rely on the result, or decline with a reason.`,
      };
    case 'AUDIT_LEAD_ASSIGNED':
      return {
        subject: `You are the lead auditor of audit ${e.auditId} of ${e.supplier}`,
        body: `The audit of ${e.supplier} against ${list(e.standards)} is planned for ${e.plannedOn}.`,
      };
    case 'AUDIT_DATE_CONFIRMED':
      return { subject: `Audit ${e.auditId}: ${e.supplier} confirmed ${e.plannedOn}`, body: `The supplier confirmed ${e.plannedOn}.` };
    case 'AUDIT_RESCHEDULED':
      return { subject: `Audit ${e.auditId} of ${e.supplier} moved to ${e.plannedOn}`, body: `Reason: ${e.reason}` };
    case 'AUDIT_RELIANCE_ANSWERED':
      return {
        subject: `Audit ${e.auditId}: ${e.member} ${e.accepted ? 'relies on the result' : 'declined'}`,
        body: e.accepted
          ? `${e.member} relies on the audit of ${e.supplier}.`
          : `${e.member} does not rely on the audit of ${e.supplier}. Reason: ${e.reason ?? '—'}`,
      };
    case 'AUDIT_CANCELLED':
      return { subject: `Audit ${e.auditId} of ${e.supplier} is cancelled`, body: `Reason: ${e.reason}` };
    case 'AUDIT_REPORTED':
      return {
        subject: `Audit report ${e.auditId} for ${e.supplier} is issued`,
        body: `Findings: ${e.major} major, ${e.minor} minor, ${e.observations} observations.`,
      };
    case 'AUDIT_REGISTERED':
      return {
        subject: `Recorded: ${e.supplier} audited against ${list(e.standards)} on ${e.auditedOn}`,
        body: `The register now shows that ${e.supplier} was audited against ${list(e.standards)} on ${e.auditedOn} (audit ${e.auditId}), for you.`,
      };
    case 'FINDING_EVIDENCE_SUBMITTED':
      return {
        subject: `Audit ${e.auditId}: evidence for finding ${e.findingId} (${e.clause})`,
        body: `${e.supplier} sent evidence of its corrective action. Review it, and close the finding when the action is in place.`,
      };
    case 'FINDING_CLOSED':
      return { subject: `Audit ${e.auditId}: finding ${e.findingId} (${e.clause}) is closed`, body: `Closed on ${e.closedOn}.` };
    case 'FINDING_ACTION_OVERDUE':
      return {
        subject: `Overdue action: ${severityEn[e.severity] ?? e.severity} ${standardLabel(e.standard)} ${e.clause} at ${e.supplier}`,
        body: `The corrective action of finding ${e.findingId} in audit ${e.auditId} was due to be closed on ${e.dueOn}. Send the evidence, or agree a new due date with the lead auditor.`,
      };
  }
}

/** The notice in one language. */
export function text(e: Event, language: NoticeLanguage): Notice {
  return language === 'nb' ? nb(e) : en(e);
}

/** The notice for a recipient whose language is unknown: Norwegian, then English. */
export function notice(e: Event): Notice {
  const a = nb(e);
  const b = en(e);
  return { subject: `${a.subject} / ${b.subject}`, body: `${a.body}\n\n—\n\n${b.body}` };
}

export type AuditEvent = Event;
