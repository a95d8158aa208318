import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app-setup';
import { PASSWORD_HASH_COST } from '../../src/auth/password-hasher';
import { APP_CONFIG, AppConfig, loadConfig } from '../../src/config/app-config';
import { fakeClock, FakeClock } from '../../src/domain/clock';
import { CLOCK } from '../../src/persistence/clock.provider';

export const TEST_ADMIN = { username: 'officer', password: 'correct horse battery staple' };
/** Mon 26 July 2021, 10:00 in New York: the first plenary opens. */
export const BMS7_OPENING_MS = Date.UTC(2021, 6, 26, 14, 0, 0);

export interface TestApp {
  app: NestExpressApplication;
  clock: FakeClock;
  config: AppConfig;
  url: string;
  databasePath: string;
  close(): Promise<void>;
  /** Close and boot again on the same database file, as a server restart. */
  restart(): Promise<TestApp>;
}

export interface TestAppOptions {
  databasePath?: string;
  env?: Record<string, string>;
  clock?: FakeClock;
  passwordHashCost?: number;
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
  const config = loadConfig({
    DATABASE_PATH: databasePath,
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
    // bcrypt at production cost takes ~0.4 s a hash; the suites sign in hundreds of times.
    .overrideProvider(PASSWORD_HASH_COST)
    .useValue(options.passwordHashCost ?? 4)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const testApp: TestApp = {
    app,
    clock,
    config,
    url: url.replace('[::1]', '127.0.0.1'),
    databasePath,
    close: () => app.close(),
    restart: async () => {
      await app.close();
      return createTestApp({ ...options, databasePath, clock });
    },
  };
  return testApp;
}

export function removeDatabase(databasePath: string): void {
  rmSync(join(databasePath, '..'), { recursive: true, force: true });
}
