import { ChildProcess, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundled, collectGarbage, forkBenchScript, freePort, keepTail, nextMessage, startProfile, stopChild, stopProfile, tailOf, track } from './children';
import { compileApp } from './compile-app';

export const BENCH_OFFICER = { username: 'bench-officer', password: 'bench-password-not-secret' };

export interface RunningServer {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Asks the server to collect garbage (both passes) and waits for it. */
  collectGarbage(): Promise<void>;
  /** With a folder, runs the work under a CPU profile written to <folder>/<name>.cpuprofile. */
  profiled<T>(folder: string | undefined, name: string, work: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts the real app (src/, compiled by compile-app.ts) on a temporary database and a free loopback port.
 * `env` overrides the settings below, e.g. DATABASE_URL and REDIS_URL for the two-instance run (bench/multi-instance.ts).
 */
export async function startRostrum(appRoot: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const folder = mkdtempSync(join(tmpdir(), 'rostrum-bench-'));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  const port = await freePort();
  const { entry } = compileApp(appRoot);
  const child = track(
    fork(entry, [], {
      cwd: appRoot,
      execArgv: ['--expose-gc', '-r', bundled('server-preload.ts')],
      // Only what the app needs. Blank values win over a .env in the app folder (blank reads as unset):
      // the bench measures one instance on sqlite, whatever the shell or .env says.
      env: {
        DATABASE_URL: '',
        REDIS_URL: '',
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? tmpdir(),
        NO_COLOR: '1',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: join(folder, 'rostrum.sqlite'),
        ADMIN_USERNAME: BENCH_OFFICER.username,
        ADMIN_PASSWORD: BENCH_OFFICER.password,
        TOKEN_TTL_SECONDS: String(24 * 3600),
        JWT_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
        SEED_BMS7: 'true',
        CORS_ORIGINS: '',
        // Every client of the bench connects from this one machine.
        LIVE_CONNECTIONS_PER_ADDRESS: '100000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  );
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Rostrum did not start in ${START_TIMEOUT_MS} ms:\n${tailOf(child)}`)), START_TIMEOUT_MS);
    keepTail(child, (line) => {
      if (line.includes(`Listening on http://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Rostrum exited (${code}) while starting:\n${tailOf(child)}`));
    });
  });
  await listening;
  return {
    child,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    collectGarbage: () => collectGarbage(child),
    profiled: (folder, name, work) => profiled(child, folder, name, work),
    stop: async () => {
      await stopChild(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Starts bench/bare-server.ts (plain http + Nest's socket.io) on a free loopback port. */
export async function startBareServer(): Promise<RunningServer & { port: number }> {
  const child = forkBenchScript('bare-server.ts', { execArgv: ['--expose-gc'] });
  const { port } = await nextMessage(
    child,
    (message): message is { type: 'listening'; port: number } => (message as { type?: string })?.type === 'listening',
    START_TIMEOUT_MS,
    'bare server start',
  );
  return {
    child,
    pid: child.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    collectGarbage: () => collectGarbage(child),
    profiled: (folder, name, work) => profiled(child, folder, name, work),
    stop: () => stopChild(child),
  };
}

async function profiled<T>(child: ChildProcess, folder: string | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!folder) return work();
  mkdirSync(folder, { recursive: true });
  await startProfile(child);
  try {
    return await work();
  } finally {
    await stopProfile(child, join(folder, `${name}.cpuprofile`));
  }
}
