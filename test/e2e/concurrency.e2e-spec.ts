import request from 'supertest';
import { isDeepStrictEqual } from 'node:util';
import type { FloorStateView, SpeakersListView, StatementView } from '../../src/shared/api-types';
import { delegateSessionFor, loginAsOfficer } from '../helpers/auth';
import { isFirstPlenary, seededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { assertRefusal } from '../helpers/error-shape';
import { connectLive, emitWithAck, LiveClient } from '../helpers/live-client';
import { meetingState, waitingOrder } from '../helpers/meeting-state';

// Several officers and many delegates hit one meeting at once, in bursts fired with Promise.all;
// the fake clock moves between bursts. Afterwards the state must account for every answer: each
// accepted write bumped its version exactly once and is on record, each refused one left nothing.
const OFFICERS = 3;
const DELEGATES = 16;
const BURSTS = 6;
const ACTIONS_PER_BURST = 36;
const SEED = Number(process.env.CONCURRENCY_SEED ?? Date.now() % 1_000_000);

/** A list without what moves with the clock and the floor: its expected times. */
function withoutForecast({ entries, expectedEndAt: _end, fitsInMeeting: _fits, overrunSeconds: _overrun, meetingEnded: _ended, ...list }: SpeakersListView) {
  return { ...list, entries: entries.map(({ expectedStartAt: _start, ...entry }) => entry) };
}

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with CONCURRENCY_SEED. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'inscribe' | 'withdraw' | 'move' | 'swap' | 'floor' | 'close' | 'reopen';
interface Action {
  kind: Kind;
  label: string;
  token: string;
  method: 'post' | 'delete';
  path: string;
  body?: object;
  requestId?: string;
  /** Floor commands that also change the list (call, end or requeue a speaker). */
  bumpsList: boolean;
  bumpsFloor: boolean;
}
interface Outcome extends Action {
  status: number;
  response: Record<string, unknown>;
}

const LIST_WRITES: Kind[] = ['inscribe', 'withdraw', 'move', 'swap', 'close', 'reopen'];
const FLOOR_COMMANDS = ['next', 'next', 'start', 'pause', 'resume', 'stop', 'extend', 'skip'] as const;

interface Delegate {
  token: string;
  delegationId: number;
  name: string;
}

describe('concurrency: officers and delegates at once on one meeting', () => {
  let testApp: TestApp;
  let meetingId: number;
  let officers: string[];
  let delegates: Delegate[];
  const clients: LiveClient[] = [];
  const pushes: { speakers: SpeakersListView[]; floor: FloorStateView[] }[] = [];

  const api = () => request(testApp.app.getHttpServer());

  beforeAll(async () => {
    testApp = await createTestApp();
    const bms7 = await seededBms7(testApp);
    meetingId = bms7.meetingId(isFirstPlenary);
    const admin = await loginAsOfficer(testApp);
    const extra = await Promise.all(
      Array.from({ length: OFFICERS - 1 }, async (_, index) => {
        const account = { username: `desk-${index + 2}`, password: 'a long enough password' };
        await api().post('/api/officers').set('Authorization', `Bearer ${admin}`).send(account).expect(201);
        return (await api().post('/api/auth/login').send(account).expect(200)).body.accessToken as string;
      }),
    );
    officers = [admin, ...extra];
    const memberStates: { name: string }[] = (
      await api().get('/api/conferences/bms7/delegations').query({ kind: 'member-state' }).expect(200)
    ).body;
    delegates = await Promise.all(
      memberStates.slice(0, DELEGATES).map(async ({ name }) => {
        const session = await delegateSessionFor(testApp, name);
        return { token: session.accessToken, delegationId: session.delegation.id, name };
      }),
    );
    // Two followers of the meeting, a public viewer and a delegate, record every push.
    for (const token of [undefined, delegates[0].token]) {
      const client = await connectLive(testApp, token);
      const received = { speakers: [] as SpeakersListView[], floor: [] as FloorStateView[] };
      client.on('speakers:list', (list) => received.speakers.push(list));
      client.on('floor:state', (floor) => received.floor.push(floor));
      await emitWithAck(client, 'meeting:join', { meetingId });
      clients.push(client);
      pushes.push(received);
    }
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  /** A burst of random actions, aimed at the state as it was when the burst started (so many go stale). */
  function planBurst(random: () => number, burst: number, list: SpeakersListView, floor: FloorStateView): Action[] {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const waiting = list.entries.filter((entry) => entry.status === 'waiting');
    const withVersion = <T extends object>(body: T, version: number) => (random() < 0.5 ? { ...body, version } : body);
    const base = `/api/meetings/${meetingId}`;
    const listWrite = (kind: Kind, label: string, token: string, path: string, body?: object): Action => ({
      kind,
      label,
      token,
      method: kind === 'withdraw' ? 'delete' : 'post',
      path: `${base}${path}`,
      body,
      bumpsList: true,
      bumpsFloor: false,
    });
    const actions: Action[] = [];
    while (actions.length < ACTIONS_PER_BURST) {
      const officer = pick(officers);
      const roll = random();
      if (roll < 0.3) {
        const delegate = pick(delegates);
        // A retried request: the same requestId sent twice at once yields one entry.
        const requestId = random() < 0.3 ? `burst-${burst}-${delegate.delegationId}` : undefined;
        const body = { delegationId: delegate.delegationId, capacity: 'national', ...(requestId && { requestId }) };
        const inscription = { ...listWrite('inscribe', `${delegate.name} inscribes`, delegate.token, '/speakers', body), requestId };
        actions.push(...(requestId ? [inscription, inscription] : [inscription]));
      } else if (roll < 0.42 && waiting.length > 0) {
        const entry = pick(waiting);
        const own = delegates.find((d) => d.delegationId === entry.delegation.id);
        const query = random() < 0.5 ? `?version=${list.version}` : '';
        const token = own && random() < 0.7 ? own.token : officer;
        actions.push(listWrite('withdraw', `withdraw ${entry.id}`, token, `/speakers/${entry.id}${query}`));
      } else if (roll < 0.6 && waiting.length > 0) {
        const entry = pick(waiting);
        const position = 1 + Math.floor(random() * (waiting.length + 1));
        const body = withVersion({ position }, list.version);
        actions.push(listWrite('move', `move ${entry.id} to ${position}`, officer, `/speakers/${entry.id}/move`, body));
      } else if (roll < 0.68 && waiting.length > 1) {
        const [a, b] = [pick(waiting), pick(waiting)];
        if (a.id === b.id) continue;
        const body = withVersion({ entryIdA: a.id, entryIdB: b.id }, list.version);
        actions.push(listWrite('swap', `swap ${a.id} ${b.id}`, officer, '/speakers/swap', body));
      } else if (roll < 0.97) {
        const command = pick(FLOOR_COMMANDS);
        const body = withVersion(command === 'extend' ? { seconds: 15 } : {}, floor.version);
        const bumpsList = command === 'next' || command === 'stop' || command === 'skip';
        const path = `${base}/floor/${command}`;
        actions.push({ kind: 'floor', label: `floor ${command}`, token: officer, method: 'post', path, body, bumpsList, bumpsFloor: true });
      } else {
        const kind = list.closed || random() < 0.3 ? 'reopen' : 'close';
        actions.push(listWrite(kind, kind, officer, `/speakers/${kind}`, {}));
      }
    }
    return actions;
  }

  async function perform(action: Action): Promise<Outcome> {
    let pending = api()[action.method](action.path).set('Authorization', `Bearer ${action.token}`);
    if (action.body) pending = pending.send(action.body);
    const response = await pending;
    return { ...action, status: response.status, response: response.body };
  }

  /** Resolves once every client has received a push on the channel that is this state (pushes arrive after the HTTP answer). */
  async function untilPushed(channel: 'speakers' | 'floor', state: SpeakersListView | FloorStateView): Promise<void> {
    const event = channel === 'speakers' ? 'speakers:list' : 'floor:state';
    const isState = (pushed: object) => isDeepStrictEqual({ ...pushed, serverNow: 0 }, { ...state, serverNow: 0 });
    await Promise.all(
      clients.map((client, index) => {
        if (pushes[index][channel].some(isState)) return undefined;
        return new Promise<void>((resolve) => {
          const listener = (pushed: object) => {
            if (!isState(pushed)) return;
            client.off(event, listener);
            resolve();
          };
          client.on(event, listener);
        });
      }),
    );
  }

  it(`keeps the list, the floor, the record and every broadcast consistent (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const start = await meetingState(testApp, meetingId);
    const auditBefore = (await api().get(`/api/meetings/${meetingId}/audit`).set('Authorization', `Bearer ${officers[0]}`).expect(200)).body
      .length;
    const outcomes: Outcome[] = [];
    for (let burst = 0; burst < BURSTS; burst++) {
      if (burst > 0) testApp.clock.advance(7_000);
      const { speakers, floor } = await meetingState(testApp, meetingId);
      outcomes.push(...(await Promise.all(planBurst(random, burst, speakers, floor).map(perform))));
    }
    const end = await meetingState(testApp, meetingId);
    const why = (outcome: Outcome) =>
      `${outcome.label} -> ${outcome.status} ${JSON.stringify(outcome.response).slice(0, 300)} (seed ${SEED})`;

    // Every answer is a success or a refusal in the contract's shape; never a 5xx, 401 or 429.
    const accepted = outcomes.filter((outcome) => outcome.status < 300);
    for (const outcome of outcomes.filter((o) => o.status >= 300)) {
      assertRefusal(why(outcome), outcome.status, outcome.response, { statuses: [400, 403, 404, 409], fields: ['position', 'version'] });
    }
    expect(accepted.length).toBeGreaterThan(BURSTS * 3);
    expect(outcomes.length - accepted.length).toBeGreaterThan(BURSTS);

    // Waiting positions are 1..n without gaps, in order.
    const order = waitingOrder(end.speakers);
    expect(order.map((entry) => entry.position)).toEqual(order.map((_, index) => index + 1));

    // Versions: each accepted write bumped its aggregate exactly once, each refused one not at all.
    const created = accepted.filter((o) => o.kind === 'inscribe' && o.status === 201);
    const listBumps = accepted.filter((o) => o.bumpsList && (o.kind !== 'inscribe' || o.status === 201)).length;
    const floorBumps = accepted.filter((o) => o.bumpsFloor).length;
    expect(end.speakers.version).toBe(start.speakers.version + listBumps);
    expect(end.floor.version).toBe(start.floor.version + floorBumps);

    // Accepted inscriptions are all on the list, one entry per requestId; refused ones added nothing.
    expect(end.speakers.entries).toHaveLength(start.speakers.entries.length + created.length);
    const entryIds = new Set(end.speakers.entries.map((entry) => entry.id));
    for (const outcome of created) expect(entryIds.has(outcome.response.id as number)).toBe(true);
    for (const requestId of new Set(accepted.filter((o) => o.requestId).map((o) => o.requestId))) {
      const answers = accepted.filter((o) => o.requestId === requestId);
      expect(answers.filter((o) => o.status === 201).length).toBeLessThanOrEqual(1);
      expect(new Set(answers.map((o) => o.response.id)).size).toBe(1);
    }
    // A withdrawal is final; an entry is done exactly when its statement is on record.
    const statusOf = new Map(end.speakers.entries.map((entry) => [entry.id, entry.status]));
    for (const outcome of accepted.filter((o) => o.kind === 'withdraw')) {
      expect(statusOf.get(Number(outcome.path.split('/').pop()!.split('?')[0]))).toBe('withdrawn');
    }
    const statements: StatementView[] = (await api().get(`/api/meetings/${meetingId}/statements`).set('Authorization', `Bearer ${officers[0]}`).expect(200)).body;
    const done = end.speakers.entries.filter((entry) => entry.status === 'done').map((entry) => entry.id);
    expect(statements.map((statement) => statement.entryId).sort()).toEqual(done.sort());
    // The entry on the floor is speaking; once the floor is stopped, done if it spoke, else not delivered
    // (called and stopped before it started: it can be called again).
    const onTheFloor = end.floor.entryId === null ? null : statusOf.get(end.floor.entryId);
    const stopped = done.includes(end.floor.entryId ?? 0) ? 'done' : 'not-delivered';
    expect(onTheFloor).toBe({ idle: null, running: 'speaking', paused: 'speaking', stopped }[end.floor.status]);
    expect(end.speakers.entries.filter((entry) => entry.status === 'speaking').map((entry) => entry.id)).toEqual(
      onTheFloor === 'speaking' ? [end.floor.entryId] : [],
    );

    // The audit trail holds every accepted write, and nothing else.
    const audit = (await api().get(`/api/meetings/${meetingId}/audit`).set('Authorization', `Bearer ${officers[0]}`).expect(200)).body;
    expect(audit.length - auditBefore).toBe(accepted.length);

    // Versions strictly increase across the answers: no two accepted writes report the same version.
    const floorVersions = accepted.filter((o) => o.kind === 'floor').map((o) => o.response.version as number);
    expect(new Set(floorVersions).size).toBe(floorVersions.length);
    const listAnswers = accepted
      .filter((o) => LIST_WRITES.includes(o.kind) && o.kind !== 'inscribe')
      .map((o) => o.response as unknown as SpeakersListView);
    expect(new Set(listAnswers.map((list) => list.version)).size).toBe(listAnswers.length);

    // Every client saw each state once, in order, exactly as REST reported it; the last is the final state.
    await Promise.all([untilPushed('speakers', end.speakers), untilPushed('floor', end.floor)]);
    const floorAnswers = new Map(accepted.filter((o) => o.kind === 'floor').map((o) => [o.response.version as number, o.response]));
    const listByVersion = new Map(listAnswers.map((list) => [list.version, list]));
    for (const received of pushes) {
      const floorPushed = received.floor.map((floor) => floor.version);
      expect(floorPushed).toEqual(Array.from({ length: floorBumps }, (_, index) => start.floor.version + 1 + index));
      for (const floor of received.floor) expect(floor).toEqual(floorAnswers.get(floor.version));
      // A floor command that moves the expected times pushes the list again at its version.
      const listPushed = received.speakers.map((list) => list.version);
      expect(listPushed).toEqual([...listPushed].sort((a, b) => a - b));
      for (const list of received.speakers) {
        const positions = waitingOrder(list).map((entry) => entry.position);
        expect(positions).toEqual(positions.map((_, index) => index + 1));
        if (listByVersion.has(list.version)) expect(withoutForecast(list)).toEqual(withoutForecast(listByVersion.get(list.version)!));
      }
      expect(received.speakers.at(-1)).toEqual(end.speakers);
      expect({ ...received.floor.at(-1), serverNow: 0 }).toEqual({ ...end.floor, serverNow: 0 });
    }
  });
});
