import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, ANY_ROLE, canSeeFirmPrivate, CurrentActor, type GqlContext, LocalDateScalar, Role } from '@app/core';
import { CapabilitiesService } from '../capabilities.service';
import { CertificatesService } from '../certificates.service';
import { Member } from '../entities/member.entity';
import { LatestDuesBandsLoader } from '../member-loaders';
import { bandFor, bandLabel } from '../member-rules';
import { MembersService } from '../members.service';
import { MembersArgs, RegisterMemberInput, ResignMemberInput, UpdateMemberInput } from './dto/member.input';
import {
  CertificateModel,
  ILLUSTRATIVE_NOTE,
  MemberCapabilityModel,
  MemberConnection,
  MemberImportResultModel,
  MemberModel,
} from './models/member.model';

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(
    private readonly service: MembersService,
    private readonly capabilityService: CapabilitiesService,
    private readonly certificateService: CertificatesService,
    private readonly bands: LatestDuesBandsLoader,
  ) {}

  @Query(() => MemberConnection, { description: 'Member firms by name, filtered, a page at a time.' })
  @Allow(...ANY_ROLE)
  async members(@CurrentActor() actor: Actor, @Args() args: MembersArgs): Promise<MemberConnection> {
    const p = await this.service.list(actor, args.filter ?? {}, args);
    return { nodes: p.items, pageInfo: p.pageInfo, totalCount: p.totalCount };
  }

  @Query(() => MemberModel)
  @Allow(...ANY_ROLE)
  member(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<Member> {
    return this.service.get(actor, id);
  }

  @Mutation(() => MemberModel, { description: 'Registers a new member firm.' })
  @Allow(Role.ADMIN, Role.PROJECT_LEADER)
  registerMember(@CurrentActor() actor: Actor, @Args('input') input: RegisterMemberInput): Promise<Member> {
    return this.service.register(actor, input);
  }

  @Mutation(() => MemberModel, { description: "Changes a firm's profile: the firm itself, the project leader or an administrator." })
  @Allow(Role.ADMIN, Role.PROJECT_LEADER, Role.FIRM_USER)
  updateMember(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('input') input: UpdateMemberInput,
  ): Promise<Member> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => MemberModel, { description: 'Records a written resignation received by the board.' })
  @Allow(Role.ADMIN, Role.PROJECT_LEADER)
  resignMember(@CurrentActor() actor: Actor, @Args('input') input: ResignMemberInput): Promise<Member> {
    return this.service.resign(actor, input.memberId, input.noticeReceivedOn, input.reason ?? null);
  }

  @Mutation(() => MemberImportResultModel, {
    description: 'Imports a member list as CSV (name, website, optional org_number, employees). A file with any bad row is rejected whole.',
  })
  @Allow(Role.ADMIN)
  importMembers(@CurrentActor() actor: Actor, @Args('csv') csv: string): Promise<MemberImportResultModel> {
    return this.service.importCsv(actor, csv);
  }

  @ResolveField(() => [MemberCapabilityModel])
  capabilities(m: Member, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.capabilityService).load(m.id);
  }

  @ResolveField(() => [CertificateModel], { description: 'All certificates, or only those valid on validOn.' })
  async certificates(
    @Parent() m: Member,
    @Context() ctx: GqlContext,
    @Args('validOn', { type: () => LocalDateScalar, nullable: true }) validOn?: string,
  ) {
    const all = await ctx.loaders.get(this.certificateService).load(m.id);
    return validOn ? all.filter((c) => c.validFrom <= validOn && c.validUntil >= validOn) : all;
  }

  @ResolveField(() => Int, { nullable: true })
  employees(@Parent() m: Member, @CurrentActor() actor: Actor): number | null {
    return canSeeFirmPrivate(actor, m.id) ? m.employees : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Employee band of the latest dues table, e.g. "11–50" (public).' })
  async employeeBand(m: Member, _args: unknown, ctx: GqlContext): Promise<string | null> {
    const band = bandFor(await ctx.loaders.get(this.bands).load('latest'), m.employees);
    return band ? bandLabel(band) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The label to show next to illustrative demo data.' })
  illustrativeNote(m: Member): string | null {
    return m.illustrative ? ILLUSTRATIVE_NOTE : null;
  }
}
