export * from './bids.module';
export * from './bids.service';
export * from './submission.service';
export * from './bid-rules';
export { BidByIdLoader } from './loaders/bid-by-id.loader';
export { BidPriceLoader } from './loaders/bid-price.loader';
export * from './entities/bid.entity';
export { BidModel, WorkPackageModel } from './api/models/bid.model';
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
