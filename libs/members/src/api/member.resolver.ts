import { Args, Context, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  type Actor,
  Allow,
  canSeeFirmPrivate,
  columnsAskedFor,
  CurrentActor,
  DirectField,
  type GqlContext,
  selectedFields,
} from '@app/core';
import { CapabilitiesByMemberLoader } from '../loaders/capabilities-by-member.loader';
import { CertificatesByMemberLoader } from '../loaders/certificates-by-member.loader';
import { Member } from '../entities/member.entity';
import type { Certificate } from '../entities/certificate.entity';
import type { DuesBand } from '../entities/dues-band.entity';
import { LatestDuesBandsLoader } from '../loaders/latest-dues-bands.loader';
import { bandFor, bandLabel } from '../member-rules';
import { MembersService } from '../members.service';
import { CertificatesArgs, MembersArgs, RegisterMemberInput, ResignMemberInput, UpdateMemberInput } from './dto/member.input';
import {
  CertificateModel,
  ILLUSTRATIVE_NOTE,
  MemberCapabilityModel,
  MemberConnection,
  MemberImportResultModel,
  MemberModel,
} from './models/member.model';
import { MEMBER_PERMISSIONS } from '../members.permissions';

/**
 * What each field of Member reads of the member row (issue 23: the list reads only the columns
 * asked for). A field missing here makes the list read every column, so a new field is never
 * wrong, only slower until it is added.
 */
export const MEMBER_FIELD_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  name: ['name'],
  orgNumber: ['orgNumber'],
  ncage: ['ncage'],
  website: ['website'],
  streetAddress: ['streetAddress'],
  postalCode: ['postalCode'],
  municipality: ['municipality'],
  employees: ['employees'],
  employeeBand: ['employees'],
  contactName: ['contactName'],
  contactEmail: ['contactEmail'],
  contactPhone: ['contactPhone'],
  status: ['status'],
  joinedOn: ['joinedOn'],
  resignedOn: ['resignedOn'],
  descriptionNb: ['descriptionNb'],
  descriptionEn: ['descriptionEn'],
  illustrative: ['illustrative'],
  illustrativeNote: ['illustrative'],
  version: ['version'],
  createdAt: ['createdAt'],
  capabilities: [],
  certificates: [],
};

/** The same for MemberCapability; `catalogue` joins the catalogue's names and group in the same statement. */
export const CAPABILITY_FIELD_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  memberId: ['memberId'],
  code: ['code'],
  level: ['level'],
  levelEn: ['levelEn'],
  keyEquipment: ['keyEquipment'],
  keyEquipmentEn: ['keyEquipmentEn'],
  capacityHoursPerMonth: ['capacityHoursPerMonth'],
  hourlyRate: ['hourlyRateOre'],
  name: ['code', 'catalogue'],
  nameNb: ['code', 'catalogue'],
  group: ['code', 'catalogue'],
};

/** The same for Certificate. */
export const CERTIFICATE_FIELD_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  memberId: ['memberId'],
  type: ['type'],
  process: ['process'],
  clearanceLevel: ['clearanceLevel'],
  issuer: ['issuer'],
  scope: ['scope'],
  validFrom: ['validFrom'],
  validUntil: ['validUntil'],
  documentRef: ['documentRef'],
  label: ['type', 'clearanceLevel', 'process'],
  expired: ['validUntil'],
  daysToExpiry: ['validUntil'],
  member: ['memberId'],
};

/** What certificates always read: the key, and the dates `validOn` filters by (so one batch serves both). */
const CERTIFICATE_KEYS = ['memberId', 'validFrom', 'validUntil'];

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(
    private readonly service: MembersService,
    private readonly capabilitiesLoader: CapabilitiesByMemberLoader,
    private readonly certificatesLoader: CertificatesByMemberLoader,
    private readonly bands: LatestDuesBandsLoader,
  ) {}

  @Query(() => MemberConnection, { description: 'Member firms by name, filtered, a page at a time.' })
  @Allow(...MEMBER_PERMISSIONS.members)
  async members(
    @CurrentActor() actor: Actor,
    @Args() args: MembersArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() ctx: GqlContext,
  ): Promise<MemberConnection> {
    const columns = columnsAskedFor(info, MEMBER_FIELD_COLUMNS, ['id'], ['nodes']);
    const p = await this.service.list(actor, args.filter ?? {}, args, columns);
    // The page's capabilities, certificates and dues bands in the same batches the field
    // resolvers would start, loaded here so that those fields answer without a promise per firm
    // (issue 23: the promise machinery cost more than the SQL). Same statements, same count.
    const asked = selectedFields(info, ['nodes']);
    const ids = p.items.map((m) => m.id);
    if (ids.length) {
      await Promise.all([
        asked.has('capabilities') &&
          ctx.loaders.preload(
            this.capabilitiesLoader,
            columnsAskedFor(info, CAPABILITY_FIELD_COLUMNS, ['memberId'], ['nodes', 'capabilities']),
            ids,
          ),
        asked.has('certificates') &&
          ctx.loaders.preload(
            this.certificatesLoader,
            columnsAskedFor(info, CERTIFICATE_FIELD_COLUMNS, CERTIFICATE_KEYS, ['nodes', 'certificates']),
            ids,
          ),
        asked.has('employeeBand') && ctx.loaders.preload(this.bands, undefined, ['latest' as const]),
      ]);
    }
    return { nodes: p.items, pageInfo: p.pageInfo, totalCount: p.totalCount };
  }

  @Query(() => MemberModel)
  @Allow(...MEMBER_PERMISSIONS.member)
  member(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<Member> {
    return this.service.get(actor, id);
  }

  @Mutation(() => MemberModel, { description: 'Registers a new member firm.' })
  @Allow(...MEMBER_PERMISSIONS.registerMember)
  registerMember(@CurrentActor() actor: Actor, @Args('input') input: RegisterMemberInput): Promise<Member> {
    return this.service.register(actor, input);
  }

  @Mutation(() => MemberModel, { description: "Changes a firm's profile: the firm itself, the project leader or an administrator." })
  @Allow(...MEMBER_PERMISSIONS.updateMember)
  updateMember(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('input') input: UpdateMemberInput,
  ): Promise<Member> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => MemberModel, { description: 'Records a written resignation received by the board.' })
  @Allow(...MEMBER_PERMISSIONS.resignMember)
  resignMember(@CurrentActor() actor: Actor, @Args('input') input: ResignMemberInput): Promise<Member> {
    return this.service.resign(actor, input.memberId, input.noticeReceivedOn, input.reason ?? null);
  }

  @Mutation(() => MemberImportResultModel, {
    description: 'Imports a member list as CSV (name, website, optional org_number, employees). A file with any bad row is rejected whole.',
  })
  @Allow(...MEMBER_PERMISSIONS.importMembers)
  importMembers(@CurrentActor() actor: Actor, @Args('csv') csv: string): Promise<MemberImportResultModel> {
    return this.service.importCsv(actor, csv);
  }

  @ResolveField(() => [MemberCapabilityModel])
  capabilities(m: Member, _args: unknown, ctx: GqlContext, info: GraphQLResolveInfo) {
    const columns = columnsAskedFor(info, CAPABILITY_FIELD_COLUMNS, ['memberId']);
    return ctx.loaders.peek(this.capabilitiesLoader, columns, m.id) ?? ctx.loaders.get(this.capabilitiesLoader, columns).load(m.id);
  }

  @ResolveField(() => [CertificateModel], { description: 'All certificates, or only those valid on validOn.' })
  @DirectField()
  certificates(m: Member, @Args() args: CertificatesArgs, ctx: GqlContext, info: GraphQLResolveInfo) {
    const validOn = args.validOn;
    const columns = columnsAskedFor(info, CERTIFICATE_FIELD_COLUMNS, CERTIFICATE_KEYS);
    const valid = (cs: Certificate[]) => (validOn ? cs.filter((c) => c.validFrom <= validOn && c.validUntil >= validOn) : cs);
    const ready = ctx.loaders.peek(this.certificatesLoader, columns, m.id);
    return ready ? valid(ready) : ctx.loaders.get(this.certificatesLoader, columns).load(m.id).then(valid);
  }

  @ResolveField(() => Int, { nullable: true })
  employees(m: Member, _args: unknown, ctx: GqlContext): number | null {
    return canSeeFirmPrivate(ctx.loaders.actor, m.id) ? m.employees : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Employee band of the latest dues table, e.g. "11–50" (public).' })
  employeeBand(m: Member, _args: unknown, ctx: GqlContext): string | null | Promise<string | null> {
    const label = (bands: DuesBand[]) => {
      const band = bandFor(bands, m.employees);
      return band ? bandLabel(band) : null;
    };
    const ready = ctx.loaders.peek(this.bands, undefined, 'latest');
    return ready ? label(ready) : ctx.loaders.get(this.bands).load('latest').then(label);
  }

  @ResolveField(() => String, { nullable: true, description: 'The label to show next to illustrative demo data.' })
  illustrativeNote(m: Member): string | null {
    return m.illustrative ? ILLUSTRATIVE_NOTE : null;
  }
}
