import { Module } from '@nestjs/common';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { AgreementDocumentService } from './agreement-document.service';
import { AgreementsService } from './agreements.service';
import { AgreementPdfController } from './api/agreement-pdf.controller';
import { AgreementResolver, LoanHoursResolver } from './api/agreement.resolver';
import { ExchangeMatchResolver, PostingResolver } from './api/posting.resolver';
import { SettlementBalanceResolver, SettlementFeeResolver, SettlementLineResolver, SettlementResolver } from './api/settlement.resolver';
import { ExchangeTermsResolver } from './api/terms.resolver';
import { ExchangeMatchingService } from './exchange-matching.service';
import { LoanHoursByAgreementLoader } from './loaders/loan-hours-by-agreement.loader';
import { MatchesByNeedLoader } from './loaders/matches-by-need.loader';
import { PostingByIdLoader } from './loaders/posting-by-id.loader';
import { PostingsService } from './postings.service';
import { SettlementService } from './settlement.service';
import { ExchangeTermsService } from './terms.service';

@Module({
  imports: [MembersModule, NotificationsModule],
  controllers: [AgreementPdfController],
  providers: [
    ExchangeTermsService,
    ExchangeMatchingService,
    PostingsService,
    AgreementsService,
    SettlementService,
    AgreementDocumentService,
    PostingByIdLoader,
    MatchesByNeedLoader,
    LoanHoursByAgreementLoader,
    ExchangeTermsResolver,
    PostingResolver,
    ExchangeMatchResolver,
    AgreementResolver,
    LoanHoursResolver,
    SettlementResolver,
    SettlementLineResolver,
    SettlementBalanceResolver,
    SettlementFeeResolver,
  ],
  exports: [ExchangeTermsService, PostingsService, AgreementsService, ExchangeMatchingService, SettlementService],
})
export class ExchangeModule {}
