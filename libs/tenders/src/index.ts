// The tenders context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { CpvMapping, OcdsRelease, Requirement, Tender, TenderDocument, TenderLot, TenderStageTransition } from './entities/tender.entity';

export { TendersModule } from './tenders.module';
export { STEERING_GATE_PORT, type SteeringGate, TendersService } from './tenders.service';
export { OcdsImportService } from './ocds-import.service';
export { OCDS_UPLOAD_PATH } from './api/ocds-import.controller';
export { firstInvalidUtf8 } from './ocds/package-text';
export { RequirementByIdLoader } from './loaders/requirement-by-id.loader';
export { TenderByIdLoader } from './loaders/tender-by-id.loader';
export { RequiredCertificateModel, RequirementModel, TenderModel, TenderSummaryModel } from './api/models/tender.model';
export { DEFAULT_WIN_PROBABILITY_BP, LossReason, OPEN_STAGES, TenderStage } from './tender-stage';
export {
  CpvMapping,
  Market,
  OcdsRelease,
  type RequiredCertificate,
  Requirement,
  Tender,
  TenderDocument,
  TenderLot,
  TenderStageTransition,
} from './entities/tender.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const TENDERS_ENTITIES = [Tender, TenderLot, Requirement, TenderStageTransition, CpvMapping, OcdsRelease, TenderDocument];
