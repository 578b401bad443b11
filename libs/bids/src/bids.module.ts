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
import { BidByIdLoader } from './loaders/bid-by-id.loader';
import { BidPriceLoader } from './loaders/bid-price.loader';
import { BidsService } from './bids.service';
import { WorkPackageCoversLoader } from './loaders/work-package-covers.loader';
import { WorkPackageEventsLoader } from './loaders/work-package-events.loader';
import { WorkPackagesByBidLoader } from './loaders/work-packages-by-bid.loader';
import { SubmissionService } from './submission.service';
import { WorkPackagesService } from './work-packages.service';

@Module({
  imports: [MembersModule, TendersModule, MatchingModule, NotificationsModule],
  providers: [
    BidsService,
    WorkPackagesService,
    SubmissionService,
    WorkPackageCoversLoader,
    WorkPackageEventsLoader,
    WorkPackagesByBidLoader,
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
