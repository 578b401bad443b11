import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory, groupByKeys } from '@app/core';
import { Milestone } from '../entities/order.entity';

@Injectable()
export class MilestonesByLineLoader implements LoaderFactory<number, Milestone[]> {
  constructor(private readonly db: Database) {}
  createLoader() {
    return new DataLoader<number, Milestone[]>(async (ids) =>
      groupByKeys(
        ids,
        await this.db.read((em) => em.find(Milestone, { where: { orderLineId: In([...ids]) }, order: { plannedDate: 'ASC', id: 'ASC' } })),
        (m) => m.orderLineId,
      ),
    );
  }
}
