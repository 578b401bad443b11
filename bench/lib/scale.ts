/**
 * The two words every bench command takes (`--scale`, `--db`). A leaf module: it imports nothing,
 * so cli-args.ts and bench-target.ts can both use it without an import cycle through types.ts.
 */
export type Scale = 'small' | 'large';
export type DbKind = 'sqlite' | 'postgres';
