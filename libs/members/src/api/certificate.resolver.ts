import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext } from '@app/core';
import { CertificatesService } from '../certificates.service';
import { Certificate } from '../entities/certificate.entity';
import { MemberByIdLoader } from '../loaders/member-by-id.loader';
import { AddCertificateInput, UpdateCertificateInput } from './dto/member.input';
import { CertificateModel, MemberModel } from './models/member.model';
import { MEMBER_PERMISSIONS } from '../members.permissions';

@Resolver(() => CertificateModel)
export class CertificateResolver {
  constructor(
    private readonly service: CertificatesService,
    private readonly members: MemberByIdLoader,
  ) {}

  @Mutation(() => CertificateModel)
  @Allow(...MEMBER_PERMISSIONS.addCertificate)
  addCertificate(@CurrentActor() actor: Actor, @Args('input') input: AddCertificateInput): Promise<Certificate> {
    const { memberId, ...fields } = input;
    return this.service.add(actor, memberId, fields);
  }

  @Mutation(() => CertificateModel)
  @Allow(...MEMBER_PERMISSIONS.updateCertificate)
  updateCertificate(@CurrentActor() actor: Actor, @Args('input') input: UpdateCertificateInput): Promise<Certificate> {
    const { id, ...fields } = input;
    return this.service.update(actor, id, fields);
  }

  @Mutation(() => Boolean)
  @Allow(...MEMBER_PERMISSIONS.removeCertificate)
  removeCertificate(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<boolean> {
    return this.service.remove(actor, id);
  }

  @Query(() => [CertificateModel], {
    description: 'Certificates still valid today (Europe/Oslo) that expire within N days, soonest first.',
  })
  @Allow(...MEMBER_PERMISSIONS.expiringCertificates)
  expiringCertificates(@CurrentActor() actor: Actor, @Args('withinDays', { type: () => Int }) withinDays: number): Promise<Certificate[]> {
    return this.service.expiring(actor, withinDays);
  }

  @ResolveField(() => MemberModel)
  async member(c: Certificate, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(c.memberId);
  }
}
