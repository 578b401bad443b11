import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@app/core';
import { MatchingService } from '../matching.service';
import { SuggestConsortiaOptions } from './dto/consortium.input';
import { ConsortiumSuggestionModel } from './models/consortium.model';
import { MATCHING_PERMISSIONS } from '../matching.permissions';

@Resolver()
export class MatchingResolver {
  constructor(private readonly service: MatchingService) {}

  @Query(() => ConsortiumSuggestionModel, {
    description:
      'The provably best consortia for a tender, ranked, with explanations. Estimated costs are shown to the project leader only.',
  })
  @Allow(...MATCHING_PERMISSIONS.suggestConsortia)
  suggestConsortia(
    @CurrentActor() actor: Actor,
    @Args('tenderId', { type: () => Int }) tenderId: number,
    @Args('options', { type: () => SuggestConsortiaOptions, nullable: true }) options?: SuggestConsortiaOptions,
  ): Promise<ConsortiumSuggestionModel> {
    return this.service.suggestView(actor, tenderId, options ?? new SuggestConsortiaOptions());
  }
}
