import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { BuiltServer, ensureBuiltServer, freePort, startBuiltServer } from '../helpers/built-server';
import { removeDatabase, tempDatabasePath } from '../helpers/create-test-app';

// The real start: `node dist/src/main.js` and `npm start`, as a newcomer and a service manager run them.
const NO_ADMIN = { ADMIN_USERNAME: '', ADMIN_PASSWORD: '' };
// The start's own lines, without the colours and the "[Nest] pid - date" prefix.
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

async function started(options: Parameters<typeof startBuiltServer>[0]): Promise<{ server: BuiltServer; databasePath: string }> {
  return { server: await startBuiltServer(options), databasePath: options.databasePath };
}

/** Waits for the setup frame, the last thing a first start prints. */
async function untilPrinted(server: BuiltServer, text: string): Promise<void> {
  for (let waited = 0; !server.output().includes(text); waited += 50) {
    if (waited > 10_000) throw new Error(`"${text}" never printed:\n${server.output()}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function stop({ server, databasePath }: { server: BuiltServer; databasePath: string }): Promise<void> {
  if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
  await server.exited;
  removeDatabase(databasePath);
}

/** Whether any process still holds the port (the server, or an orphan npm left behind). */
async function portAnswers(port: number): Promise<boolean> {
  return request(`http://127.0.0.1:${port}`)
    .get('/api/health')
    .timeout(2000)
    .then(
      () => true,
      () => false,
    );
}

describe('start-up', () => {
  beforeAll(() => ensureBuiltServer(), 300_000);

  it('prints a short log: the address, the database, the seed, then the framed set-up link, which works', async () => {
    const run = await started({ databasePath: tempDatabasePath(), port: await freePort(), env: NO_ADMIN });
    try {
      await untilPrinted(run.server, '/setup?token=');
      await untilPrinted(run.server, '+\n');
      const output = plain(run.server.output());
      expect(output).not.toMatch(/Mapped \{|LegacyRouteConverter|WARN|InstanceLoader|RoutesResolver/);
      const lines = output.trim().split('\n');
      expect(lines.length).toBeLessThanOrEqual(12);
      expect(output).toContain(`Listening on ${run.server.url}`);
      expect(output).toContain(`Database ${run.databasePath}`);
      expect(output).toMatch(/Seeded the BMS7 conference/);
      expect(lines.at(-1)).toMatch(/^\+-+\+$/);
      const token = /\/setup\?token=([A-Za-z0-9_-]+)/.exec(output)![1];
      await request(run.server.url).get(`/setup?token=${token}`).expect(200);
      await request(run.server.url).post('/api/auth/setup').send({ token, username: 'chief', password: 'a long enough password' }).expect(201);
    } finally {
      await stop(run);
    }
  }, 60_000);

  it('maps routes in the log only with LOG_LEVEL=debug', async () => {
    const run = await started({ databasePath: tempDatabasePath(), port: await freePort(), env: { LOG_LEVEL: 'debug' } });
    try {
      expect(plain(run.server.output())).toMatch(/Mapped \{\/api\/health, GET\} route/);
      expect(plain(run.server.output())).not.toMatch(/LegacyRouteConverter/);
    } finally {
      await stop(run);
    }
  }, 60_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('stops the server when npm start gets %s, leaving no process on the port', async (signal) => {
    const port = await freePort();
    const run = await started({ databasePath: tempDatabasePath(), port, viaNpmStart: true });
    try {
      expect(await portAnswers(port)).toBe(true);
      run.server.process.kill(signal);
      await run.server.exited;
      expect(await portAnswers(port)).toBe(false);
      expect(plain(run.server.output())).toContain(`${signal}: closing`);
    } finally {
      await stop(run);
    }
  }, 300_000);

  it('does not rebuild the pages or the server on an unchanged checkout', () => {
    const ifStale = () => execFileSync(process.execPath, ['client/build.mjs', '--if-stale'], { encoding: 'utf8' });
    ifStale();
    expect(ifStale()).toContain('client: pages up to date');
    const tsc = require.resolve('typescript/bin/tsc');
    expect(execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json', '--verbose'], { encoding: 'utf8' })).toMatch(/is up to date/);
  }, 120_000);
});
