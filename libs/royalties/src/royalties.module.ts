import { Module } from '@nestjs/common';
import { BidsModule } from '@app/bids';
import { OrdersModule } from '@app/orders';
import { RoyaltyAgreementResolver, RoyaltyLedgerResolver, RoyaltyLineResolver, RoyaltyResolver } from './api/royalty.resolver';
import { RoyaltiesService } from './royalties.service';

@Module({
  imports: [BidsModule, OrdersModule],
  providers: [RoyaltiesService, RoyaltyResolver, RoyaltyLineResolver, RoyaltyLedgerResolver, RoyaltyAgreementResolver],
  exports: [RoyaltiesService],
})
export class RoyaltiesModule {}
