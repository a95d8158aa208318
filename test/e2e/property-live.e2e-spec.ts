import fc from 'fast-check';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import { clockPingSchema, LiveError, meetingJoinSchema, meetingRefSchema } from '../../src/shared/live-events';
import { schemaFields } from '../helpers/api-routes';
import { delegateTokenFor, loginAsOfficer } from '../helpers/auth';
import { isClosedConsultation, isFirstPlenary, seededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { assertRefusal } from '../helpers/error-shape';
import { connectLive, emitWithAck, LiveClient } from '../helpers/live-client';
import { MeetingState, meetingState } from '../helpers/meeting-state';

// Property-based: whatever a Socket.IO client sends, it gets an ack (the data, or an error in the
// REST shape naming the field), the server keeps serving, and no list or floor changes: no live
// event writes.
const EVENTS = ['meeting:join', 'meeting:leave', 'clock:ping'] as const;
type LiveEvent = (typeof EVENTS)[number];

const schemaOf = (event: LiveEvent) => ({ 'clock:ping': clockPingSchema, 'meeting:join': meetingJoinSchema, 'meeting:leave': meetingRefSchema })[event];

describe('property: malformed Socket.IO payloads are refused and change nothing', () => {
  let testApp: TestApp;
  let meetingId: number;
  let closedMeetingId: number;
  let before: MeetingState;
  let viewer: LiveClient;
  let delegate: LiveClient;
  let delegateToken: string;

  beforeAll(async () => {
    // Hundreds of payloads a second on one socket: the per-socket rate limits are tried in live-limits.e2e-spec.
    testApp = await createTestApp({ env: { LIVE_EVENTS_PER_SECOND: '100000', LIVE_JOINS_PER_MINUTE: '100000' } });
    const bms7 = await seededBms7(testApp);
    const officer = await loginAsOfficer(testApp);
    delegateToken = await delegateTokenFor(testApp, 'Kenya');
    meetingId = bms7.meetingId(isFirstPlenary);
    closedMeetingId = bms7.meetingId(isClosedConsultation);
    const post = (path: string, body: object) =>
      request(testApp.app.getHttpServer()).post(`/api/meetings/${meetingId}${path}`).set('Authorization', `Bearer ${officer}`).send(body);
    for (const name of ['Kenya', 'France']) {
      await post('/speakers', { delegationId: bms7.delegationId(name), capacity: 'national' }).expect(201);
    }
    await post('/floor/next', {}).expect(200);
    await post('/floor/start', {}).expect(200);
    before = await meetingState(testApp, meetingId);
    [viewer, delegate] = await Promise.all([connectLive(testApp), connectLive(testApp, delegateToken)]);
  });

  afterAll(async () => {
    viewer?.close();
    delegate?.close();
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  const expectUnchanged = async () => {
    await request(testApp.app.getHttpServer()).get('/api/health').expect(200);
    expect(await meetingState(testApp, meetingId)).toEqual(before);
  };

  it('acks every meeting:join, meeting:leave and clock:ping: the data for a valid payload, else an error naming the field', async () => {
    const meetingRef = fc.record({
      meetingId: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.integer(), fc.constantFrom(meetingId, closedMeetingId)),
    });
    const ping = fc.record({ t0: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.double(), fc.integer()) });
    const withExtraKey = fc
      .tuple(fc.oneof(meetingRef, ping), fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }))
      .map(([payload, key, value]) => ({ ...payload, [key]: value }));
    const payload = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      meetingRef,
      ping,
      withExtraKey,
      fc.constant(undefined),
      fc.uint8Array({ maxLength: 16 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EVENTS), payload, fc.boolean(), async (event, sent, asDelegate) => {
        // What the server receives: socket.io carries JSON (undefined becomes null, -0 becomes 0) or binary.
        const received = sent instanceof Uint8Array ? Buffer.from(sent) : sent === undefined ? null : JSON.parse(JSON.stringify(sent));
        const reply = await emitWithAck<Record<string, unknown>>(asDelegate ? delegate : viewer, event, sent);
        const parsed = Buffer.isBuffer(received) ? { success: false as const } : schemaOf(event).safeParse(received);
        const what = `${event} ${JSON.stringify(sent)} as ${asDelegate ? 'delegate' : 'viewer'}`;
        if (!parsed.success) {
          const keys = typeof received === 'object' && received !== null && !Buffer.isBuffer(received) ? Object.keys(received) : [];
          const error = (reply as Partial<LiveError>).error;
          assertRefusal(what, error?.statusCode ?? 0, error, {
            statuses: [400],
            fields: ['body', ...schemaFields(schemaOf(event)), ...keys],
          });
          return;
        }
        if (event === 'clock:ping') {
          expect(reply).toEqual({ t0: (parsed.data as { t0: number }).t0, serverNow: testApp.clock.now() });
        } else if (event === 'meeting:leave') {
          expect(reply).toEqual({ ok: true });
        } else if ('error' in reply) {
          // An unknown meeting, a meeting that is not webcast for a viewer, or a screen key that opens nothing.
          const error = (reply as unknown as LiveError).error;
          const withKey = (parsed.data as { screenKey?: string }).screenKey !== undefined;
          assertRefusal(what, error.statusCode, error, { statuses: asDelegate && !withKey ? [404] : [403, 404] });
        } else {
          expect(reply).toMatchObject({
            floor: { meetingId: (parsed.data as { meetingId: number }).meetingId },
            speakers: expect.any(Object),
          });
        }
      }),
      { numRuns: 120 },
    );
    await expectUnchanged();
  });

  it('survives events without an ack, unknown events and extra arguments, and keeps answering', async () => {
    const anyArgs = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.uint8Array({ maxLength: 8 })), { maxLength: 3 });
    const eventName = fc.oneof(
      fc.constantFrom(...EVENTS, 'floor:state', 'speakers:list', 'next', 'disconnect'),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(eventName, anyArgs, async (event, args) => {
        // "disconnect" and friends are reserved by socket.io-client: emitting them throws locally, which is fine.
        try {
          (viewer as unknown as Socket).emit(event, ...args);
        } catch {
          return;
        }
      }),
      { numRuns: 60 },
    );
    const pong = await emitWithAck<{ t0: number }>(viewer, 'clock:ping', { t0: 1 });
    expect(pong.t0).toBe(1);
    await expectUnchanged();
  });

  it('refuses a malformed handshake token at connect and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 40 })), async (token) => {
        // Empty tokens connect as public viewers; everything else is refused with a message.
        fc.pre(token !== null && token !== '' && token !== undefined);
        const socket = io(`${testApp.url}/live`, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
        try {
          const error = await new Promise<Error>((resolve, reject) => {
            socket.once('connect', () => reject(new Error(`connected with token ${JSON.stringify(token)}`)));
            socket.once('connect_error', resolve);
          });
          expect(error.message).toMatch(/token/i);
        } finally {
          socket.close();
        }
      }),
      { numRuns: 25 },
    );
    const again = await connectLive(testApp, delegateToken);
    try {
      const ack = await emitWithAck<{ floor: { version: number } }>(again, 'meeting:join', { meetingId });
      expect(ack.floor.version).toBe(before.floor.version);
    } finally {
      again.close();
    }
    await expectUnchanged();
  });
});
