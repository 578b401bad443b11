import { DataSource } from 'typeorm';
import { AppError, guardedUpdate } from '@app/core';
import { Member } from '@app/members';
import { createTestApp, type TestApp } from './support/test-app';

const tick = () => new Promise((r) => setTimeout(r, 5));

/**
 * docs/STACK.md trap 2: on better-sqlite3 TypeORM shares one connection, so without the write lock
 * a rollback in one request erases rows that other requests were told were saved.
 */
describe('write safety under concurrency (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
  });
  afterAll(() => t.close());

  async function threeWriters(run: <T>(work: (tx: import('typeorm').EntityManager) => Promise<T>) => Promise<T>, prefix: string) {
    const writer = (name: string, fail: boolean) =>
      run(async (tx) => {
        for (let i = 0; i < 3; i++) {
          await tx.insert(Member, {
            name: `${prefix}-${name}-${i}`,
            sortName: `${prefix}-${name}-${i}`,
            website: null,
            createdAt: new Date(),
            updatedAt: new Date(),
          });
          await tick(); // give the other requests a chance to interleave
        }
        if (fail) throw new Error(`${name} rolls back`);
      });
    return Promise.allSettled([writer('a', false), writer('b', true), writer('c', false)]);
  }

  const countLike = (prefix: string) =>
    t.db.read((em) =>
      em
        .createQueryBuilder(Member, 'm')
        .where('m.name LIKE :p', { p: `${prefix}-%` })
        .getCount(),
    );

  it('keeps every row of the committed writers when a concurrent one rolls back', async () => {
    const results = await threeWriters((work) => t.db.transaction(work), 'safe');
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await countLike('safe-a')).toBe(3);
    expect(await countLike('safe-c')).toBe(3);
    expect(await countLike('safe-b')).toBe(0);
  });

  it('control: the same scenario WITHOUT the lock loses committed rows on SQLite (proves the test can fail)', async () => {
    if (t.db.kind !== 'sqlite') return; // PostgreSQL has a pool of real connections; the trap is SQLite-only
    const ds: DataSource = t.db.unsafeDataSource();
    const results = await threeWriters((work) => ds.transaction(work), 'raw');
    expect(results.map((r) => r.status)).toContain('rejected');
    const kept = (await countLike('raw-a')) + (await countLike('raw-c'));
    expect(kept).toBeLessThan(6);
  });

  it('optimistic concurrency: of two updates with the same version exactly one wins', async () => {
    const m = await t.db.transaction((tx) => tx.save(tx.create(Member, { name: 'Versioned AS', website: null })));
    const update = (website: string) =>
      t.db.transaction((tx) =>
        guardedUpdate(tx, Member, { id: m.id, version: m.version }, { website }, 'Someone else changed this member first.'),
      );
    const results = await Promise.allSettled([update('https://a.no'), update('https://b.no')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect((rejected.reason as AppError).code).toBe('CONFLICT');
    const after = await t.db.read((em) => em.findOneByOrFail(Member, { id: m.id }));
    expect(after.version).toBe(m.version + 1);
  });

  it('maps a unique violation that slips past the checks to CONFLICT and keeps nothing of that transaction', async () => {
    const err = await t.db
      .transaction(async (tx) => {
        await tx.insert(Member, { name: 'Dup-1 AS', sortName: 'dup-1 as', website: null, createdAt: new Date(), updatedAt: new Date() });
        await tx.insert(Member, { name: 'Unique AS', sortName: 'unique as', website: null, createdAt: new Date(), updatedAt: new Date() });
        await tx.insert(Member, { name: 'Unique AS', sortName: 'unique as', website: null, createdAt: new Date(), updatedAt: new Date() });
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('CONFLICT');
    expect(await t.db.read((em) => em.countBy(Member, { name: 'Dup-1 AS' }))).toBe(0);
  });

  it('runs after-commit hooks once the write lock is released: a hook may read and write, and sees the commit', async () => {
    const seen: number[] = [];
    const returned = await t.db.transaction(async (tx) => {
      await tx.insert(Member, { name: 'Hooked AS', sortName: 'hooked as', website: null, createdAt: new Date(), updatedAt: new Date() });
      await t.db.afterCommit(async () => {
        // on the old code this read queued behind the still-held write lock and never returned
        seen.push(await t.db.read((em) => em.countBy(Member, { name: 'Hooked AS' })));
        await t.db.transaction((tx2) =>
          tx2.insert(Member, { name: 'Hooked 2 AS', sortName: 'hooked 2 as', website: null, createdAt: new Date(), updatedAt: new Date() }),
        );
        seen.push(await t.db.read((em) => em.countBy(Member, { name: 'Hooked 2 AS' })));
      });
      expect(seen).toEqual([]); // not before the commit
      return 'done';
    });
    expect(returned).toBe('done');
    expect(seen).toEqual([1, 1]);
  }, 15000);

  it('never runs an after-commit hook of a transaction that rolled back', async () => {
    let ran = false;
    await expect(
      t.db.transaction(async () => {
        await t.db.afterCommit(() => {
          ran = true;
        });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(ran).toBe(false);
  });

  it('turns a null that reaches a NOT NULL column into BAD_USER_INPUT naming the field, and keeps nothing', async () => {
    const err = await t.db
      .transaction(async (tx) => {
        await tx.insert(Member, { name: 'Null-1 AS', sortName: 'null-1 as', website: null, createdAt: new Date(), updatedAt: new Date() });
        await tx.query('UPDATE member SET sort_name = NULL WHERE name = $1'.replace('$1', t.db.kind === 'sqlite' ? '?' : '$1'), [
          'Null-1 AS',
        ]);
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.fields).toEqual([{ field: 'sortName', message: 'cannot be null', rule: 'REQUIRED' }]);
    expect(await t.db.read((em) => em.countBy(Member, { name: 'Null-1 AS' }))).toBe(0);
  });

  it('refuses to open a write transaction inside a read (a programming error, not a silent escape)', async () => {
    await expect(t.db.read(() => t.db.transaction(async () => 1))).rejects.toThrow(/inside read/);
  });
});
