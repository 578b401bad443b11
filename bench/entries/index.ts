import type { BenchEntry } from '../lib/types';
import { apiThroughputEntry } from './api-throughput.entry';
import { auditProgrammeEntry } from './audit-programme.entry';
import { brochureEntry } from './brochure.entry';
import { consoleEntry } from './console.entry';
import { datasetEntry } from './dataset.entry';
import { exchangeMatchingEntry } from './exchange-matching.entry';
import { mixedLoadEntry, soakEntry } from './mixed-load.entry';
import { multiInstanceEntry } from './multi-instance.entry';
import { ocdsImportEntry } from './ocds-import.entry';
import { ocdsUploadLatencyEntry } from './ocds-upload-latency.entry';
import { pipelineEntry } from './pipeline.entry';
import { reminderScanEntry } from './reminder-scan.entry';
import { royaltyRunEntry } from './royalty-run.entry';
import { solverEntry } from './solver.entry';
import { sqlStatementsEntry } from './sql-statements.entry';

/**
 * Every entry `npm run bench` runs, in this order. Add an entry by writing
 * `bench/entries/<name>.entry.ts` (a BenchEntry returning ResultRows) and listing it here;
 * docs/BENCHMARKS.md "Adding an entry" has the checklist.
 */
export const ENTRIES: BenchEntry[] = [
  datasetEntry,
  sqlStatementsEntry,
  apiThroughputEntry,
  mixedLoadEntry,
  soakEntry,
  multiInstanceEntry,
  ocdsImportEntry,
  ocdsUploadLatencyEntry,
  pipelineEntry,
  reminderScanEntry,
  royaltyRunEntry,
  solverEntry,
  brochureEntry,
  exchangeMatchingEntry,
  consoleEntry,
  auditProgrammeEntry,
];
