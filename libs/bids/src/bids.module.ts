import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { MembersModule } from '@app/members';
import { TendersModule } from '@app/tenders';
import { BidResolver, WorkPackageResolver } from './api/bid.resolver';
import { BidsService, WorkPackageCoversLoader } from './bids.service';

@Module({
  imports: [MembersModule, TendersModule, MatchingModule],
  providers: [BidsService, WorkPackageCoversLoader, BidResolver, WorkPackageResolver],
  exports: [BidsService],
})
export class BidsModule {}
