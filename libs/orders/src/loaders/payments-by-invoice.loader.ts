import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory, groupByKeys } from '@app/core';
import { Payment } from '../entities/order.entity';

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
