import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { type Actor, Database, type LoaderFactory, groupByKeys, isAssociation } from '@app/core';
import { ChangeOrder, Invoice, Milestone, OrderLine, Payment } from './entities/order.entity';

/** Per-request batch loaders for an order's nested lists (lines are already filtered per actor). */
@Injectable()
export class InvoicesByLineLoader implements LoaderFactory<number, Invoice[]> {
  constructor(private readonly db: Database) {}
  createLoader() {
    return new DataLoader<number, Invoice[]>(async (ids) =>
      groupByKeys(
        ids,
        await this.db.read((em) => em.find(Invoice, { where: { orderLineId: In([...ids]) }, order: { issueDate: 'ASC', id: 'ASC' } })),
        (i) => i.orderLineId,
      ),
    );
  }
}

@Injectable()
export class MilestonesByLineLoader implements LoaderFactory<number, Milestone[]> {
  constructor(private readonly db: Database) {}
  createLoader() {
    return new DataLoader<number, Milestone[]>(async (ids) =>
      groupByKeys(
        ids,
        await this.db.read((em) => em.find(Milestone, { where: { orderLineId: In([...ids]) }, order: { plannedDate: 'ASC', id: 'ASC' } })),
        (m) => m.orderLineId,
      ),
    );
  }
}

@Injectable()
export class PaymentsByInvoiceLoader implements LoaderFactory<number, Payment[]> {
  constructor(private readonly db: Database) {}
  createLoader() {
    return new DataLoader<number, Payment[]>(async (ids) =>
      groupByKeys(
        ids,
        await this.db.read((em) => em.find(Payment, { where: { invoiceId: In([...ids]) }, order: { date: 'ASC', id: 'ASC' } })),
        (p) => p.invoiceId,
      ),
    );
  }
}

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
