import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  type Page,
  type Tx,
  audit,
  decodeCursor,
  guardedUpdate,
  isLocalDate,
  leanQuery,
  leanShape,
  osloDate,
  parseCsv,
  toPage,
  demand,
  may,
  FieldRule,
  ErrorReason,
} from '@app/core';
import { CertificateType } from './entities/certificate.entity';
import { Member, MembershipStatus } from './entities/member.entity';
import { assertCanEditFirm, assertSignedIn } from './member-access';
import { NCAGE_RE, duesOwedThroughYear, memberFieldProblems, normaliseOrgNumber, orgNumberProblem } from './member-rules';
import { MEMBER_PERMISSIONS } from './members.permissions';

export interface MemberProfileFields {
  orgNumber?: string | null;
  ncage?: string | null;
  website?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  municipality?: string | null;
  employees?: number | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  joinedOn?: string | null;
  descriptionNb?: string | null;
  descriptionEn?: string | null;
  illustrative?: boolean;
}

export interface RegisterMember extends MemberProfileFields {
  name: string;
}

export interface UpdateMember extends MemberProfileFields {
  name?: string;
  /** When given, the update fails with CONFLICT if someone else changed the member since. */
  expectedVersion?: number;
}

export interface MemberFilter {
  capabilityCode?: string;
  certificateType?: CertificateType;
  /** With certificateType: valid on this day (default today in Oslo). */
  certificateValidOn?: string;
  municipality?: string;
  status?: MembershipStatus;
  text?: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** Normalises "www.x.no" to "https://www.x.no"; keeps explicit http(s) URLs. */
export function normaliseWebsite(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  return /^https?:\/\//i.test(s) ? s : `https://${s}`;
}

const PROFILE_KEYS: (keyof MemberProfileFields)[] = [
  'orgNumber',
  'ncage',
  'website',
  'streetAddress',
  'postalCode',
  'municipality',
  'employees',
  'contactName',
  'contactEmail',
  'contactPhone',
  'joinedOn',
  'descriptionNb',
  'descriptionEn',
  'illustrative',
];

function snapshot(m: Member) {
  const { id, name, orgNumber, ncage, website, municipality, employees, status, joinedOn, resignedOn, illustrative } = m;
  return { id, name, orgNumber, ncage, website, municipality, employees, status, joinedOn, resignedOn, illustrative };
}

@Injectable()
export class MembersService {
  constructor(private readonly db: Database) {}

  /**
   * A page of members by name. With `columns` (properties of Member), only those are read, plus
   * `id` and `sortName` for the cursor: the objects are plain rows, not entities, and carry only
   * those properties (the member list reads what the request asks for, issue 23).
   */
  async list(
    actor: Actor,
    filter: MemberFilter,
    page: { first: number; after?: string },
    columns: readonly string[] | null = null,
  ): Promise<Page<Member>> {
    assertSignedIn(actor);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) {
      where.push('m.status = ?');
      params.push(filter.status);
    }
    if (filter.municipality) {
      where.push('LOWER(m.municipality) = ?');
      params.push(filter.municipality.toLocaleLowerCase('nb'));
    }
    if (filter.text) {
      const q = `%${filter.text.toLocaleLowerCase('nb').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(
        "(m.sort_name LIKE ? ESCAPE '\\' OR LOWER(m.description_nb) LIKE ? ESCAPE '\\' OR LOWER(m.description_en) LIKE ? ESCAPE '\\')",
      );
      params.push(q, q, q);
    }
    if (filter.capabilityCode) {
      where.push('EXISTS (SELECT 1 FROM member_capability mc WHERE mc.member_id = m.id AND mc.code = ?)');
      params.push(filter.capabilityCode);
    }
    if (filter.certificateType) {
      const on = filter.certificateValidOn ?? osloDate(new Date());
      where.push(
        'EXISTS (SELECT 1 FROM certificate c WHERE c.member_id = m.id AND c.type = ? AND c.valid_from <= ? AND c.valid_until >= ?)',
      );
      params.push(filter.certificateType, on, on);
    }
    const pageWhere = [...where];
    const pageParams = [...params];
    if (page.after) {
      const [sortName, id] = decodeCursor(page.after, 2);
      pageWhere.push('(m.sort_name > ? OR (m.sort_name = ? AND m.id > ?))');
      pageParams.push(sortName, sortName, id);
    }
    const sqlWhere = (w: string[]) => (w.length ? ` WHERE ${w.join(' AND ')}` : '');
    return this.db.read(async (em) => {
      const [{ n }] = await leanQuery<{ n: number | string }>(em, `SELECT COUNT(*) AS n FROM member m${sqlWhere(where)}`, params);
      const shape = leanShape(em, Member, 'm', columns && [...new Set([...columns, 'id', 'sortName'])]);
      const rows = await shape.read(
        em,
        `SELECT ${shape.select} FROM member m${sqlWhere(pageWhere)} ORDER BY m.sort_name ASC, m.id ASC LIMIT ?`,
        [...pageParams, page.first + 1],
      );
      return toPage(rows, page.first, Number(n), (m) => [m.sortName, m.id]);
    });
  }

  async get(actor: Actor, id: number): Promise<Member> {
    assertSignedIn(actor);
    const m = await this.db.read((em) => em.findOneBy(Member, { id }));
    if (!m) throw AppError.notFound('Member', id);
    return m;
  }

  async register(actor: Actor, input: RegisterMember): Promise<Member> {
    demand(actor, MEMBER_PERMISSIONS.registerMember, 'Only the project leader or an administrator registers members.');
    const fields = this.validateProfile(input, true);
    return this.db.transaction(async (tx) => {
      const name = input.name.trim();
      await this.assertUnique(tx, name, fields.orgNumber ?? null, null);
      const member = await tx.save(
        tx.create(Member, { ...fields, name, status: MembershipStatus.ACTIVE, joinedOn: fields.joinedOn ?? osloDate(new Date()) }),
      );
      await audit(tx, actor, { action: 'registerMember', entityType: 'Member', entityId: member.id, after: snapshot(member) });
      return member;
    });
  }

  async update(actor: Actor, id: number, input: UpdateMember): Promise<Member> {
    assertCanEditFirm(actor, id);
    if (input.illustrative !== undefined && !may(actor, MEMBER_PERMISSIONS.markIllustrative)) {
      throw AppError.forbidden('Only the association marks data as illustrative.');
    }
    const fields = this.validateProfile(input);
    return this.db.transaction(async (tx) => {
      const member = await tx.findOneBy(Member, { id });
      if (!member) throw AppError.notFound('Member', id);
      const before = snapshot(member);
      const name = input.name?.trim() ?? member.name;
      await this.assertUnique(tx, name, fields.orgNumber === undefined ? null : fields.orgNumber, id);
      const changes: Partial<Member> = { ...fields, name, sortName: name.toLocaleLowerCase('nb'), updatedAt: new Date() };
      await guardedUpdate(
        tx,
        Member,
        { id, version: input.expectedVersion ?? member.version },
        changes,
        `Member ${id} was changed by someone else; reload it and try again.`,
      );
      const after = await tx.findOneByOrFail(Member, { id });
      await audit(tx, actor, { action: 'updateMember', entityType: 'Member', entityId: id, before, after: snapshot(after) });
      return after;
    });
  }

  /**
   * Resignation per the statutes: written notice to the board; if it arrives after 1 December the
   * next year's dues are still owed.
   */
  async resign(actor: Actor, id: number, noticeReceivedOn: string, reason: string | null): Promise<Member> {
    demand(actor, MEMBER_PERMISSIONS.resignMember, 'Resignations are recorded by the association.');
    if (!isLocalDate(noticeReceivedOn))
      throw AppError.badInput('noticeReceivedOn must be a date YYYY-MM-DD.', [
        { field: 'noticeReceivedOn', message: 'not a date', rule: FieldRule.NOT_A_DATE },
      ]);
    return this.db.transaction(async (tx) => {
      const member = await tx.findOneBy(Member, { id });
      if (!member) throw AppError.notFound('Member', id);
      if (member.status !== MembershipStatus.ACTIVE) {
        throw AppError.conflict(`${member.name} is ${member.status.toLowerCase()}, not an active member.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: member.status,
        });
      }
      if (member.joinedOn && noticeReceivedOn < member.joinedOn) {
        throw AppError.badInput(`The notice cannot be received before the firm joined (${member.joinedOn}).`, [
          { field: 'noticeReceivedOn', message: 'before joinedOn', rule: FieldRule.ENDS_BEFORE_START },
        ]);
      }
      const before = snapshot(member);
      await guardedUpdate(
        tx,
        Member,
        { id, version: member.version },
        { status: MembershipStatus.RESIGNED, resignedOn: noticeReceivedOn, resignationReason: reason, updatedAt: new Date() },
        'The member was changed at the same time; try again.',
      );
      const after = await tx.findOneByOrFail(Member, { id });
      await audit(tx, actor, {
        action: 'resignMember',
        entityType: 'Member',
        entityId: id,
        before,
        after: { ...snapshot(after), duesOwedThroughYear: duesOwedThroughYear(noticeReceivedOn) },
        reason,
      });
      return after;
    });
  }

  /**
   * Imports a member list in the shared register's format (name, website) plus optional
   * org_number and employees. All rows are validated first; any bad row rejects the whole file.
   * Existing members are matched by organisation number, else by name; unchanged rows are not
   * written, so re-importing the same file changes nothing.
   */
  async importCsv(actor: Actor, csv: string): Promise<ImportResult> {
    demand(actor, MEMBER_PERMISSIONS.importMembers, 'Only an administrator imports member lists.');
    let rows: string[][];
    try {
      rows = parseCsv(csv);
    } catch (e) {
      throw AppError.badInput(`The file is not valid CSV: ${(e as Error).message}.`);
    }
    const [header, ...data] = rows;
    const cols = (header ?? []).map((h) => h.trim().toLowerCase().replace(/[\s-]/g, '_'));
    const idx = (n: string) => cols.indexOf(n);
    if (idx('name') < 0)
      throw AppError.badInput('The first line must be a header with at least a "name" column (optional: website, org_number, employees).');
    const known = new Set(['name', 'website', 'org_number', 'employees']);
    const unknown = cols.filter((c) => !known.has(c));
    if (unknown.length) throw AppError.badInput(`Unknown column(s): ${unknown.join(', ')}. Allowed: name, website, org_number, employees.`);
    if (!data.length) throw AppError.badInput('The file has a header but no rows.');

    const problems: FieldProblem[] = [];
    const parsed: { line: number; name: string; website: string | null; orgNumber?: string | null; employees?: number | null }[] = [];
    const seenNames = new Map<string, number>();
    const seenOrgs = new Map<string, number>();
    data.forEach((r, i) => {
      const line = i + 2;
      const cell = (c: string) => (idx(c) >= 0 ? (r[idx(c)] ?? '').trim() : undefined);
      const name = cell('name') ?? '';
      if (!name) problems.push({ field: `row ${line}.name`, message: 'name is required', rule: FieldRule.REQUIRED });
      const website = cell('website') || null;
      const orgRaw = cell('org_number');
      let orgNumber: string | null | undefined = orgRaw === undefined ? undefined : null;
      if (orgRaw) {
        const p = orgNumberProblem(orgRaw);
        if (p) problems.push({ field: `row ${line}.org_number`, message: p, rule: FieldRule.NOT_AN_ORG_NUMBER });
        orgNumber = normaliseOrgNumber(orgRaw);
        if (seenOrgs.has(orgNumber))
          problems.push({
            field: `row ${line}.org_number`,
            message: `same organisation number as row ${seenOrgs.get(orgNumber)}`,
            rule: FieldRule.LISTED_TWICE,
          });
        seenOrgs.set(orgNumber, line);
      }
      const empRaw = cell('employees');
      let employees: number | null | undefined = empRaw === undefined ? undefined : null;
      if (empRaw) {
        if (!/^\d+$/.test(empRaw))
          problems.push({ field: `row ${line}.employees`, message: `"${empRaw}" is not a whole number of employees` });
        else employees = Number(empRaw);
      }
      // the same rules as registerMember and updateMember, for every row
      for (const p of memberFieldProblems({ name, website, ...(employees !== undefined ? { employees } : {}) }))
        if (!problems.some((q) => q.field === `row ${line}.${p.field}`))
          problems.push({ field: `row ${line}.${p.field}`, message: p.message });
      const key = name.toLocaleLowerCase('nb');
      if (name && seenNames.has(key)) problems.push({ field: `row ${line}.name`, message: `same name as row ${seenNames.get(key)}` });
      seenNames.set(key, line);
      parsed.push({ line, name, website: normaliseWebsite(website), orgNumber, employees });
    });
    if (problems.length) {
      throw AppError.badInput(
        `The file was rejected (${problems.length} problem${problems.length > 1 ? 's' : ''}); nothing was imported.`,
        problems,
      );
    }

    return this.db.transaction(async (tx) => {
      const existing = await tx.find(Member);
      const byOrg = new Map(existing.filter((m) => m.orgNumber).map((m) => [m.orgNumber!, m]));
      const byName = new Map(existing.map((m) => [m.sortName, m]));
      const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
      const dbProblems: FieldProblem[] = [];
      for (const row of parsed) {
        const byThisName = byName.get(row.name.toLocaleLowerCase('nb'));
        const byThisOrg = row.orgNumber ? byOrg.get(row.orgNumber) : undefined;
        if (byThisName && byThisOrg && byThisName.id !== byThisOrg.id) {
          dbProblems.push({
            field: `row ${row.line}.org_number`,
            message: `organisation number ${row.orgNumber} belongs to ${byThisOrg.name}, but the name matches ${byThisName.name}`,
          });
          continue;
        }
        const match = byThisOrg ?? byThisName;
        if (row.orgNumber && match && match.orgNumber && match.orgNumber !== row.orgNumber) {
          dbProblems.push({
            field: `row ${row.line}.org_number`,
            message: `${match.name} is registered with organisation number ${match.orgNumber}`,
          });
          continue;
        }
        if (row.orgNumber) {
          const holder = byOrg.get(row.orgNumber);
          if (holder && match && holder.id !== match.id) {
            dbProblems.push({
              field: `row ${row.line}.org_number`,
              message: `organisation number ${row.orgNumber} belongs to ${holder.name}`,
            });
            continue;
          }
        }
        if (!match) {
          const m = await tx.save(
            tx.create(Member, {
              name: row.name,
              website: row.website,
              orgNumber: row.orgNumber ?? null,
              employees: row.employees ?? null,
              status: MembershipStatus.ACTIVE,
              joinedOn: osloDate(new Date()),
            }),
          );
          await audit(tx, actor, { action: 'importMembers', entityType: 'Member', entityId: m.id, after: snapshot(m) });
          result.created++;
          continue;
        }
        const changes: Partial<Member> = {};
        if (match.name !== row.name) changes.name = row.name;
        if (match.website !== row.website) changes.website = row.website;
        if (row.orgNumber !== undefined && row.orgNumber !== null && match.orgNumber !== row.orgNumber) changes.orgNumber = row.orgNumber;
        if (row.employees !== undefined && row.employees !== null && match.employees !== row.employees) changes.employees = row.employees;
        if (!Object.keys(changes).length) {
          result.unchanged++;
          continue;
        }
        const before = snapshot(match);
        Object.assign(match, changes);
        await tx.save(match);
        await audit(tx, actor, { action: 'importMembers', entityType: 'Member', entityId: match.id, before, after: snapshot(match) });
        result.updated++;
      }
      if (dbProblems.length)
        throw AppError.badInput(`The file was rejected (${dbProblems.length} problem(s)); nothing was imported.`, dbProblems);
      return result;
    });
  }

  private validateProfile(input: MemberProfileFields & { name?: string }, requireName = false): MemberProfileFields {
    const problems: FieldProblem[] = memberFieldProblems(input, requireName);
    const out: MemberProfileFields = {};
    for (const k of PROFILE_KEYS) if (input[k] !== undefined) (out as Record<string, unknown>)[k] = input[k];
    if (typeof input.orgNumber === 'string') {
      const p = orgNumberProblem(input.orgNumber);
      if (p) problems.push({ field: 'orgNumber', message: p, rule: FieldRule.NOT_AN_ORG_NUMBER });
      out.orgNumber = normaliseOrgNumber(input.orgNumber);
    }
    if (typeof input.ncage === 'string') {
      out.ncage = input.ncage.trim().toUpperCase();
      if (!NCAGE_RE.test(out.ncage))
        problems.push({
          field: 'ncage',
          message: 'an NCAGE code is 5 characters: digits and capital letters except I and O',
          rule: FieldRule.NOT_AN_NCAGE,
        });
    }
    if (input.website !== undefined) out.website = normaliseWebsite(input.website);
    if (input.joinedOn && !isLocalDate(input.joinedOn))
      problems.push({ field: 'joinedOn', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    if (problems.length) throw AppError.invalid('The member data', problems);
    return out;
  }

  private async assertUnique(tx: Tx | EntityManager, name: string, orgNumber: string | null, selfId: number | null): Promise<void> {
    const byName = await tx
      .createQueryBuilder(Member, 'm')
      .where('m.sort_name = :n', { n: name.toLocaleLowerCase('nb') })
      .getOne();
    if (byName && byName.id !== selfId)
      throw AppError.conflict(`A member named "${byName.name}" is already registered.`, {
        reason: ErrorReason.ALREADY_EXISTS,
        field: 'name',
        memberId: byName.id,
      });
    if (orgNumber) {
      const byOrg = await tx.findOneBy(Member, { orgNumber });
      if (byOrg && byOrg.id !== selfId) {
        throw AppError.conflict(`Organisation number ${orgNumber} is already registered to ${byOrg.name}.`, {
          reason: ErrorReason.ALREADY_EXISTS,
          field: 'orgNumber',
          memberId: byOrg.id,
        });
      }
    }
  }
}
