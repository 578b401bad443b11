import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type Actor, type LoaderFactory } from '@app/core';
import type { PriceBuildUp } from '../bid-rules';
import { BidsService } from '../bids.service';
import { Bid } from '../entities/bid.entity';

/** Many bids' price build-ups: their packages in one statement and the royalty rate once per batch. */
@Injectable()
export class BidPriceLoader implements LoaderFactory<Bid, PriceBuildUp> {
  constructor(private readonly bids: BidsService) {}
  createLoader(actor: Actor): DataLoader<Bid, PriceBuildUp> {
    return new DataLoader((bids) => this.bids.priceBuildUps(actor, bids), { cacheKeyFn: (b) => b.id });
  }
}
