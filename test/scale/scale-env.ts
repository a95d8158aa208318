import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';

/** What scripts/test-scale.sh started: two instances on one PostgreSQL and one Redis. */
export interface ScaleEnv {
  urlA: string;
  urlB: string;
  databaseUrl: string;
  redisUrl: string;
  jwtSecret: string;
  admin: { username: string; password: string };
  workDirectory: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests with npm run test:scale`);
  return value;
}

export const scale: ScaleEnv = {
  urlA: required('SCALE_URL_A'),
  urlB: required('SCALE_URL_B'),
  databaseUrl: required('SCALE_DATABASE_URL'),
  redisUrl: required('SCALE_REDIS_URL'),
  jwtSecret: required('SCALE_JWT_SECRET'),
  admin: { username: required('SCALE_ADMIN_USERNAME'), password: required('SCALE_ADMIN_PASSWORD') },
  workDirectory: required('SCALE_WORK_DIR'),
};

// The instances trust X-Forwarded-For from loopback (TRUST_PROXY=loopback): each suite signs in
// from its own documentation-range address, so per-address sign-in limits never cross suites.
export const clientAddress = (suite: number) => `192.0.2.${suite}`;

let officerToken: Promise<string> | null = null;

/** One officer sign-in for the run: the token, signed with the shared JWT_SECRET, works on both. */
export function officer(): Promise<string> {
  officerToken ??= request(scale.urlA)
    .post('/api/auth/login')
    .set('X-Forwarded-For', clientAddress(1))
    .send(scale.admin)
    .then((response) => {
      if (response.status !== 200) throw new Error(`officer login: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.accessToken as string;
    });
  return officerToken;
}

interface MeetingRow {
  id: number;
  cancelled?: boolean;
}

// Each suite takes its own seeded meeting, so lists and floors never leak between suites.
export const MEETING_FOR = { fanOut: 0, race: 1, inscriptions: 2, failover: 3, lock: 4, rateLimit: 5, presence: 6, enforcement: 7 } as const;

export async function meetingId(purpose: keyof typeof MEETING_FOR): Promise<number> {
  const meetings = (await request(scale.urlA).get('/api/conferences/bms7/meetings').expect(200)).body as MeetingRow[];
  return meetings[MEETING_FOR[purpose]].id;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface Instance {
  url: string;
  process: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A third instance like A and B (same database, Redis and secret), for a test that kills it. */
export async function startInstance(name: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: scale.databaseUrl,
      DATABASE_PATH: join(scale.workDirectory, name, 'unused.sqlite'),
      REDIS_URL: scale.redisUrl,
      JWT_SECRET: scale.jwtSecret,
      TRUST_PROXY: 'loopback',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`instance ${name} did not answer in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
