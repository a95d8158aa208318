import { DataSource } from 'typeorm';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';

// Runs on sqlite in npm test, and on PostgreSQL in npm run test:scale (ROSTRUM_TEST_POSTGRES_URL).
describe('migrations', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  it('build exactly the schema the entities describe, on the database in use', async () => {
    const dataSource = testApp.app.get(DataSource);
    expect(dataSource.options.type).toBe(testApp.databaseUrl === undefined ? 'sqlite' : 'postgres');
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are all recorded as run', async () => {
    const dataSource = testApp.app.get(DataSource);
    const rows: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((row) => row.name)).toEqual(dataSource.migrations.map((migration) => migration.name));
  });
});
