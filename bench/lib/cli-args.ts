import type { DbKind, Scale } from './scale';

export const SCALES: readonly Scale[] = ['small', 'large'];
export const DB_KINDS: readonly DbKind[] = ['sqlite', 'postgres'];

/** A mistake on the command line: printed without a stack trace, exit code 2, nothing changed. */
export class UsageError extends Error {
  /** Whether to print the usage text after the message (for mistakes in the arguments themselves). */
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

export interface ArgSpec {
  /** Flags that take a value, e.g. scale → --scale small (or --scale=small). */
  values: string[];
  /** Flags without a value, e.g. quick → --quick. */
  switches: string[];
}

/** Parses `--name value`, `--name=value` and `--switch`; anything else is a UsageError. */
export function parseArgs(argv: string[], spec: ArgSpec): { values: Map<string, string>; switches: Set<string> } {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`Unexpected argument "${arg}".`, true);
    const [, name, inline] = m;
    if (spec.switches.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`, true);
      switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`, true);
      values.set(name, value);
    } else {
      const known = [...spec.values.map((v) => `--${v} <value>`), ...spec.switches.map((s) => `--${s}`)].join(', ');
      throw new UsageError(`Unknown option "--${name}". Known: ${known}.`, true);
    }
  }
  return { values, switches };
}

export function parseScale(raw: string | undefined, fallback: Scale): Scale {
  const v = raw ?? fallback;
  if (!(SCALES as readonly string[]).includes(v))
    throw new UsageError(`Unknown scale "${v}": use ${SCALES.join(' or ')}. Nothing was changed.`);
  return v as Scale;
}

export function parseDb(raw: string | undefined): DbKind {
  const v = raw ?? 'sqlite';
  if (!(DB_KINDS as readonly string[]).includes(v))
    throw new UsageError(`Unknown database "${v}": use ${DB_KINDS.join(' or ')}. Nothing was changed.`);
  return v as DbKind;
}

/** Runs a command-line main: UsageError → message + exit 2; anything else → stack + exit 1. */
export function runMain(usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(e.showUsage ? `${e.message}\n\n${usage}\n` : `${e.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
