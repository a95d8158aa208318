import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/persistence/data-source-options';
import { POSTGRES_MIGRATIONS } from '../../src/persistence/migrations-postgres';
import { scale } from './scale-env';

const connect = (databaseUrl: string) => new DataSource({ ...buildDataSourceOptions({ databaseUrl, databasePath: 'unused' }), migrationsRun: false }).initialize();
const migrationNames = POSTGRES_MIGRATIONS.map((migration) => migration.name);

async function withFreshDatabase(work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const name = `rostrum_migrations_${randomBytes(4).toString('hex')}`;
  const admin = await connect(scale.databaseUrl);
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(scale.databaseUrl);
  url.pathname = `/${name}`;
  const dataSource = await connect(url.toString());
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE "${name}"`);
    await admin.destroy();
  }
}

describe('PostgreSQL migrations', () => {
  let shared: DataSource;

  beforeAll(async () => {
    shared = await connect(scale.databaseUrl);
  });

  afterAll(() => shared?.destroy());

  it('were run once by the two instances that started together on the empty database', async () => {
    const rows: { name: string }[] = await shared.query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((row) => row.name)).toEqual(migrationNames);
  });

  it('seeded the conference and created the first officer once, not once per instance', async () => {
    expect(await shared.query('SELECT slug FROM conference')).toEqual([{ slug: 'bms7' }]);
    expect(await shared.query('SELECT username FROM officer')).toEqual([{ username: scale.admin.username }]);
    const [a, b] = await Promise.all([request(scale.urlA).get('/api/conferences'), request(scale.urlB).get('/api/conferences')]);
    expect(a.body).toEqual(b.body);
  });

  it('build exactly the schema the entities describe', async () => {
    const pending = await shared.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('go down and up again on a fresh database', async () => {
    await withFreshDatabase(async (dataSource) => {
      expect((await dataSource.runMigrations({ transaction: 'all' })).map((m) => m.name)).toEqual(migrationNames);
      for (const _ of migrationNames) await dataSource.undoLastMigration({ transaction: 'all' });
      const tables: { tablename: string }[] = await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
      expect(tables.map((t) => t.tablename)).toEqual(['migrations']);
      expect((await dataSource.runMigrations({ transaction: 'all' })).map((m) => m.name)).toEqual(migrationNames);
    });
  });
});
