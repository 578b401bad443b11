import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/core';
import { CertificateType } from '@app/members';
import { AuditAccess } from '../../audit-access';
import { FindingSeverity, FindingStatus } from '../../entities/audit-finding.entity';
import { AuditStatus, ParticipantStatus } from '../../entities/coordinated-audit.entity';

registerEnumType(AuditStatus, {
  name: 'AuditStatus',
  description: 'PLANNED → DONE (it took place) → REPORTED (the report is issued); or PLANNED → CANCELLED.',
});
registerEnumType(ParticipantStatus, {
  name: 'AuditRelianceStatus',
  description: 'INVITED: asked to rely on the audit. ACCEPTED: relies on it (the register records it). DECLINED: does not.',
});
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'MAJOR and MINOR nonconformities need a corrective action; an OBSERVATION may have one.',
});
registerEnumType(FindingStatus, { name: 'FindingStatus' });
registerEnumType(AuditAccess, {
  name: 'AuditAccess',
  description:
    "What you see of an audit. REPORT: the supplier, the lead auditor's firm and the relying members (findings, report). PLAN: the association and members asked to rely on it that have not accepted (no findings). SUMMARY: every other member, once it took place (supplier, standards, day).",
});

/** The sources of an audit need, as a GraphQL enum. */
export enum AuditNeedSource {
  REGISTER = 'REGISTER',
  BUYER_CERTIFICATE = 'BUYER_CERTIFICATE',
  ORDER = 'ORDER',
}
registerEnumType(AuditNeedSource, {
  name: 'AuditNeedSource',
  description:
    "REGISTER: the buyer's supplier register names the standard. BUYER_CERTIFICATE: the buyer holds it and it obliges it to audit suppliers (its register entry names none, or there is none). ORDER: a requirement of an active order on which the buyer is prime and the supplier delivers asks for it.",
});

@ObjectType('SupplierRelationship', { description: "A line of a member's supplier register: the buyer buys from the supplier." })
export class SupplierRelationshipModel {
  @Field(() => Int) id: number;
  @Field(() => Int) buyerMemberId: number;
  @Field(() => Int) supplierMemberId: number;
  @Field(() => [CertificateType], { description: "Empty: the buyer's own obliging certificates (see AuditNeedSource)." })
  standards: CertificateType[];
  @Field(() => String, { nullable: true }) scope: string | null;
  @Field(() => Int) auditIntervalMonths: number;
  @Field(() => LocalDateScalar) since: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The last audit done outside TotAl-Fly.' }) lastAuditedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) endedOn: string | null;
  @Field(() => Int) version: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('AuditScopeItem')
export class AuditScopeItemModel {
  @Field(() => CertificateType) standard: CertificateType;
  @Field(() => [String], { description: 'Clauses audited; empty: the whole standard.' }) clauses: string[];
}

@ObjectType('AuditPerson', { description: 'A person at a member firm who can lead an audit.' })
export class AuditPersonModel {
  @Field(() => Int) userId: number;
  @Field() displayName: string;
  @Field(() => Int) memberId: number;
}

@ObjectType('AuditParticipant', { description: 'A member the audit is done on behalf of.' })
export class AuditParticipantModel {
  @Field(() => Int) memberId: number;
  @Field(() => ParticipantStatus) status: ParticipantStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) respondedAt: Date | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
}

@ObjectType('AuditFinding', { description: 'A nonconformity or observation, tied to a clause, with its corrective action.' })
export class AuditFindingModel {
  @Field(() => Int) id: number;
  @Field(() => Int) auditId: number;
  @Field(() => CertificateType) standard: CertificateType;
  @Field() clause: string;
  @Field(() => FindingSeverity) severity: FindingSeverity;
  @Field() description: string;
  @Field(() => String, { nullable: true }) correctiveAction: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the corrective action must be closed.' }) dueOn: string | null;
  @Field(() => FindingStatus) status: FindingStatus;
  @Field(() => String, { nullable: true, description: 'The evidence that the action is done.' }) evidence: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) evidenceSubmittedAt: Date | null;
  @Field(() => LocalDateScalar, { nullable: true }) closedOn: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('Audit', {
  description: 'A coordinated supplier audit. What is filled in depends on viewerAccess: fields of a higher level are null for you.',
})
export class AuditModel {
  @Field(() => Int) id: number;
  @Field(() => Int) supplierMemberId: number;
  @Field(() => AuditStatus) status: AuditStatus;
  @Field(() => [CertificateType], { description: 'The standards audited against.' }) standards: CertificateType[];
  @Field(() => AuditAccess) viewerAccess: AuditAccess;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it took place.' }) doneOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) reportedOn: string | null;
  // PLAN
  @Field(() => [AuditScopeItemModel], { nullable: true, description: 'PLAN or REPORT.' }) scope: AuditScopeItemModel[] | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'PLAN or REPORT.' }) plannedOn: string | null;
  @Field(() => Boolean, { nullable: true, description: 'PLAN or REPORT: the supplier confirmed the date.' }) supplierConfirmed:
    boolean | null;
  @Field(() => Int, { nullable: true, description: "PLAN or REPORT: the lead auditor's firm." }) leadMemberId: number | null;
  @Field(() => Int, { nullable: true, description: 'PLAN or REPORT.' }) leadAuditorUserId: number | null;
  @Field(() => [AuditParticipantModel], { nullable: true, description: 'PLAN or REPORT.' }) participants: AuditParticipantModel[] | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'PLAN or REPORT: when the register recorded it for the relying members.' })
  registeredOn: string | null;
  @Field(() => String, { nullable: true, description: 'PLAN or REPORT.' }) note: string | null;
  @Field(() => String, { nullable: true, description: 'PLAN or REPORT.' }) cancelReason: string | null;
  // REPORT
  @Field(() => String, { nullable: true, description: "REPORT: the lead auditor's conclusion." }) summary: string | null;
}

@ObjectType('AuditPage')
export class AuditPageModel {
  @Field(() => Int, { description: 'Audits you may see matching the filter, over all pages.' }) totalCount: number;
  @Field(() => [AuditModel]) nodes: AuditModel[];
}

@ObjectType('SupplierAuditRecord', {
  description: 'The register: the supplier was audited against the standard on that day, for that member (it relied on the audit).',
})
export class SupplierAuditRecordModel {
  @Field(() => Int) id: number;
  @Field(() => Int) supplierMemberId: number;
  @Field(() => Int) buyerMemberId: number;
  @Field(() => CertificateType) standard: CertificateType;
  @Field(() => LocalDateScalar) auditedOn: string;
  @Field(() => Int) auditId: number;
}

@ObjectType('AuditWarning', {
  description:
    "Shown on a supplier's certificate: a major finding against it is open past its due date. The certificate stays; the certification body decides.",
})
export class AuditWarningModel {
  @Field({ description: 'OVERDUE_MAJOR_FINDING.' }) code: string;
  @Field() message: string;
  @Field(() => Int) auditId: number;
  @Field(() => LocalDateScalar, { description: 'The due date that passed.' }) dueOn: string;
}

@ObjectType('AuditNeed', { description: 'A member must have a supplier audited against a standard by dueOn.' })
export class AuditNeedModel {
  @Field(() => Int) buyerMemberId: number;
  @Field(() => Int) supplierMemberId: number;
  @Field(() => CertificateType) standard: CertificateType;
  @Field(() => [AuditNeedSource]) sources: AuditNeedSource[];
  @Field(() => Int) intervalMonths: number;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The latest audit: recorded in the register, or declared in the supplier register.',
  })
  lastAuditedOn: string | null;
  @Field(() => LocalDateScalar, { description: 'lastAuditedOn + intervalMonths, or the start of the supply when never audited.' })
  dueOn: string;
  @Field({ description: 'dueOn is before asOf.' }) overdue: boolean;
  @Field(() => Int, { description: 'Days from asOf to dueOn (negative when overdue).' }) daysUntilDue: number;
  @Field(() => Int, { nullable: true, description: 'The audit already under way for it.' }) scheduledAuditId: number | null;
}

@ObjectType('ProgrammeSupplier')
export class ProgrammeSupplierModel {
  @Field(() => Int) supplierMemberId: number;
  @Field(() => Int) overdue: number;
  @Field(() => LocalDateScalar) nextDueOn: string;
  @Field(() => [AuditNeedModel], { description: 'Soonest due first.' }) needs: AuditNeedModel[];
}

@ObjectType('SuggestedCoordinationMember')
export class SuggestedCoordinationMemberModel {
  @Field(() => Int) memberId: number;
  @Field(() => [CertificateType]) standards: CertificateType[];
  @Field(() => LocalDateScalar, { description: 'Its earliest due date in the suggestion.' }) dueOn: string;
}

@ObjectType('SuggestedCoordination', {
  description:
    'Two or more members due to audit the same supplier within the window: audit it once, together. Members are grouped greedily from the earliest due date, which gives the fewest audits.',
})
export class SuggestedCoordinationModel {
  @Field(() => Int) supplierMemberId: number;
  @Field(() => [SuggestedCoordinationMemberModel]) members: SuggestedCoordinationMemberModel[];
  @Field(() => [CertificateType]) standards: CertificateType[];
  @Field(() => LocalDateScalar, { description: 'The earliest due date of the group (asOf when one is overdue).' }) suggestedDate: string;
  @Field(() => LocalDateScalar) windowStart: string;
  @Field(() => LocalDateScalar) windowEnd: string;
  @Field(() => Int, { description: 'The member holding most of the standards itself: a natural lead.' }) suggestedLeadMemberId: number;
  @Field(() => Int, { description: 'Separate audits the supplier is spared.' }) auditsSaved: number;
}

@ObjectType('AuditProgramme', {
  description: 'Which members must audit which supplier against which standard, when, and where to coordinate.',
})
export class AuditProgrammeModel {
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => LocalDateScalar) horizonEnd: string;
  @Field(() => Int) windowDays: number;
  @Field(() => Int, { description: 'Needs listed (all suppliers).' }) needCount: number;
  @Field(() => Int) overdueCount: number;
  @Field(() => Int) supplierCount: number;
  @Field(() => Int) suggestionCount: number;
}
