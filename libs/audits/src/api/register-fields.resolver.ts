import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext } from '@app/core';
import { type Certificate, CertificateModel, type Member, MemberByIdLoader, MemberModel } from '@app/members';
import { OverdueMajorsBySupplierLoader } from '../loaders/overdue-majors-by-supplier.loader';
import { RecordsBySupplierLoader } from '../loaders/records-by-supplier.loader';
import { AuditsService } from '../audits.service';
import { SupplierAuditRecord } from '../entities/supplier-audit-record.entity';
import { AuditWarningModel, SupplierAuditRecordModel } from './models/audit.model';
import { AUDIT_PERMISSIONS } from '../audits.permissions';

/**
 * The audits context's fields on the member register's types: a supplier's audit records and the
 * warning on its certificate entry. The members context knows nothing of audits.
 */
@Resolver(() => MemberModel)
export class MemberAuditFieldsResolver {
  constructor(private readonly records: RecordsBySupplierLoader) {}

  @ResolveField(() => [SupplierAuditRecordModel], {
    description:
      'The register: audits this member passed as a supplier, newest first, as you may see them (the member itself, the members it was done for, the association).',
  })
  supplierAuditRecords(m: Member, _args: unknown, ctx: GqlContext): Promise<SupplierAuditRecord[]> {
    return ctx.loaders.get(this.records).load(m.id);
  }
}

@Resolver(() => CertificateModel)
export class CertificateAuditFieldsResolver {
  constructor(
    private readonly overdue: OverdueMajorsBySupplierLoader,
    private readonly audits: AuditsService,
  ) {}

  @ResolveField(() => [AuditWarningModel], {
    description:
      "A major audit finding against this standard open past its due date. The certificate is not removed (the certification body decides). Shown to the association, the member itself and the audit's parties; empty for others.",
  })
  async auditWarnings(c: Certificate, _args: unknown, ctx: GqlContext): Promise<AuditWarningModel[]> {
    const actor = ctx.loaders.actor;
    const majors = await ctx.loaders.get(this.overdue).load(c.memberId);
    return majors
      .filter((m) => m.standard === c.type && this.audits.mayKnowOf(actor, m))
      .map((m) => ({ code: 'OVERDUE_MAJOR_FINDING', message: this.audits.warningText(m), auditId: m.auditId, dueOn: m.dueOn }));
  }
}

@Resolver(() => SupplierAuditRecordModel)
export class SupplierAuditRecordResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel)
  supplier(r: SupplierAuditRecord, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(r.supplierMemberId);
  }

  @ResolveField(() => MemberModel)
  buyer(r: SupplierAuditRecord, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(r.buyerMemberId);
  }
}

@Resolver()
export class SupplierAuditRecordsQueryResolver {
  constructor(private readonly audits: AuditsService) {}

  @Query(() => [SupplierAuditRecordModel], {
    description:
      'The register: which supplier was audited against which standard on which day, for which member. The association sees all; a firm the records where it is the supplier or the member.',
  })
  @Allow(...AUDIT_PERMISSIONS.supplierAuditRecords)
  supplierAuditRecords(
    @CurrentActor() actor: Actor,
    @Args('supplierMemberId', { type: () => Int, nullable: true }) supplierMemberId?: number | null,
    @Args('buyerMemberId', { type: () => Int, nullable: true }) buyerMemberId?: number | null,
  ): Promise<SupplierAuditRecord[]> {
    return this.audits.records(actor, { supplierMemberId, buyerMemberId });
  }
}
