import { io } from 'socket.io-client';
import type { PresenceView, StatementsReport, StatementView } from '../../src/shared/api-types';
import type { MeetingSnapshot } from '../../src/shared/live-events';
import { PAGES_SETTLE_MS } from '../../src/presence/presence.service';
import { startTcpProxy } from '../browser/tcp-proxy';
import { aMeeting } from '../factories/meeting';
import { delegateTokenFor } from '../helpers/auth';
import { connectLive, emitWithAck, eventWhere, LiveClient } from '../helpers/live-client';
import { useBms7App } from '../helpers/use-bms7-app';
import { parseSpreadsheet } from '../helpers/spreadsheet';

/** The bound: a delegation whose last page disconnects is off line within 5 s. */
const OFFLINE_WITHIN_MS = 5000;
// A link that dies silently is found by the heartbeat (pingInterval + pingTimeout, 4.5 s), not in
// 45 s as with socket.io's defaults; the margin is for a loaded machine.
const SILENT_DROP_WITHIN_MS = 8000;

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('presence: who is in the room, on line and ready', () => {
  const suite = useBms7App();
  const sockets: LiveClient[] = [];
  let kenya: string;
  let mexico: string;

  const connect = async (token?: string) => {
    const socket = await connectLive(suite.testApp, token);
    sockets.push(socket);
    return socket;
  };
  const join = (socket: LiveClient, meetingId: number) => emitWithAck<MeetingSnapshot & { error?: unknown }>(socket, 'meeting:join', { meetingId });
  const presenceOf = (name: string) => (row: PresenceView) => row.delegationId === suite.bms7.delegationId(name);
  /** Every presence:update the socket gets, in order. */
  const collect = (socket: LiveClient) => {
    const seen: PresenceView[] = [];
    socket.on('presence:update', (row) => seen.push(row));
    return seen;
  };
  const declare = (meetingId: number, token: string, body: Record<string, unknown>) =>
    suite.api().post(`/api/meetings/${meetingId}/presence`).set('Authorization', `Bearer ${token}`).send(body);
  const getPresence = (meetingId: number, token?: string) => {
    const call = suite.api().get(`/api/meetings/${meetingId}/presence`);
    return token === undefined ? call : call.set('Authorization', `Bearer ${token}`);
  };

  beforeAll(async () => {
    [kenya, mexico] = await Promise.all([delegateTokenFor(suite.testApp, 'Kenya'), delegateTokenFor(suite.testApp, 'Mexico')]);
  });

  afterAll(() => {
    for (const socket of sockets) socket.close();
  });

  it('follows a delegate page on line, its declarations, off line within 5 s and back', async () => {
    const meeting = await aMeeting(suite);
    const officer = await connect(suite.officer);
    await join(officer, meeting.meetingId);
    const updates = collect(officer);

    const page = await connect(kenya);
    const online = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && row.online);
    const ack = await join(page, meeting.meetingId);
    expect(ack.ownPresence).toMatchObject({ delegationId: suite.bms7.delegationId('Kenya'), online: true, mode: null, ready: false });
    expect(ack).not.toHaveProperty('presence');
    expect(await online).toMatchObject({ online: true, mode: null, ready: false, onlineSince: expect.any(String) });

    suite.testApp.clock.advance(1000);
    const declaredAt = new Date(suite.testApp.clock.now()).toISOString();
    const pushed = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && row.ready);
    const declared = await declare(meeting.meetingId, kenya, { mode: 'remote', ready: true }).expect(200);
    expect(declared.body).toMatchObject({ online: true, mode: 'remote', ready: true, since: declaredAt, modeSince: declaredAt, readySince: declaredAt });
    expect(await pushed).toEqual(declared.body);

    const offline = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && !row.online);
    page.disconnect();
    expect(await within(OFFLINE_WITHIN_MS, 'off line', offline)).toMatchObject({ online: false, mode: 'remote', ready: true });
    const listed = (await getPresence(meeting.meetingId, suite.officer).expect(200)).body as PresenceView[];
    expect(listed.find(presenceOf('Kenya'))).toMatchObject({ online: false, mode: 'remote', ready: true });

    const back = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && row.online);
    const again = await connect(kenya);
    expect((await join(again, meeting.meetingId)).ownPresence).toMatchObject({ online: true, mode: 'remote', ready: true });
    expect(await back).toMatchObject({ online: true, mode: 'remote', ready: true });
    expect(updates.filter(presenceOf('Kenya')).map((row) => [row.online, row.mode, row.ready])).toEqual([
      [true, null, false],
      [true, 'remote', true],
      [false, 'remote', true],
      [true, 'remote', true],
    ]);
  });

  it('keeps a delegation on line while another of its pages is still connected', async () => {
    const meeting = await aMeeting(suite);
    const officer = await connect(suite.officer);
    await join(officer, meeting.meetingId);
    const [first, second] = [await connect(kenya), await connect(kenya)];
    await join(first, meeting.meetingId);
    await join(second, meeting.meetingId);
    await eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && row.online);
    first.disconnect();
    // Once the leave has settled (no push to wait for: nothing changed), the row pushed next still says online.
    await new Promise((resolve) => setTimeout(resolve, PAGES_SETTLE_MS * 6));
    const pushed = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && row.ready);
    await declare(meeting.meetingId, kenya, { ready: true }).expect(200);
    expect(await pushed).toMatchObject({ online: true });
  });

  it('takes a page whose link dies silently off line through the heartbeat', async () => {
    const meeting = await aMeeting(suite);
    const officer = await connect(suite.officer);
    await join(officer, meeting.meetingId);
    const proxy = await startTcpProxy(suite.testApp.url);
    try {
      const page: LiveClient = io(`${proxy.url}/live`, { transports: ['websocket'], auth: { token: kenya }, reconnection: false, forceNew: true });
      sockets.push(page);
      await new Promise<void>((resolve, reject) => {
        page.once('connect', () => resolve());
        page.once('connect_error', reject);
      });
      const online = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && row.online);
      await join(page, meeting.meetingId);
      await online;
      const offline = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && !row.online);
      proxy.stall();
      await within(SILENT_DROP_WITHIN_MS, 'off line after a silent drop', offline);
    } finally {
      await proxy.close();
    }
  });

  it("gives an officer's join the meeting's presence, with the delegations on its list", async () => {
    const meeting = await aMeeting(suite);
    await meeting.inscribe('Mexico');
    await declare(meeting.meetingId, suite.officer, { delegationId: suite.bms7.delegationId('Kenya'), mode: 'in-room' }).expect(200);
    const ack = await join(await connect(suite.officer), meeting.meetingId);
    expect(ack.presence).toEqual([
      expect.objectContaining({ delegationId: suite.bms7.delegationId('Kenya'), online: false, mode: 'in-room', ready: false, modeSince: expect.any(String) }),
      { delegationId: suite.bms7.delegationId('Mexico'), online: false, mode: null, ready: false, since: null, onlineSince: null, modeSince: null, readySince: null },
    ].sort((a, b) => a.delegationId - b.delegationId));
  });

  it('shows no presence to a public viewer or another delegation, live or over REST', async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    const viewer = await connect();
    const other = await connect(mexico);
    const officer = await connect(suite.officer);
    const viewerAck = await join(viewer, meeting.meetingId);
    const otherAck = await join(other, meeting.meetingId);
    await join(officer, meeting.meetingId);
    expect(viewerAck).not.toHaveProperty('presence');
    expect(viewerAck).not.toHaveProperty('ownPresence');
    expect(otherAck.ownPresence?.delegationId).toBe(suite.bms7.delegationId('Mexico'));
    const [viewerSaw, otherSaw] = [collect(viewer), collect(other)];

    const page = await connect(kenya);
    await join(page, meeting.meetingId);
    await declare(meeting.meetingId, kenya, { mode: 'remote', ready: true }).expect(200);
    const offline = eventWhere(officer, 'presence:update', (row) => presenceOf('Kenya')(row) && !row.online);
    page.disconnect();
    await offline;
    expect(viewerSaw).toEqual([]);
    expect(otherSaw.filter(presenceOf('Kenya'))).toEqual([]);

    await getPresence(meeting.meetingId).expect(401);
    await getPresence(meeting.meetingId, mexico).expect(403);
    await getPresence(meeting.meetingId, kenya).expect(403);
  });

  it('refuses a delegate setting another delegation, and bad declarations naming the field', async () => {
    const meeting = await aMeeting(suite);
    await declare(meeting.meetingId, mexico, { delegationId: suite.bms7.delegationId('Kenya'), mode: 'remote' }).expect(403);
    await declare(meeting.meetingId, mexico, { delegationId: suite.bms7.delegationId('Mexico'), mode: 'remote' }).expect(200);
    const officerWithout = await declare(meeting.meetingId, suite.officer, { mode: 'remote' }).expect(400);
    expect(officerWithout.body.message).toEqual([expect.stringMatching(/^delegationId: /)]);
    expect((await declare(meeting.meetingId, kenya, { mode: 'video' }).expect(400)).body.message).toEqual([expect.stringMatching(/^mode: /)]);
    expect((await declare(meeting.meetingId, kenya, {}).expect(400)).body.message).toEqual([expect.stringMatching(/^mode: /)]);
    expect((await declare(meeting.meetingId, kenya, { ready: 'yes' }).expect(400)).body.message).toEqual([expect.stringMatching(/^ready: /)]);
    await declare(meeting.meetingId, suite.officer, { delegationId: 999_999, mode: 'remote' }).expect(404);
    await declare(999_999, kenya, { ready: true }).expect(404);
    await suite.api().post(`/api/meetings/${meeting.meetingId}/presence`).send({ ready: true }).expect(401);
  });

  it("records each statement's mode and counts remote and in-room statements in the report", async () => {
    const meeting = await aMeeting(suite);
    await declare(meeting.meetingId, kenya, { mode: 'remote' }).expect(200);
    await declare(meeting.meetingId, suite.officer, { delegationId: suite.bms7.delegationId('Mexico'), mode: 'in-room' }).expect(200);
    for (const name of ['Kenya', 'Mexico', 'Brazil']) await meeting.inscribe(name);
    for (let turn = 0; turn < 3; turn += 1) {
      await meeting.command('next').expect(200);
      await meeting.command('start').expect(200);
      suite.testApp.clock.advance(30_000);
    }
    await meeting.command('stop').expect(200);
    const statements = (await meeting.statements()) as StatementView[];
    expect(statements.map((s) => [s.delegation.name, s.mode])).toEqual([
      ['Kenya', 'remote'],
      ['Mexico', 'in-room'],
      ['Brazil', null],
    ]);
    const csv = await suite.api().get(`/api/meetings/${meeting.meetingId}/statements.csv`).set('Authorization', `Bearer ${suite.officer}`).expect(200);
    const [header, kenyaLine] = parseSpreadsheet(csv.text);
    expect(kenyaLine[header.indexOf('mode')]).toBe('remote');
    const report = (await suite.api().get('/api/conferences/bms7/report').set('Authorization', `Bearer ${suite.officer}`).expect(200)).body as StatementsReport;
    expect(report.meetings.find((m) => m.meetingId === meeting.meetingId)).toMatchObject({ statements: 3, remoteStatements: 1, inRoomStatements: 1 });
    expect(report.overall.remoteStatements).toBeGreaterThanOrEqual(1);
  });
});

describe('presence across a restart', () => {
  const suite = useBms7App();

  it('keeps the declarations, and every delegation comes back off line', async () => {
    const meeting = await aMeeting(suite);
    const kenya = await delegateTokenFor(suite.testApp, 'Kenya');
    const page = await connectLive(suite.testApp, kenya);
    await emitWithAck(page, 'meeting:join', { meetingId: meeting.meetingId });
    await suite.api().post(`/api/meetings/${meeting.meetingId}/presence`).set('Authorization', `Bearer ${kenya}`).send({ mode: 'remote', ready: true }).expect(200);
    page.close();
    suite.testApp = await suite.testApp.restart();
    const listed = await suite.api().get(`/api/meetings/${meeting.meetingId}/presence`).set('Authorization', `Bearer ${suite.officer}`).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ delegationId: suite.bms7.delegationId('Kenya'), online: false, mode: 'remote', ready: true })]);
  });
});
