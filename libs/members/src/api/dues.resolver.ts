import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, MoneyModel } from '@app/core';
import { DuesService } from '../dues.service';
import { DuesBand } from '../entities/dues-band.entity';
import { bandLabel } from '../member-rules';
import { SetMembershipDuesInput } from './dto/member.input';
import { DuesBandModel, MembershipDuesModel } from './models/member.model';
import { MEMBER_PERMISSIONS } from '../members.permissions';

const nok = (minorUnits: number) => MoneyModel.of({ minorUnits, currency: 'NOK' });
const bandModel = (b: DuesBand): DuesBandModel => ({
  year: b.year,
  employeesMin: b.employeesMin,
  employeesMax: b.employeesMax,
  label: bandLabel(b),
  membershipFee: nok(b.membershipFeeOre),
  serviceFee: nok(b.serviceFeeOre),
  total: nok(b.membershipFeeOre + b.serviceFeeOre),
});

@Resolver()
export class DuesResolver {
  constructor(private readonly service: DuesService) {}

  @Query(() => MembershipDuesModel, { description: "Dues owed for a year: every active member's band and amount, and the total (øre)." })
  @Allow(...MEMBER_PERMISSIONS.membershipDues)
  async membershipDues(@CurrentActor() actor: Actor, @Args('year', { type: () => Int }) year: number): Promise<MembershipDuesModel> {
    const r = await this.service.forYear(actor, year);
    return {
      year: r.year,
      bands: r.bands.map(bandModel),
      lines: r.lines.map((l) => ({
        member: l.member,
        band: l.bandLabel,
        membershipFee: nok(l.membershipFeeOre),
        serviceFee: nok(l.serviceFeeOre),
        total: nok(l.totalOre),
        note: l.note,
        owedThroughYear: l.owedThroughYear,
      })),
      total: nok(r.totalOre),
      unbanded: r.unbanded,
    };
  }

  @Mutation(() => [DuesBandModel], { description: 'Sets the dues table of a year; every head count must fall in exactly one band.' })
  @Allow(...MEMBER_PERMISSIONS.setMembershipDues)
  async setMembershipDues(@CurrentActor() actor: Actor, @Args('input') input: SetMembershipDuesInput): Promise<DuesBandModel[]> {
    const saved = await this.service.setTable(
      actor,
      input.year,
      input.bands.map((b) => ({
        employeesMin: b.employeesMin,
        employeesMax: b.employeesMax ?? null,
        membershipFeeOre: b.membershipFee,
        serviceFeeOre: b.serviceFee,
      })),
    );
    return saved.map(bandModel);
  }
}
