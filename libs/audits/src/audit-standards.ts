import type { CertificateType } from '@app/members';

// Plain data (no Nest, no database): the programme and the PDF import it.
const std = (code: string) => code as CertificateType;

/**
 * The standards a supplier can be audited against: the quality, welding, special-process and
 * environmental systems among the certificate types. A facility clearance and an export-control
 * registration are granted by authorities, not audited by a customer, so they are not standards here.
 * An audit standard has the same code as the certificate type, so an audit and the supplier's
 * certificate entry refer to each other without a mapping.
 */
export const AUDIT_STANDARDS: readonly CertificateType[] = [
  std('AQAP_2110'),
  std('AQAP_2310'),
  std('EN_9100'),
  std('ISO_9001'),
  std('ISO_3834_2'),
  std('ISO_3834_3'),
  std('NADCAP'),
  std('ISO_14001'),
];

/**
 * The standards whose holder must audit its own suppliers (requirement flow-down): AQAP 2110/2310
 * (NATO quality requirements for design, development and production), EN/AS 9100 (aviation,
 * "control of externally provided processes") and ISO 3834-2/-3 (welding subcontractors). A member
 * that holds one of them, valid on the day in question, needs its suppliers audited against it
 * unless its supplier register names the standards explicitly.
 */
export const SUPPLIER_AUDIT_OBLIGATIONS: readonly CertificateType[] = [
  std('AQAP_2110'),
  std('AQAP_2310'),
  std('EN_9100'),
  std('ISO_3834_2'),
  std('ISO_3834_3'),
];

const AUDITABLE = new Set<string>(AUDIT_STANDARDS);

export function isAuditStandard(v: unknown): v is CertificateType {
  return typeof v === 'string' && AUDITABLE.has(v);
}

/** Names as people write them; the same in Norwegian and English. */
export const STANDARD_LABELS: Record<string, string> = {
  AQAP_2110: 'AQAP 2110',
  AQAP_2310: 'AQAP 2310',
  EN_9100: 'EN/AS 9100',
  ISO_9001: 'ISO 9001',
  ISO_3834_2: 'ISO 3834-2',
  ISO_3834_3: 'ISO 3834-3',
  NADCAP: 'NADCAP',
  ISO_14001: 'ISO 14001',
};

export function standardLabel(s: string): string {
  return STANDARD_LABELS[s] ?? s;
}

/** A clause reference such as "8.4", "8.4.2", "7.5.3 a)" or "§ 10": short, no free prose. */
export const CLAUSE_RE = /^[§0-9A-Za-z][0-9A-Za-z§.\-() ]{0,39}$/;

/** "8.4.2" is inside the scope "8.4"; "8.40" is not; a scope entry of "8" covers all of clause 8. */
export function clauseWithin(clause: string, scoped: string): boolean {
  const a = normaliseClause(clause);
  const b = normaliseClause(scoped);
  return a === b || (a.startsWith(b) && /[.\s(]/.test(a.charAt(b.length)));
}

export function normaliseClause(clause: string): string {
  return clause.trim().replace(/\s+/g, ' ').replace(/^§\s*/, '');
}
