import { CERTIFICATE_TYPES, CLEARANCE_LEVELS, CertificateType, ClearanceLevel, RequiredCertificate } from './types';

/**
 * Whether a held certificate satisfies a required one, ignoring dates: the same type, or a
 * stricter standard (ISO 3834-2 "comprehensive" covers ISO 3834-3 "standard"; EN 9100 includes
 * ISO 9001). A NADCAP requirement that names a process needs an accreditation for that process.
 */
export function satisfies(held: { type: CertificateType; process?: string | null }, required: RequiredCertificate): boolean {
  if (held.type === required.type) {
    if (required.type === 'NADCAP' && required.process) return held.process === required.process;
    return true;
  }
  if (required.type === 'ISO_3834_3' && held.type === 'ISO_3834_2') return true;
  if (required.type === 'ISO_9001' && held.type === 'EN_9100') return true;
  return false;
}

const LABELS: Record<CertificateType, string> = {
  ISO_9001: 'ISO 9001',
  EN_9100: 'EN 9100',
  AQAP_2110: 'AQAP 2110',
  AQAP_2310: 'AQAP 2310',
  ISO_3834_2: 'ISO 3834-2',
  ISO_3834_3: 'ISO 3834-3',
  NADCAP: 'Nadcap',
  ISO_14001: 'ISO 14001',
  FACILITY_CLEARANCE: 'facility security clearance',
  EXPORT_CONTROL: 'export control registration',
};

/** "AQAP 2110", "Nadcap WELDING", "ISO 3834-2". */
export function certificateLabel(cert: { type: CertificateType; process?: string | null }): string {
  const base = LABELS[cert.type] ?? cert.type;
  return cert.type === 'NADCAP' && cert.process ? `${base} ${cert.process}` : base;
}

export function isCertificateType(value: unknown): value is CertificateType {
  return typeof value === 'string' && (CERTIFICATE_TYPES as readonly string[]).includes(value);
}

export function isClearanceLevel(value: unknown): value is ClearanceLevel {
  return typeof value === 'string' && (CLEARANCE_LEVELS as readonly string[]).includes(value);
}

/** 0 = RESTRICTED … 3 = TOP_SECRET. */
export function clearanceRank(level: ClearanceLevel): number {
  return CLEARANCE_LEVELS.indexOf(level);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written 'YYYY-MM-DD' (so that string order is date order). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}
