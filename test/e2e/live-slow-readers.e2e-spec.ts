import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { BuiltServer, ensureBuiltServer, freePort, SERVER_ADMIN, startBuiltServer } from '../helpers/built-server';
import { RawLiveClient, rawLiveClient } from '../helpers/raw-live-client';

// The attack on the compiled server with its default limits: 12 websockets that send
// meeting:join as fast as they can and never read the answers (about 40 KB each).
const BUILD_TIMEOUT_MS = 180_000;
const ATTACKERS = 12;
const ATTACK_MS = 8000;
const MAX_GROWTH_MB = 120;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('live: slow readers flooding joins', () => {
  let folder: string;
  let server: BuiltServer;
  let officer: string;
  let meetingId: number;
  const attackers: RawLiveClient[] = [];

  const api = () => request(server.url);
  const asOfficer = (path: string) => api().post(path).set('Authorization', `Bearer ${officer}`);

  beforeAll(async () => {
    await ensureBuiltServer();
    folder = mkdtempSync(join(tmpdir(), 'rostrum-slow-readers-'));
    server = await startBuiltServer({ databasePath: join(folder, 'rostrum.sqlite'), port: await freePort() });
    officer = (await api().post('/api/auth/login').send(SERVER_ADMIN).expect(200)).body.accessToken;
    const meetings: { id: number; kind: string; webcast: boolean }[] = (await api().get('/api/conferences/bms7/meetings').expect(200)).body;
    meetingId = meetings.find((meeting) => meeting.kind === 'plenary' && meeting.webcast)!.id;
    const states: { id: number }[] = (await api().get('/api/conferences/bms7/delegations').query({ kind: 'member-state' }).expect(200)).body;
    for (const state of states.slice(0, 120)) await asOfficer(`/api/meetings/${meetingId}/speakers`).send({ delegationId: state.id, capacity: 'national' }).expect(201);
    await asOfficer(`/api/meetings/${meetingId}/floor/next`).send({}).expect(200);
    await asOfficer(`/api/meetings/${meetingId}/floor/start`).send({}).expect(200);
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    for (const attacker of attackers) attacker.close();
    server?.process.kill('SIGKILL');
    await server?.exited;
    rmSync(folder, { recursive: true, force: true });
  });

  it("keeps memory bounded and an officer's command at its idle latency", async () => {
    let paused = false;
    const toggle = async () => {
      const startedAt = performance.now();
      await asOfficer(`/api/meetings/${meetingId}/floor/${(paused = !paused) ? 'pause' : 'resume'}`).send({}).expect(200);
      return performance.now() - startedAt;
    };
    const idle: number[] = [];
    for (let i = 0; i < 9; i += 1) idle.push(await toggle());
    const baselineMb = rssMb(server.process.pid!);

    for (let i = 0; i < ATTACKERS; i += 1) attackers.push(await rawLiveClient(server.url));
    for (const attacker of attackers) attacker.stopReading();
    const join = JSON.stringify(['meeting:join', { meetingId }]);
    let ackId = 0;
    const flood = setInterval(() => {
      for (const attacker of attackers) for (let i = 0; i < 20; i += 1) attacker.send(`42/live,${(ackId += 1)}${join}`);
    }, 10);
    let peakMb = baselineMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(server.process.pid!))), 100);
    const during: number[] = [];
    const endsAt = performance.now() + ATTACK_MS;
    try {
      while (performance.now() < endsAt) {
        during.push(await toggle());
        await new Promise((done) => setTimeout(done, 200));
      }
    } finally {
      clearInterval(flood);
      clearInterval(sampler);
    }
    expect(peakMb - baselineMb).toBeLessThan(MAX_GROWTH_MB);
    // Twice the idle median, and a few milliseconds of slack for a machine that is busy anyway.
    expect(median(during)).toBeLessThanOrEqual(2 * median(idle) + 15);
    await api().get('/api/health').expect(200);
  });
});
