import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { FloorStateView, SpeakersListView } from '../../src/shared/api-types';
import { BuiltServer, ensureBuiltServer, freePort, SERVER_ADMIN, startBuiltServer } from '../helpers/built-server';

// The compiled server with its database on a small filesystem of its own (a tmpfs: the test runs
// as root, as .ci/run does, or with passwordless sudo), filled up while it takes writes.
const BUILD_TIMEOUT_MS = 180_000;
const FILESYSTEM_SIZE = '8m';

function run(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? command : 'sudo', asRoot ? args : ['-n', command, ...args], { stdio: 'pipe' });
}

/** Writes until the filesystem refuses even a small block; returns the file holding the space. */
function fillUp(folder: string): string {
  const filler = join(folder, 'filler');
  const descriptor = openSync(filler, 'w');
  try {
    for (const size of [1 << 20, 64 << 10, 4 << 10, 512]) {
      const block = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(descriptor, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(descriptor);
  }
  return filler;
}

describe('a full disk under the built server', () => {
  let folder: string;
  let databasePath: string;
  let port: number;
  let server: BuiltServer | undefined;
  let officer: string;
  let meetingId: number;
  let delegations: { id: number }[];

  const api = () => request(server!.url);
  const inscribe = (delegation: { id: number }) =>
    api()
      .post(`/api/meetings/${meetingId}/speakers`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ delegationId: delegation.id, capacity: 'national' });
  const next = () => api().post(`/api/meetings/${meetingId}/floor/next`).set('Authorization', `Bearer ${officer}`).send({});

  beforeAll(async () => {
    await ensureBuiltServer();
    folder = mkdtempSync(join(tmpdir(), 'rostrum-disk-full-'));
    run('mount', ['-t', 'tmpfs', '-o', `size=${FILESYSTEM_SIZE},mode=0777`, 'tmpfs', folder]);
    databasePath = join(folder, 'rostrum.sqlite');
    port = await freePort();
    server = await startBuiltServer({ databasePath, port });
    officer = (await api().post('/api/auth/login').send(SERVER_ADMIN).expect(200)).body.accessToken;
    const meetings: { id: number; kind: string }[] = (await api().get('/api/conferences/bms7/meetings').expect(200)).body;
    meetingId = meetings.find((meeting) => meeting.kind === 'plenary')!.id;
    delegations = (await api().get('/api/conferences/bms7/delegations').query({ kind: 'member-state' }).expect(200)).body;
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (server && server.process.exitCode === null && server.process.signalCode === null) {
      server.process.kill('SIGKILL');
      await server.exited;
    }
    if (folder) {
      run('umount', [folder]);
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('creates the database and its write-ahead files readable by their owner only', () => {
    for (const path of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`]) expect((statSync(path).mode & 0o777).toString(8)).toBe('600');
  });

  it('answers 503 while the disk is full, commits for real once space is back, and a SIGKILL loses no 2xx write', async () => {
    const acknowledged: number[] = [];
    let lastFloor: FloorStateView | undefined;
    const remember = (response: request.Response) => {
      if (response.status === 201) acknowledged.push(response.body.id);
    };

    const filler = fillUp(folder);
    const whileFull: number[] = [];
    for (const delegation of delegations.slice(0, 40)) {
      const response = await inscribe(delegation);
      whileFull.push(response.status);
      remember(response);
      if (response.status === 503) expect(response.headers['retry-after']).toMatch(/^\d+$/);
    }
    // Every answer is a commit or a clean refusal; the disk really refused some.
    expect(whileFull.filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(whileFull).toContain(503);
    const floorWhileFull = await next();
    expect([200, 503]).toContain(floorWhileFull.status);
    if (floorWhileFull.status === 200) lastFloor = floorWhileFull.body;
    const healthWhileFull = await api().get('/api/health');
    expect(healthWhileFull.status).toBe(503);
    expect(healthWhileFull.body).toMatchObject({ database: 'failing' });

    rmSync(filler);
    await api().get('/api/health').expect(200);
    for (const delegation of delegations.slice(40, 50)) {
      const response = await inscribe(delegation).expect(201);
      remember(response);
    }
    lastFloor = (await next().expect(200)).body;
    expect(statSync(databasePath).size).toBeGreaterThan(0);

    server!.process.kill('SIGKILL');
    expect(await server!.exited).toEqual({ code: null, signal: 'SIGKILL' });
    server = await startBuiltServer({ databasePath, port });

    const list: SpeakersListView = (await api().get(`/api/meetings/${meetingId}/speakers`).expect(200)).body;
    const kept = new Set(list.entries.map((entry) => entry.id));
    expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
    expect(list.entries).toHaveLength(acknowledged.length);
    const floor: FloorStateView = (await api().get(`/api/meetings/${meetingId}/floor`).expect(200)).body;
    expect({ version: floor.version, entryId: floor.entryId }).toEqual({ version: lastFloor!.version, entryId: lastFloor!.entryId });
  });
});
