import request from 'supertest';
import { loginAsOfficer } from './auth';
import { seededBms7, SeededBms7 } from './bms7';
import { createTestApp, removeDatabase, TestApp, TestAppOptions } from './create-test-app';

export interface Bms7Suite {
  testApp: TestApp;
  bms7: SeededBms7;
  /** An officer's access token. */
  officer: string;
  api(): ReturnType<typeof request>;
}

/** One real app per describe block: booted before its tests, closed and its database removed after. */
export function useBms7App(options: TestAppOptions = {}): Bms7Suite {
  const suite = {
    api: () => request(suite.testApp.app.getHttpServer()),
  } as Bms7Suite;
  beforeAll(async () => {
    suite.testApp = await createTestApp(options);
    suite.bms7 = await seededBms7(suite.testApp);
    suite.officer = await loginAsOfficer(suite.testApp);
  });
  afterAll(async () => {
    await suite.testApp.close();
    removeDatabase(suite.testApp.databasePath);
  });
  return suite;
}
