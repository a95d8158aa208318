// Loaded with -r into each server under test (Rostrum and the bare one), never into the app's own
// code. Over the IPC channel the bench can: collect garbage before reading resident memory, profile
// the CPU over one scenario, and end the server with a plain exit. The server also exits when the
// bench goes away, however it went.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

type BenchMessage = 'bench:gc' | 'bench:exit' | { type: 'bench:profile-start' } | { type: 'bench:profile-stop'; file: string };

let profiler: Session | null = null;

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
}

async function handle(message: BenchMessage): Promise<string> {
  if (message === 'bench:exit') process.exit(0);
  if (message === 'bench:gc') {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    return 'bench:gc-done';
  }
  if (message.type === 'bench:profile-start') {
    profiler = new Session();
    profiler.connect();
    await post(profiler, 'Profiler.enable');
    await post(profiler, 'Profiler.start');
    return 'bench:profile-started';
  }
  if (!profiler) throw new Error('no profile running');
  const { profile } = await post<{ profile: unknown }>(profiler, 'Profiler.stop');
  profiler.disconnect();
  profiler = null;
  writeFileSync(message.file, JSON.stringify(profile));
  return 'bench:profile-stopped';
}

process.on('message', (message: BenchMessage) => {
  handle(message).then(
    (reply) => process.send?.(reply),
    (error: unknown) => process.send?.(`bench:error ${String(error)}`),
  );
});
process.on('disconnect', () => process.exit(0));
