import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';
import { AccessCodeEntity } from '../../src/auth/access-code.entity';
import { TokenService } from '../../src/auth/token.service';
import { TransactionRunner } from '../../src/persistence/transaction-runner';
import { BMS7_ROOM } from '../../src/seed/bms7-conference';
import type { MeetingView } from '../../src/shared/api-types';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';

export { BMS7_ROOM };
export const MEETINGS = '/api/conferences/bms7/meetings';

// Tokens are minted with the app's TokenService so these specs need no login route; switch to
// test/helpers/auth.ts (loginAsOfficer, delegateTokenFor) once sign-in is settled.
export function officerToken(testApp: TestApp): Promise<string> {
  return testApp.app.get(TokenService).issue({ role: 'officer', officerId: 1, username: 'officer' });
}

/** A delegate token backed by a live access-code row, as the guard checks the code still holds. */
export async function delegateToken(testApp: TestApp, delegationId = 1): Promise<string> {
  const code = await insertRow(testApp, AccessCodeEntity, {
    delegationId,
    codeHash: randomBytes(32).toString('hex'),
    label: 'timetable test',
    createdAt: testApp.clock.now(),
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
  });
  return testApp.app.get(TokenService).issue({ role: 'delegate', delegationId, accessCodeId: code.id });
}

export interface MeetingBody {
  title: string;
  kind: string;
  format: string;
  webcast: boolean;
  room: string | null;
  startsAt: string;
  endsAt: string;
  agendaItemIds: number[];
  preparatory: boolean;
  cancelled?: boolean;
}

/** A side event in the free lunch slot of Tue 27 July, venue time: change what a test is about. */
export function meetingBody(overrides: Partial<MeetingBody> = {}): MeetingBody {
  return {
    title: 'Side event: gender-responsive small arms control',
    kind: 'other',
    format: 'in-person',
    webcast: false,
    room: BMS7_ROOM,
    startsAt: '2021-07-27T13:15',
    endsAt: '2021-07-27T14:45',
    agendaItemIds: [],
    preparatory: false,
    ...overrides,
  };
}

/** A meeting as the API answers it: the contract's shape, from the shared types. */
export type MeetingJson = MeetingView;

export type Api = ReturnType<typeof apiFor>;

/** supertest bound to the app, with an optional bearer token. */
export function apiFor(testApp: TestApp) {
  const server = () => request(testApp.app.getHttpServer());
  const bearer = (token?: string) => (token ? { Authorization: `Bearer ${token}` } : {});
  return {
    get: (path: string) => server().get(path),
    post: (path: string, body: object, token?: string) => server().post(path).set(bearer(token)).send(body),
    patch: (path: string, body: object, token?: string) => server().patch(path).set(bearer(token)).send(body),
    delete: (path: string, token?: string) => server().delete(path).set(bearer(token)),
    meetings: async (query = ''): Promise<MeetingJson[]> => (await server().get(`/api/conferences/bms7/meetings${query}`).expect(200)).body,
  };
}

/** POSTs meetingBody(overrides) as the officer and expects 201. */
export async function createMeeting(api: Api, officer: string, overrides: Partial<MeetingBody> = {}): Promise<MeetingJson> {
  return (await api.post(MEETINGS, meetingBody(overrides), officer).expect(201)).body;
}

/** Sends a write for the 401/403 tables: `body` goes with POST and PATCH. */
export function sendWrite(api: Api, method: 'POST' | 'PATCH' | 'DELETE', path: string, body: object, token?: string) {
  if (method === 'DELETE') return api.delete(path, token);
  return method === 'POST' ? api.post(path, body, token) : api.patch(path, body, token);
}

/** A fixture row written straight to the database, through the app's one transaction queue. */
export function insertRow<T extends ObjectLiteral>(testApp: TestApp, entity: EntityTarget<T>, row: DeepPartial<T>): Promise<T> {
  return testApp.app.get(TransactionRunner).write((manager) => manager.save(entity, manager.create(entity, row)));
}

export interface TimetableSuite {
  testApp: TestApp;
  officer: string;
  api: Api;
}

/** One real app per describe block with an officer signed in; closed and its database removed after. */
export function useTimetableApp(): TimetableSuite {
  const suite = {} as TimetableSuite;
  beforeAll(async () => {
    suite.testApp = await createTestApp();
    suite.api = apiFor(suite.testApp);
    suite.officer = await officerToken(suite.testApp);
  });
  afterAll(async () => {
    await suite.testApp.close();
    removeDatabase(suite.testApp.databasePath);
  });
  return suite;
}
