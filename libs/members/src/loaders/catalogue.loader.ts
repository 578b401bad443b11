import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory } from '@app/core';
import { CatalogueEntry } from '../entities/capability.entity';

/** Catalogue entries by code. */
@Injectable()
export class CatalogueLoader implements LoaderFactory<string, CatalogueEntry | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<string, CatalogueEntry | undefined> {
    return new DataLoader(async (codes) => {
      const rows = await this.db.read((em) => em.findBy(CatalogueEntry, { code: In([...codes]) }));
      const map = new Map(rows.map((c) => [c.code, c]));
      return codes.map((c) => map.get(c));
    });
  }
}
