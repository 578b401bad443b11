import type { CertificateType } from '../gql/graphql';
import type { Translate } from './i18n/i18n';

/** Every kind of certificate the register knows, in the order the console lists them. */
export const CERTIFICATE_TYPES: CertificateType[] = [
  'ISO_9001',
  'ISO_14001',
  'AQAP_2110',
  'AQAP_2310',
  'EN_9100',
  'ISO_3834_2',
  'ISO_3834_3',
  'NADCAP',
  'EXPORT_CONTROL',
  'FACILITY_CLEARANCE',
];

/**
 * A certificate kind by its name ("ISO 3834-2", "Virksomhetsklarering"), never the API's code;
 * the same names as the API's Certificate.label, in the reader's language.
 */
export function certificateName(t: Translate, type: string): string {
  return (CERTIFICATE_TYPES as string[]).includes(type) ? t(`certificate.${type as CertificateType}`) : type;
}

/** The kinds as choices for a select: the code as value, the name as label. */
export function certificateOptions(t: Translate): { value: CertificateType; label: string }[] {
  return CERTIFICATE_TYPES.map((c) => ({ value: c, label: certificateName(t, c) }));
}
