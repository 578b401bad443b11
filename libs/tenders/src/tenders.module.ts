import { Module } from '@nestjs/common';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { OcdsImportController } from './api/ocds-import.controller';
import { TenderResolver } from './api/tender.resolver';
import { OcdsImportService } from './ocds-import.service';
import { RequirementByIdLoader } from './loaders/requirement-by-id.loader';
import { TenderByIdLoader } from './loaders/tender-by-id.loader';
import { TenderDocumentsLoader } from './loaders/tender-documents.loader';
import { RequirementsByTenderLoader } from './loaders/requirements-by-tender.loader';
import { TenderLotsLoader } from './loaders/tender-lots.loader';
import { TendersService } from './tenders.service';

@Module({
  imports: [MembersModule, NotificationsModule],
  controllers: [OcdsImportController],
  providers: [
    TendersService,
    TenderLotsLoader,
    RequirementsByTenderLoader,
    TenderDocumentsLoader,
    TenderByIdLoader,
    RequirementByIdLoader,
    OcdsImportService,
    TenderResolver,
  ],
  exports: [TendersService, OcdsImportService, TenderByIdLoader, RequirementByIdLoader],
})
export class TendersModule {}
