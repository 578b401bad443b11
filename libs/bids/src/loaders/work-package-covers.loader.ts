import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, groupByKeys, type LoaderFactory } from '@app/core';
import { WorkPackageRequirement } from '../entities/bid.entity';

/** The requirements each work package covers, batched per request. */
@Injectable()
export class WorkPackageCoversLoader implements LoaderFactory<number, WorkPackageRequirement[]> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, WorkPackageRequirement[]> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) =>
        em.find(WorkPackageRequirement, { where: { workPackageId: In([...ids]) }, order: { id: 'ASC' } }),
      );
      return groupByKeys(ids, rows, (r) => r.workPackageId);
    });
  }
}
