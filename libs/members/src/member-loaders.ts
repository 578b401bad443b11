import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory, leanQuery, leanShape } from '@app/core';
import { CatalogueEntry } from './entities/capability.entity';
import { DuesBand } from './entities/dues-band.entity';
import { Member } from './entities/member.entity';

/** Members by id, one statement per request batch (public profile data only). */
@Injectable()
export class MemberByIdLoader implements LoaderFactory<number, Member | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, Member | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) => em.findBy(Member, { id: In([...ids]) }));
      const map = new Map(rows.map((m) => [m.id, m]));
      return ids.map((id) => map.get(id));
    });
  }
}

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

/** The most recent dues table (for the public employee band), loaded once per request. */
@Injectable()
export class LatestDuesBandsLoader implements LoaderFactory<'latest', DuesBand[]> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<'latest', DuesBand[]> {
    return new DataLoader(async (keys) => {
      const bands = await this.db.read(async (em) => {
        const shape = leanShape(em, DuesBand, 'b', null);
        return shape.hydrate(
          await leanQuery(
            em,
            `SELECT ${shape.select} FROM dues_band b WHERE b.year = (SELECT MAX(year) FROM dues_band) ORDER BY b.employees_min ASC`,
          ),
        );
      });
      return keys.map(() => bands);
    });
  }
}
