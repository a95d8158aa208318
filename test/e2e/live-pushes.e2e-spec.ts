// Pushes sized to the change: a burst of list changes reaches a screen as a few merged lists, a
// screen that shows no list gets only the next speakers, and a join is answered from memory.
import request from 'supertest';
import type { MeetingView, SpeakersListView, SpeakersNextView } from '../../src/shared/api-types';
import type { MeetingSnapshot, ScreenSnapshot } from '../../src/shared/live-events';
import { TransactionRunner } from '../../src/persistence/transaction-runner';
import { delegateTokenFor, loginAsOfficer } from '../helpers/auth';
import { seededBms7, SeededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { connectLive, emitWithAck, eventWhere, LiveClient } from '../helpers/live-client';

const STATES = ['France', 'Japan', 'Chile', 'India', 'Egypt', 'Mexico', 'Norway', 'Peru', 'Ghana', 'Fiji', 'Nepal', 'Oman'];

describe('live pushes sized to the change', () => {
  let testApp: TestApp;
  let bms7: SeededBms7;
  let officer: string;
  let plenaries: number[];
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    testApp = await createTestApp();
    bms7 = await seededBms7(testApp);
    officer = await loginAsOfficer(testApp);
    const meetings: MeetingView[] = (await request(testApp.app.getHttpServer()).get('/api/conferences/bms7/meetings').expect(200)).body;
    plenaries = meetings.filter((meeting) => meeting.kind === 'plenary' && meeting.webcast).map((meeting) => meeting.id);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  /** A webcast plenary no other test of this file uses. */
  let nextPlenary = 0;
  const ownMeeting = () => plenaries[nextPlenary++];

  const viewer = async () => {
    const socket = await connectLive(testApp);
    sockets.push(socket);
    return socket;
  };
  const inscribe = (meetingId: number, name: string) =>
    request(testApp.app.getHttpServer())
      .post(`/api/meetings/${meetingId}/speakers`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ delegationId: bms7.delegationId(name), capacity: 'national' });
  const floor = (meetingId: number, command: string, body: Record<string, unknown> = {}) =>
    request(testApp.app.getHttpServer()).post(`/api/meetings/${meetingId}/floor/${command}`).set('Authorization', `Bearer ${officer}`).send(body);
  const list = async (meetingId: number): Promise<SpeakersListView> =>
    (await request(testApp.app.getHttpServer()).get(`/api/meetings/${meetingId}/speakers`).set('Authorization', `Bearer ${officer}`).expect(200)).body;

  it('sends a burst of inscriptions as a few merged lists, the last one the final list', async () => {
    const meetingId = ownMeeting();
    const screen = await viewer();
    await emitWithAck(screen, 'meeting:join', { meetingId });
    const pushed: SpeakersListView[] = [];
    // Listening before the burst: the last push may come before the answers are all read.
    const allPushed = new Promise<void>((resolve) =>
      screen.on('speakers:list', (pushedList) => {
        pushed.push(pushedList);
        if (pushedList.entries.length === STATES.length) resolve();
      }),
    );
    const answers = await Promise.all(STATES.map((name) => inscribe(meetingId, name)));
    expect(answers.map((answer) => answer.status)).toEqual(STATES.map(() => 201));
    await allPushed;
    const final = await list(meetingId);
    expect(pushed.at(-1)).toEqual(final);
    expect(pushed.length).toBeLessThan(STATES.length / 2);
    const versions = pushed.map((pushedList) => pushedList.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('gives a screen that asks for the next two speakers those only, and no list', async () => {
    const meetingId = ownMeeting();
    for (const name of ['France', 'Japan', 'Chile']) await inscribe(meetingId, name).expect(201);
    const screen = await viewer();
    const ack = await emitWithAck<ScreenSnapshot & Partial<MeetingSnapshot>>(screen, 'meeting:join', { meetingId, next: 2 });
    expect(ack.speakers).toBeUndefined();
    expect(ack.next).toMatchObject({ meetingId, closed: false });
    expect(ack.next!.entries.map((entry) => entry.delegation.name)).toEqual(['France', 'Japan']);

    const lists: unknown[] = [];
    const nexts: SpeakersNextView[] = [];
    screen.on('speakers:list', (pushedList) => lists.push(pushedList));
    screen.on('speakers:next', (next) => nexts.push(next));
    const called = eventWhere(screen, 'speakers:next', (next) => next.entries[0]?.delegation.name === 'Japan');
    await floor(meetingId, 'next').expect(200);
    expect((await called).entries.map((entry) => entry.delegation.name)).toEqual(['Japan', 'Chile']);
    expect(lists).toEqual([]);
  });

  it('gives a screen the speaker a point of order interrupted as the next, at join and pushed, until that speaker resumes', async () => {
    const meetingId = ownMeeting();
    for (const name of ['France', 'Japan', 'Chile']) await inscribe(meetingId, name).expect(201);
    await floor(meetingId, 'next').expect(200);
    await floor(meetingId, 'start').expect(200);
    const screen = await viewer();
    await emitWithAck(screen, 'meeting:join', { meetingId, next: 2 });
    const names = (next: SpeakersNextView) => next.entries.map((entry) => entry.delegation.name);
    const interrupted = eventWhere(screen, 'speakers:next', (next) => next.entries[0]?.delegation.name === 'France');
    await floor(meetingId, 'point-of-order', { delegationId: bms7.delegationId('Kenya') }).expect(200);
    expect(names(await interrupted)).toEqual(['France', 'Japan']);
    const late = await viewer();
    const ack = await emitWithAck<ScreenSnapshot>(late, 'meeting:join', { meetingId, next: 2 });
    expect(names(ack.next!)).toEqual(['France', 'Japan']);
    const resumed = eventWhere(screen, 'speakers:next', (next) => next.entries[0]?.delegation.name === 'Japan');
    await floor(meetingId, 'next').expect(200);
    expect(names(await resumed)).toEqual(['Japan', 'Chile']);
  });

  it('sends a next-speakers screen nothing for a change further down the list', async () => {
    const meetingId = ownMeeting();
    // A full-list viewer tells when the merged push of a change has gone out.
    const witness = await viewer();
    await emitWithAck(witness, 'meeting:join', { meetingId });
    const twoArrived = eventWhere(witness, 'speakers:list', (pushedList) => pushedList.entries.length === 2);
    for (const name of ['France', 'Japan']) await inscribe(meetingId, name).expect(201);
    await twoArrived;
    const screen = await viewer();
    await emitWithAck(screen, 'meeting:join', { meetingId, next: 2 });
    const nexts: SpeakersNextView[] = [];
    screen.on('speakers:next', (next) => nexts.push(next));
    const thirdArrived = eventWhere(witness, 'speakers:list', (pushedList) => pushedList.entries.length === 3);
    await inscribe(meetingId, 'Chile').expect(201);
    await thirdArrived;
    expect(nexts).toEqual([]);
  });

  it('gives a screen that asks for no speakers the floor alone', async () => {
    const meetingId = ownMeeting();
    await inscribe(meetingId, 'France').expect(201);
    const screen = await viewer();
    const ack = await emitWithAck<Record<string, unknown>>(screen, 'meeting:join', { meetingId, next: 0 });
    expect(Object.keys(ack)).toEqual(['floor']);
  });

  it('refuses a join asking for more next speakers than a screen shows, naming the field', async () => {
    const screen = await viewer();
    const reply = await emitWithAck<{ error: { statusCode: number; message: string[] } }>(screen, 'meeting:join', { meetingId: ownMeeting(), next: 50 });
    expect(reply.error.statusCode).toBe(400);
    expect(reply.error.message.join()).toMatch(/^next/);
  });

  it('answers a join of a meeting it already holds without a database read', async () => {
    const meetingId = ownMeeting();
    await inscribe(meetingId, 'France').expect(201);
    const first = await viewer();
    await emitWithAck(first, 'meeting:join', { meetingId });
    const transactions = testApp.app.get(TransactionRunner);
    const reads = jest.spyOn(transactions, 'read');
    const writes = jest.spyOn(transactions, 'write');
    try {
      const screens = await Promise.all(Array.from({ length: 20 }, () => viewer()));
      const acks = await Promise.all(screens.map((screen) => emitWithAck<MeetingSnapshot>(screen, 'meeting:join', { meetingId })));
      expect(acks.every((ack) => ack.speakers.entries.length === 1)).toBe(true);
      expect(reads).not.toHaveBeenCalled();
      expect(writes).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      writes.mockRestore();
    }
  });

  it('pushes a point of order as one floor state and one list', async () => {
    const meetingId = ownMeeting();
    await inscribe(meetingId, 'France').expect(201);
    await floor(meetingId, 'next').expect(200);
    const started = (await floor(meetingId, 'start').expect(200)).body;
    const screen = await viewer();
    await emitWithAck(screen, 'meeting:join', { meetingId });
    const floors: { version: number }[] = [];
    screen.on('floor:state', (state) => floors.push(state));
    const listed = eventWhere(screen, 'speakers:list', (pushedList) => pushedList.entries.some((entry) => entry.capacity === 'point-of-order'));
    const raised = (await floor(meetingId, 'point-of-order', { delegationId: bms7.delegationId('Brazil') }).expect(200)).body;
    const pushedList = await listed;
    expect(floors.map((state) => state.version)).toEqual([started.version + 1]);
    expect(raised).toMatchObject({ speaker: { delegation: { name: 'Brazil' }, capacity: 'point-of-order' } });
    expect(pushedList.entries.find((entry) => entry.capacity === 'point-of-order')).toMatchObject({ status: 'speaking', id: raised.entryId });
  });

  it('pushes the list again, at its version, when the floor alone moves the expected times, and not when it moves none', async () => {
    const meetingId = ownMeeting();
    await inscribe(meetingId, 'France').expect(201);
    await inscribe(meetingId, 'Japan').expect(201);
    await floor(meetingId, 'next').expect(200);
    await floor(meetingId, 'start').expect(200);
    const screen = await viewer();
    const joined = await emitWithAck<MeetingSnapshot>(screen, 'meeting:join', { meetingId });
    const settled = () => new Promise((resolve) => setTimeout(resolve, 300));
    // The list Next changed may still be on its way (merged pushes go out up to 100 ms late).
    await settled();
    const japanAt = (pushedList: SpeakersListView) => Date.parse(pushedList.entries.find((entry) => entry.delegation.name === 'Japan')!.expectedStartAt!);
    const lists: SpeakersListView[] = [];
    screen.on('speakers:list', (pushedList) => lists.push(pushedList));

    await floor(meetingId, 'pause').expect(200);
    await settled();
    expect(lists).toEqual([]);

    const moved = eventWhere(screen, 'speakers:list', () => true);
    await floor(meetingId, 'extend', { seconds: 30 }).expect(200);
    const pushedList = await moved;
    expect(pushedList.version).toBe(joined.speakers.version);
    expect(japanAt(pushedList) - japanAt(joined.speakers)).toBe(30_000);
    expect(pushedList).toEqual(await list(meetingId));
  });

  it('refuses a point of order from a delegate', async () => {
    const kenya = await delegateTokenFor(testApp, 'Kenya');
    await request(testApp.app.getHttpServer())
      .post(`/api/meetings/${ownMeeting()}/floor/point-of-order`)
      .set('Authorization', `Bearer ${kenya}`)
      .send({ delegationId: bms7.delegationId('Kenya') })
      .expect(403);
  });
});
