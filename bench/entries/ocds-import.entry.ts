import type { INestApplicationContext } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { Database, QueryCounter, SYSTEM_ACTOR } from '@app/core';
import { OcdsImportService, OcdsRelease, Requirement, Tender, TenderLot } from '@app/tenders';
import { writeReferenceData } from '../dataset/reference.dataset';
import type { ScratchDatabase } from '../lib/bench-target';
import { platformContext } from '../lib/nest';
import { round, summarize } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';
import { generateReleasePackage } from './ocds/release-package';

/**
 * Import of a generated OCDS release package (10,000 releases: 5,000 processes × tender +
 * amendment), in process through OcdsImportService, each run into a fresh database holding the
 * catalogue and the demo's CPV mappings; then a re-import of the same package into that database,
 * which must write nothing. Setup is outside the timing; one warm-up run, then five.
 */

async function counts(app: INestApplicationContext): Promise<Record<string, number>> {
  return app.get(Database).read(async (em) => ({
    tender: await em.count(Tender),
    tender_lot: await em.count(TenderLot),
    requirement: await em.count(Requirement),
    ocds_release: await em.count(OcdsRelease),
  }));
}

export const ocdsImportEntry: BenchEntry = {
  name: 'ocds-import',
  description: 'import of a generated OCDS release package, and its re-import (writes nothing)',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const releases = ctx.opts.quick ? 1_000 : 10_000;
    const text = generateReleasePackage(releases);
    const first: number[] = [];
    const again: number[] = [];
    let report: Awaited<ReturnType<OcdsImportService['importPackage']>> | undefined;
    let rewritten = 0;
    let statements = { first: 0, again: 0 };
    let changedRows = '';
    for (let run = -1; run < 5; run++) {
      let db: ScratchDatabase | undefined;
      let app: INestApplicationContext | undefined;
      try {
        db = await ctx.target.fresh('ocds');
        app = await platformContext(db.env);
        await writeReferenceData(app.get(Database), new Date().getUTCFullYear());
        const importer = app.get(OcdsImportService);
        const counter = app.get(QueryCounter);
        const q0 = counter.total;
        let t0 = performance.now();
        report = await importer.importPackage(SYSTEM_ACTOR, text);
        const ms1 = performance.now() - t0;
        const q1 = counter.total;
        const before = await counts(app);
        const q2 = counter.total;
        t0 = performance.now();
        const second = await importer.importPackage(SYSTEM_ACTOR, text);
        const ms2 = performance.now() - t0;
        statements = { first: q1 - q0, again: counter.total - q2 };
        const after = await counts(app);
        if (second.created + second.updated > 0) rewritten = Math.max(rewritten, second.created + second.updated);
        if (JSON.stringify(before) !== JSON.stringify(after)) changedRows = `${JSON.stringify(before)} → ${JSON.stringify(after)}`;
        if (run >= 0) {
          first.push(ms1 / 1000);
          again.push(ms2 / 1000);
        }
        ctx.log(`${run < 0 ? 'warm-up' : `run ${run + 1}`}: import ${(ms1 / 1000).toFixed(2)} s, re-import ${(ms2 / 1000).toFixed(2)} s`);
      } finally {
        await app?.close();
        await db?.drop();
      }
    }
    const a = summarize(first);
    const b = summarize(again);
    const scenario = `${releases.toLocaleString('en')} releases (${report?.tenders.toLocaleString('en')} tenders)`;
    const goalSeconds = 10;
    return [
      {
        entry: 'ocds-import',
        scenario: `import ${scenario}`,
        scale: 'own data',
        db: ctx.opts.db,
        unit: 's',
        median: round(a.median, 2),
        min: round(a.min, 2),
        max: round(a.max, 2),
        runs: a.runs,
        goal: `≤ ${goalSeconds} s`,
        ok: a.median <= goalSeconds,
        details: { report: report && { ...report, warnings: report.warnings.length }, sqlStatements: statements.first },
        note: report
          ? `created ${report.created}, warnings ${report.warnings.length + report.moreWarnings}, ${statements.first.toLocaleString('en')} SQL statements through TypeORM${ctx.opts.db === 'sqlite' ? ' (on SQLite the bulk rows run as prepared statements the counter does not see)' : ''}`
          : undefined,
      },
      {
        entry: 'ocds-import',
        scenario: `re-import of the same ${releases.toLocaleString('en')} releases`,
        scale: 'own data',
        db: ctx.opts.db,
        unit: 's',
        median: round(b.median, 2),
        min: round(b.min, 2),
        max: round(b.max, 2),
        runs: b.runs,
        baseline: { label: 'first import', value: round(a.median, 2) },
        ratio: b.median / a.median,
        goal: `writes nothing, ≤ ${goalSeconds} s`,
        ok: rewritten === 0 && !changedRows && b.median <= goalSeconds,
        details: { sqlStatements: statements.again },
        note:
          rewritten || changedRows
            ? `the re-import changed data: ${rewritten} tenders created/updated ${changedRows}`
            : `wrote nothing (0 created, 0 updated, row counts equal); ${statements.again.toLocaleString('en')} SQL statements`,
      },
    ];
  },
};
