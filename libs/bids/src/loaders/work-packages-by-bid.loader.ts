import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { type Actor, Database, groupByKeys, type LoaderFactory } from '@app/core';
import { WorkPackagesService } from '../work-packages.service';
import { WorkPackage } from '../entities/bid.entity';

@Injectable()
export class WorkPackagesByBidLoader implements LoaderFactory<number, WorkPackage[]> {
  constructor(
    private readonly db: Database,
    private readonly packages: WorkPackagesService,
  ) {}

  /** Packages of many bids in one statement (per request), already filtered for the actor. */
  createLoader(actor: Actor): DataLoader<number, WorkPackage[]> {
    return new DataLoader(async (bidIds) => {
      const rows = await this.db.read((em) => em.find(WorkPackage, { where: { bidId: In([...bidIds]) }, order: { id: 'ASC' } }));
      return groupByKeys(
        bidIds,
        rows.filter((w) => this.packages.canSee(actor, w)).map((w) => this.packages.view(actor, w)) as WorkPackage[],
        (w) => w.bidId,
      );
    });
  }
}
