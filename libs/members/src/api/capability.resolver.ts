import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, LocalDateScalar, MoneyModel } from '@app/core';
import { CapabilitiesService, type CapabilityView } from '../capabilities.service';
import { CatalogueEntry } from '../entities/capability.entity';
import { CatalogueEntryInput, SetMemberCapabilityInput } from './dto/member.input';
import { CapacityReportModel, CatalogueEntryModel, MemberCapabilityModel } from './models/member.model';
import { MEMBER_PERMISSIONS } from '../members.permissions';

@Resolver(() => MemberCapabilityModel)
export class CapabilityResolver {
  constructor(private readonly service: CapabilitiesService) {}

  @Query(() => [CatalogueEntryModel], { description: 'The managed taxonomy of processes and services.' })
  @Allow(...MEMBER_PERMISSIONS.capabilityCatalogue)
  capabilityCatalogue(@CurrentActor() actor: Actor): Promise<CatalogueEntry[]> {
    return this.service.catalogue(actor);
  }

  @Mutation(() => CatalogueEntryModel)
  @Allow(...MEMBER_PERMISSIONS.addCatalogueEntry)
  addCatalogueEntry(@CurrentActor() actor: Actor, @Args('input') input: CatalogueEntryInput): Promise<CatalogueEntry> {
    return this.service.addCatalogueEntry(actor, { ...input, defaultHourlyRateOre: input.defaultHourlyRate });
  }

  @Mutation(() => MemberCapabilityModel, { description: 'Adds or replaces one capability of a firm.' })
  @Allow(...MEMBER_PERMISSIONS.setMemberCapability)
  setMemberCapability(@CurrentActor() actor: Actor, @Args('input') input: SetMemberCapabilityInput): Promise<CapabilityView> {
    return this.service.setMemberCapability(actor, { ...input, hourlyRateOre: input.hourlyRate });
  }

  @Mutation(() => Boolean)
  @Allow(...MEMBER_PERMISSIONS.removeMemberCapability)
  removeMemberCapability(
    @CurrentActor() actor: Actor,
    @Args('memberId', { type: () => Int }) memberId: number,
    @Args('code') code: string,
  ): Promise<boolean> {
    return this.service.removeMemberCapability(actor, memberId, code);
  }

  @Query(() => CapacityReportModel, {
    description: "A firm's free capacity for a capability over a date range (the firm itself and the association).",
  })
  @Allow(...MEMBER_PERMISSIONS.memberCapacity)
  async memberCapacity(
    @CurrentActor() actor: Actor,
    @Args('memberId', { type: () => Int }) memberId: number,
    @Args('code') code: string,
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @Args('to', { type: () => LocalDateScalar }) to: string,
  ): Promise<CapacityReportModel> {
    const [report] = await this.service.freeCapacity(actor, [memberId], code, from, to);
    return report;
  }

  @ResolveField(() => MoneyModel, { nullable: true, description: 'Private: indicative hourly rate.' })
  hourlyRate(c: CapabilityView): MoneyModel | null {
    return MoneyModel.maybe(c.hourlyRateOre);
  }
}

@Resolver(() => CatalogueEntryModel)
export class CatalogueEntryResolver {
  @ResolveField(() => MoneyModel)
  defaultHourlyRate(e: CatalogueEntry): MoneyModel {
    return MoneyModel.of({ minorUnits: e.defaultHourlyRateOre, currency: 'NOK' });
  }
}
