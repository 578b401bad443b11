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
// Building blocks for other contexts' documents in the brochures' fonts and style (e.g. the exchange's loan agreement).
export { createBrochureDocument, type DocumentMeta, parseIsoDate } from './layout/pdf-document';
export { Painter, type TextOptions } from './layout/painter';
export { TextMeasure } from './layout/text-measure';
export { colors, contentWidth, leadingOf, page as pageGeometry, typeScale, type TextStyle } from './brochure-style';
// … and the two-pass layout of the brochures (e.g. the audits' report): rows on pages, the page frame, streaming.
export { Composer, type PageDecorator, type Row } from './layout/composer';
export { streamDocument } from './layout/stream-document';
export { pageFrame } from './sections/page-frame';
export { bannerRow, columnLabelRow, paragraphRows, sectionTitleRow, spacer, subheadingRow } from './sections/rows';
