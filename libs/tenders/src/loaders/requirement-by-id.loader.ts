import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory } from '@app/core';
import { Requirement } from '../entities/tender.entity';

/** Requirements by id, one statement per batch (what a work package covers). */
@Injectable()
export class RequirementByIdLoader implements LoaderFactory<number, Requirement | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, Requirement | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) => em.findBy(Requirement, { id: In([...ids]) }));
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id));
    });
  }
}
