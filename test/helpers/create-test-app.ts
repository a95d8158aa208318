import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app-setup';
import { buildOpenApiDocument } from '../../src/openapi/openapi-document';
import { PASSWORD_HASH_COST, PasswordHashCost } from '../../src/auth/password-hasher';
import { APP_CONFIG, AppConfig, loadConfig } from '../../src/config/app-config';
import { fakeClock, FakeClock } from '../../src/domain/clock';
import { CLOCK } from '../../src/persistence/clock.provider';
import { StartupLock } from '../../src/persistence/startup-lock';
import { DocumentedAnswers } from './documented-answers';

export const TEST_ADMIN = { username: 'officer', password: 'correct horse battery staple' };
/** Mon 26 July 2021, 10:00 in New York: the first plenary opens. */
export const BMS7_OPENING_MS = Date.UTC(2021, 6, 26, 14, 0, 0);

/**
 * A PostgreSQL server's URL (npm run test:scale sets it): every test app then gets a fresh database
 * there instead of a sqlite file. The server is a throwaway, so the databases are left to it.
 */
const TEST_POSTGRES_URL = process.env.ROSTRUM_TEST_POSTGRES_URL;
const TEST_DATABASE_PREFIX = 'rostrum_test_';
// The temp folder stands for the app's data: its PostgreSQL database goes with it, so a suite
// booting again on the same databasePath finds the same rows.
const postgresByPath = new Map<string, string>();
// The same document for every app of a test process: built once.
let documentedAnswers: DocumentedAnswers | undefined;

export interface TestApp {
  app: NestExpressApplication;
  clock: FakeClock;
  config: AppConfig;
  url: string;
  databasePath: string;
  /** Set when the app runs on PostgreSQL (ROSTRUM_TEST_POSTGRES_URL). */
  databaseUrl: string | undefined;
  close(): Promise<void>;
  /** Close and boot again on the same database file, as a server restart. */
  restart(): Promise<TestApp>;
}

export interface TestAppOptions {
  databasePath?: string;
  env?: Record<string, string>;
  clock?: FakeClock;
  passwordHashCost?: PasswordHashCost;
}

export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'rostrum-test-')), 'rostrum.sqlite');
}

/** Boots the real AppModule on a temporary sqlite file, a fake clock and a random port. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databasePath = options.databasePath ?? tempDatabasePath();
  if (!resolve(databasePath).startsWith(resolve(tmpdir()))) {
    throw new Error(`Refusing to run tests on ${databasePath}: not in the temp folder`);
  }
  const databaseUrl = TEST_POSTGRES_URL === undefined ? undefined : await testPostgresDatabase(TEST_POSTGRES_URL, databasePath);
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_USERNAME: TEST_ADMIN.username,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...options.env,
  });
  const clock = options.clock ?? fakeClock(BMS7_OPENING_MS);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .overrideProvider(CLOCK)
    .useValue(clock)
    // The suites sign in hundreds of times: a cheap argon2id keeps them quick.
    .overrideProvider(PASSWORD_HASH_COST)
    .useValue(options.passwordHashCost ?? { memoryKiB: 64, passes: 1 })
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error', 'warn'] });
  // First, so that it sees every answer, the ones helmet, CORS or compression give or change too;
  // the document has its /api paths once configureApp has run.
  app.use((request: Request, response: Response, next: NextFunction) => documentedAnswers!.middleware(request, response, next));
  configureApp(app);
  documentedAnswers ??= new DocumentedAnswers(buildOpenApiDocument(app));
  await app.listen(0, '127.0.0.1');
  await app.get(StartupLock).release();
  const url = await app.getUrl();
  const testApp: TestApp = {
    app,
    clock,
    config,
    url: url.replace('[::1]', '127.0.0.1'),
    databasePath,
    databaseUrl,
    close: () => app.close(),
    restart: async () => {
      await app.close();
      return createTestApp({ ...options, databasePath, clock });
    },
  };
  return testApp;
}

async function testPostgresDatabase(serverUrl: string, databasePath: string): Promise<string> {
  const known = postgresByPath.get(databasePath);
  if (known) return known;
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(6).toString('hex')}`;
  const admin = await new DataSource({ type: 'postgres', url: serverUrl }).initialize();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  postgresByPath.set(databasePath, url.toString());
  return url.toString();
}

export function removeDatabase(databasePath: string): void {
  rmSync(join(databasePath, '..'), { recursive: true, force: true });
}
