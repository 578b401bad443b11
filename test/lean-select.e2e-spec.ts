import { leanQuery, leanShape, QueryCounter, rawQuery, rawRows } from '@app/core';
import { Certificate, Member } from '@app/members';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The lean reads (libs/core/src/database/lean-select.ts) give the same values as TypeORM's
 * entities: strings, numbers, booleans, nullable columns and transformed ones (instants stored as
 * bigint), on SQLite (rows as arrays, hydrated once) and on PostgreSQL (rows as objects).
 */
describe('lean reads equal the entities (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('LeanShape.read gives every member and certificate as TypeORM builds them', async () => {
    const { members, lean, certificates, leanCertificates } = await t.db.read(async (em) => {
      const m = leanShape(em, Member, 'm', null);
      const c = leanShape(em, Certificate, 'c', null);
      return {
        members: await em.find(Member, { order: { id: 'ASC' } }),
        lean: await m.read(em, `SELECT ${m.select} FROM member m ORDER BY m.id`),
        certificates: await em.find(Certificate, { order: { id: 'ASC' } }),
        leanCertificates: await c.read(em, `SELECT ${c.select} FROM certificate c ORDER BY c.id`),
      };
    });
    expect(members.length).toBeGreaterThan(30);
    expect(certificates.length).toBeGreaterThan(10);
    expect(lean).toEqual(members.map((e) => ({ ...e })));
    expect(leanCertificates).toEqual(certificates.map((e) => ({ ...e })));
    // the transformed and boolean columns really are converted, not passed through
    expect(lean[0].createdAt).toBeInstanceOf(Date);
    expect(typeof lean[0].illustrative).toBe('boolean');
  });

  it('only the columns asked for, in their order; a SELECT list that is not the shape is refused', async () => {
    await t.db.read(async (em) => {
      const shape = leanShape(em, Member, 'm', ['name', 'id']);
      const rows = await shape.read(em, `SELECT ${shape.select} FROM member m WHERE m.id = ?`, [1]);
      expect(Object.keys(rows[0])).toEqual(['name', 'id']);
      if (em.connection.options.type !== 'postgres')
        await expect(shape.read(em, `SELECT ${shape.select}, m.org_number FROM member m`)).rejects.toThrow(/SELECT list must be/);
    });
  });

  it('every way of reading around TypeORM is counted as a statement, as TypeORM counts its own', async () => {
    // the request's x-sql-statements, the statement-count tests and the bench's tap all read this
    // counter; a read that goes around it makes a list look cheaper than it is
    const counter = t.app.get(QueryCounter);
    const seen: string[] = [];
    counter.tap = (sql) => seen.push(sql);
    try {
      await t.db.read(async (em) => {
        const shape = leanShape(em, Member, 'm', ['id']);
        await shape.read(em, `SELECT ${shape.select} FROM member m WHERE m.id = ?`, [1]);
        await leanQuery(em, 'SELECT 2 AS n FROM member WHERE id = ?', [1]);
        await rawQuery(em, 'SELECT 3 AS n FROM member WHERE id = ?', [1]);
        await rawRows(em, 'SELECT 4 AS n FROM member WHERE id = ?', [1]);
      });
    } finally {
      counter.tap = null;
    }
    expect(seen.map((sql) => /SELECT (\S+)/.exec(sql)?.[1])).toEqual(['m."id"', '2', '3', '4']);
  });
});
