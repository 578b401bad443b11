/** Rules of the audits context that need no database: input checks and the state machine. */
import { AppError, type FieldProblem, isLocalDate, ErrorReason } from '@app/core';
import { CLAUSE_RE, clauseWithin, isAuditStandard, normaliseClause, standardLabel } from './audit-standards';
import { type AuditScopeItem, AuditStatus } from './entities/coordinated-audit.entity';
import { FindingSeverity } from './entities/audit-finding.entity';

export const MIN_INTERVAL_MONTHS = 6;
export const MAX_INTERVAL_MONTHS = 60;
export const MAX_SCOPE_ITEMS = 8;
export const MAX_CLAUSES = 40;
export const MAX_MEMBERS = 50;

/** Collects problems with one input and throws them together, so a person fixes all at once. */
export class Problems {
  private readonly list: FieldProblem[] = [];
  constructor(private readonly what: string) {}

  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (!this.list.length) return;
    throw AppError.invalid(`The ${this.what}`, this.list);
  }
}

/** Fields that may be left out but not set to null: null is refused, naming the field (never a database error). */
export function refuseNulls(p: Problems, input: object, fields: readonly string[]): void {
  for (const f of fields)
    if ((input as Record<string, unknown>)[f] === null) p.add(f, `${f} cannot be null: leave it out to keep the current value`);
}

export function checkStandards(p: Problems, field: string, standards: readonly string[], allowEmpty: boolean): void {
  if (!allowEmpty && !standards.length) p.add(field, 'name at least one standard');
  const bad = standards.filter((s) => !isAuditStandard(s));
  if (bad.length)
    p.add(
      field,
      `${bad.join(', ')} ${bad.length > 1 ? 'are' : 'is'} not audited by members (a clearance or export registration is granted by authorities)`,
    );
  if (new Set(standards).size !== standards.length) p.add(field, 'a standard is listed twice');
  if (standards.length > MAX_SCOPE_ITEMS) p.add(field, `at most ${MAX_SCOPE_ITEMS} standards`);
}

export function checkDate(
  p: Problems,
  field: string,
  value: string | null | undefined,
  opts: { notAfter?: string; notBefore?: string } = {},
) {
  if (value === null || value === undefined) return;
  if (!isLocalDate(value)) {
    p.add(field, 'not a date YYYY-MM-DD');
    return;
  }
  if (opts.notAfter && value > opts.notAfter) p.add(field, `must be on or before ${opts.notAfter}`);
  if (opts.notBefore && value < opts.notBefore) p.add(field, `must be on or after ${opts.notBefore}`);
}

/** The scope as stored: standards in the order given, clauses trimmed and de-duplicated. */
export function normaliseScope(p: Problems, items: readonly { standard: string; clauses?: readonly string[] | null }[]): AuditScopeItem[] {
  checkStandards(
    p,
    'scope',
    items.map((i) => i.standard),
    false,
  );
  return items.map((item, i) => {
    const clauses: string[] = [];
    for (const raw of item.clauses ?? []) {
      const c = normaliseClause(String(raw));
      if (!CLAUSE_RE.test(c)) p.add(`scope[${i}].clauses`, `"${raw}" is not a clause reference such as 8.4 or 8.4.2`);
      else if (!clauses.includes(c)) clauses.push(c);
    }
    if (clauses.length > MAX_CLAUSES) p.add(`scope[${i}].clauses`, `at most ${MAX_CLAUSES} clauses per standard`);
    return { standard: item.standard as AuditScopeItem['standard'], clauses };
  });
}

/** A finding's clause must be in the audit's scope (a listed clause or one under it; any clause when none are listed). */
export function checkFindingClause(p: Problems, scope: readonly AuditScopeItem[], standard: string, clause: string): string {
  const c = normaliseClause(clause);
  const item = scope.find((s) => s.standard === standard);
  if (!item) {
    p.add(
      'standard',
      `${standardLabel(standard)} is not in this audit's scope (${scope.map((s) => standardLabel(s.standard)).join(', ')})`,
    );
    return c;
  }
  if (!CLAUSE_RE.test(c)) p.add('clause', `"${clause}" is not a clause reference such as 8.4 or 8.4.2`);
  else if (item.clauses.length && !item.clauses.some((s) => clauseWithin(c, s)))
    p.add('clause', `${c} is outside the clauses audited for ${standardLabel(standard)} (${item.clauses.join(', ')})`);
  return c;
}

/** Major and minor nonconformities need a due date for their corrective action; an observation may have one. */
export function needsAction(severity: FindingSeverity): boolean {
  return severity !== FindingSeverity.OBSERVATION;
}

/** The allowed moves of an audit. */
export const AUDIT_TRANSITIONS: Readonly<Record<AuditStatus, readonly AuditStatus[]>> = {
  PLANNED: [AuditStatus.DONE, AuditStatus.CANCELLED],
  DONE: [AuditStatus.REPORTED],
  REPORTED: [],
  CANCELLED: [],
};

/** CONFLICT naming the state the audit is in and what it would have to be. */
export function assertStatus(audit: { id: number; status: AuditStatus }, allowed: readonly AuditStatus[], doing: string): void {
  if (allowed.includes(audit.status)) return;
  throw AppError.conflict(`Audit ${audit.id} is ${audit.status}; ${doing} needs it to be ${allowed.join(' or ')}.`, {
    reason: ErrorReason.WRONG_AUDIT_STATUS,
    status: audit.status,
    allowed,
  });
}

/** Trimmed text, or null when blank. */
export function cleanText(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const t = v.trim();
  return t.length ? t : null;
}
