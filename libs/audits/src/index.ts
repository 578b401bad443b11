export * from './audits.module';
export * from './audits.service';
export * from './supplier-register.service';
export * from './programme.service';
export * from './audit-report.service';
export * from './audit-access';
export * from './audit-standards';
export * from './entities/supplier-relationship.entity';
export * from './entities/coordinated-audit.entity';
export * from './entities/audit-finding.entity';
export * from './entities/supplier-audit-record.entity';
export * from './programme/programme';
export { renderAuditReport, type AuditReportData, type AuditReportFinding } from './pdf/audit-report';
import { AuditFinding } from './entities/audit-finding.entity';
import { AuditParticipant, CoordinatedAudit } from './entities/coordinated-audit.entity';
import { SupplierAuditRecord } from './entities/supplier-audit-record.entity';
import { SupplierRelationship } from './entities/supplier-relationship.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const AUDITS_ENTITIES = [SupplierRelationship, CoordinatedAudit, AuditParticipant, AuditFinding, SupplierAuditRecord];
