import request from 'supertest';
import { FailoverProxy, startFailoverProxy } from './failover-proxy';
import { Display, join, joinDisplay, reconnection } from './live-client';
import { Instance, meetingId, officer, scale, startInstance } from './scale-env';

const portOf = (url: string) => Number(new URL(url).port);

describe('a display whose instance dies', () => {
  let doomed: Instance;
  let proxy: FailoverProxy;
  let display: Display;

  beforeAll(async () => {
    // A third instance to kill, so A and B stay up for the other suites.
    doomed = await startInstance('doomed');
    proxy = await startFailoverProxy([portOf(doomed.url), portOf(scale.urlB)]);
  });

  afterAll(async () => {
    display?.close();
    await proxy?.close();
    await doomed?.kill();
  });

  it('reconnects to another instance and shows the same runningSince, elapsedMs and limit', async () => {
    const token = await officer();
    const meeting = await meetingId('failover');
    const post = (path: string, body: Record<string, unknown>) =>
      request(scale.urlB).post(`/api/meetings/${meeting}${path}`).set('Authorization', `Bearer ${token}`).send(body);
    const delegations = (await request(scale.urlB).get('/api/conferences/bms7/delegations').query({ q: 'Kenya' }).expect(200)).body;
    await post('/speakers', { delegationId: delegations[0].id, capacity: 'national' }).expect(201);
    await post('/floor/next', {}).expect(200);

    display = await joinDisplay(proxy.url, token, meeting, { reconnect: true });
    expect(proxy.routes).toEqual([portOf(doomed.url)]);
    // Started through B, seen by the display on the doomed instance through Redis.
    const started = (await post('/floor/start', {}).expect(200)).body;
    const seen = await display.floorWhere((f) => f.version === started.version);
    expect(seen.runningSince).toBe(started.runningSince);

    const reconnected = reconnection(display.socket);
    await doomed.kill('SIGKILL');
    await reconnected;
    const { floor } = await join(display.socket, meeting);

    expect(proxy.routes).toEqual([portOf(doomed.url), portOf(scale.urlB)]);
    expect(floor).toMatchObject({
      status: 'running',
      version: started.version,
      runningSince: started.runningSince,
      elapsedMs: started.elapsedMs,
      limitMs: started.limitMs,
    });
    expect(floor.serverNow).toBeGreaterThanOrEqual(started.serverNow);
  });
});
