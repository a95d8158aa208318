import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { FloorStateView, StatementView } from '../../src/shared/api-types';
import { BuiltServer, ensureBuiltServer, freePort, SERVER_ADMIN, startBuiltServer } from '../helpers/built-server';

const BUILD_TIMEOUT_MS = 180_000;
const GRACE_SECONDS = 1;

// The compiled server on a real clock, SIGKILLed mid-statement in `cut` mode: the cut-off passes
// while it is down, and the restarted server makes it at once, recording limit + grace, not the downtime.
describe('a cut-off that falls while the server is killed', () => {
  let folder: string;
  let server: BuiltServer | undefined;

  beforeAll(async () => {
    await ensureBuiltServer();
    folder = mkdtempSync(join(tmpdir(), 'rostrum-cut-'));
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (server && server.process.exitCode === null && server.process.signalCode === null) {
      server.process.kill('SIGKILL');
      await server.exited;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('is made at start-up with the cut-off instant as its end', async () => {
    const databasePath = join(folder, 'rostrum.sqlite');
    const port = await freePort();
    server = await startBuiltServer({ databasePath, port });
    const api = () => request(server!.url);
    const officer = (await api().post('/api/auth/login').send(SERVER_ADMIN).expect(200)).body.accessToken as string;
    const as = (method: 'get' | 'post', path: string) => api()[method](path).set('Authorization', `Bearer ${officer}`);
    const meeting = (
      await as('post', '/api/conferences/bms7/meetings')
        .send({ title: 'Cut after a crash', kind: 'other', format: 'virtual', room: null, startsAt: '2021-07-26T10:00', endsAt: '2021-07-26T13:00', enforcement: { mode: 'cut', graceSeconds: GRACE_SECONDS } })
        .expect(201)
    ).body;
    const [kenya] = (await api().get('/api/conferences/bms7/delegations').query({ q: 'Kenya' }).expect(200)).body;
    await as('post', `/api/meetings/${meeting.id}/speakers`).send({ delegationId: kenya.id, capacity: 'national' }).expect(201);
    await as('post', `/api/meetings/${meeting.id}/floor/next`).send({}).expect(200);
    await as('post', `/api/meetings/${meeting.id}/floor/start`).send({}).expect(200);
    const set: FloorStateView = (await as('post', `/api/meetings/${meeting.id}/floor/set`).send({ remainingSeconds: 2 }).expect(200)).body;
    const cutAt = set.runningSince! + set.limitMs - set.elapsedMs + GRACE_SECONDS * 1000;

    server.process.kill('SIGKILL');
    await server.exited;
    await new Promise((done) => setTimeout(done, Math.max(0, cutAt - Date.now()) + 2000));
    server = await startBuiltServer({ databasePath, port });

    const deadline = Date.now() + 5000;
    let statements: StatementView[] = [];
    while (statements.length === 0 && Date.now() < deadline) {
      statements = (await as('get', `/api/meetings/${meeting.id}/statements`).expect(200)).body;
      if (statements.length === 0) await new Promise((done) => setTimeout(done, 100));
    }
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ endedBy: 'time-limit', usedMs: set.limitMs + GRACE_SECONDS * 1000, endedAt: new Date(cutAt).toISOString() });
    expect((await as('get', `/api/meetings/${meeting.id}/floor`).expect(200)).body).toMatchObject({ status: 'stopped', runningSince: null });
  }, 60_000);
});
