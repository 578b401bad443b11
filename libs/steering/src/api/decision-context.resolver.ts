import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, MoneyModel } from '@app/core';
import { type Bid, BidByIdLoader, BidModel, BidPriceLoader } from '@app/bids';
import { PersonModel, UserByIdLoader } from '@app/identity';
import { type Tender, TenderByIdLoader, TenderModel } from '@app/tenders';
import { SteeringDecisionModel } from './models/steering.model';

/**
 * What a decision is about and who decides it, by name, for the committee's screen: the tender
 * with its key facts, the bid and its price, the members. Each through a per-request loader, so
 * a list of decisions costs the same statements as one.
 */
@Resolver(() => SteeringDecisionModel)
export class DecisionContextResolver {
  constructor(
    private readonly tenders: TenderByIdLoader,
    private readonly bids: BidByIdLoader,
    private readonly prices: BidPriceLoader,
    private readonly users: UserByIdLoader,
  ) {}

  @ResolveField(() => TenderModel, {
    nullable: true,
    description: 'The tender the decision concerns (for a bid approval: the bid’s tender); null for a decision on no tender (an activity).',
  })
  async tender(d: SteeringDecisionModel, _args: unknown, ctx: GqlContext): Promise<Tender | null> {
    if (d.tenderId === null) return null;
    const t = await ctx.loaders.get(this.tenders).load(d.tenderId);
    if (!t) throw new Error(`tender ${d.tenderId} is missing`);
    return t;
  }

  @ResolveField(() => BidModel, { nullable: true, description: 'BID_APPROVAL: the bid put to the committee.' })
  async bid(d: SteeringDecisionModel, _args: unknown, ctx: GqlContext): Promise<Bid | null> {
    return d.bidId ? ((await ctx.loaders.get(this.bids).load(d.bidId)) ?? null) : null;
  }

  @ResolveField(() => MoneyModel, {
    nullable: true,
    description: 'BID_APPROVAL: the bid’s price now (packages, coordination fee and contingency), in its currency.',
  })
  async bidPrice(d: SteeringDecisionModel, _args: unknown, ctx: GqlContext): Promise<MoneyModel | null> {
    if (!d.bidId) return null;
    const bid = await ctx.loaders.get(this.bids).load(d.bidId);
    if (!bid) return null;
    const p = await ctx.loaders.get(this.prices).load(bid);
    return MoneyModel.of({ minorUnits: p.bidPriceMinor, currency: bid.currency });
  }

  @ResolveField(() => [PersonModel], {
    description: 'The committee members who decide it (the committee when it was opened), by name, in user id order.',
  })
  async members(d: SteeringDecisionModel, _args: unknown, ctx: GqlContext): Promise<PersonModel[]> {
    const users = await ctx.loaders.get(this.users).loadMany(d.committeeUserIds);
    return d.committeeUserIds.map((id, i) => {
      const u = users[i];
      return { id, name: u && !(u instanceof Error) ? u.displayName : `#${id}` };
    });
  }
}
