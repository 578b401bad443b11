// The bids context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import {
  Bid,
  BidRevision,
  MemberActivity,
  WorkPackage,
  WorkPackageEvent,
  WorkPackageNeed,
  WorkPackageOffer,
  WorkPackageRequirement,
} from './entities/bid.entity';

export { BidsModule } from './bids.module';
export { BidsService, ROYALTY_RATE_PORT, type RoyaltyRateSource } from './bids.service';
export { WorkPackagesService } from './work-packages.service';
export { BID_WON_PORT, type BidWonListener, SubmissionService } from './submission.service';
export { BidByIdLoader } from './loaders/bid-by-id.loader';
export { BidPriceLoader } from './loaders/bid-price.loader';
export { BidModel } from './api/models/bid.model';
export {
  ACTIVITY_SLICE_MS,
  Bid,
  BidderKind,
  BidRevision,
  BidStatus,
  WorkPackage,
  WorkPackageEvent,
  WorkPackageRequirement,
  WorkPackageStatus,
} from './entities/bid.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const BIDS_ENTITIES = [
  Bid,
  WorkPackage,
  WorkPackageRequirement,
  WorkPackageEvent,
  BidRevision,
  MemberActivity,
  WorkPackageNeed,
  WorkPackageOffer,
];
