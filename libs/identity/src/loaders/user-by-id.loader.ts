import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory } from '@app/core';
import { User } from '../entities/user.entity';

/** People by user id, one statement per batch: for showing a name (a voter, who did what). */
@Injectable()
export class UserByIdLoader implements LoaderFactory<number, User | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, User | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) => em.findBy(User, { id: In([...ids]) }));
      const map = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => map.get(id));
    });
  }
}
