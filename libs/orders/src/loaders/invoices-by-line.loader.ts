import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory, groupByKeys } from '@app/core';
import { Invoice } from '../entities/order.entity';

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
