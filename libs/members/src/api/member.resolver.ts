import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, ANY_ROLE, CurrentActor, PageArgs, Role } from '@app/core';
import { MembersService } from '../members.service';
import { RegisterMemberInput } from './dto/register-member.input';
import { MemberConnection, MemberModel } from './models/member.model';

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(private readonly service: MembersService) {}

  @Query(() => MemberConnection, { description: 'Member firms, by name, a page at a time.' })
  @Allow(...ANY_ROLE)
  async members(@CurrentActor() actor: Actor, @Args() page: PageArgs): Promise<MemberConnection> {
    const p = await this.service.list(actor, page);
    return { nodes: p.items, pageInfo: p.pageInfo, totalCount: p.totalCount };
  }

  @Mutation(() => MemberModel, { description: 'Registers a new member firm.' })
  @Allow(Role.ADMIN, Role.PROJECT_LEADER)
  registerMember(@CurrentActor() actor: Actor, @Args('input') input: RegisterMemberInput): Promise<MemberModel> {
    return this.service.register(actor, input);
  }
}
