import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { TendersModule } from '@app/tenders';
import {
  BidResolver,
  ComplianceCoverageResolver,
  PackageCoverResolver,
  WorkPackageEventResolver,
  WorkPackageResolver,
} from './api/bid.resolver';
import { SubmissionResolver } from './api/submission.resolver';
import { BidByIdLoader, BidPriceLoader } from './bid-loaders';
import { BidsService } from './bids.service';
import { SubmissionService } from './submission.service';
import { WorkPackageCoversLoader, WorkPackageEventsLoader, WorkPackagesService } from './work-packages.service';

@Module({
  imports: [MembersModule, TendersModule, MatchingModule, NotificationsModule],
  providers: [
    BidsService,
    WorkPackagesService,
    SubmissionService,
    WorkPackageCoversLoader,
    WorkPackageEventsLoader,
    BidResolver,
    WorkPackageResolver,
    PackageCoverResolver,
    WorkPackageEventResolver,
    ComplianceCoverageResolver,
    SubmissionResolver,
    BidByIdLoader,
    BidPriceLoader,
  ],
  exports: [BidsService, WorkPackagesService, SubmissionService, BidByIdLoader, BidPriceLoader],
})
export class BidsModule {}
