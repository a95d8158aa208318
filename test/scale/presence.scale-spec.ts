import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import type { PresenceView } from '../../src/shared/api-types';
import { LIVE_NAMESPACE } from '../../src/shared/live-events';
import { join } from './live-client';
import { clientAddress, meetingId, officer, scale } from './scale-env';

const WAIT_MS = 10_000;
/** The bound: a delegation whose last page disconnects is off line within 5 s. */
const OFFLINE_WITHIN_MS = 5000;

async function connect(url: string, token: string): Promise<Socket> {
  const socket = io(`${url}${LIVE_NAMESPACE}`, { transports: ['websocket'], auth: { token }, forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Every presence:update the socket gets, and a wait for the first that matches. */
function presenceUpdates(socket: Socket) {
  const seen: PresenceView[] = [];
  const waiters: { match: (row: PresenceView) => boolean; resolve: (row: PresenceView) => void }[] = [];
  socket.on('presence:update', (row: PresenceView) => {
    seen.push(row);
    for (const waiter of waiters.filter((w) => w.match(row))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(row);
    }
  });
  return {
    seen,
    where: (match: (row: PresenceView) => boolean, timeoutMs = WAIT_MS) =>
      new Promise<PresenceView>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching presence:update in ${timeoutMs} ms; got ${JSON.stringify(seen)}`)), timeoutMs);
        waiters.push({ match, resolve: (row) => (clearTimeout(timer), resolve(row)) });
      }),
  };
}

// Presence is derived from the pages connected to any instance (fetchSockets through the Redis
// adapter) and pushed to the officers of every instance.
describe('presence across two instances', () => {
  const sockets: Socket[] = [];
  let meeting: number;
  let officerToken: string;
  const ids: Record<string, number> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    meeting = await meetingId('presence');
    officerToken = await officer();
    const delegations = (await request(scale.urlA).get('/api/conferences/bms7/delegations').expect(200)).body as { id: number; name: string }[];
    for (const name of ['Kenya', 'Mexico']) {
      ids[name] = delegations.find((d) => d.name === name)!.id;
      const created = await request(scale.urlA)
        .post(`/api/conferences/bms7/delegations/${ids[name]}/access-codes`)
        .set('Authorization', `Bearer ${officerToken}`)
        .send({})
        .expect(201);
      tokens[name] = (await request(scale.urlB).post('/api/auth/delegate').set('X-Forwarded-For', clientAddress(7)).send({ code: created.body.code }).expect(200)).body.accessToken;
    }
  });

  afterAll(() => {
    for (const socket of sockets) socket.close();
  });

  const page = async (url: string, token: string) => {
    const socket = await connect(url, token);
    sockets.push(socket);
    return socket;
  };
  const kenya = (row: PresenceView) => row.delegationId === ids.Kenya;
  const listed = async (url: string) =>
    ((await request(url).get(`/api/meetings/${meeting}/presence`).set('Authorization', `Bearer ${officerToken}`).expect(200)).body as PresenceView[]).find(kenya);

  it('pushes to an officer on A what a delegate page on B does, and reads pages on both', async () => {
    const officerPage = await page(scale.urlA, officerToken);
    await join(officerPage, meeting);
    const updates = presenceUpdates(officerPage);
    const otherDelegation = presenceUpdates(await page(scale.urlA, tokens.Mexico));
    await join(sockets[sockets.length - 1], meeting);

    const onB = await page(scale.urlB, tokens.Kenya);
    const online = updates.where((row) => kenya(row) && row.online);
    await join(onB, meeting);
    await online;
    expect(await listed(scale.urlA)).toMatchObject({ online: true });

    const declared = updates.where((row) => kenya(row) && row.mode === 'remote' && row.ready);
    await request(scale.urlB).post(`/api/meetings/${meeting}/presence`).set('Authorization', `Bearer ${tokens.Kenya}`).send({ mode: 'remote', ready: true }).expect(200);
    expect(await declared).toMatchObject({ online: true });

    // A second page on A keeps Kenya on line when the one on B closes: B sees A's page.
    const onA = await page(scale.urlA, tokens.Kenya);
    await join(onA, meeting);
    onB.close();
    expect(await listed(scale.urlB)).toMatchObject({ online: true, mode: 'remote', ready: true });

    const offline = updates.where((row) => kenya(row) && !row.online, OFFLINE_WITHIN_MS);
    onA.close();
    expect(await offline).toMatchObject({ online: false, mode: 'remote', ready: true });
    expect(await listed(scale.urlB)).toMatchObject({ online: false });
    expect(otherDelegation.seen).toEqual([]);
  });

  it('refuses the presence list to a public caller and to a delegation on either instance', async () => {
    for (const url of [scale.urlA, scale.urlB]) {
      await request(url).get(`/api/meetings/${meeting}/presence`).expect(401);
      await request(url).get(`/api/meetings/${meeting}/presence`).set('Authorization', `Bearer ${tokens.Mexico}`).expect(403);
    }
  });
});
