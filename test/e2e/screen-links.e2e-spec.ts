import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { ScreenLinkEntity } from '../../src/screens/screen-link.entity';
import type { CreatedScreenLink, FloorStateView, ScreenLinkView } from '../../src/shared/api-types';
import type { AccessEnded, LiveError, ScreenSnapshot } from '../../src/shared/live-events';
import { aMeeting } from '../factories/meeting';
import { delegateTokenFor } from '../helpers/auth';
import { connectLive, emitWithAck, eventWhere, LiveClient, nextEvent } from '../helpers/live-client';
import { useBms7App } from '../helpers/use-bms7-app';

const WITHIN_MS = 5000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, fail) => setTimeout(() => fail(new Error(`${what}: not within ${WITHIN_MS} ms`)), WITHIN_MS))]);
}

const keyOf = (path: string) => new URL(path, 'http://screen').searchParams.get('key')!;

describe('screen links: a closed meeting on a screen with no sign-in', () => {
  const suite = useBms7App();
  const sockets: LiveClient[] = [];
  afterAll(() => sockets.forEach((socket) => socket.close()));
  const connect = async (token?: string) => {
    const socket = await connectLive(suite.testApp, token);
    sockets.push(socket);
    return socket;
  };
  const asOfficer = (method: 'get' | 'post' | 'delete', path: string) => suite.api()[method](path).set('Authorization', `Bearer ${suite.officer}`);
  const closedMeeting = () => aMeeting(suite, { webcast: false });
  const createLink = async (meetingId: number, label?: string): Promise<CreatedScreenLink> =>
    (await asOfficer('post', `/api/meetings/${meetingId}/screen-links`).send(label === undefined ? undefined : { label }).expect(201)).body;

  it('an officer makes a link, shown once with its key and the display and overlay addresses', async () => {
    const meeting = await closedMeeting();
    const link = await createLink(meeting.meetingId, 'Press room screen');
    expect(link).toMatchObject({ meetingId: meeting.meetingId, label: 'Press room screen' });
    expect(link.key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(link.displayPath).toBe(`/display/${meeting.meetingId}?key=${link.key}`);
    expect(link.overlayPath).toBe(`/overlay/${meeting.meetingId}?key=${link.key}`);
    expect(keyOf(link.displayPath)).toBe(link.key);
  });

  it('an empty POST makes a link with no label', async () => {
    const meeting = await closedMeeting();
    const link = await createLink(meeting.meetingId);
    expect(link.label).toBeNull();
  });

  it('lists the links of the meeting without their keys, revoked ones with the time', async () => {
    const meeting = await closedMeeting();
    const kept = await createLink(meeting.meetingId, 'Hall');
    const revoked = await createLink(meeting.meetingId, 'Lobby');
    await asOfficer('delete', `/api/meetings/${meeting.meetingId}/screen-links/${revoked.id}`).expect(204);
    const listed: ScreenLinkView[] = (await asOfficer('get', `/api/meetings/${meeting.meetingId}/screen-links`).expect(200)).body;
    expect(listed.map((link) => [link.id, link.label, link.revokedAt === null])).toEqual([
      [kept.id, 'Hall', true],
      [revoked.id, 'Lobby', false],
    ]);
    expect(JSON.stringify(listed)).not.toContain(kept.key);
    expect(listed[0]).not.toHaveProperty('key');
  });

  it('revoking twice is fine; an unknown link, or one of another meeting, is 404', async () => {
    const meeting = await closedMeeting();
    const other = await closedMeeting();
    const link = await createLink(meeting.meetingId);
    await asOfficer('delete', `/api/meetings/${meeting.meetingId}/screen-links/${link.id}`).expect(204);
    await asOfficer('delete', `/api/meetings/${meeting.meetingId}/screen-links/${link.id}`).expect(204);
    await asOfficer('delete', `/api/meetings/${other.meetingId}/screen-links/${link.id}`).expect(404);
    await asOfficer('delete', `/api/meetings/${meeting.meetingId}/screen-links/999999`).expect(404);
    await asOfficer('post', '/api/meetings/999999/screen-links').send({}).expect(404);
  });

  it('only officers make, list and revoke links: 401 without a token, 403 for a delegate', async () => {
    const meeting = await closedMeeting();
    const link = await createLink(meeting.meetingId);
    const delegate = await delegateTokenFor(suite.testApp, 'Kenya');
    const base = `/api/meetings/${meeting.meetingId}/screen-links`;
    await suite.api().post(base).send({}).expect(401);
    await suite.api().get(base).expect(401);
    await suite.api().delete(`${base}/${link.id}`).expect(401);
    await suite.api().post(base).set('Authorization', `Bearer ${delegate}`).send({}).expect(403);
    await suite.api().get(base).set('Authorization', `Bearer ${delegate}`).expect(403);
    await suite.api().delete(`${base}/${link.id}`).set('Authorization', `Bearer ${delegate}`).expect(403);
  });

  it('a bad body is 400 naming every bad field', async () => {
    const meeting = await closedMeeting();
    const response = await asOfficer('post', `/api/meetings/${meeting.meetingId}/screen-links`).send({ label: 'x'.repeat(101), colour: 'red' }).expect(400);
    expect(response.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^label: /), expect.stringMatching(/^colour: /)]));
  });

  it('without a link, a screen joining a closed meeting is told plainly it is not public', async () => {
    const meeting = await closedMeeting();
    const viewer = await connect();
    const refused = await emitWithAck<LiveError>(viewer, 'meeting:join', { meetingId: meeting.meetingId, next: 2 });
    expect(refused.error).toMatchObject({ statusCode: 403, code: 'MEETING_NOT_PUBLIC' });
    expect(refused.error.message).toContain('not public');
  });

  it('with its key, a screen follows the closed meeting: the snapshot at join, then every push', async () => {
    const meeting = await closedMeeting();
    await meeting.inscribe('Kenya');
    await meeting.inscribe('Peru');
    const link = await createLink(meeting.meetingId);
    const screen = await connect();
    const joined = await emitWithAck<ScreenSnapshot>(screen, 'meeting:join', { meetingId: meeting.meetingId, next: 2, screenKey: link.key });
    expect(joined.floor).toMatchObject({ meetingId: meeting.meetingId, status: 'idle', overlayOnAir: true });
    expect(joined.next?.entries.map((entry) => entry.delegation.name)).toEqual(['Kenya', 'Peru']);
    const called = eventWhere(screen, 'floor:state', (floor) => floor.speaker?.delegation.name === 'Kenya');
    const nextUp = eventWhere(screen, 'speakers:next', (next) => next.entries.length === 1);
    await meeting.command('next').expect(200);
    await expect(within(called, 'floor:state')).resolves.toMatchObject({ status: 'paused' });
    await expect(within(nextUp, 'speakers:next')).resolves.toMatchObject({ entries: [expect.objectContaining({ delegation: expect.objectContaining({ name: 'Peru' }) })] });
    const listed: ScreenLinkView[] = (await asOfficer('get', `/api/meetings/${meeting.meetingId}/screen-links`).expect(200)).body;
    expect(listed[0].lastUsedAt).not.toBeNull();
  });

  it('with its key, the reads a screen makes are open: the meeting, its floor, its list', async () => {
    const meeting = await closedMeeting();
    const link = await createLink(meeting.meetingId);
    const key = encodeURIComponent(link.key);
    await suite.api().get(`/api/meetings/${meeting.meetingId}/floor`).expect(401);
    await expect(suite.api().get(`/api/meetings/${meeting.meetingId}/floor?screenKey=${key}`).expect(200)).resolves.toHaveProperty('body.meetingId', meeting.meetingId);
    await suite.api().get(`/api/meetings/${meeting.meetingId}/speakers?screenKey=${key}`).expect(200);
    await suite.api().get(`/api/meetings/${meeting.meetingId}?screenKey=${key}`).expect(200);
  });

  it('a wrong key is refused with 403 SCREEN_LINK_INVALID, on the join and on the reads', async () => {
    const meeting = await closedMeeting();
    await createLink(meeting.meetingId);
    const wrongKey = 'A'.repeat(32);
    const screen = await connect();
    for (const screenKey of [wrongKey, 'not a key at all']) {
      const refused = await emitWithAck<LiveError>(screen, 'meeting:join', { meetingId: meeting.meetingId, next: 2, screenKey });
      expect(refused.error).toMatchObject({ statusCode: 403, code: 'SCREEN_LINK_INVALID' });
    }
    for (const path of ['', '/floor', '/speakers']) {
      const response = await suite.api().get(`/api/meetings/${meeting.meetingId}${path}?screenKey=${wrongKey}`).expect(403);
      expect(response.body).toMatchObject({ statusCode: 403, error: 'Forbidden', code: 'SCREEN_LINK_INVALID' });
    }
  });

  it('the key opens that one meeting only: not another one, not its statements', async () => {
    const meeting = await closedMeeting();
    const other = await closedMeeting();
    const link = await createLink(meeting.meetingId);
    const screen = await connect();
    const refused = await emitWithAck<LiveError>(screen, 'meeting:join', { meetingId: other.meetingId, screenKey: link.key });
    expect(refused.error).toMatchObject({ statusCode: 403, code: 'SCREEN_LINK_INVALID' });
    await suite.api().get(`/api/meetings/${other.meetingId}/floor?screenKey=${link.key}`).expect(403);
    await suite.api().get(`/api/meetings/${meeting.meetingId}/statements?screenKey=${link.key}`).expect(401);
  });

  it('the key lets nobody write: list and floor commands with it are 401', async () => {
    const meeting = await closedMeeting();
    const link = await createLink(meeting.meetingId);
    const base = `/api/meetings/${meeting.meetingId}`;
    await suite.api().post(`${base}/speakers?screenKey=${link.key}`).send({ delegationId: suite.bms7.delegationId('Kenya'), capacity: 'national' }).expect(401);
    await suite.api().post(`${base}/floor/next?screenKey=${link.key}`).send({}).expect(401);
    await suite.api().post(`${base}/floor/overlay?screenKey=${link.key}`).send({ onAir: false }).expect(401);
    await suite.api().post(`${base}/screen-links?screenKey=${link.key}`).send({}).expect(401);
    expect((await meeting.list()).entries).toEqual([]);
  });

  it('revoking a link takes its screens out at once, with the reason; they stay connected and cannot join again', async () => {
    const meeting = await closedMeeting();
    await meeting.inscribe('Kenya');
    const link = await createLink(meeting.meetingId);
    const keep = await createLink(meeting.meetingId);
    const screen = await connect();
    const other = await connect();
    await emitWithAck<ScreenSnapshot>(screen, 'meeting:join', { meetingId: meeting.meetingId, next: 2, screenKey: link.key });
    await emitWithAck<ScreenSnapshot>(other, 'meeting:join', { meetingId: meeting.meetingId, next: 2, screenKey: keep.key });
    const ended = nextEvent(screen, 'access:ended');
    await asOfficer('delete', `/api/meetings/${meeting.meetingId}/screen-links/${link.id}`).expect(204);
    await expect(within(ended, 'access:ended')).resolves.toEqual<AccessEnded>({ reason: 'screen-link-revoked', meetingId: meeting.meetingId });

    let pushes = 0;
    (screen as unknown as Socket).on('floor:state', () => (pushes += 1));
    const otherSees = nextEvent(other, 'floor:state');
    await meeting.command('next').expect(200);
    await within(otherSees, 'floor:state to the screen whose link was kept');
    await expect(emitWithAck<{ serverNow: number }>(screen, 'clock:ping', { t0: 1 })).resolves.toHaveProperty('serverNow');
    expect(pushes).toBe(0);
    const again = await emitWithAck<LiveError>(screen, 'meeting:join', { meetingId: meeting.meetingId, screenKey: link.key });
    expect(again.error).toMatchObject({ statusCode: 403, code: 'SCREEN_LINK_INVALID' });
    await suite.api().get(`/api/meetings/${meeting.meetingId}/floor?screenKey=${link.key}`).expect(403);
  });

  it('a meeting removed takes its links with it', async () => {
    const meeting = await closedMeeting();
    await createLink(meeting.meetingId);
    await asOfficer('delete', `/api/meetings/${meeting.meetingId}`).expect(204);
    const left = await suite.testApp.app.get(DataSource).getRepository(ScreenLinkEntity).countBy({ meetingId: meeting.meetingId });
    expect(left).toBe(0);
  });

  it('a screen with a key keeps following a webcast meeting whose webcast ends', async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    const link = await createLink(meeting.meetingId);
    const screen = await connect();
    await emitWithAck<ScreenSnapshot>(screen, 'meeting:join', { meetingId: meeting.meetingId, next: 2, screenKey: link.key });
    await asOfficer('get', `/api/meetings/${meeting.meetingId}`).expect(200);
    await suite.api().patch(`/api/meetings/${meeting.meetingId}`).set('Authorization', `Bearer ${suite.officer}`).send({ webcast: false }).expect(200);
    await meeting.inscribe('Kenya');
    const seen = nextEvent(screen, 'floor:state');
    await meeting.command('next').expect(200);
    await expect(within(seen, 'floor:state')).resolves.toMatchObject<Partial<FloorStateView>>({ status: 'paused' });
  });
});
