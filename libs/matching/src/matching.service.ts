import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  type PortHandle,
  Ports,
  definePort,
  FieldRule,
  osloDate,
  addDays,
  demand,
  may,
} from '@app/core';
import { CapabilitiesService, CatalogueEntry, Certificate, Member, MemberCapability, MembershipStatus } from '@app/members';
import { type Requirement, type Tender, TendersService } from '@app/tenders';
import type { ConsortiumSuggestionModel } from './api/models/consortium.model';
import { suggestionView } from './suggestion-view';
import {
  type ConsortiumSolution,
  type FirmEligibility,
  type HeldCertificate,
  type SolverFirm,
  SolverInputError,
  type SolverOptions,
  type SolverRequirement,
  type SolverTender,
  ConsortiumSolverPool,
  type ConsortiumProblem,
  checkFirmEligibility,
} from './solver';
import { MATCHING_PERMISSIONS } from './matching.permissions';

/** Where "awarded work in the last 12 months" comes from: the orders context provides it. */
export interface AwardedWorkSource {
  awardedOre(memberIds: number[], from: string, to: string): Promise<Map<number, number>>;
}

/** Awarded work per firm, for the solver's fair-spread tie-break; provided by the orders context. */
export const AWARDED_WORK_PORT = definePort<AwardedWorkSource>('matching.awardedWork', 'orders');

/**
 * A fact about a firm that a suggestion should mention without changing who is eligible, e.g. an
 * audit's major finding left open past its due date. Other contexts register a source (the audits
 * context does); matching does not know where the facts come from.
 */
export interface FirmWarning {
  firmId: number;
  /** e.g. OVERDUE_MAJOR_FINDING. */
  code: string;
  message: string;
  /** The certificate type (standard) the warning is about, when there is one. */
  certificateType?: string | null;
  /** OVERDUE_MAJOR_FINDING: the audit, the day it was done, and the day the corrective action was due. */
  auditId?: number | null;
  foundOn?: string | null;
  dueOn?: string | null;
}

export interface FirmWarningSource {
  warningsFor(memberIds: number[], today: string): Promise<FirmWarning[]>;
}

/** Warnings about firms that a suggestion mentions; provided by the audits context. */
export const FIRM_WARNINGS_PORT = definePort<FirmWarningSource>('matching.firmWarnings', 'audits');

export interface PackageCover {
  requirementId: number;
  hours: number;
}

export interface ConsortiumProblemData {
  tender: Tender;
  solverTender: SolverTender;
  requirements: SolverRequirement[];
  firms: SolverFirm[];
  defaultRateOre: Record<string, number>;
  requirementRows: Requirement[];
}

export function toSolverRequirement(r: Requirement): SolverRequirement {
  return {
    id: r.id,
    label: r.description ? `${r.capabilityCode}: ${r.description}` : r.capabilityCode,
    capabilityCode: r.capabilityCode,
    hours: r.hours,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    requiredCertificates: r.requiredCertificates.map((c) => ({
      type: c.type as SolverRequirement['requiredCertificates'][number]['type'],
      process: c.process ?? null,
    })),
    mandatory: r.mandatory,
    indivisible: r.indivisible,
  };
}

/**
 * Builds the consortium problem of a tender from the register and runs the pure solver. The
 * same eligibility rules (and messages) decide whether a work package may be offered to a firm.
 */
@Injectable()
export class MatchingService implements OnModuleDestroy {
  private readonly awardedWork: PortHandle<AwardedWorkSource>;
  private readonly warnings: PortHandle<FirmWarningSource>;
  /**
   * Solves run on worker threads, off the event loop: the branch and bound, racing HiGHS when it
   * has not proven its answer after a tenth of the budget (solveConsortiumHybrid, issue 23).
   */
  private readonly solver = new ConsortiumSolverPool();

  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
    private readonly capabilities: CapabilitiesService,
    ports: Ports,
  ) {
    this.awardedWork = ports.need(AWARDED_WORK_PORT);
    this.warnings = ports.need(FIRM_WARNINGS_PORT);
  }

  onModuleDestroy(): Promise<void> {
    return this.solver.close();
  }

  /** The consortium solver for one problem; bad solver input becomes a coded BAD_USER_INPUT error. */
  private async solve(problem: ConsortiumProblem): Promise<ConsortiumSolution> {
    try {
      return await this.solver.solve(problem);
    } catch (e) {
      if (e instanceof SolverInputError) throw new AppError(ErrorCode.BAD_USER_INPUT, e.message, { details: e.details });
      throw e;
    }
  }

  /** The suggestion as the actor may see it: STEERING gets no estimated costs. */
  async suggestView(actor: Actor, tenderId: number, options: SolverOptions): Promise<ConsortiumSuggestionModel> {
    const { problem, solution } = await this.suggest(actor, tenderId, options);
    const named = solution.explanations.flatMap((e) => [...e.eligibleFirmIds, ...e.ineligible.map((f) => f.firmId)]);
    const warnings = await this.firmWarnings([...new Set(named)], new Map(problem.firms.map((f) => [f.id, f.name])));
    return suggestionView(tenderId, solution, may(actor, MATCHING_PERMISSIONS.seeSuggestionCosts), warnings);
  }

  /** Warnings about these firms, by firm (names filled in). */
  private async firmWarnings(firmIds: number[], names: Map<number, string>): Promise<Map<number, (FirmWarning & { firmName: string })[]>> {
    const out = new Map<number, (FirmWarning & { firmName: string })[]>();
    if (!firmIds.length) return out;
    const today = osloDate(new Date());
    for (const w of await this.warnings.get().warningsFor(firmIds, today)) {
      const list = out.get(w.firmId) ?? [];
      list.push({ ...w, firmName: names.get(w.firmId) ?? `Member ${w.firmId}` });
      out.set(w.firmId, list);
    }
    return out;
  }

  async suggest(
    actor: Actor,
    tenderId: number,
    options: SolverOptions,
  ): Promise<{ problem: ConsortiumProblemData; solution: ConsortiumSolution }> {
    demand(actor, MATCHING_PERMISSIONS.suggestConsortia, 'Consortium suggestions are for the association.');
    const problem = await this.buildProblem(tenderId);
    if (!problem.requirements.length) {
      throw AppError.badInput(`Tender ${tenderId} has no requirements yet; add what a bid must cover first.`, [
        { field: 'tenderId', message: 'no requirements', rule: FieldRule.NO_REQUIREMENTS_YET },
      ]);
    }
    const drafts = problem.requirementRows.filter((r) => r.hours <= 0);
    if (drafts.length) {
      throw AppError.badInput(
        `Requirement${drafts.length > 1 ? 's' : ''} ${drafts.map((d) => d.id).join(', ')} ${drafts.length > 1 ? 'are drafts' : 'is a draft'} without hours; set the hours first.`,
        drafts.map((d) => ({ field: `requirement ${d.id}.hours`, message: 'no hours yet', rule: FieldRule.NO_HOURS_YET })),
      );
    }
    const known = new Set(problem.firms.map((f) => f.id));
    const unknown = [...(options.requiredFirmIds ?? []), ...(options.excludedFirmIds ?? [])].filter((id) => !known.has(id));
    if (unknown.length) {
      const existing = await this.db.read((em) => em.findBy(Member, { id: In(unknown) }));
      const missing = unknown.filter((id) => !existing.some((m) => m.id === id));
      if (missing.length) throw AppError.notFound('Member', missing[0]);
      // Known members without any relevant capability: give the solver their (empty) profile so it explains them.
      problem.firms.push(
        ...(await this.loadFirms(
          existing.map((m) => m.id),
          problem,
        )),
      );
    }
    const { solverTender, requirements, firms, defaultRateOre } = problem;
    return { problem, solution: await this.solve({ tender: solverTender, requirements, firms, defaultRateOre, options }) };
  }

  /**
   * Eligibility of one firm for a work package: its requirements with the package's hours and
   * delivery window, judged by the solver's own rules, so the messages are the same.
   */
  async eligibilityForPackage(
    tenderId: number,
    covers: PackageCover[],
    memberId: number,
    window: { start: string; end: string },
  ): Promise<FirmEligibility[]> {
    const problem = await this.packageProblem(tenderId, covers, window, [memberId]);
    const firm = problem.firms[0];
    if (!firm) throw AppError.notFound('Member', memberId);
    return problem.requirements.map((r) => checkFirmEligibility(firm, r, problem.solverTender));
  }

  /**
   * The best single firms for a work package (for reassignment): the solver on the package alone,
   * one firm per alternative, excluding the given firms. Best first.
   */
  async candidatesForPackage(
    tenderId: number,
    covers: PackageCover[],
    window: { start: string; end: string },
    excludeMemberIds: number[],
    count = 3,
  ): Promise<{ memberId: number; name: string; uncoveredHours: number; costOre: number }[]> {
    const problem = await this.packageProblem(tenderId, covers, window);
    const firms = problem.firms.filter((f) => !excludeMemberIds.includes(f.id));
    if (!firms.length) return [];
    const solution = await this.solve({
      tender: problem.solverTender,
      requirements: problem.requirements,
      firms,
      defaultRateOre: problem.defaultRateOre,
      options: { maxFirms: 1, alternatives: count, timeBudgetMs: 1000 },
    });
    return solution.alternatives
      .filter((a) => a.firms.length === 1)
      .map((a) => ({ memberId: a.firms[0].firmId, name: a.firms[0].firmName, uncoveredHours: a.uncoveredHours, costOre: a.costOre }));
  }

  private async packageProblem(
    tenderId: number,
    covers: PackageCover[],
    window: { start: string; end: string },
    onlyFirmIds?: number[],
  ): Promise<ConsortiumProblemData> {
    const base = await this.buildProblem(tenderId, []);
    const byId = new Map(base.requirements.map((r) => [r.id, r]));
    const requirements: SolverRequirement[] = covers.map((c) => {
      const r = byId.get(c.requirementId);
      if (!r) throw AppError.notFound('Requirement', c.requirementId);
      return { ...r, hours: c.hours, windowStart: window.start, windowEnd: window.end, mandatory: true };
    });
    const data: ConsortiumProblemData = { ...base, requirements };
    const codes = [...new Set(requirements.map((r) => r.capabilityCode))];
    const memberIds = onlyFirmIds ?? (await this.firmsWith(codes, data.requirements));
    data.firms = await this.loadFirms(memberIds, data);
    return data;
  }

  async buildProblem(tenderId: number, onlyFirmIds?: number[]): Promise<ConsortiumProblemData> {
    const tender = await this.tenders.load(tenderId);
    const requirementRows = await this.tenders.requirementsOf(tenderId);
    const requirements = requirementRows.map(toSolverRequirement);
    const codes = [...new Set(requirements.map((r) => r.capabilityCode))];
    const catalogue = codes.length ? await this.db.read((em) => em.findBy(CatalogueEntry, { code: In(codes) })) : [];
    const defaultRateOre = Object.fromEntries(catalogue.map((c) => [c.code, c.defaultHourlyRateOre]));
    const data: ConsortiumProblemData = {
      tender,
      solverTender: {
        requiresClearance: (tender.clearanceLevel as SolverTender['requiresClearance']) ?? null,
        exportControlled: tender.exportControlled,
        asOf: osloDate(new Date()),
      },
      requirements,
      firms: [],
      defaultRateOre,
      requirementRows,
    };
    if (!codes.length) return data;
    const memberIds = onlyFirmIds ?? (await this.firmsWith(codes, data.requirements));
    data.firms = await this.loadFirms(memberIds, data);
    return data;
  }

  /**
   * Firms that have one of the capabilities, and firms that borrow one of them from another member
   * in a confirmed loan overlapping the requirements' windows (the capacity exchange): a tender may
   * be staffed with borrowed capacity.
   */
  private async firmsWith(codes: string[], requirements: SolverRequirement[]): Promise<number[]> {
    const own = await this.db.read(async (em) =>
      (
        await em
          .createQueryBuilder(MemberCapability, 'c')
          .select('DISTINCT c.member_id', 'id')
          .where('c.code IN (:...codes)', { codes })
          .getRawMany<{ id: number }>()
      ).map((r) => Number(r.id)),
    );
    const hull = windowHull(requirements);
    if (!hull) return own;
    const borrowers = (await this.capabilities.loansOver(null, codes, hull.from, hull.to)).map((l) => l.borrowerId);
    return [...new Set([...own, ...borrowers])].sort((a, b) => a - b);
  }

  private async loadFirms(memberIds: number[], problem: ConsortiumProblemData): Promise<SolverFirm[]> {
    if (!memberIds.length) return [];
    // one after the other: inside a bid's transaction (assertEligible) em is one connection
    const [members, caps, certs] = await this.db.read(
      async (em) =>
        [
          await em.find(Member, { where: { id: In(memberIds) }, order: { id: 'ASC' } }),
          await em.findBy(MemberCapability, { memberId: In(memberIds) }),
          await em.findBy(Certificate, { memberId: In(memberIds) }),
        ] as const,
    );
    const windows = new Map<string, { from: string; to: string }>();
    for (const r of problem.requirements) {
      const w = windows.get(r.capabilityCode);
      windows.set(r.capabilityCode, {
        from: !w || r.windowStart < w.from ? r.windowStart : w.from,
        to: !w || r.windowEnd > w.to ? r.windowEnd : w.to,
      });
    }
    const free = new Map<string, number>();
    const queries = [...windows].map(([code, w]) => ({ memberIds, code, from: w.from, to: w.to }));
    (await this.capabilities.capacityOfMany(queries)).forEach((reports) => {
      for (const rep of reports) free.set(`${rep.memberId}:${rep.code}`, Math.max(0, rep.freeHours));
    });
    // a borrower without the capability of its own carries the borrowed hours at the loan's price
    const borrowedRate = new Map<string, number>();
    const hull = windowHull(problem.requirements);
    if (hull) {
      for (const l of await this.capabilities.loansOver(memberIds, [...windows.keys()], hull.from, hull.to)) {
        const w = windows.get(l.code);
        if (!w || l.from > w.to || l.to < w.from) continue;
        const key = `${l.borrowerId}:${l.code}`;
        borrowedRate.set(key, Math.max(borrowedRate.get(key) ?? 0, l.pricePerHourOre));
      }
    }
    const today = osloDate(new Date());
    const awarded = await this.awardedWork.get().awardedOre(memberIds, addDays(today, -365), today);
    return members.map((m) => ({
      id: m.id,
      name: m.name,
      active: m.status === MembershipStatus.ACTIVE,
      capabilities: [
        ...caps.filter((c) => c.memberId === m.id).map((c) => ({ code: c.code, hourlyRateOre: c.hourlyRateOre })),
        ...[...borrowedRate]
          .filter(([key]) => key.startsWith(`${m.id}:`) && !caps.some((c) => c.memberId === m.id && `${m.id}:${c.code}` === key))
          .map(([key, rate]) => ({ code: key.slice(key.indexOf(':') + 1), hourlyRateOre: rate })),
      ],
      certificates: certs
        .filter((c) => c.memberId === m.id)
        .map((c): HeldCertificate => ({
          type: c.type as HeldCertificate['type'],
          process: c.process,
          level: (c.clearanceLevel as HeldCertificate['level']) ?? null,
          validFrom: c.validFrom,
          validUntil: c.validUntil,
        })),
      freeHours: Object.fromEntries([...windows.keys()].map((code) => [code, free.get(`${m.id}:${code}`) ?? 0])),
      awardedLast12MonthsOre: awarded.get(m.id) ?? 0,
    }));
  }
}

function windowHull(requirements: SolverRequirement[]): { from: string; to: string } | null {
  if (!requirements.length) return null;
  return {
    from: requirements.reduce((m, r) => (r.windowStart < m ? r.windowStart : m), requirements[0].windowStart),
    to: requirements.reduce((m, r) => (r.windowEnd > m ? r.windowEnd : m), requirements[0].windowEnd),
  };
}
