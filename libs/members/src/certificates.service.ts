import { Injectable } from '@nestjs/common';
import { Between, In } from 'typeorm';
import { type Actor, AppError, Database, type FieldProblem, addDays, audit, isLocalDate, osloDate, FieldRule } from '@app/core';
import { Certificate, CertificateType, ClearanceLevel } from './entities/certificate.entity';
import { Member } from './entities/member.entity';
import { assertCanEditFirm, assertSignedIn } from './member-access';

export interface CertificateFields {
  type: CertificateType;
  process?: string | null;
  clearanceLevel?: ClearanceLevel | null;
  issuer: string;
  scope?: string | null;
  validFrom: string;
  validUntil: string;
  documentRef?: string | null;
}

function validate(c: CertificateFields): CertificateFields {
  const problems: FieldProblem[] = [];
  if (!isLocalDate(c.validFrom)) problems.push({ field: 'validFrom', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
  if (!isLocalDate(c.validUntil)) problems.push({ field: 'validUntil', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
  if (isLocalDate(c.validFrom) && isLocalDate(c.validUntil) && c.validUntil < c.validFrom) {
    problems.push({
      field: 'validUntil',
      message: `valid until (${c.validUntil}) is before valid from (${c.validFrom})`,
      rule: FieldRule.ENDS_BEFORE_START,
    });
  }
  if (c.type === CertificateType.FACILITY_CLEARANCE && !c.clearanceLevel)
    problems.push({ field: 'clearanceLevel', message: 'a facility security clearance needs its level', rule: FieldRule.REQUIRED });
  if (c.type !== CertificateType.FACILITY_CLEARANCE && c.clearanceLevel)
    problems.push({ field: 'clearanceLevel', message: 'only a facility security clearance has a level', rule: FieldRule.LEAVE_EMPTY });
  if (c.type === CertificateType.NADCAP && !c.process?.trim())
    problems.push({
      field: 'process',
      message: 'a NADCAP accreditation names its process, e.g. WELDING',
      rule: FieldRule.NADCAP_NEEDS_PROCESS,
    });
  if (problems.length) throw AppError.invalid('The certificate', problems);
  return { ...c, process: c.type === CertificateType.NADCAP ? c.process!.trim().toUpperCase() : (c.process ?? null) };
}

@Injectable()
export class CertificatesService {
  constructor(private readonly db: Database) {}

  async add(actor: Actor, memberId: number, input: CertificateFields): Promise<Certificate> {
    assertCanEditFirm(actor, memberId);
    const fields = validate(input);
    return this.db.transaction(async (tx) => {
      if (!(await tx.existsBy(Member, { id: memberId }))) throw AppError.notFound('Member', memberId);
      const saved = await tx.save(tx.create(Certificate, { ...fields, memberId }));
      await audit(tx, actor, { action: 'addCertificate', entityType: 'Certificate', entityId: saved.id, after: { ...saved } });
      return saved;
    });
  }

  async update(actor: Actor, id: number, input: Partial<CertificateFields>): Promise<Certificate> {
    assertSignedIn(actor);
    return this.db.transaction(async (tx) => {
      const cert = await tx.findOneBy(Certificate, { id });
      if (!cert) throw AppError.notFound('Certificate', id);
      assertCanEditFirm(actor, cert.memberId);
      const before = { ...cert };
      const next = validate({
        ...cert,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      } as CertificateFields);
      Object.assign(cert, next);
      const saved = await tx.save(cert);
      await audit(tx, actor, { action: 'updateCertificate', entityType: 'Certificate', entityId: id, before, after: { ...saved } });
      return saved;
    });
  }

  async remove(actor: Actor, id: number): Promise<boolean> {
    assertSignedIn(actor);
    return this.db.transaction(async (tx) => {
      const cert = await tx.findOneBy(Certificate, { id });
      if (!cert) throw AppError.notFound('Certificate', id);
      assertCanEditFirm(actor, cert.memberId);
      await tx.delete(Certificate, { id });
      await audit(tx, actor, { action: 'removeCertificate', entityType: 'Certificate', entityId: id, before: { ...cert } });
      return true;
    });
  }

  /** Certificates still valid today that expire within the next N days (Oslo calendar), soonest first. */
  async expiring(actor: Actor, withinDays: number, today = osloDate(new Date())): Promise<Certificate[]> {
    assertSignedIn(actor);
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3660) {
      throw AppError.badInput('withinDays is a whole number of days from 0 to 3660.', [{ field: 'withinDays', message: 'out of range' }]);
    }
    return this.db.read((em) =>
      em.find(Certificate, { where: { validUntil: Between(today, addDays(today, withinDays)) }, order: { validUntil: 'ASC', id: 'ASC' } }),
    );
  }

  async forMembers(memberIds: number[]): Promise<Certificate[]> {
    return memberIds.length
      ? this.db.read((em) => em.find(Certificate, { where: { memberId: In(memberIds) }, order: { type: 'ASC', validUntil: 'DESC' } }))
      : [];
  }
}
