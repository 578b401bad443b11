import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { type Actor, canSeeFirmPrivate, Database, type LoaderFactory } from '@app/core';
import { ExchangePosting, PostingKind } from '../entities/exchange.entity';
import { ExchangeMatchingService, type MatchView } from '../exchange-matching.service';

@Injectable()
export class MatchesByNeedLoader implements LoaderFactory<number, MatchView[]> {
  constructor(
    private readonly db: Database,
    private readonly matching: ExchangeMatchingService,
  ) {}

  /** Per request: the best matches of many needs in one batch (the leader's overview). */
  createLoader(actor: Actor): DataLoader<number, MatchView[]> {
    return new DataLoader(async (needIds) => {
      const needs = await this.db.read((em) => em.findBy(ExchangePosting, { id: In([...needIds]), kind: PostingKind.NEED }));
      const visible = needs.filter((n) => canSeeFirmPrivate(actor, n.memberId));
      const out = await this.matching.views(actor, visible, 3);
      return needIds.map((id) => out.get(id) ?? []);
    });
  }
}
