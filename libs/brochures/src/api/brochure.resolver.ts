import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@app/core';
import { type BrochureMetadata, BrochuresService, downloadUrlOf } from '../brochures.service';
import type { NetworkContactRecord } from '../entities/network-contact.entity';
import { NetworkContactService } from '../network-contact.service';
import { NetworkContactInput } from './dto/network-contact.input';
import { NetworkContactModel } from './models/network-contact.model';
import { BrochuresArgs, GenerateBrochureInput } from './dto/brochure.input';
import { BrochureModel, languageCodeOf, languageOf } from './models/brochure.model';
import { BROCHURE_PERMISSIONS } from '../brochures.permissions';

function toModel(b: BrochureMetadata): BrochureModel {
  return {
    id: b.id,
    kind: b.kind,
    language: languageCodeOf(b.language),
    tenderId: b.tenderId,
    bidId: b.bidId,
    statedDate: b.statedDate,
    byteSize: b.byteSize,
    pageCount: b.pageCount,
    sha256: b.sha256,
    downloadUrl: downloadUrlOf(b.id),
    createdAt: b.createdAt,
  };
}

@Resolver(() => BrochureModel)
export class BrochureResolver {
  constructor(
    private readonly service: BrochuresService,
    private readonly contacts: NetworkContactService,
  ) {}

  @Mutation(() => BrochureModel, {
    description: 'Makes a PDF brochure and stores it. The association makes both kinds; a firm user the network brochure only.',
  })
  @Allow(...BROCHURE_PERMISSIONS.generateBrochure)
  async generateBrochure(@CurrentActor() actor: Actor, @Args('input') input: GenerateBrochureInput): Promise<BrochureModel> {
    return toModel(await this.service.generate(actor, { ...input, language: languageOf(input.language) }));
  }

  @Query(() => [BrochureModel], { description: 'Generated brochures, newest first (a firm user sees the network brochures).' })
  @Allow(...BROCHURE_PERMISSIONS.brochures)
  async brochures(@CurrentActor() actor: Actor, @Args() args: BrochuresArgs): Promise<BrochureModel[]> {
    return (await this.service.list(actor, args.limit)).map(toModel);
  }

  @Query(() => NetworkContactModel, {
    nullable: true,
    description: "The network's contact for buyers; null until the project leader sets it.",
  })
  @Allow(...BROCHURE_PERMISSIONS.networkContact)
  async networkContact(@CurrentActor() actor: Actor): Promise<NetworkContactModel | null> {
    const c = await this.contacts.get(actor);
    return c && contactModel(c);
  }

  @Mutation(() => NetworkContactModel, {
    description: "Sets the network's contact for buyers, printed on every brochure made from now on.",
  })
  @Allow(...BROCHURE_PERMISSIONS.setNetworkContact)
  async setNetworkContact(@CurrentActor() actor: Actor, @Args('input') input: NetworkContactInput): Promise<NetworkContactModel> {
    return contactModel(await this.contacts.set(actor, input));
  }
}

function contactModel(c: NetworkContactRecord): NetworkContactModel {
  return { name: c.name, roleNb: c.roleNb, roleEn: c.roleEn, email: c.email, phone: c.phone, address: c.address, updatedAt: c.updatedAt };
}
