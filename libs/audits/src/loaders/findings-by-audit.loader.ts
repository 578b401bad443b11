import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type LoaderFactory, groupByKeys } from '@app/core';
import { AuditsService } from '../audits.service';
import { AuditFinding } from '../entities/audit-finding.entity';

/** An audit's findings, one statement per request batch (callers check the report access first). */
@Injectable()
export class FindingsByAuditLoader implements LoaderFactory<number, AuditFinding[]> {
  constructor(private readonly audits: AuditsService) {}
  createLoader(): DataLoader<number, AuditFinding[]> {
    return new DataLoader(async (ids) => groupByKeys(ids, await this.audits.findingsOf(ids), (f) => f.auditId));
  }
}
