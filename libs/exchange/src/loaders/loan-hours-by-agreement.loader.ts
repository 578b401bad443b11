import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, groupByKeys, type LoaderFactory } from '@app/core';
import { LoanHours } from '../entities/exchange.entity';

@Injectable()
export class LoanHoursByAgreementLoader implements LoaderFactory<number, LoanHours[]> {
  constructor(private readonly db: Database) {}

  /** Hours reports of many agreements in one statement (the parents were read under the reader's rules). */
  createLoader(): DataLoader<number, LoanHours[]> {
    return new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await this.db.read((em) => em.find(LoanHours, { where: { agreementId: In([...ids]) }, order: { month: 'ASC' } })),
        (h) => h.agreementId,
      ),
    );
  }
}
