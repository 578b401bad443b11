import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { type Actor, Database, type LoaderFactory, groupByKeys, osloDate } from '@app/core';
import { User } from '@app/identity';
import { AuditsService, type OverdueMajor } from './audits.service';
import { AuditFinding } from './entities/audit-finding.entity';
import { SupplierAuditRecord } from './entities/supplier-audit-record.entity';

/** An audit's findings, one statement per request batch (callers check the report access first). */
@Injectable()
export class FindingsByAuditLoader implements LoaderFactory<number, AuditFinding[]> {
  constructor(private readonly audits: AuditsService) {}
  createLoader(): DataLoader<number, AuditFinding[]> {
    return new DataLoader(async (ids) => groupByKeys(ids, await this.audits.findingsOf(ids), (f) => f.auditId));
  }
}

/** Lead auditors by user id (their name and firm only). */
@Injectable()
export class AuditorByIdLoader implements LoaderFactory<number, User | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, User | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) =>
        em.find(User, { select: { id: true, displayName: true, firmId: true, role: true }, where: { id: In([...ids]) } }),
      );
      const byId = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id));
    });
  }
}

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

/** The register's audit records of suppliers, as the requesting person may see them. */
@Injectable()
export class RecordsBySupplierLoader implements LoaderFactory<number, SupplierAuditRecord[]> {
  constructor(private readonly audits: AuditsService) {}
  createLoader(actor: Actor): DataLoader<number, SupplierAuditRecord[]> {
    return new DataLoader(async (ids) => groupByKeys(ids, await this.audits.recordsOfSuppliers(actor, ids), (r) => r.supplierMemberId));
  }
}
