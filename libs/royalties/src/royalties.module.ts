import { Module } from '@nestjs/common';
import { BidsModule } from '@app/bids';
import { MembersModule } from '@app/members';
import { OrdersModule } from '@app/orders';
import { RoyaltyAgreementResolver, RoyaltyLedgerResolver, RoyaltyLineResolver, RoyaltyResolver } from './api/royalty.resolver';
import { RoyaltyAgreementNamesResolver, RoyaltyLedgerNamesResolver } from './api/royalty-names.resolver';
import { RoyaltiesService } from './royalties.service';
import { StatementLinesLoader } from './loaders/statement-lines.loader';
import { StatementPeriodsLoader } from './loaders/statement-periods.loader';

@Module({
  imports: [BidsModule, OrdersModule, MembersModule],
  providers: [
    RoyaltiesService,
    StatementLinesLoader,
    StatementPeriodsLoader,
    RoyaltyResolver,
    RoyaltyLineResolver,
    RoyaltyLedgerResolver,
    RoyaltyAgreementResolver,
    RoyaltyAgreementNamesResolver,
    RoyaltyLedgerNamesResolver,
  ],
  exports: [RoyaltiesService],
})
export class RoyaltiesModule {}
