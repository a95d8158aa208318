import { ChildProcess, execFile, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
export const BUILT_MAIN = join(ROOT, 'dist/src/main.js');

function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMs(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const builtAtMs = () => {
  try {
    return statSync(BUILT_MAIN).mtimeMs;
  } catch {
    return 0;
  }
};

/**
 * Compiles the server as `npm run build` does (tsc -b tsconfig.build.json, so a later `npm start`
 * finds it up to date) unless dist/src/main.js is newer than every source file. tsc emits even when
 * it reports type errors (work in progress elsewhere), so only a missing or stale main.js afterwards
 * is a failure.
 */
export async function ensureBuiltServer(): Promise<void> {
  const sourcesMs = Math.max(newestSourceMs(join(ROOT, 'src')), statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs);
  if (builtAtMs() > sourcesMs) return;
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const output = await promisify(execFile)(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
  if (builtAtMs() <= sourcesMs) throw new Error(`tsc -b tsconfig.build.json did not build ${BUILT_MAIN}:\n${output.stdout}`);
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export const SERVER_ADMIN = { username: 'officer', password: 'correct horse battery staple' };

export interface BuiltServer {
  url: string;
  process: ChildProcess;
  /** Settles when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it printed. */
  output(): string;
}

export interface BuiltServerOptions {
  databasePath: string;
  port: number;
  /** Added to (or, blank, taking out of) the server's environment. */
  env?: Record<string, string>;
  /** `npm start` instead of `node dist/src/main.js`. */
  viaNpmStart?: boolean;
}

/** `node dist/src/main.js` (or `npm start`) on this database and port, resolved once it logs that it listens. */
export async function startBuiltServer(options: BuiltServerOptions): Promise<BuiltServer> {
  const [command, args] = options.viaNpmStart ? ['npm', ['start']] : [process.execPath, [BUILT_MAIN]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_PATH: options.databasePath,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      ADMIN_USERNAME: SERVER_ADMIN.username,
      ADMIN_PASSWORD: SERVER_ADMIN.password,
      JWT_SECRET: 'faults-test-secret-faults-test-secret-0123456789',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  await new Promise<void>((ready, fail) => {
    const onData = (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes('Listening on')) ready();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code, signal }) => fail(new Error(`server exited (${code ?? signal}) before listening:\n${printed}`)));
  });
  return { url: `http://127.0.0.1:${options.port}`, process: child, exited, output: () => printed };
}
