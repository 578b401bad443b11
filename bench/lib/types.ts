import type { BenchTarget } from './bench-target';
import type { MachineInfo } from './machine';
import type { DbKind, Scale } from './scale';

export type { DbKind, Scale };

/** One line of the printed table (and of the JSON report). */
export interface ResultRow {
  entry: string;
  scenario: string;
  /** Dataset scale the figure was taken on, or "-" when the entry does not use the dataset. */
  scale: string;
  /** sqlite, postgres, or "-" when no database is involved. */
  db: string;
  /** Unit of median/min/max/baseline: ms, s, req/s, statements, MiB, count. */
  unit: string;
  median: number | null;
  min?: number | null;
  max?: number | null;
  runs: number;
  /** The natural baseline, measured in the same run, in the same unit. */
  baseline?: { label: string; value: number } | null;
  /** median ÷ baseline. */
  ratio?: number | null;
  /** Human-readable goal, e.g. "≤ 10 s". */
  goal?: string;
  /** Goal met? null when the row has no goal. */
  ok?: boolean | null;
  /** Extra figures (p50, p99, errors, …) kept in the JSON report and shown as a note. */
  details?: Record<string, unknown>;
  note?: string;
  /**
   * Things a reader must see even when the figure meets its goal, e.g. every request slower than
   * a second (bench/lib/tails.ts): printed when the entry ends, under the table and in the report.
   */
  findings?: string[];
  /** Set when the harness itself broke (lost/phantom write, entry threw): makes the run exit 1. */
  harnessFailure?: string;
}

export interface RunOptions {
  scale: Scale;
  db: DbKind;
  quick: boolean;
  only: string[] | null;
  force: boolean;
}

/** What every entry receives. */
export interface BenchContext {
  opts: RunOptions;
  /** The bench database of this run (a temporary one in --quick mode). */
  target: BenchTarget;
  machine: MachineInfo;
  log: (msg: string) => void;
  /** Whether the harness (and so an in-process entry) runs pinned to one core; set per entry. */
  pinnedToOneCore?: boolean;
}

/**
 * A benchmark entry. Add one by writing `bench/entries/<name>.entry.ts` exporting a BenchEntry and
 * listing it in `bench/entries/index.ts`; see docs/BENCHMARKS.md "Adding an entry".
 */
export interface BenchEntry {
  name: string;
  description: string;
  /**
   * The harness pins itself (every thread) to the last core, so that the server entries' servers
   * have core 0 to themselves. An in-process entry that measures code as the API runs it, unpinned
   * (the solver: V8's GC and compiler threads and the HiGHS worker would otherwise share the one
   * core with the code measured), sets this: the harness may then use every core while it runs.
   */
  unpinned?: boolean;
  run(ctx: BenchContext): Promise<ResultRow[]>;
}
