import { Module } from '@nestjs/common';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { OcdsImportController } from './api/ocds-import.controller';
import { TenderResolver } from './api/tender.resolver';
import { OcdsImportService } from './ocds-import.service';
import { RequirementByIdLoader, TenderByIdLoader, TenderDocumentsLoader } from './tender-loaders';
import { TenderLotsLoader, TendersService } from './tenders.service';

@Module({
  imports: [MembersModule, NotificationsModule],
  controllers: [OcdsImportController],
  providers: [
    TendersService,
    TenderLotsLoader,
    TenderDocumentsLoader,
    TenderByIdLoader,
    RequirementByIdLoader,
    OcdsImportService,
    TenderResolver,
  ],
  exports: [TendersService, OcdsImportService, TenderByIdLoader, RequirementByIdLoader],
})
export class TendersModule {}
