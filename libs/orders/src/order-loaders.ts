import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory, groupByKeys } from '@app/core';
import { Invoice, Milestone, Payment } from './entities/order.entity';

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
