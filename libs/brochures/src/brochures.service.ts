import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  type FieldProblem,
  audit,
  deadlineDate,
  isLocalDate,
  osloDate,
  demand,
  may,
  FieldRule,
} from '@app/core';
import { Bid, BidderKind, WorkPackage, WorkPackageRequirement, WorkPackageStatus } from '@app/bids';
import { MatchingService } from '@app/matching';
import { Certificate, Member } from '@app/members';
import { type Requirement, type Tender, TendersService } from '@app/tenders';
import { certificateLabel, networkInfo, roleText } from './brochure-content';
import { NetworkContactService } from './network-contact.service';
import { DigestingSink } from './digesting-sink';
import { Brochure, BrochureKind } from './entities/brochure.entity';
import {
  BrochureContentError,
  type BrochureLanguage,
  type BrochureResult,
  BrochureSourceChangedError,
  type ComplianceItem,
  type ConsortiumMember,
  type NetworkBrochureData,
  type TenderBrochureData,
  renderNetworkBrochure,
  renderTenderBrochure,
} from './pdf';
import { RegisterFirmSource, capabilityGroups, loadRegisterContext, profilesOf, walkActiveFirms } from './register-source';
import { BROCHURE_PERMISSIONS } from './brochures.permissions';

export const BROCHURE_LANGUAGES: readonly BrochureLanguage[] = ['nb', 'en'];
export const MAX_ALTERNATIVE_RANK = 10;

/** What to make: the network brochure, or the brochure of a tender with a bid or a solver alternative. */
export interface BrochureRequest {
  kind: BrochureKind;
  language: BrochureLanguage;
  tenderId?: number | null;
  /** TENDER: the bid whose offered/accepted work packages form the consortium … */
  bidId?: number | null;
  /** … or the solver's alternative of this rank (default 1 when no bid is given). */
  alternativeRank?: number | null;
  /** The date printed on the cover and the certificate cut-off (YYYY-MM-DD); default today in Oslo. */
  statedDate?: string | null;
}

/** A request after validation: exactly one source for a tender brochure. */
interface BrochurePlan {
  kind: BrochureKind;
  language: BrochureLanguage;
  statedDate: string;
  tenderId: number | null;
  bidId: number | null;
  alternativeRank: number | null;
}

/** What a render produced (the PDF went to the caller's stream). */
export interface BrochureRendering extends BrochurePlan {
  pages: number;
  bytes: number;
}

/** Brochure metadata without the PDF (lists). */
export type BrochureMetadata = Omit<Brochure, 'pdfBase64'>;

/** Packages whose firm is in the proposed consortium: offered to it, or accepted by it. */
const CONSORTIUM_PACKAGES: readonly WorkPackageStatus[] = [WorkPackageStatus.OFFERED, WorkPackageStatus.ACCEPTED];
/** Renders retried when the register changes under a network brochure (then CONFLICT). */
const RENDER_ATTEMPTS = 3;
const METADATA_COLUMNS = {
  id: true,
  kind: true,
  language: true,
  tenderId: true,
  bidId: true,
  statedDate: true,
  byteSize: true,
  pageCount: true,
  sha256: true,
  createdByUserId: true,
  createdAt: true,
} as const;

export function downloadUrlOf(id: number): string {
  return `/brochures/${id}.pdf`;
}

/** Hours a firm gives a requirement (never printed: they only decide coverage). */
interface Assignment {
  memberId: number;
  requirementId: number;
  hours: number;
}

/**
 * Capability brochures. The association (ADMIN, PROJECT_LEADER, STEERING) makes both kinds; a
 * firm user makes and downloads the network brochure only. Data comes from the live register,
 * tenders, bids and the solver; layout is the pure library under ./pdf.
 */
@Injectable()
export class BrochuresService {
  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
    private readonly matching: MatchingService,
    private readonly contact: NetworkContactService,
  ) {}

  /** Renders the brochure, stores it with its SHA-256 and writes the audit record. */
  async generate(actor: Actor, request: BrochureRequest): Promise<Brochure> {
    const out: { sink?: DigestingSink } = {};
    const r = await this.render(actor, request, () => (out.sink = DigestingSink.inMemory()));
    const pdf = out.sink!.buffer();
    const sha256 = out.sink!.sha256();
    return this.db.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(Brochure, {
          kind: r.kind,
          language: r.language,
          tenderId: r.tenderId,
          bidId: r.bidId,
          statedDate: r.statedDate,
          byteSize: pdf.length,
          pageCount: r.pages,
          sha256,
          pdfBase64: pdf.toString('base64'),
          createdByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
          createdAt: new Date(),
        }),
      );
      const { pdfBase64: _pdf, ...metadata } = saved;
      await audit(tx, actor, {
        action: 'generateBrochure',
        entityType: 'Brochure',
        entityId: saved.id,
        after: { ...metadata, alternativeRank: r.alternativeRank },
      });
      return saved;
    });
  }

  /**
   * Checks access and input, loads the data and streams the PDF to a stream from `open`. A network
   * brochure whose register changes while it is rendered is made again (with a fresh stream from
   * `open`); the stream of a failed attempt is destroyed, never left looking complete.
   */
  async render(actor: Actor, request: BrochureRequest, open: () => NodeJS.WritableStream): Promise<BrochureRendering> {
    demand(actor, BROCHURE_PERMISSIONS.generateBrochure, 'You may not make brochures.');
    if (request.kind === BrochureKind.TENDER && !may(actor, BROCHURE_PERMISSIONS.tenderBrochures))
      throw AppError.forbidden("A firm user can make the network brochure only; tender brochures are the association's.");
    const plan = this.validate(request);
    if (plan.kind === BrochureKind.TENDER) {
      const data = await this.tenderData(actor, plan);
      const result = await this.guardContent(data, () => renderTenderBrochure(data, open()));
      return { ...plan, pages: result.pages, bytes: result.bytes };
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await renderNetworkBrochure(await this.networkData(plan), open());
        return { ...plan, pages: result.pages, bytes: result.bytes };
      } catch (e) {
        if (!(e instanceof BrochureSourceChangedError)) throw e;
        if (attempt >= RENDER_ATTEMPTS) {
          throw AppError.conflict('The member register kept changing while the brochure was being made; try again in a moment.');
        }
      }
    }
  }

  /** Newest first, metadata only; a firm user sees the network brochures. */
  async list(actor: Actor, limit: number): Promise<BrochureMetadata[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw AppError.badInput('limit must be between 1 and 100.', [{ field: 'limit', message: 'between 1 and 100' }]);
    }
    return this.db.read((em) =>
      em.find(Brochure, {
        select: METADATA_COLUMNS,
        where: may(actor, BROCHURE_PERMISSIONS.tenderBrochures) ? {} : { kind: BrochureKind.NETWORK },
        order: { id: 'DESC' },
        take: limit,
      }),
    );
  }

  /** A stored brochure with its bytes; one a firm user may not see is NOT_FOUND, like a missing one. */
  async download(actor: Actor, id: number): Promise<{ brochure: BrochureMetadata; pdf: Buffer }> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const row = await this.db.read((em) => em.findOneBy(Brochure, { id }));
    if (!row || !this.canSee(actor, row)) throw AppError.notFound('Brochure', id);
    const { pdfBase64, ...brochure } = row;
    return { brochure, pdf: Buffer.from(pdfBase64, 'base64') };
  }

  // ---------------------------------------------------------------- rules

  private canSee(actor: Actor, brochure: Pick<Brochure, 'kind'>): boolean {
    return (
      may(actor, BROCHURE_PERMISSIONS.tenderBrochures) ||
      (may(actor, BROCHURE_PERMISSIONS.brochures) && brochure.kind === BrochureKind.NETWORK)
    );
  }

  private validate(r: BrochureRequest): BrochurePlan {
    const problems: FieldProblem[] = [];
    if (!Object.values(BrochureKind).includes(r.kind))
      problems.push({ field: 'kind', message: 'NETWORK or TENDER', rule: FieldRule.NOT_ONE_OF });
    if (!BROCHURE_LANGUAGES.includes(r.language)) problems.push({ field: 'language', message: "'nb' or 'en'", rule: FieldRule.NOT_ONE_OF });
    if (r.statedDate != null && !isLocalDate(r.statedDate))
      problems.push({ field: 'statedDate', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;
    for (const [field, value] of [
      ['tenderId', r.tenderId],
      ['bidId', r.bidId],
    ] as const) {
      if (given(value) && (!Number.isInteger(value) || value < 1))
        problems.push({ field, message: 'a positive id', rule: FieldRule.AT_LEAST, params: { min: 1 } });
    }
    if (
      given(r.alternativeRank) &&
      (!Number.isInteger(r.alternativeRank) || r.alternativeRank < 1 || r.alternativeRank > MAX_ALTERNATIVE_RANK)
    ) {
      problems.push({
        field: 'alternativeRank',
        message: `between 1 and ${MAX_ALTERNATIVE_RANK}`,
        ...(r.alternativeRank > MAX_ALTERNATIVE_RANK
          ? { rule: FieldRule.AT_MOST, params: { max: MAX_ALTERNATIVE_RANK } }
          : { rule: FieldRule.AT_LEAST, params: { min: 1 } }),
      });
    }
    if (r.kind === BrochureKind.NETWORK) {
      for (const field of ['tenderId', 'bidId', 'alternativeRank'] as const) {
        if (given(r[field]))
          problems.push({ field, message: 'a network brochure is not about a tender; leave it out', rule: FieldRule.LEAVE_EMPTY });
      }
    } else if (r.kind === BrochureKind.TENDER) {
      if (!given(r.tenderId)) problems.push({ field: 'tenderId', message: 'required for a tender brochure', rule: FieldRule.REQUIRED });
      if (given(r.bidId) && given(r.alternativeRank)) {
        problems.push({ field: 'alternativeRank', message: 'give a bid or a solver alternative, not both', rule: FieldRule.LEAVE_EMPTY });
      }
    }
    if (problems.length) {
      throw AppError.invalid('The brochure request', problems, { tail: 'Nothing was made.' });
    }
    const tender = r.kind === BrochureKind.TENDER;
    return {
      kind: r.kind,
      language: r.language,
      statedDate: r.statedDate ?? osloDate(new Date()),
      tenderId: tender ? r.tenderId! : null,
      bidId: tender ? (r.bidId ?? null) : null,
      alternativeRank: tender && !given(r.bidId) ? (r.alternativeRank ?? 1) : null,
    };
  }

  // ---------------------------------------------------------------- network brochure

  private async networkData(plan: BrochurePlan): Promise<NetworkBrochureData> {
    const [ctx, coordinator] = await this.db.read(
      async (em) =>
        [await loadRegisterContext(em, plan.language, plan.statedDate), await this.contact.forBrochure(em, plan.language)] as const,
    );
    const source = new RegisterFirmSource(() => walkActiveFirms(this.db, ctx));
    const { certificates } = await source.survey();
    return {
      language: plan.language,
      date: plan.statedDate,
      network: networkInfo(plan.language, coordinator),
      capabilityGroups: capabilityGroups(ctx),
      firms: source.firms,
      certificates,
    };
  }

  // ---------------------------------------------------------------- tender brochure

  private async tenderData(actor: Actor, plan: BrochurePlan): Promise<TenderBrochureData> {
    const tender = await this.tenders.load(plan.tenderId!);
    const requirements = await this.tenders.requirementsOf(tender.id);
    if (!requirements.length) {
      throw AppError.badInput(`Tender ${tender.id} has no requirements yet; a tender brochure shows how the consortium covers them.`, [
        { field: 'tenderId', message: 'no requirements', rule: FieldRule.NO_REQUIREMENTS_YET },
      ]);
    }
    const { assignments, coveredIds, primeMemberId, extraMemberIds } =
      plan.bidId !== null
        ? await this.fromBid(plan.bidId, tender, requirements)
        : await this.fromAlternative(actor, tender, plan.alternativeRank!);

    const memberIds = [...new Set([...(primeMemberId ? [primeMemberId] : []), ...assignments.map((a) => a.memberId), ...extraMemberIds])];
    const language = plan.language;
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return this.db.read(async (em) => {
      const ctx = await loadRegisterContext(em, language, plan.statedDate);
      const members = (await em.findBy(Member, { id: In(memberIds) })).sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
      const profiles = await profilesOf(em, ctx, members);
      const certificates = members.length
        ? await em
            .createQueryBuilder(Certificate, 'c')
            .where('c.member_id IN (:...ids)', { ids: members.map((m) => m.id) })
            .andWhere('c.valid_from <= :d AND c.valid_until >= :d', { d: plan.statedDate })
            .orderBy('c.id', 'ASC')
            .getMany()
        : [];
      const codeGroup = (code: string) => (ctx.catalogue.get(code)?.group as string | undefined) ?? 'OTHER';
      const capabilityName = (code: string) => {
        const entry = ctx.catalogue.get(code);
        return entry ? (language === 'nb' ? entry.nameNb : entry.nameEn) : code;
      };
      const requirementById = new Map(requirements.map((r) => [r.id, r]));

      const consortium: ConsortiumMember[] = [...members]
        .sort((a, b) => Number(b.id === primeMemberId) - Number(a.id === primeMemberId))
        .map((m) => ({
          firmId: String(m.id),
          firmName: m.name,
          role: roleText(
            assignments.filter((a) => a.memberId === m.id).map((a) => codeGroup(requirementById.get(a.requirementId)!.capabilityCode)),
            language,
            m.id === primeMemberId,
          ),
        }));

      const compliance: ComplianceItem[] = requirements.map((r) => {
        const firmIds = new Set(assignments.filter((a) => a.requirementId === r.id && a.hours > 0).map((a) => a.memberId));
        return {
          requirementLabel: r.description?.trim() || capabilityName(r.capabilityCode),
          capabilityName: capabilityName(r.capabilityCode),
          covering: members
            .filter((m) => firmIds.has(m.id))
            .map((m) => ({
              firmName: m.name,
              certificates: this.relevantCertificates(
                certificates.filter((c) => c.memberId === m.id),
                r,
                tender,
                language,
              ),
            })),
          covered: coveredIds.has(r.id),
          mandatory: r.mandatory,
        };
      });

      return {
        language,
        date: plan.statedDate,
        network: networkInfo(language, await this.contact.forBrochure(em, language)),
        tender: {
          title: tender.title,
          buyerName: tender.buyerName,
          ...(tender.externalId ? { reference: tender.externalId } : {}),
          ...(tender.deadline ? { deadline: deadlineDate(tender.deadline) } : {}),
        },
        consortium,
        compliance,
        firms: profiles,
      };
    });
  }

  /** The consortium of a bid: the firms of its offered and accepted work packages (prime first). */
  private async fromBid(bidId: number, tender: Tender, requirements: Requirement[]) {
    return this.db.read(async (em) => {
      const bid = await em.findOneBy(Bid, { id: bidId });
      if (!bid) throw AppError.notFound('Bid', bidId);
      if (bid.tenderId !== tender.id) {
        throw AppError.badInput(`Bid ${bidId} belongs to tender ${bid.tenderId}, not to tender ${tender.id}.`, [
          { field: 'bidId', message: `a bid of tender ${bid.tenderId}` },
        ]);
      }
      const packages = await em.find(WorkPackage, { where: { bidId, status: In([...CONSORTIUM_PACKAGES]) }, order: { id: 'ASC' } });
      if (!packages.length) {
        throw AppError.conflict(
          `Bid ${bidId} has no offered or accepted work packages yet, so it has no consortium to present; offer the packages first, or make the brochure from a solver alternative.`,
          { bidId, needs: CONSORTIUM_PACKAGES },
        );
      }
      const covers = await em.find(WorkPackageRequirement, {
        where: { workPackageId: In(packages.map((p) => p.id)) },
        order: { id: 'ASC' },
      });
      const memberOf = new Map(packages.map((p) => [p.id, p.memberId]));
      const assignments: Assignment[] = covers.map((c) => ({
        memberId: memberOf.get(c.workPackageId)!,
        requirementId: c.requirementId,
        hours: c.hours,
      }));
      const coveredIds = new Set(
        requirements
          .filter((r) => assignments.filter((a) => a.requirementId === r.id).reduce((s, a) => s + a.hours, 0) >= r.hours && r.hours > 0)
          .map((r) => r.id),
      );
      const primeMemberId = bid.bidderKind === BidderKind.MEMBER_PRIME ? bid.primeMemberId : null;
      return { assignments, coveredIds, primeMemberId, extraMemberIds: packages.map((p) => p.memberId) };
    });
  }

  /** The consortium of the solver's alternative of the given rank (the same as suggestConsortia shows). */
  private async fromAlternative(actor: Actor, tender: Tender, rank: number) {
    const { solution } = await this.matching.suggest(actor, tender.id, { alternatives: rank });
    const alt = solution.alternatives.find((a) => a.rank === rank);
    if (!alt) {
      throw AppError.badInput(
        `The solver found ${solution.alternatives.length} alternative(s) for tender ${tender.id}; there is no rank ${rank}.`,
        [{ field: 'alternativeRank', message: 'no such alternative' }],
      );
    }
    const assignments: Assignment[] = alt.firms.flatMap((f) =>
      f.assignments.map((a) => ({ memberId: f.firmId, requirementId: a.requirementId, hours: a.hours })),
    );
    const coveredIds = new Set(
      alt.coverage.filter((c) => c.included && c.uncoveredHours === 0 && c.requiredHours > 0).map((c) => c.requirementId),
    );
    return { assignments, coveredIds, primeMemberId: null, extraMemberIds: alt.firms.map((f) => f.firmId) };
  }

  /** The firm's valid certificates the requirement (or the whole tender) asks for. */
  private relevantCertificates(held: Certificate[], r: Requirement, tender: Tender, language: BrochureLanguage): string[] {
    const wanted = (c: Certificate): boolean =>
      r.requiredCertificates.some((w) => w.type === c.type && (c.type !== 'NADCAP' || !w.process || w.process === c.process)) ||
      (c.type === 'FACILITY_CLEARANCE' && tender.clearanceLevel !== null) ||
      (c.type === 'EXPORT_CONTROL' && tender.exportControlled);
    return [...new Set(held.filter(wanted).map((c) => certificateLabel(c, language)))];
  }

  /** A text that would show an amount, hours or royalties refuses the brochure with a coded error. */
  private async guardContent(data: TenderBrochureData, render: () => Promise<BrochureResult>): Promise<BrochureResult> {
    try {
      return await render();
    } catch (e) {
      if (!(e instanceof BrochureContentError)) throw e;
      throw new AppError(
        ErrorCode.CONFLICT,
        `The tender brochure would show ${e.kind} in ${describeField(e.field, data)}; a brochure for the buyer never shows prices, hours/capacity or royalties. Change that text and try again.`,
        { details: { field: e.field, kind: e.kind } },
      );
    }
  }
}

/** 'compliance[2].requirementLabel' → 'the requirement "Welding …"'. */
function describeField(field: string, data: TenderBrochureData): string {
  const compliance = /^compliance\[(\d+)\]/.exec(field);
  if (compliance) return `the requirement "${data.compliance[Number(compliance[1])]?.requirementLabel ?? field}"`;
  const firm = /^firms\[(\d+)\]/.exec(field);
  if (firm) return `the profile of ${data.firms[Number(firm[1])]?.name ?? field}`;
  const member = /^consortium\[(\d+)\]/.exec(field);
  if (member) return `the consortium entry of ${data.consortium[Number(member[1])]?.firmName ?? field}`;
  if (field.startsWith('tender.')) return `the tender's ${field.slice('tender.'.length)}`;
  return field;
}
