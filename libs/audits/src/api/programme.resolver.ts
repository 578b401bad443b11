import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext } from '@app/core';
import { MemberByIdLoader, MemberModel } from '@app/members';
import { type AuditNeed, type SuggestedCoordination, type SuggestedMember, daysUntilDue } from '../programme/programme';
import { type ProgrammeSupplierRow, type ProgrammeView, ProgrammeService } from '../programme.service';
import { AuditProgrammeInput } from './dto/audit.input';
import {
  type AuditNeedModel,
  AuditNeedModel as AuditNeedType,
  type AuditNeedSource,
  AuditProgrammeModel,
  ProgrammeSupplierModel,
  type SuggestedCoordinationMemberModel,
  SuggestedCoordinationMemberModel as SuggestedMemberType,
  SuggestedCoordinationModel,
} from './models/audit.model';
import type { CertificateType } from '@app/members';
import { AUDIT_PERMISSIONS } from '../audits.permissions';

type ProgrammeNode = AuditProgrammeModel & { view: ProgrammeView };

function page<T>(rows: readonly T[], first: number, offset: number): T[] {
  return rows.slice(Math.max(0, offset), Math.max(0, offset) + Math.min(Math.max(first, 1), 500));
}

function needNode(n: AuditNeed, asOf: string): AuditNeedModel {
  return {
    buyerMemberId: n.buyerId,
    supplierMemberId: n.supplierId,
    standard: n.standard as CertificateType,
    sources: n.sources as AuditNeedSource[],
    intervalMonths: n.intervalMonths,
    lastAuditedOn: n.lastAuditedOn,
    dueOn: n.dueOn,
    overdue: n.overdue,
    daysUntilDue: daysUntilDue(n, asOf),
    scheduledAuditId: n.scheduledAuditId,
  };
}

function suggestionNode(s: SuggestedCoordination): SuggestedCoordinationModel {
  return {
    supplierMemberId: s.supplierId,
    members: s.members.map((m: SuggestedMember) => ({ memberId: m.memberId, standards: m.standards as CertificateType[], dueOn: m.dueOn })),
    standards: s.standards as CertificateType[],
    suggestedDate: s.suggestedDate,
    windowStart: s.windowStart,
    windowEnd: s.windowEnd,
    suggestedLeadMemberId: s.suggestedLeadMemberId,
    auditsSaved: s.auditsSaved,
  };
}

@Resolver(() => AuditProgrammeModel)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Query(() => AuditProgrammeModel, {
    description:
      'The audit programme: for each supplier, which members must audit it against which standard and when, and suggested coordinated audits. The association sees the whole network; a firm what it buys or supplies.',
  })
  @Allow(...AUDIT_PERMISSIONS.auditProgramme)
  async auditProgramme(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => AuditProgrammeInput, nullable: true }) input?: AuditProgrammeInput | null,
  ): Promise<ProgrammeNode> {
    const view = await this.service.programme(actor, input ?? {});
    return {
      view,
      asOf: view.asOf,
      horizonEnd: view.horizonEnd,
      windowDays: view.windowDays,
      needCount: view.needCount,
      overdueCount: view.overdueCount,
      supplierCount: view.suppliers.length,
      suggestionCount: view.suggestions.length,
    };
  }

  @ResolveField(() => [ProgrammeSupplierModel], { description: 'Suppliers with needs, soonest due first; a page of them.' })
  suppliers(
    @Parent() p: ProgrammeNode,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1–500.' }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): ProgrammeSupplierModel[] {
    return page(p.view.suppliers, first, offset).map((r: ProgrammeSupplierRow) => ({
      supplierMemberId: r.supplierId,
      overdue: r.overdue,
      nextDueOn: r.nextDueOn,
      needs: r.needs.map((n) => needNode(n, p.view.asOf)),
    }));
  }

  @ResolveField(() => [SuggestedCoordinationModel], { description: 'Suggested coordinated audits, soonest first; a page of them.' })
  suggestions(
    @Parent() p: ProgrammeNode,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1–500.' }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): SuggestedCoordinationModel[] {
    return page(p.view.suggestions, first, offset).map(suggestionNode);
  }
}

@Resolver(() => ProgrammeSupplierModel)
export class ProgrammeSupplierResolver {
  constructor(private readonly members: MemberByIdLoader) {}
  @ResolveField(() => MemberModel)
  supplier(r: ProgrammeSupplierModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(r.supplierMemberId);
  }
}

@Resolver(() => AuditNeedType)
export class AuditNeedResolver {
  constructor(private readonly members: MemberByIdLoader) {}
  @ResolveField(() => MemberModel)
  buyer(n: AuditNeedModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(n.buyerMemberId);
  }
}

@Resolver(() => SuggestedCoordinationModel)
export class SuggestedCoordinationResolver {
  constructor(private readonly members: MemberByIdLoader) {}
  @ResolveField(() => MemberModel)
  supplier(s: SuggestedCoordinationModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(s.supplierMemberId);
  }
  @ResolveField(() => MemberModel)
  suggestedLeadMember(s: SuggestedCoordinationModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(s.suggestedLeadMemberId);
  }
}

@Resolver(() => SuggestedMemberType)
export class SuggestedCoordinationMemberResolver {
  constructor(private readonly members: MemberByIdLoader) {}
  @ResolveField(() => MemberModel)
  member(m: SuggestedCoordinationMemberModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(m.memberId);
  }
}
