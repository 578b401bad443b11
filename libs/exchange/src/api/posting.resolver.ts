import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, canSeeFirmPrivate, CurrentActor, type GqlContext, MoneyModel, osloDate } from '@app/core';
import { certificateLabel } from '@app/matching';
import { CatalogueEntryModel, CatalogueLoader, MemberByIdLoader, MemberModel } from '@app/members';
import { ExchangePosting, PostingKind } from '../entities/exchange.entity';
import { type MatchView, ExchangeMatchingService } from '../exchange-matching.service';
import { PostingsService, certificatesOf, postingState } from '../postings.service';
import { ExchangeBoardArgs, ExchangeNeedsArgs, PostExchangeNeedInput, PostExchangeOfferInput } from './dto/exchange.input';
import {
  ExchangeMatchModel,
  ExchangePostingConnection,
  ExchangePostingModel,
  PostingStateEnum,
  RequiredCertificateModel,
} from './models/exchange.model';
import { MatchesByNeedLoader } from '../loaders/matches-by-need.loader';
import { PostingByIdLoader } from '../loaders/posting-by-id.loader';
import { EXCHANGE_PERMISSIONS } from '../exchange.permissions';

@Resolver(() => ExchangePostingModel)
export class PostingResolver {
  constructor(
    private readonly service: PostingsService,
    private readonly matching: ExchangeMatchingService,
    private readonly matchesLoader: MatchesByNeedLoader,
    private readonly members: MemberByIdLoader,
    private readonly catalogue: CatalogueLoader,
  ) {}

  @Query(() => ExchangePostingConnection, {
    description: 'The exchange board: open offers and needs of every member (firm, capability, hours, window), newest first. No rates.',
  })
  @Allow(...EXCHANGE_PERMISSIONS.exchangeBoard)
  async exchangeBoard(@CurrentActor() actor: Actor, @Args() args: ExchangeBoardArgs): Promise<ExchangePostingConnection> {
    const p = await this.service.board(actor, args.filter ?? {}, args);
    return { nodes: p.items, pageInfo: p.pageInfo, totalCount: p.totalCount };
  }

  @Query(() => ExchangePostingModel, {
    description: 'One posting (any member may read a posting; its order line only the firm and the association).',
  })
  @Allow(...EXCHANGE_PERMISSIONS.exchangePosting)
  exchangePosting(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<ExchangePosting> {
    return this.service.get(actor, id);
  }

  @Query(() => [ExchangePostingModel], { description: "A firm's own postings in every state, newest first. A firm user: their own firm." })
  @Allow(...EXCHANGE_PERMISSIONS.exchangePostingsOfFirm)
  exchangePostingsOfFirm(
    @CurrentActor() actor: Actor,
    @Args('memberId', { type: () => Int, nullable: true }) memberId?: number | null,
  ): Promise<ExchangePosting[]> {
    return this.service.ofFirm(actor, memberId);
  }

  @Query(() => ExchangePostingConnection, { description: "Every open need, for the project leader's view; ask each for matches { … }." })
  @Allow(...EXCHANGE_PERMISSIONS.exchangeNeeds)
  async exchangeNeeds(@CurrentActor() actor: Actor, @Args() args: ExchangeNeedsArgs): Promise<ExchangePostingConnection> {
    const p = await this.service.openNeeds(actor, args, args.capabilityCode);
    return { nodes: p.items, pageInfo: p.pageInfo, totalCount: p.totalCount };
  }

  @Query(() => [ExchangeMatchModel], {
    description: 'The offers and firms with free capacity that cover a need, best first (the needing firm and the association).',
  })
  @Allow(...EXCHANGE_PERMISSIONS.exchangeMatches)
  exchangeMatches(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => Int }) needId: number,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<MatchView[]> {
    return this.matching.matches(actor, needId, Math.min(Math.max(first, 1), 100));
  }

  @Mutation(() => ExchangePostingModel, { description: 'Posts free staff or machine hours to lend, for your own firm.' })
  @Allow(...EXCHANGE_PERMISSIONS.postExchangeOffer)
  postExchangeOffer(@CurrentActor() actor: Actor, @Args('input') input: PostExchangeOfferInput): Promise<ExchangePosting> {
    return this.service.post(actor, PostingKind.OFFER, input);
  }

  @Mutation(() => ExchangePostingModel, { description: 'Posts hours your firm lacks; firms with a matching offer are notified.' })
  @Allow(...EXCHANGE_PERMISSIONS.postExchangeNeed)
  postExchangeNeed(@CurrentActor() actor: Actor, @Args('input') input: PostExchangeNeedInput): Promise<ExchangePosting> {
    return this.service.post(actor, PostingKind.NEED, input);
  }

  @Mutation(() => ExchangePostingModel, { description: "Takes one of your firm's postings off the board." })
  @Allow(...EXCHANGE_PERMISSIONS.withdrawExchangePosting)
  withdrawExchangePosting(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ExchangePosting> {
    return this.service.withdraw(actor, id, reason);
  }

  @ResolveField(() => PostingStateEnum)
  state(p: ExchangePosting): PostingStateEnum {
    return postingState(p, osloDate(new Date())) as PostingStateEnum;
  }

  @ResolveField(() => Int, { description: 'hours − hoursAgreed.' })
  hoursOpen(p: ExchangePosting): number {
    return Math.max(0, p.hours - p.hoursAgreed);
  }

  @ResolveField(() => [RequiredCertificateModel], { description: "An offer's certificates that come with it; a need's required ones." })
  certificates(p: ExchangePosting): RequiredCertificateModel[] {
    return certificatesOf(p).map((c) => ({
      type: c.type as RequiredCertificateModel['type'],
      process: c.process ?? null,
      label: certificateLabel(c),
    }));
  }

  @ResolveField(() => Int, { nullable: true, description: "A need's order line: only the firm itself and the association see it." })
  orderLineId(p: ExchangePosting, _args: unknown, ctx: GqlContext): number | null {
    return canSeeFirmPrivate(ctx.loaders.actor, p.memberId) ? p.orderLineId : null;
  }

  @ResolveField(() => MemberModel)
  async member(p: ExchangePosting, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(p.memberId);
  }

  @ResolveField(() => CatalogueEntryModel, { nullable: true })
  async capability(p: ExchangePosting, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.catalogue).load(p.capabilityCode);
  }

  @ResolveField(() => [ExchangeMatchModel], {
    nullable: true,
    description: "A need's best matches (up to 3), batched for the whole page; null for an offer, or for a firm that is not the need's.",
  })
  async matches(p: ExchangePosting, _args: unknown, ctx: GqlContext): Promise<MatchView[] | null> {
    if (p.kind !== PostingKind.NEED || !canSeeFirmPrivate(ctx.loaders.actor, p.memberId)) return null;
    return ctx.loaders.get(this.matchesLoader).load(p.id);
  }
}

@Resolver(() => ExchangeMatchModel)
export class ExchangeMatchResolver {
  constructor(
    private readonly members: MemberByIdLoader,
    private readonly postingsLoader: PostingByIdLoader,
  ) {}

  @ResolveField(() => MemberModel)
  async member(m: MatchView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(m.memberId);
  }

  @ResolveField(() => ExchangePostingModel, { nullable: true, description: 'The offer, for source OFFER.' })
  async offer(m: MatchView, _args: unknown, ctx: GqlContext) {
    return m.postingId === null ? null : ctx.loaders.get(this.postingsLoader).load(m.postingId);
  }

  @ResolveField(() => MoneyModel, {
    nullable: true,
    description:
      "What the loan would cost per hour by the terms in force. The association only: under cost-plus terms it shows the lender's rate.",
  })
  indicativePricePerHour(m: MatchView): MoneyModel | null {
    return MoneyModel.maybe(m.indicativePricePerHourOre);
  }
}
