import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database, type LoaderFactory, leanShape } from '@app/core';
import { DuesBand } from '../entities/dues-band.entity';

/** The most recent dues table (for the public employee band), loaded once per request. */
@Injectable()
export class LatestDuesBandsLoader implements LoaderFactory<'latest', DuesBand[]> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<'latest', DuesBand[]> {
    return new DataLoader(async (keys) => {
      const bands = await this.db.read(async (em) => {
        const shape = leanShape(em, DuesBand, 'b', null);
        return shape.read(
          em,
          `SELECT ${shape.select} FROM dues_band b WHERE b.year = (SELECT MAX(year) FROM dues_band) ORDER BY b.employees_min ASC`,
        );
      });
      return keys.map(() => bands);
    });
  }
}
