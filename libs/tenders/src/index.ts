export * from './tenders.module';
export * from './tenders.service';
export * from './ocds-import.service';
export * from './tender-stage';
export { OCDS_UPLOAD_PATH } from './api/ocds-import.controller';
export * from './entities/tender.entity';
export { TenderModel, RequirementModel, TenderSummaryModel } from './api/models/tender.model';
export { RequirementByIdLoader } from './loaders/requirement-by-id.loader';
export { TenderByIdLoader } from './loaders/tender-by-id.loader';
export { TenderDocumentsLoader } from './loaders/tender-documents.loader';
export { firstInvalidUtf8 } from './ocds/package-text';
import { CpvMapping, OcdsRelease, Requirement, Tender, TenderDocument, TenderLot, TenderStageTransition } from './entities/tender.entity';

export const TENDERS_ENTITIES = [Tender, TenderLot, Requirement, TenderStageTransition, CpvMapping, OcdsRelease, TenderDocument];
