import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type Actor, AppError, Database, audit, demand } from '@app/core';
import { DuesBand } from './entities/dues-band.entity';
import { Member, MembershipStatus } from './entities/member.entity';
import { assertSignedIn } from './member-access';
import { bandFor, bandLabel, duesOwedThroughYear, duesTableProblems } from './member-rules';
import { MEMBER_PERMISSIONS } from './members.permissions';

export interface DuesLine {
  member: Member;
  band: DuesBand | null;
  bandLabel: string | null;
  membershipFeeOre: number;
  serviceFeeOre: number;
  totalOre: number;
  /** In English; `owedThroughYear` and the member's `resignedOn` let a client say it in its own language. */
  note: string | null;
  /** A resigned member: the last year its dues are owed. */
  owedThroughYear: number | null;
}

export interface DuesReport {
  year: number;
  bands: DuesBand[];
  lines: DuesLine[];
  totalOre: number;
  /** Members owing dues whose head count is unknown: no band, no amount. */
  unbanded: number;
}

@Injectable()
export class DuesService {
  constructor(private readonly db: Database) {}

  async setTable(actor: Actor, year: number, bands: Omit<DuesBand, 'id' | 'year'>[]): Promise<DuesBand[]> {
    demand(actor, MEMBER_PERMISSIONS.setMembershipDues, 'Only an administrator sets the dues table.');
    if (!Number.isInteger(year) || year < 1990 || year > 2200)
      throw AppError.badInput('year must be a year such as 2026.', [{ field: 'year', message: 'out of range' }]);
    const problems = duesTableProblems(bands);
    if (problems.length) throw AppError.badInput(`The dues table is not valid: ${problems.map((p) => p.message).join('; ')}.`, problems);
    return this.db.transaction(async (tx) => {
      const before = await tx.findBy(DuesBand, { year });
      await tx.delete(DuesBand, { year });
      const saved = await tx.save(bands.map((b) => tx.create(DuesBand, { ...b, year })));
      await audit(tx, actor, {
        action: 'setMembershipDues',
        entityType: 'DuesTable',
        entityId: year,
        before: { bands: before },
        after: { bands: saved },
      });
      return saved.sort((a, b) => a.employeesMin - b.employeesMin);
    });
  }

  /**
   * Every member that owes dues for the year: active members, and those who resigned with notice
   * received after 1 December of the year before (the statutes). Amounts in øre; total = Σ lines.
   */
  async forYear(actor: Actor, year: number): Promise<DuesReport> {
    assertSignedIn(actor);
    demand(actor, MEMBER_PERMISSIONS.membershipDues, "Dues are the association's accounts.");
    return this.db.read(async (em) => {
      const bands = await em.find(DuesBand, { where: { year }, order: { employeesMin: 'ASC' } });
      if (!bands.length) throw AppError.notFound('Dues table for year', year);
      const members = await em.find(Member, {
        where: { status: In([MembershipStatus.ACTIVE, MembershipStatus.RESIGNED]) },
        order: { sortName: 'ASC', id: 'ASC' },
      });
      const owing = members.filter((m) => {
        if (m.joinedOn && Number(m.joinedOn.slice(0, 4)) > year) return false;
        if (m.status === MembershipStatus.ACTIVE) return true;
        return m.resignedOn !== null && duesOwedThroughYear(m.resignedOn) >= year;
      });
      const lines: DuesLine[] = owing.map((member) => {
        const band = bandFor(bands, member.employees) ?? null;
        const membershipFeeOre = band?.membershipFeeOre ?? 0;
        const serviceFeeOre = band?.serviceFeeOre ?? 0;
        const owedThroughYear = member.status === MembershipStatus.RESIGNED ? duesOwedThroughYear(member.resignedOn!) : null;
        let note: string | null = null;
        if (!band) note = 'Number of employees unknown: no band, no amount. Update the member.';
        else if (owedThroughYear !== null) note = `Resigned (notice received ${member.resignedOn}); dues owed through ${owedThroughYear}.`;
        return {
          member,
          band,
          bandLabel: band ? bandLabel(band) : null,
          membershipFeeOre,
          serviceFeeOre,
          totalOre: membershipFeeOre + serviceFeeOre,
          note,
          owedThroughYear,
        };
      });
      return { year, bands, lines, totalOre: lines.reduce((s, l) => s + l.totalOre, 0), unbanded: lines.filter((l) => !l.band).length };
    });
  }
}
