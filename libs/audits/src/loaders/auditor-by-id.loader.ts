import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory } from '@app/core';
import { User } from '@app/identity';

/** Lead auditors by user id (their name and firm only). */
@Injectable()
export class AuditorByIdLoader implements LoaderFactory<number, User | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, User | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) =>
        em.find(User, { select: { id: true, displayName: true, firmId: true, role: true }, where: { id: In([...ids]) } }),
      );
      const byId = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id));
    });
  }
}
