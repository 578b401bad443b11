export * from './bids.module';
export * from './bids.service';
export * from './work-packages.service';
export * from './submission.service';
export * from './bid-rules';
export * from './bid-loaders';
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
