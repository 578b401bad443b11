import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory } from '@app/core';
import { Member } from '../entities/member.entity';

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
