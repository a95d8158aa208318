import { ChildProcess, fork, ForkOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** Every child the bench starts, so that any way out of the run (end, error, signal, deadline) ends them all. */
const children = new Set<ChildProcess>();

export const BENCH_DIR = __dirname;
/** Build output goes under node_modules/.cache: git-ignored, and packages resolve from there as from the repository. */
const CACHE_DIR = resolve(BENCH_DIR, '..', 'node_modules', '.cache', 'rostrum-bench');

// The bench's own child scripts hold no decorators: esbuild bundles them in a blink, where ts-node
// would spend seconds of CPU per process, on the cores the server under test needs.
const BUNDLED = ['client-worker.ts', 'bare-server.ts', 'sqlite-baseline.ts', 'server-preload.ts'];
let bundleDir: string | null = null;

/** The compiled JavaScript of one of BUNDLED (bundled once per run into a temporary folder). */
export function bundled(script: string): string {
  if (!BUNDLED.includes(script)) throw new Error(`${script} is not a bundled bench script`);
  if (!bundleDir) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const dir = mkdtempSync(join(CACHE_DIR, 'bundles-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    buildSync({
      entryPoints: BUNDLED.map((name) => join(BENCH_DIR, name)),
      outdir: dir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'error',
    });
    bundleDir = dir;
  }
  return join(bundleDir, script.replace(/\.ts$/, '.js'));
}

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}

/** Forks one of the bundled bench scripts with an IPC channel and piped output kept for error reports. */
export function forkBenchScript(script: string, options: ForkOptions & { execArgv?: string[] } = {}): ChildProcess {
  const child = track(
    fork(bundled(script), [], {
      ...options,
      execArgv: options.execArgv ?? [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  );
  keepTail(child);
  return child;
}

const tails = new WeakMap<ChildProcess, string[]>();

/** Drains a child's output (a full pipe would block it) and keeps the last lines. */
export function keepTail(child: ChildProcess, onLine?: (line: string) => void): void {
  const lines: string[] = [];
  tails.set(child, lines);
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      onLine?.(line);
      lines.push(line);
      if (lines.length > 40) lines.shift();
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
}

export function tailOf(child: ChildProcess): string {
  return (tails.get(child) ?? []).join('\n');
}

/** A port that was free a moment ago: the app logs the port it was given, so it cannot be 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resident set size of a process, in kB, from /proc/<pid>/status (VmRSS). */
export function residentKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`No VmRSS for process ${pid}`);
  return Number(match[1]);
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux build the bench targets

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat: unlike wall time, other load on the machine barely moves it. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** The soft limit on open files of this process (children inherit it). */
export function openFilesLimit(): number {
  const match = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  return !match || match[1] === 'unlimited' ? Infinity : Number(match[1]);
}

/** Resolves with the first IPC message that passes the test, or rejects after the timeout or if the child exits. */
export function nextMessage<T>(child: ChildProcess, test: (message: unknown) => message is T, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`${what}: no answer in ${timeoutMs} ms\n${tailOf(child)}`)), timeoutMs);
    const onMessage = (message: unknown) => {
      if (test(message)) done(null, message);
    };
    const onExit = (code: number | null) => done(new Error(`${what}: the child exited (${code})\n${tailOf(child)}`));
    function done(error: Error | null, message?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message as T);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends a server-preload.ts message and waits for its answer. */
async function askServer(child: ChildProcess, message: string | object, answer: string): Promise<void> {
  const reply = nextMessage(child, (m): m is string => typeof m === 'string' && m.startsWith('bench:'), 30_000, answer);
  child.send(message);
  const said = await reply;
  if (said !== answer) throw new Error(`${answer}: the server said ${said}`);
}

export function collectGarbage(child: ChildProcess): Promise<void> {
  return askServer(child, 'bench:gc', 'bench:gc-done');
}

/** Starts a CPU profile in the server; stop it with stopProfile. */
export function startProfile(child: ChildProcess): Promise<void> {
  return askServer(child, { type: 'bench:profile-start' }, 'bench:profile-started');
}

export function stopProfile(child: ChildProcess, file: string): Promise<void> {
  return askServer(child, { type: 'bench:profile-stop', file }, 'bench:profile-stopped');
}

/**
 * Asks the child to exit (server-preload.ts: a plain exit, so exit hooks run),
 * then SIGTERM after two seconds, then SIGKILL after two more.
 */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const term = setTimeout(() => child.kill('SIGTERM'), 2000);
    const kill = setTimeout(() => child.kill('SIGKILL'), 4000);
    child.once('exit', () => {
      clearTimeout(term);
      clearTimeout(kill);
      done();
    });
    if (child.connected) child.send('bench:exit');
    else child.kill('SIGTERM');
  });
}
