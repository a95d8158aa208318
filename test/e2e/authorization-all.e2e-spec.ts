import { MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import request from 'supertest';
import { INSCRIPTION_RATE } from '../../src/common/principal-rate-limit';
import { LiveGateway } from '../../src/live/live.gateway';
import type { SpeakersListView } from '../../src/shared/api-types';
import { API_ROUTES, routeName } from '../helpers/api-routes';
import { authorizationMatrixCases, createMatrixBase, MatrixBase } from '../helpers/authorization-matrix';
import { Fixture, freshMeeting, IN_AUTH_MATRIX, readRoutes, sharingRefusedFixtures, WRITE_ROUTES } from '../helpers/authorization-routes';
import { isClosedConsultation, seededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { assertRefusal } from '../helpers/error-shape';
import { connectLive, emitWithAck } from '../helpers/live-client';
import { meetingState } from '../helpers/meeting-state';

// Every route, as every kind of caller: no token, a forged or expired one, a delegate of another
// delegation, the delegate, an officer (routes and fixtures: test/helpers/authorization-routes.ts).

describe('authorization: every route and live event, every caller', () => {
  let testApp: TestApp;
  let base: MatrixBase;

  beforeAll(async () => {
    testApp = await createTestApp();
    base = await createMatrixBase(testApp);
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  it('tries every operation of the API here or in auth-matrix.e2e-spec', () => {
    const tried = new Set([...WRITE_ROUTES, ...readRoutes()].map((route) => route.name.replace(/ \(.*\)$/, '')));
    const untried = API_ROUTES.map(routeName).filter((name) => !tried.has(name) && !IN_AUTH_MATRIX.includes(name));
    expect(untried).toEqual([]);
  });

  describe('write routes', () => authorizationMatrixCases(WRITE_ROUTES.map(sharingRefusedFixtures), () => base));
  describe('read routes', () => authorizationMatrixCases(readRoutes(), () => base));

  describe('a delegate never acts for another delegation', () => {
    const api = () => request(testApp.app.getHttpServer());
    const asDelegate = (method: 'post' | 'delete', path: string) =>
      api()[method](path).set('Authorization', `Bearer ${base.tokens.delegate}`);
    let fixture: Fixture;
    let before: SpeakersListView;

    beforeAll(async () => {
      // The other delegation has an entry (with a requestId) on a meeting of its own.
      fixture = await freshMeeting({ ...base, caller: 'officer' });
      const other = await api()
        .post(`/api/meetings/${fixture.meetingId}/speakers`)
        .set('Authorization', `Bearer ${base.tokens.otherDelegate}`)
        .send({ delegationId: base.otherDelegation.id, capacity: 'national', requestId: 'other-1' })
        .expect(201);
      fixture.entryIds.push(other.body.id);
      before = (await meetingState(testApp, fixture.meetingId)).speakers;
    });

    afterEach(async () => {
      expect((await meetingState(testApp, fixture.meetingId)).speakers).toEqual(before);
    });

    it('cannot inscribe another delegation', async () => {
      await asDelegate('post', `/api/meetings/${fixture.meetingId}/speakers`)
        .send({ delegationId: base.otherDelegation.id, capacity: 'national' })
        .expect(403);
    });

    it('cannot speak for a group it does not belong to', async () => {
      const groups: { id: number; name: string }[] = (await api().get('/api/conferences/bms7/delegations').query({ kind: 'group' })).body;
      const union = groups.find((group) => group.name === 'European Union')!;
      await asDelegate('post', `/api/meetings/${fixture.meetingId}/speakers`)
        .send({ delegationId: base.delegation.id, capacity: 'group', onBehalfOfId: union.id })
        .expect(403);
    });

    it("cannot replay another delegation's requestId to reach its entry", async () => {
      await asDelegate('post', `/api/meetings/${fixture.meetingId}/speakers`)
        .send({ delegationId: base.delegation.id, capacity: 'national', requestId: 'other-1' })
        .expect(403);
    });

    it("cannot withdraw another delegation's entry, with or without the version", async () => {
      await asDelegate('delete', `/api/meetings/${fixture.meetingId}/speakers/${fixture.entryIds[0]}`).expect(403);
      await asDelegate('delete', `/api/meetings/${fixture.meetingId}/speakers/${fixture.entryIds[0]}?version=${before.version}`).expect(
        403,
      );
    });

    it('cannot choose its place on the list', async () => {
      await asDelegate('post', `/api/meetings/${fixture.meetingId}/speakers`)
        .send({ delegationId: base.delegation.id, capacity: 'national', position: 1 })
        .expect(403);
    });
  });

  describe('inscriptions are limited per token, not per address', () => {
    const inscribeAs = (token: string | undefined, meetingId: number, delegationId: number) =>
      request(testApp.app.getHttpServer())
        .post(`/api/meetings/${meetingId}/speakers`)
        .set('Authorization', `Bearer ${token}`)
        .send({ delegationId, capacity: 'national' });

    it(`refuses a delegation more than ${INSCRIPTION_RATE.delegate.limit} inscriptions in ${INSCRIPTION_RATE.delegate.windowMs / 1000} s with 429, and no one else`, async () => {
      const { limit, windowMs } = INSCRIPTION_RATE.delegate;
      // A fresh window: the cases above inscribed too.
      testApp.clock.advance(windowMs);
      const { meetingId } = await freshMeeting({ ...base, caller: 'officer' });
      const own = base.delegation.id;
      const statuses: number[] = [];
      // Every request counts, refused or not (the second and later are 409: already on the list).
      for (let sent = 0; sent < limit; sent++) statuses.push((await inscribeAs(base.tokens.delegate, meetingId, own)).status);
      expect(statuses).toEqual([201, ...Array(limit - 1).fill(409)]);
      const refused = await inscribeAs(base.tokens.delegate, meetingId, own);
      assertRefusal('over the limit', refused.status, refused.body, { statuses: [429] });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(windowMs / 1000);
      // Same address, other principals: the other delegation, and an officer well past the delegate limit.
      await inscribeAs(base.tokens.otherDelegate, meetingId, base.otherDelegation.id).expect(201);
      for (let sent = 0; sent <= limit; sent++) expect((await inscribeAs(base.officerToken, meetingId, own)).status).toBe(409);
      // Once the window has passed, the delegation is heard again.
      testApp.clock.advance(windowMs);
      await inscribeAs(base.tokens.delegate, meetingId, own).expect(409);
    });
  });

  describe('live events', () => {
    it('offer only meeting:join, meeting:leave and clock:ping: no live event writes', () => {
      const prototype = LiveGateway.prototype as unknown as Record<string, unknown>;
      const events = Object.getOwnPropertyNames(prototype)
        .map((name) => prototype[name])
        .filter((handler): handler is object => typeof handler === 'function' && Reflect.getMetadata(MESSAGE_MAPPING_METADATA, handler))
        .map((handler) => Reflect.getMetadata(MESSAGE_METADATA, handler));
      expect(events.sort()).toEqual(['clock:ping', 'meeting:join', 'meeting:leave']);
    });

    it('let a delegate follow any meeting, webcast or not, and change nothing whatever it sends', async () => {
      const bms7 = await seededBms7(testApp);
      const closed = bms7.meetingId(isClosedConsultation);
      const before = await meetingState(testApp, closed);
      const socket = await connectLive(testApp, base.tokens.delegate);
      try {
        const ack = await emitWithAck<{ floor: { meetingId: number } }>(socket, 'meeting:join', { meetingId: closed });
        expect(ack.floor.meetingId).toBe(closed);
        // Write-shaped payloads and made-up write events: the gateway has no handler that acts on them.
        const writeLike = { meetingId: closed, delegationId: base.otherDelegation.id, capacity: 'national', command: 'next' };
        const refused = await emitWithAck<{ error: { statusCode: number } }>(socket, 'meeting:join', writeLike);
        expect(refused.error.statusCode).toBe(400);
        for (const event of ['speakers:inscribe', 'speakers:withdraw', 'floor:next', 'floor:state', 'speakers:list']) {
          (socket as unknown as { emit(event: string, payload: unknown): void }).emit(event, writeLike);
        }
        await emitWithAck(socket, 'clock:ping', { t0: 0 });
        expect(await meetingState(testApp, closed)).toEqual(before);
      } finally {
        socket.close();
      }
    });
  });
});
