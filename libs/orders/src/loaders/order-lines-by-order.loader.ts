import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { type Actor, Database, groupByKeys, isAssociation, isFirmUserOf, type LoaderFactory } from '@app/core';
import { OrderLine } from '../entities/order.entity';

@Injectable()
export class OrderLinesByOrderLoader implements LoaderFactory<number, OrderLine[]> {
  constructor(private readonly db: Database) {}

  /** Lines per order, batched per request; a firm user gets only its own lines. */
  createLoader(actor: Actor): DataLoader<number, OrderLine[]> {
    return new DataLoader(async (orderIds) => {
      const rows = await this.db.read((em) => em.find(OrderLine, { where: { orderId: In([...orderIds]) }, order: { id: 'ASC' } }));
      const visible = isAssociation(actor) ? rows : rows.filter((l) => isFirmUserOf(actor, l.memberId));
      return groupByKeys(orderIds, visible, (l) => l.orderId);
    });
  }
}
