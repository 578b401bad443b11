// The brochures context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { Brochure } from './entities/brochure.entity';
import { NetworkContactRecord } from './entities/network-contact.entity';

export { BrochuresModule } from './brochures.module';
export { type BrochureRequest, BrochuresService } from './brochures.service';
export { NetworkContactService } from './network-contact.service';
export { DigestingSink } from './digesting-sink';
export { BrochureLanguageCode } from './api/models/brochure.model';
export { Brochure, BrochureKind } from './entities/brochure.entity';

/** Entities this context owns; the platform registers them with the data source. */
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
