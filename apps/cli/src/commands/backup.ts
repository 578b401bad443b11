import { dirname, resolve } from 'node:path';
import { mkdirSync, statSync } from 'node:fs';
import type { Database } from '@app/core';

/**
 * An online, consistent copy of the SQLite database using SQLite's backup API: safe while the
 * API is running and writing. On PostgreSQL use pg_dump (see README).
 */
export async function backupDatabase(db: Database, file: string | undefined): Promise<string> {
  if (!file) throw new Error('Usage: npm run cli -- backup <file>');
  if (db.kind !== 'sqlite') throw new Error('backup copies the SQLite database; on PostgreSQL use pg_dump (README "PostgreSQL").');
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const driver = db.unsafeDataSource().driver as unknown as { databaseConnection: { backup(f: string): Promise<unknown> } };
  await driver.databaseConnection.backup(target);
  return `Backup written to ${target} (${statSync(target).size} bytes).`;
}
