import type { AuditStatus, CertificateType, FindingSeverity } from '../../gql/graphql';

/** How a standard is written: AQAP_2110 → "AQAP 2110", ISO_3834_2 → "ISO 3834-2" (a name, not a translated text). */
export function standardLabel(s: CertificateType): string {
  const m = /^([A-Z]+)_(\d+)(?:_(\d+))?$/.exec(s);
  return m ? `${m[1]} ${m[2]}${m[3] ? `-${m[3]}` : ''}` : s;
}

export const standardsLabel = (list: readonly CertificateType[]) => list.map(standardLabel).join(', ');

export const STATUS_COLOR: Record<AuditStatus, string> = {
  PLANNED: 'blue',
  DONE: 'orange',
  REPORTED: 'green',
  CANCELLED: 'gray',
};

export const SEVERITY_COLOR: Record<FindingSeverity, string> = {
  MAJOR: 'red',
  MINOR: 'orange',
  OBSERVATION: 'gray',
};
