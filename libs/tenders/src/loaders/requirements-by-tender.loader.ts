import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, groupByKeys, type LoaderFactory } from '@app/core';
import { Requirement } from '../entities/tender.entity';

@Injectable()
export class RequirementsByTenderLoader implements LoaderFactory<number, Requirement[]> {
  constructor(private readonly db: Database) {}

  /** Per-request loader of requirements by tender id. */
  createLoader(): DataLoader<number, Requirement[]> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) => em.find(Requirement, { where: { tenderId: In([...ids]) }, order: { id: 'ASC' } }));
      return groupByKeys(ids, rows, (r) => r.tenderId);
    });
  }
}
