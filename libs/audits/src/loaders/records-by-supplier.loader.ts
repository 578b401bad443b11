import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type Actor, type LoaderFactory, groupByKeys } from '@app/core';
import { AuditsService } from '../audits.service';
import { SupplierAuditRecord } from '../entities/supplier-audit-record.entity';

/** The register's audit records of suppliers, as the requesting person may see them. */
@Injectable()
export class RecordsBySupplierLoader implements LoaderFactory<number, SupplierAuditRecord[]> {
  constructor(private readonly audits: AuditsService) {}
  createLoader(actor: Actor): DataLoader<number, SupplierAuditRecord[]> {
    return new DataLoader(async (ids) => groupByKeys(ids, await this.audits.recordsOfSuppliers(actor, ids), (r) => r.supplierMemberId));
  }
}
