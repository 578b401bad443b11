import type { BenchEntry } from '../lib/types';
import { apiThroughputEntry } from './api-throughput.entry';
import { brochureEntry } from './brochure.entry';
import { datasetEntry } from './dataset.entry';
import { mixedLoadEntry, soakEntry } from './mixed-load.entry';
import { ocdsImportEntry } from './ocds-import.entry';
import { royaltyRunEntry } from './royalty-run.entry';
import { solverEntry } from './solver.entry';
import { sqlStatementsEntry } from './sql-statements.entry';

/**
 * Every entry `npm run bench` runs, in this order. Add an entry by writing
 * `bench/entries/<name>.entry.ts` (a BenchEntry returning ResultRows) and listing it here;
 * docs/BENCHMARKS.md "Adding an entry" has the checklist.
 *
 * TODO (later issues):
 *   - pipeline: the pipeline query at large scale (pipeline issue)
 *   - mixed-load writes for offers, responses and invoices: new Operations in entries/mixed/operations.ts
 */
export const ENTRIES: BenchEntry[] = [
  datasetEntry,
  sqlStatementsEntry,
  apiThroughputEntry,
  mixedLoadEntry,
  soakEntry,
  ocdsImportEntry,
  royaltyRunEntry,
  solverEntry,
  brochureEntry,
];
