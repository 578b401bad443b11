import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type Actor, Database, groupByKeys, type LoaderFactory } from '@app/core';
import { visibleEvents, type WorkPackageEventView } from '../work-packages.service';
import { WorkPackage, WorkPackageEvent } from '../entities/bid.entity';

/**
 * Each work package's history, batched per request (the parent package was already checked). A
 * package can pass from firm to firm, and its history keeps every firm's answers: the association
 * sees them all, a firm only the events of its own firm (never another firm's counter-offer, price
 * or decline reason), and a reassignment without the association's note naming the firm before.
 */
@Injectable()
export class WorkPackageEventsLoader implements LoaderFactory<number, WorkPackageEventView[]> {
  constructor(private readonly db: Database) {}
  createLoader(actor: Actor): DataLoader<number, WorkPackageEventView[]> {
    return new DataLoader(async (ids) => {
      const { entities, raw } = await this.db.read((em) =>
        em
          .createQueryBuilder(WorkPackageEvent, 'e')
          .innerJoin(WorkPackage, 'w', 'w.id = e.work_package_id')
          .addSelect('w.currency', 'wp_currency')
          .where('e.work_package_id IN (:...ids)', { ids: [...ids] })
          .orderBy('e.id', 'ASC')
          .getRawAndEntities<{ wp_currency: string }>(),
      );
      const views: WorkPackageEventView[] = entities.map((e, i) => ({ ...e, currency: raw[i].wp_currency }));
      return groupByKeys(ids, visibleEvents(actor, views) as WorkPackageEventView[], (e) => e.workPackageId);
    });
  }
}
