import type { BrochureLanguage } from '@app/brochures';

/** Every fixed text of the audit report, per language. */
export interface AuditReportTexts {
  kind: string;
  title: (supplier: string) => string;
  draft: string;
  issued: (date: string) => string;
  confidential: string;
  supplier: string;
  standards: string;
  auditDate: string;
  plannedDate: string;
  leadAuditor: string;
  onBehalfOf: string;
  reportDate: string;
  notReported: string;
  scope: string;
  wholeStandard: string;
  clauses: (list: string) => string;
  conclusion: string;
  noConclusion: string;
  findings: string;
  counts: (major: number, minor: number, observations: number, open: number) => string;
  noFindings: string;
  severity: Record<'MAJOR' | 'MINOR' | 'OBSERVATION', string>;
  finding: (n: number) => string;
  clause: string;
  description: string;
  correctiveAction: string;
  notGiven: string;
  dueOn: string;
  evidence: string;
  status: string;
  open: string;
  overdue: string;
  closedOn: (date: string) => string;
  register: string;
  registered: (date: string, members: string, standards: string, auditedOn: string) => string;
  awaitingMajor: string;
  notYetReported: string;
  relies: string;
  invited: string;
  declined: string;
}

const nb: AuditReportTexts = {
  kind: 'Revisjonsrapport',
  title: (s) => `Revisjonsrapport: ${s}`,
  draft: 'Utkast — rapporten er ikke utgitt',
  issued: (d) => `Utgitt ${d}`,
  confidential: 'Fortrolig: for leverandøren, ledende revisors bedrift og medlemmene revisjonen er gjort for.',
  supplier: 'Leverandør',
  standards: 'Standarder',
  auditDate: 'Revidert',
  plannedDate: 'Planlagt',
  leadAuditor: 'Ledende revisor',
  onBehalfOf: 'På vegne av',
  reportDate: 'Rapportdato',
  notReported: 'ikke utgitt',
  scope: 'Omfang',
  wholeStandard: 'hele standarden',
  clauses: (l) => `punkt ${l}`,
  conclusion: 'Konklusjon',
  noConclusion: 'Ledende revisor har ikke skrevet konklusjonen ennå.',
  findings: 'Funn',
  counts: (M, m, o, open) =>
    `${M} ${M === 1 ? 'stort avvik' : 'store avvik'}, ${m} mindre avvik, ${o} ${o === 1 ? 'observasjon' : 'observasjoner'}; ${open} ${open === 1 ? 'åpent' : 'åpne'}.`,
  noFindings: 'Revisjonen ga ingen funn.',
  severity: { MAJOR: 'Stort avvik', MINOR: 'Mindre avvik', OBSERVATION: 'Observasjon' },
  finding: (n) => `Funn ${n}`,
  clause: 'Punkt',
  description: 'Beskrivelse',
  correctiveAction: 'Korrigerende tiltak',
  notGiven: 'ikke oppgitt ennå',
  dueOn: 'Frist',
  evidence: 'Dokumentasjon',
  status: 'Status',
  open: 'Åpent',
  overdue: 'Åpent — fristen er passert',
  closedOn: (d) => `Lukket ${d}`,
  register: 'Virkning i registeret',
  registered: (d, members, standards, auditedOn) =>
    `Registrert ${d}: for ${members} er leverandøren revidert mot ${standards} den ${auditedOn}. Neste revisjon for disse medlemmene regnes fra denne datoen.`,
  awaitingMajor:
    'Ikke registrert ennå: revisjonen føres i registeret for medlemmene når alle store avvik er lukket. Sertifikatet fjernes ikke; det avgjør sertifiseringsorganet.',
  notYetReported: 'Revisjonen føres i registeret når rapporten er utgitt og ingen store avvik er åpne.',
  relies: 'bygger på resultatet',
  invited: 'ikke svart',
  declined: 'avslått',
};

const en: AuditReportTexts = {
  kind: 'Audit report',
  title: (s) => `Audit report: ${s}`,
  draft: 'Draft — the report is not issued',
  issued: (d) => `Issued ${d}`,
  confidential: "Confidential: for the supplier, the lead auditor's firm and the members the audit was done for.",
  supplier: 'Supplier',
  standards: 'Standards',
  auditDate: 'Audited',
  plannedDate: 'Planned',
  leadAuditor: 'Lead auditor',
  onBehalfOf: 'On behalf of',
  reportDate: 'Report date',
  notReported: 'not issued',
  scope: 'Scope',
  wholeStandard: 'the whole standard',
  clauses: (l) => `clauses ${l}`,
  conclusion: 'Conclusion',
  noConclusion: 'The lead auditor has not written the conclusion yet.',
  findings: 'Findings',
  counts: (M, m, o, open) =>
    `${M} major, ${m} minor ${m + M === 1 ? 'nonconformity' : 'nonconformities'}, ${o} ${o === 1 ? 'observation' : 'observations'}; ${open} open.`,
  noFindings: 'The audit found nothing to report.',
  severity: { MAJOR: 'Major nonconformity', MINOR: 'Minor nonconformity', OBSERVATION: 'Observation' },
  finding: (n) => `Finding ${n}`,
  clause: 'Clause',
  description: 'Description',
  correctiveAction: 'Corrective action',
  notGiven: 'not given yet',
  dueOn: 'Due',
  evidence: 'Evidence',
  status: 'Status',
  open: 'Open',
  overdue: 'Open — past its due date',
  closedOn: (d) => `Closed ${d}`,
  register: 'Effect on the register',
  registered: (d, members, standards, auditedOn) =>
    `Recorded ${d}: for ${members} the supplier was audited against ${standards} on ${auditedOn}. Their next audit falls due from that date.`,
  awaitingMajor:
    "Not recorded yet: the register records the audit for the members once every major finding is closed. The certificate is not removed; that is the certification body's decision.",
  notYetReported: 'The register records the audit once the report is issued with no major finding open.',
  relies: 'relies on the result',
  invited: 'has not answered',
  declined: 'declined',
};

export function auditReportTexts(language: BrochureLanguage): AuditReportTexts {
  return language === 'nb' ? nb : en;
}
