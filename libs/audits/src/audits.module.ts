import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { AuditReportController } from './api/audit-report.controller';
import { AuditFindingResolver, AuditParticipantResolver, AuditResolver } from './api/audit.resolver';
import {
  AuditNeedResolver,
  ProgrammeResolver,
  ProgrammeSupplierResolver,
  SuggestedCoordinationMemberResolver,
  SuggestedCoordinationResolver,
} from './api/programme.resolver';
import {
  CertificateAuditFieldsResolver,
  MemberAuditFieldsResolver,
  SupplierAuditRecordResolver,
  SupplierAuditRecordsQueryResolver,
} from './api/register-fields.resolver';
import { SupplierRegisterResolver } from './api/supplier-register.resolver';
import { AuditorByIdLoader } from './loaders/auditor-by-id.loader';
import { FindingsByAuditLoader } from './loaders/findings-by-audit.loader';
import { OverdueMajorsBySupplierLoader } from './loaders/overdue-majors-by-supplier.loader';
import { RecordsBySupplierLoader } from './loaders/records-by-supplier.loader';
import { AuditReportService } from './audit-report.service';
import { AuditsService } from './audits.service';
import { ProgrammeService } from './programme.service';
import { SupplierRegisterService } from './supplier-register.service';

@Module({
  imports: [MembersModule, NotificationsModule, MatchingModule],
  controllers: [AuditReportController],
  providers: [
    SupplierRegisterService,
    AuditsService,
    ProgrammeService,
    AuditReportService,
    FindingsByAuditLoader,
    AuditorByIdLoader,
    OverdueMajorsBySupplierLoader,
    RecordsBySupplierLoader,
    SupplierRegisterResolver,
    AuditResolver,
    AuditParticipantResolver,
    AuditFindingResolver,
    ProgrammeResolver,
    ProgrammeSupplierResolver,
    AuditNeedResolver,
    SuggestedCoordinationResolver,
    SuggestedCoordinationMemberResolver,
    MemberAuditFieldsResolver,
    CertificateAuditFieldsResolver,
    SupplierAuditRecordResolver,
    SupplierAuditRecordsQueryResolver,
  ],
  exports: [SupplierRegisterService, AuditsService, ProgrammeService, AuditReportService],
})
export class AuditsModule {}
