import type { CertificateType } from '../../gql/graphql';

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
