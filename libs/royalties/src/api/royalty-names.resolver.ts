import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@app/core';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import type { RoyaltyAgreement, RoyaltyLedgerEntry } from '../entities/royalty.entity';
import { StatementPeriodsLoader } from '../loaders/statement-periods.loader';
import { RoyaltyAgreementModel, RoyaltyLedgerEntryModel } from './models/royalty.model';

async function memberOf(ctx: GqlContext, loader: MemberByIdLoader, id: number): Promise<Member> {
  const m = await ctx.loaders.get(loader).load(id);
  if (!m) throw new Error(`member ${id} is missing`);
  return m;
}

/** Firms by name on agreements and ledger entries (public profiles, one statement per request). */
@Resolver(() => RoyaltyAgreementModel)
export class RoyaltyAgreementNamesResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel, { nullable: true, description: 'FIRM scope: the firm the agreement is for.' })
  async member(a: RoyaltyAgreement, _args: unknown, ctx: GqlContext): Promise<Member | null> {
    return a.memberId ? memberOf(ctx, this.members, a.memberId) : null;
  }
}

@Resolver(() => RoyaltyLedgerEntryModel)
export class RoyaltyLedgerNamesResolver {
  constructor(
    private readonly members: MemberByIdLoader,
    private readonly periods: StatementPeriodsLoader,
  ) {}

  @ResolveField(() => MemberModel, { description: 'The firm the entry is for (its public profile).' })
  member(e: RoyaltyLedgerEntry, _args: unknown, ctx: GqlContext): Promise<Member> {
    return memberOf(ctx, this.members, e.memberId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The period of the statement the entry accrues or receives (e.g. 2026-Q2), for a client to say the entry in its reader's language; null for an adjustment. `note` says it in English.",
  })
  period(e: RoyaltyLedgerEntry, _args: unknown, ctx: GqlContext): Promise<string | null> | null {
    return e.statementId === null ? null : ctx.loaders.get(this.periods).load(e.statementId);
  }
}
