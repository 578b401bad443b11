import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to SQLite under ./data with demo data in development', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'sqlite', url: undefined, path: './data/totalfly.sqlite' });
    expect(c.port).toBe(3000);
    expect(c.seedDemoData).toBe(true);
    expect(c.jwt.secretIsEphemeral).toBe(true);
    expect(c.exposeSqlStatementCount).toBe(true);
  });

  it('selects PostgreSQL from DATABASE_URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/x' });
    expect(c.database.kind).toBe('postgres');
  });

  it('reports every problem at once', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'production', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/JWT_SECRET is required in production/);
    expect(problems).toMatch(/LOG_LEVEL/);
  });

  it('turns off demo data and the SQL statement header in production', () => {
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) });
    expect(c.seedDemoData).toBe(false);
    expect(c.exposeSqlStatementCount).toBe(false);
  });

  it('parses BODY_LIMIT sizes', () => {
    expect(loadConfig({ BODY_LIMIT: '2mb' }).bodyLimitBytes).toBe(2 * 1024 * 1024);
    expect(() => loadConfig({ BODY_LIMIT: 'lots' })).toThrow(/BODY_LIMIT/);
  });
});
