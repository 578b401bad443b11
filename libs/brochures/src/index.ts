export * from './brochures.module';
export * from './brochures.service';
export * from './digesting-sink';
export * from './entities/brochure.entity';
export * from './entities/network-contact.entity';
export * from './network-contact.service';
export { BrochureModel, BrochureLanguageCode } from './api/models/brochure.model';
import { Brochure } from './entities/brochure.entity';
import { NetworkContactRecord } from './entities/network-contact.entity';

export const BROCHURES_ENTITIES = [Brochure, NetworkContactRecord];
// The PDF building blocks other contexts use for their own documents, in the brochures' fonts and style.
export {
  bannerRow,
  brochureTexts,
  colors,
  columnLabelRow,
  Composer,
  contentWidth,
  createBrochureDocument,
  leadingOf,
  Painter,
  pageFrame,
  pageGeometry,
  paragraphRows,
  parseIsoDate,
  renderToBuffer,
  sectionTitleRow,
  spacer,
  streamDocument,
  subheadingRow,
  TextMeasure,
  typeScale,
  type BrochureLanguage,
  type BrochureResult,
  type BrochureTexts,
  type DocumentMeta,
  type IsoDate,
  type PageDecorator,
  type RenderedBrochure,
  type Row,
  type TextOptions,
  type TextStyle,
} from './pdf';
