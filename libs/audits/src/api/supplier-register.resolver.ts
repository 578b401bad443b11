import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext } from '@app/core';
import { MemberByIdLoader, MemberModel } from '@app/members';
import { SupplierRelationship } from '../entities/supplier-relationship.entity';
import { SupplierRegisterService } from '../supplier-register.service';
import { AddSupplierRelationshipInput, SupplierRelationshipFilterInput, UpdateSupplierRelationshipInput } from './dto/audit.input';
import { SupplierRelationshipModel } from './models/audit.model';
import { AUDIT_PERMISSIONS } from '../audits.permissions';

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
  @Allow(...AUDIT_PERMISSIONS.supplierRelationships)
  supplierRelationships(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => SupplierRelationshipFilterInput, nullable: true }) filter?: SupplierRelationshipFilterInput | null,
  ): Promise<SupplierRelationship[]> {
    return this.service.list(actor, filter ?? {});
  }

  @Mutation(() => SupplierRelationshipModel, {
    description: "Adds a supplier to a member's register (the member's own users, the project leader or an administrator).",
  })
  @Allow(...AUDIT_PERMISSIONS.addSupplierRelationship)
  addSupplierRelationship(@CurrentActor() actor: Actor, @Args('input') input: AddSupplierRelationshipInput): Promise<SupplierRelationship> {
    return this.service.add(actor, { ...input, standards: input.standards ?? [] });
  }

  @Mutation(() => SupplierRelationshipModel, {
    description: 'Changes a supplier register entry; endedOn ends it, endedOn: null resumes it.',
  })
  @Allow(...AUDIT_PERMISSIONS.updateSupplierRelationship)
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
