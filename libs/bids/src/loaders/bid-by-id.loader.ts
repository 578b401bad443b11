import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { type Actor, Database, type LoaderFactory, isAssociation } from '@app/core';
import { Bid } from '../entities/bid.entity';

/**
 * Bids by id, one statement per batch, for the association only (a firm never reaches a bid):
 * what a steering decision is about.
 */
@Injectable()
export class BidByIdLoader implements LoaderFactory<number, Bid | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(actor: Actor): DataLoader<number, Bid | undefined> {
    return new DataLoader(async (ids) => {
      if (!isAssociation(actor)) return ids.map(() => undefined);
      const rows = await this.db.read((em) => em.findBy(Bid, { id: In([...ids]) }));
      const map = new Map(rows.map((b) => [b.id, b]));
      return ids.map((id) => map.get(id));
    });
  }
}
