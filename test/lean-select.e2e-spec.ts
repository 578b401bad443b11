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

  it('with `instances`, rows are made with the entity class (its getters answer), and hold the same values', async () => {
    const { entities, rows, plain } = await t.db.read(async (em) => {
      const shape = leanShape(em, Certificate, 'c', ['id', 'type', 'process', 'clearanceLevel', 'validUntil'], { instances: true });
      const sql = `SELECT ${shape.select} FROM certificate c ORDER BY c.id`;
      const plainShape = leanShape(em, Certificate, 'c', ['id', 'type', 'process', 'clearanceLevel', 'validUntil']);
      return {
        entities: await em.find(Certificate, { order: { id: 'ASC' } }),
        rows: await shape.read(em, sql),
        plain: await plainShape.read(em, sql),
      };
    });
    expect(rows.length).toBe(entities.length);
    for (const [i, row] of rows.entries()) {
      expect(row).toBeInstanceOf(Certificate);
      expect(Object.getPrototypeOf(plain[i])).toBe(Object.prototype);
      expect({ ...row }).toEqual({ ...plain[i] });
      expect([row.label, row.expired, row.daysToExpiry]).toEqual([entities[i].label, entities[i].expired, entities[i].daysToExpiry]);
    }
    // both kinds of label were compared: with a level or process in brackets, and without
    expect(rows.some((r) => r.label.endsWith(')'))).toBe(true);
    expect(rows.some((r) => !r.label.endsWith(')'))).toBe(true);
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
