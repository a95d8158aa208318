import { ChildProcess } from 'node:child_process';
import { forkBenchScript, nextMessage } from './children';
import type { AllArrived, Reply, WorkerCommand, WorkerReady } from './protocol';

const READY_TIMEOUT_MS = 30_000;

const isReply = (id: number) => (message: unknown): message is Reply =>
  (message as Reply)?.type === 'reply' && (message as Reply).id === id;
const isReady = (message: unknown): message is WorkerReady => (message as WorkerReady)?.type === 'ready';

/** Load-generating processes: splits work between them, and waits on their answers with timeouts. */
export class WorkerPool {
  private nextId = 1;
  /** arrival key (group and version) -> how many workers have every client of the group holding it */
  private readonly arrived = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();

  private constructor(
    readonly workers: ChildProcess[],
    readonly clockSkewsMs: number[],
  ) {
    for (const worker of workers) {
      worker.on('message', (message: AllArrived) => {
        if (message?.type !== 'all-arrived') return;
        const count = (this.arrived.get(message.key) ?? 0) + 1;
        this.arrived.set(message.key, count);
        if (count === this.workers.length) this.waiters.get(message.key)?.();
      });
    }
  }

  static async start(size: number): Promise<WorkerPool> {
    const workers = Array.from({ length: size }, () => forkBenchScript('client-worker.ts'));
    const ready = await Promise.all(workers.map((worker) => nextMessage(worker, isReady, READY_TIMEOUT_MS, 'worker start')));
    return new WorkerPool(workers, ready.map((message) => message.clockSkewMs));
  }

  call<T>(worker: ChildProcess, command: WorkerCommand, timeoutMs: number): Promise<T> {
    const id = this.nextId++;
    const reply = nextMessage(worker, isReply(id), timeoutMs, `worker ${command.type}`);
    worker.send({ ...command, id });
    return reply.then((message) => {
      if (!message.ok) throw new Error(`worker ${command.type}: ${message.error}`);
      return message.result as T;
    });
  }

  /** Ends the workers: each exits when its IPC channel closes. */
  async stop(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
            worker.once('exit', () => resolve());
            worker.disconnect();
          }),
      ),
    );
  }

  /** The same command to every worker, each built from its index (to split clients or delegates). */
  all<T>(build: (index: number) => WorkerCommand, timeoutMs: number): Promise<T[]> {
    return Promise.all(this.workers.map((worker, index) => this.call<T>(worker, build(index), timeoutMs)));
  }

  /** How many of `total` items worker `index` takes: as even as possible. */
  share(total: number, index: number): number {
    return Math.floor(total / this.workers.length) + (index < total % this.workers.length ? 1 : 0);
  }

  /** Resolves when every worker has said all its clients of the group hold the version (arrivalKey); false on timeout. */
  waitAllArrived(key: string, timeoutMs: number): Promise<boolean> {
    if ((this.arrived.get(key) ?? 0) === this.workers.length) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        resolve(false);
      }, timeoutMs);
      this.waiters.set(key, () => {
        clearTimeout(timer);
        this.waiters.delete(key);
        resolve(true);
      });
    });
  }
}
