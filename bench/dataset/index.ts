import type { INestApplicationContext } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { Database, type LocalDate } from '@app/core';
import { Rng } from '../lib/rng';
import type { DbKind, Scale } from '../lib/types';
import { BulkWriter, type DatasetContext, type DatasetModule, type SharedFacts } from './dataset-module';
import { auditsDataset } from './audits.dataset';
import { bidsDataset } from './bids.dataset';
import { exchangeDataset } from './exchange.dataset';
import { grantsDataset } from './grants.dataset';
import { membersDataset } from './members.dataset';
import { ordersDataset } from './orders.dataset';
import { royaltiesDataset } from './royalties.dataset';
import { referenceDataset } from './reference.dataset';
import { SCALE_SPECS } from './scales';
import { tendersDataset } from './tenders.dataset';
import { usersDataset } from './users.dataset';

/**
 * The dataset, one module per bounded context, in dependency order: reference data, members,
 * tenders, bids (work packages and their answers), orders (lines, invoices, credit notes,
 * payments), grants, royalties (statements through the real engine), the capacity exchange
 * (terms, offers, needs, agreements and hours), the supplier registers and coordinated audits,
 * and the bench users.
 */
export const DATASET_MODULES: DatasetModule[] = [
  referenceDataset,
  membersDataset,
  tendersDataset,
  bidsDataset,
  ordersDataset,
  grantsDataset,
  royaltiesDataset,
  exchangeDataset,
  auditsDataset,
  usersDataset,
];

export interface DatasetReport {
  scale: Scale;
  db: DbKind;
  anchor: LocalDate;
  seconds: number;
  modules: { name: string; seconds: number; rows: Record<string, number> }[];
  rows: number;
  checksum: string;
}

/** Builds the whole dataset into an empty, migrated database. */
export async function buildDataset(
  app: INestApplicationContext,
  opts: { scale: Scale; kind: DbKind; anchor: LocalDate; log: (msg: string) => void },
): Promise<DatasetReport> {
  const db = app.get(Database);
  const writer = new BulkWriter();
  const shared: SharedFacts = { capabilityCodes: [], memberIds: [], activeMemberIds: [], tenderIds: [] };
  const ctx: DatasetContext = {
    scale: opts.scale,
    spec: SCALE_SPECS[opts.scale],
    kind: opts.kind,
    anchor: opts.anchor,
    app,
    db,
    rng: (stream) => Rng.forStream(stream),
    shared,
    insert: (tx, entity, rows) => writer.insert(tx, entity, rows),
    writer,
    log: opts.log,
  };
  const t0 = performance.now();
  const modules: DatasetReport['modules'] = [];
  for (const m of DATASET_MODULES) {
    const start = performance.now();
    const rows = await m.build(ctx);
    const seconds = (performance.now() - start) / 1000;
    modules.push({ name: m.name, seconds, rows });
    opts.log(
      `  ${m.name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s  ${Object.entries(rows)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
  }
  if (opts.kind === 'postgres') {
    // ids were assigned by the generator: move each sequence past them
    await db.transaction(async (tx) => {
      for (const table of DATASET_MODULES.flatMap((m) => m.explicitIdTables)) {
        await tx.query(
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 0) + 1, false)`,
        );
      }
    });
  }
  if (opts.kind === 'postgres') {
    // as after any bulk load: statistics for the planner and a visibility map for index-only
    // scans now, rather than whenever autovacuum gets to it (VACUUM runs outside a transaction)
    await db.unsafeDataSource().query('VACUUM ANALYZE');
  }
  return {
    scale: opts.scale,
    db: opts.kind,
    anchor: opts.anchor,
    seconds: (performance.now() - t0) / 1000,
    modules,
    rows: modules.reduce((s, m) => s + Object.values(m.rows).reduce((a, b) => a + b, 0), 0),
    checksum: writer.checksum(),
  };
}

/** Migrates the (empty) bench database, builds the dataset and reports how long each part took. */
export async function buildBenchDatabase(
  target: { env: Record<string, string>; ensureExists?(): Promise<void> },
  opts: { scale: Scale; kind: DbKind; anchor: LocalDate; log: (msg: string) => void },
): Promise<DatasetReport & { migrateSeconds: number; totalSeconds: number }> {
  const { platformContext } = await import('../lib/nest');
  const t0 = performance.now();
  await target.ensureExists?.();
  const app = await platformContext(target.env);
  const migrateSeconds = (performance.now() - t0) / 1000;
  try {
    const report = await buildDataset(app, opts);
    return { ...report, migrateSeconds, totalSeconds: (performance.now() - t0) / 1000 };
  } finally {
    await app.close();
  }
}
