import { Client } from 'pg';

/**
 * Two queries at once on one PostgreSQL connection (`Promise.all` over the same transaction's
 * EntityManager) are queued by pg 8 with a deprecation warning, and refused by pg 9. Inside a
 * transaction, or a read that joins one, every query goes to the same connection, so such code
 * works today by accident. Any e2e suite that sends a query while its connection is still busy
 * fails here. (On SQLite nothing is checked: better-sqlite3 is synchronous.)
 *
 * pg's warning goes to the real process, which Jest's sandbox does not let a listener see, so the
 * check sits where pg decides to warn: a query sent while the client's queue is not empty.
 */
type Queued = { _queryQueue?: unknown[]; pipeline?: boolean };
const overlapping: string[] = [];
const send = Client.prototype.query;
// pg 8.23's own field; if a new version renames it, this fails instead of checking nothing
if (!Array.isArray((new Client() as unknown as Queued)._queryQueue)) throw new Error('pg.Client has no _queryQueue: update this check');
Client.prototype.query = function (this: Queued, ...args: unknown[]) {
  if ((this._queryQueue?.length ?? 0) > 0 && !this.pipeline)
    overlapping.push(new Error('a query sent while the connection was busy').stack!);
  return (send as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

afterAll(() => {
  Client.prototype.query = send;
  expect({ queriesSentWhileTheConnectionWasBusy: overlapping }).toEqual({ queriesSentWhileTheConnectionWasBusy: [] });
});
