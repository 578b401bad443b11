import { Injectable } from '@nestjs/common';
import { type Actor, AppError, AuditRecord, Database, isAssociation } from '@app/core';

@Injectable()
export class AuditTrailService {
  constructor(private readonly db: Database) {}

  async trail(actor: Actor, entityType: string, entityId: string, limit: number): Promise<AuditRecord[]> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    return this.db.read((em) => em.find(AuditRecord, { where: { entityType, entityId }, order: { id: 'DESC' }, take: limit }));
  }
}
