import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { type Actor, Database, type LoaderFactory, groupByKeys, isAssociation } from '@app/core';
import { ChangeOrder, OrderLine } from '../entities/order.entity';

/** An order's change orders; a firm user sees only those of its own lines. */
@Injectable()
export class ChangeOrdersByOrderLoader implements LoaderFactory<number, ChangeOrder[]> {
  constructor(private readonly db: Database) {}
  createLoader(actor: Actor) {
    return new DataLoader<number, ChangeOrder[]>(async (ids) => {
      const rows = await this.db.read((em) => em.find(ChangeOrder, { where: { orderId: In([...ids]) }, order: { id: 'ASC' } }));
      if (isAssociation(actor)) return groupByKeys(ids, rows, (c) => c.orderId);
      const firmId = (actor as { firmId?: number | null }).firmId ?? -1;
      const own = new Set(
        (await this.db.read((em) => em.find(OrderLine, { select: { id: true }, where: { orderId: In([...ids]), memberId: firmId } }))).map(
          (l) => l.id,
        ),
      );
      return groupByKeys(
        ids,
        rows.filter((c) => own.has(c.orderLineId)),
        (c) => c.orderId,
      );
    });
  }
}
