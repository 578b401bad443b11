import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, osloDate } from '@app/core';
import { BrochureLanguageCode } from '@app/brochures';
import { MemberByIdLoader, MemberModel } from '@app/members';
import { AuditAccess } from '../audit-access';
import { AuditorByIdLoader } from '../loaders/auditor-by-id.loader';
import { FindingsByAuditLoader } from '../loaders/findings-by-audit.loader';
import { AuditsService } from '../audits.service';
import { AuditFinding, FindingStatus } from '../entities/audit-finding.entity';
import { AuditStatus } from '../entities/coordinated-audit.entity';
import { type AuditNode, auditNode } from './audit-view';
import {
  AuditFilterInput,
  CancelAuditInput,
  CloseAuditFindingInput,
  DeclineAuditRelianceInput,
  InviteToAuditInput,
  MarkAuditDoneInput,
  ProposeAuditInput,
  RecordAuditFindingInput,
  ReportAuditInput,
  RescheduleAuditInput,
  RespondToAuditFindingInput,
  UpdateAuditFindingInput,
} from './dto/audit.input';
import { AuditFindingModel, AuditModel, AuditPageModel, AuditParticipantModel, AuditPersonModel } from './models/audit.model';
import { AUDIT_PERMISSIONS } from '../audits.permissions';

@Resolver(() => AuditModel)
export class AuditResolver {
  constructor(
    private readonly service: AuditsService,
    private readonly members: MemberByIdLoader,
    private readonly auditors: AuditorByIdLoader,
    private readonly findingLoader: FindingsByAuditLoader,
  ) {}

  // ------------------------------------------------------------------ reading

  @Query(() => AuditPageModel, {
    description:
      'Audits you may see, newest first: the association and the parties see their plans; every member sees that an audit took place (supplier, standards, day).',
  })
  @Allow(...AUDIT_PERMISSIONS.audits)
  async audits(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter?: AuditFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1–500.' }) first = 50,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ): Promise<AuditPageModel> {
    const page = await this.service.list(actor, filter ?? {}, first, offset);
    return { totalCount: page.totalCount, nodes: page.nodes.map(auditNode) };
  }

  @Query(() => AuditModel, {
    description: 'One audit as you may see it (see AuditAccess); NOT_FOUND for a planned audit you take no part in.',
  })
  @Allow(...AUDIT_PERMISSIONS.audit)
  async audit(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<AuditNode> {
    return auditNode(await this.service.get(actor, id));
  }

  @Query(() => [AuditPersonModel], {
    description: "People who can lead an audit for a member (its firm users): the project leader sees every member's, a firm its own.",
  })
  @Allow(...AUDIT_PERMISSIONS.auditorCandidates)
  async auditorCandidates(
    @CurrentActor() actor: Actor,
    @Args('memberId', { type: () => Int }) memberId: number,
  ): Promise<AuditPersonModel[]> {
    return (await this.service.auditorCandidates(actor, memberId)).map((u) => ({
      userId: u.id,
      displayName: u.displayName,
      memberId: u.firmId!,
    }));
  }

  // ------------------------------------------------------------------ proposal and reliance

  @Mutation(() => AuditModel, {
    description:
      'Proposes a coordinated audit (the project leader, or a firm that takes part). The supplier is asked to confirm the date, each member to rely on the result; the proposing firm relies on it at once.',
  })
  @Allow(...AUDIT_PERMISSIONS.proposeAudit)
  async proposeAudit(@CurrentActor() actor: Actor, @Args('input') input: ProposeAuditInput): Promise<AuditNode> {
    return auditNode(await this.service.propose(actor, input));
  }

  @Mutation(() => AuditModel, {
    description: "Asks one more member to rely on a planned audit (the lead auditor's firm or the project leader).",
  })
  @Allow(...AUDIT_PERMISSIONS.inviteToAudit)
  async inviteToAudit(@CurrentActor() actor: Actor, @Args('input') input: InviteToAuditInput): Promise<AuditNode> {
    return auditNode(await this.service.invite(actor, input.auditId, input.memberId));
  }

  @Mutation(() => AuditModel, {
    description: "Your firm relies on the audit's result: the register records it for your firm once it is reported.",
  })
  @Allow(...AUDIT_PERMISSIONS.acceptAuditReliance)
  async acceptAuditReliance(@CurrentActor() actor: Actor, @Args('auditId', { type: () => Int }) auditId: number): Promise<AuditNode> {
    return auditNode(await this.service.answerReliance(actor, auditId, true, null));
  }

  @Mutation(() => AuditModel, { description: 'Your firm does not rely on the audit (a reason is required).' })
  @Allow(...AUDIT_PERMISSIONS.declineAuditReliance)
  async declineAuditReliance(@CurrentActor() actor: Actor, @Args('input') input: DeclineAuditRelianceInput): Promise<AuditNode> {
    return auditNode(await this.service.answerReliance(actor, input.auditId, false, input.reason));
  }

  @Mutation(() => AuditModel, { description: 'The supplier confirms the planned date of its audit.' })
  @Allow(...AUDIT_PERMISSIONS.confirmAuditDate)
  async confirmAuditDate(@CurrentActor() actor: Actor, @Args('auditId', { type: () => Int }) auditId: number): Promise<AuditNode> {
    return auditNode(await this.service.confirmDate(actor, auditId));
  }

  @Mutation(() => AuditModel, {
    description:
      "Moves a planned audit (the supplier, the lead auditor's firm, the proposer or the project leader); the supplier confirms again unless it moved it.",
  })
  @Allow(...AUDIT_PERMISSIONS.rescheduleAudit)
  async rescheduleAudit(@CurrentActor() actor: Actor, @Args('input') input: RescheduleAuditInput): Promise<AuditNode> {
    return auditNode(await this.service.reschedule(actor, input.auditId, input.plannedOn, input.reason));
  }

  @Mutation(() => AuditModel, { description: "Cancels a planned audit (the lead auditor's firm, the proposer or the project leader)." })
  @Allow(...AUDIT_PERMISSIONS.cancelAudit)
  async cancelAudit(@CurrentActor() actor: Actor, @Args('input') input: CancelAuditInput): Promise<AuditNode> {
    return auditNode(await this.service.cancel(actor, input.auditId, input.reason));
  }

  // ------------------------------------------------------------------ the audit and its findings (the lead auditor's firm)

  @Mutation(() => AuditModel, { description: "The audit took place (needs the supplier's confirmation and one relying member)." })
  @Allow(...AUDIT_PERMISSIONS.markAuditDone)
  async markAuditDone(@CurrentActor() actor: Actor, @Args('input') input: MarkAuditDoneInput): Promise<AuditNode> {
    return auditNode(await this.service.markDone(actor, input.auditId, input.doneOn));
  }

  @Mutation(() => AuditFindingModel, { description: 'Records a finding of an audit that took place (before its report).' })
  @Allow(...AUDIT_PERMISSIONS.recordAuditFinding)
  recordAuditFinding(@CurrentActor() actor: Actor, @Args('input') input: RecordAuditFindingInput): Promise<AuditFinding> {
    return this.service.recordFinding(actor, input);
  }

  @Mutation(() => AuditFindingModel, {
    description: 'Changes an open finding: any field before the report, only its due date (with a reason) after.',
  })
  @Allow(...AUDIT_PERMISSIONS.updateAuditFinding)
  updateAuditFinding(@CurrentActor() actor: Actor, @Args('input') input: UpdateAuditFindingInput): Promise<AuditFinding> {
    const { id, ...changes } = input;
    return this.service.updateFinding(actor, id, changes);
  }

  @Mutation(() => Boolean, { description: 'Removes a finding recorded by mistake (before the report).' })
  @Allow(...AUDIT_PERMISSIONS.removeAuditFinding)
  removeAuditFinding(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<boolean> {
    return this.service.removeFinding(actor, id);
  }

  @Mutation(() => AuditModel, {
    description:
      'Issues the report. With no open major finding the register records the audit at once for each relying member; otherwise when the last one closes.',
  })
  @Allow(...AUDIT_PERMISSIONS.reportAudit)
  async reportAudit(@CurrentActor() actor: Actor, @Args('input') input: ReportAuditInput): Promise<AuditNode> {
    return auditNode(await this.service.report(actor, input.auditId, input.summary));
  }

  @Mutation(() => AuditFindingModel, { description: 'The supplier states its corrective action and/or the evidence that it is done.' })
  @Allow(...AUDIT_PERMISSIONS.respondToAuditFinding)
  respondToAuditFinding(@CurrentActor() actor: Actor, @Args('input') input: RespondToAuditFindingInput): Promise<AuditFinding> {
    const { findingId, ...answer } = input;
    return this.service.respondToFinding(actor, findingId, answer);
  }

  @Mutation(() => AuditFindingModel, {
    description: "The lead auditor's firm closes a finding: a nonconformity needs its corrective action and the evidence.",
  })
  @Allow(...AUDIT_PERMISSIONS.closeAuditFinding)
  closeAuditFinding(@CurrentActor() actor: Actor, @Args('input') input: CloseAuditFindingInput): Promise<AuditFinding> {
    return this.service.closeFinding(actor, input.findingId, input.evidence);
  }

  // ------------------------------------------------------------------ fields

  @ResolveField(() => MemberModel)
  supplier(a: AuditNode, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(a.supplierMemberId);
  }

  @ResolveField(() => MemberModel, { nullable: true, description: "PLAN or REPORT: the lead auditor's firm." })
  leadMember(a: AuditNode, _args: unknown, ctx: GqlContext) {
    return a.leadMemberId === null ? null : ctx.loaders.get(this.members).load(a.leadMemberId);
  }

  @ResolveField(() => AuditPersonModel, { nullable: true, description: 'PLAN or REPORT.' })
  async leadAuditor(a: AuditNode, _args: unknown, ctx: GqlContext): Promise<AuditPersonModel | null> {
    if (a.leadAuditorUserId === null) return null;
    const u = await ctx.loaders.get(this.auditors).load(a.leadAuditorUserId);
    return u ? { userId: u.id, displayName: u.displayName, memberId: a.view.audit.leadMemberId } : null;
  }

  @ResolveField(() => [AuditFindingModel], {
    nullable: true,
    description: "REPORT only (the supplier, the lead auditor's firm, relying members); null for anyone else.",
  })
  async findings(a: AuditNode, _args: unknown, ctx: GqlContext): Promise<AuditFinding[] | null> {
    return a.viewerAccess === AuditAccess.REPORT ? ctx.loaders.get(this.findingLoader).load(a.id) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'REPORT, once the audit took place: GET this path (signed in) for the report PDF.',
  })
  reportUrl(
    @Parent() a: AuditNode,
    @Args('language', { type: () => BrochureLanguageCode, defaultValue: BrochureLanguageCode.NB }) language: string,
  ): string | null {
    const ready = a.status === AuditStatus.DONE || a.status === AuditStatus.REPORTED;
    return a.viewerAccess === AuditAccess.REPORT && ready ? `/audits/${a.id}/report.pdf?language=${language.toLowerCase()}` : null;
  }
}

@Resolver(() => AuditParticipantModel)
export class AuditParticipantResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel)
  member(p: AuditParticipantModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(p.memberId);
  }
}

@Resolver(() => AuditFindingModel)
export class AuditFindingResolver {
  @ResolveField(() => Boolean, { description: 'Open, with its due date before today (Europe/Oslo).' })
  overdue(f: AuditFinding): boolean {
    return isOverdue(f);
  }
}

function isOverdue(f: AuditFinding): boolean {
  return f.status === FindingStatus.OPEN && f.dueOn !== null && f.dueOn < osloDate(new Date());
}
