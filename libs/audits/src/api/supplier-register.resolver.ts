import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, ANY_ROLE, CurrentActor, type GqlContext, Role } from '@app/core';
import { MemberByIdLoader, MemberModel } from '@app/members';
import { SupplierRelationship } from '../entities/supplier-relationship.entity';
import { SupplierRegisterService } from '../supplier-register.service';
import { AddSupplierRelationshipInput, SupplierRelationshipFilterInput, UpdateSupplierRelationshipInput } from './dto/audit.input';
import { SupplierRelationshipModel } from './models/audit.model';

const KEEPERS = [Role.ADMIN, Role.PROJECT_LEADER, Role.FIRM_USER];

@Resolver(() => SupplierRelationshipModel)
export class SupplierRegisterResolver {
  constructor(
    private readonly service: SupplierRegisterService,
    private readonly members: MemberByIdLoader,
  ) {}

  @Query(() => [SupplierRelationshipModel], {
    description:
      'Supplier register entries: the association sees all; a firm the entries where it is the buyer or the supplier. Ended entries only with includeEnded.',
  })
  @Allow(...ANY_ROLE)
  supplierRelationships(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => SupplierRelationshipFilterInput, nullable: true }) filter?: SupplierRelationshipFilterInput | null,
  ): Promise<SupplierRelationship[]> {
    return this.service.list(actor, filter ?? {});
  }

  @Mutation(() => SupplierRelationshipModel, {
    description: "Adds a supplier to a member's register (the member's own users, the project leader or an administrator).",
  })
  @Allow(...KEEPERS)
  addSupplierRelationship(@CurrentActor() actor: Actor, @Args('input') input: AddSupplierRelationshipInput): Promise<SupplierRelationship> {
    return this.service.add(actor, { ...input, standards: input.standards ?? [] });
  }

  @Mutation(() => SupplierRelationshipModel, {
    description: 'Changes a supplier register entry; endedOn ends it, endedOn: null resumes it.',
  })
  @Allow(...KEEPERS)
  updateSupplierRelationship(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSupplierRelationshipInput,
  ): Promise<SupplierRelationship> {
    const { id, ...changes } = input;
    return this.service.update(actor, id, changes);
  }

  @ResolveField(() => MemberModel)
  buyer(r: SupplierRelationship, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(r.buyerMemberId);
  }

  @ResolveField(() => MemberModel)
  supplier(r: SupplierRelationship, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(r.supplierMemberId);
  }
}
