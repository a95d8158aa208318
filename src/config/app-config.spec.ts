import { describeDatabase, loadConfig } from './app-config';

const SECRET = 'x'.repeat(32);

describe('loadConfig: several instances', () => {
  it('uses the sqlite file and memory when neither DATABASE_URL nor REDIS_URL is set', () => {
    expect(loadConfig({})).toMatchObject({ databasePath: 'data/rostrum.sqlite', databaseUrl: undefined, redisUrl: undefined, trustProxy: false });
  });

  it('reads DATABASE_URL and REDIS_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/rostrum', REDIS_URL: 'redis://cache:6379', JWT_SECRET: SECRET });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u:p@db:5432/rostrum', redisUrl: 'redis://cache:6379' });
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/rostrum' })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it('refuses a REDIS_URL that is not a redis URL, naming the variable', () => {
    expect(() => loadConfig({ REDIS_URL: 'cache:6379', JWT_SECRET: SECRET })).toThrow(/REDIS_URL: must be a redis/);
  });

  it('requires JWT_SECRET with REDIS_URL, since each instance would otherwise sign with its own', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(/JWT_SECRET: must be set with REDIS_URL/);
  });

  it.each([
    ['1', 1],
    ['loopback', 'loopback'],
    ['true', true],
    ['false', false],
  ])('reads TRUST_PROXY=%s as %p', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('hides the password when it names the database in a log line', () => {
    expect(describeDatabase(loadConfig({ DATABASE_URL: 'postgres://u:secret@db:5432/rostrum' }))).toBe('postgres://u:***@db:5432/rostrum');
    expect(describeDatabase(loadConfig({}))).toBe('data/rostrum.sqlite');
  });
});
