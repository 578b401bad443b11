import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type LoaderFactory, groupByKeys, osloDate } from '@app/core';
import { AuditsService, type OverdueMajor } from '../audits.service';

/** Open major findings past their due date, by supplier (the certificate entry's warning). */
@Injectable()
export class OverdueMajorsBySupplierLoader implements LoaderFactory<number, OverdueMajor[]> {
  constructor(private readonly audits: AuditsService) {}
  createLoader(): DataLoader<number, OverdueMajor[]> {
    return new DataLoader(async (ids) =>
      groupByKeys(ids, await this.audits.overdueMajors(ids, osloDate(new Date())), (m) => m.supplierMemberId),
    );
  }
}
