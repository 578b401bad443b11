export type {
  BrochureLanguage,
  BrochureResult,
  CapabilityGroup,
  CertificateListing,
  ComplianceCoverage,
  ComplianceItem,
  ConsortiumMember,
  FirmCapability,
  FirmCertificate,
  FirmProfile,
  FirmSource,
  IsoDate,
  NetworkBrochureData,
  NetworkContact,
  NetworkInfo,
  TenderBrochureData,
  TenderInfo,
} from './brochure-data';
export { brochureTexts, type BrochureTexts } from './brochure-texts';
export { BrochureSourceChangedError } from './firm-source';
export { paginateNetworkBrochure, renderNetworkBrochure, type NetworkBrochurePagination } from './network-brochure';
export { renderTenderBrochure, BrochureContentError } from './tender-brochure';
export { renderToBuffer, type RenderedBrochure } from './render-to-buffer';
