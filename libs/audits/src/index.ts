// The supplier audits' public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { AuditFinding } from './entities/audit-finding.entity';
import { AuditParticipant, CoordinatedAudit } from './entities/coordinated-audit.entity';
import { SupplierAuditRecord } from './entities/supplier-audit-record.entity';
import { SupplierRelationship } from './entities/supplier-relationship.entity';

export { AuditsModule } from './audits.module';
export { AuditsService } from './audits.service';
export { DEFAULT_INTERVAL_MONTHS, SupplierRegisterService } from './supplier-register.service';
export { ProgrammeService } from './programme.service';
export { type AuditProgramme, auditProgramme } from './programme/programme';
export { AuditFinding, FindingSeverity, FindingStatus } from './entities/audit-finding.entity';
export { AuditParticipant, AuditStatus, CoordinatedAudit, ParticipantStatus } from './entities/coordinated-audit.entity';
export { SupplierAuditRecord } from './entities/supplier-audit-record.entity';
export { SupplierRelationship } from './entities/supplier-relationship.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const AUDITS_ENTITIES = [SupplierRelationship, CoordinatedAudit, AuditParticipant, AuditFinding, SupplierAuditRecord];
