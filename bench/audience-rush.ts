// The inscription rush under an audience: public viewers follow a webcast plenary while the
// delegations rush onto its list. Every inscription pushes the whole list to every viewer, so what is
// measured is how long the audience takes to hold the final list and how many bytes that costs each viewer.
import { cpuMs } from './children';
import type { AudienceResult, ConnectResult, DelegateCredential, ViewerRecord } from './protocol';
import type { RostrumApi } from './rostrum-api';
import { runRush, RushOutcome } from './rush';
import { preciseNow, summarize, Summary } from './stats';
import { WorkerPool } from './worker-pool';

const JOIN_TIMEOUT_MS = 120_000;
/** After the final version is read: long enough for a slow app to get there, short enough to report that it did not. */
const FINAL_VERSION_TIMEOUT_MS = 60_000;

/** Viewers on one instance. */
export interface AudienceGroup {
  tag: string;
  url: string;
  count: number;
}

export interface AudienceSetup {
  api: RostrumApi;
  serverPid: number;
  pool: WorkerPool;
  meetingId: number;
  delegates: DelegateCredential[];
  groups: AudienceGroup[];
  log: (message: string) => void;
}

interface HoldFigures {
  viewers: number;
  /** ms after the last answer at which each viewer that got the final version first had it. */
  holdAfterLastAnswerMs: Summary;
  neverFinal: number;
  disconnects: number;
  /** How many disconnected, by socket.io's reason. */
  disconnectReasons: Record<string, number>;
}

export interface AudienceRushResult extends HoldFigures {
  rush: RushOutcome;
  /** From the agreed instant to the last answer, ms. */
  lastAnswerMs: number;
  finalVersion: number;
  /** UTF-8 bytes of JSON.stringify of GET /api/meetings/:id/speakers after the rush. */
  finalListBytes: number;
  /** From the agreed instant until every viewer held the final version, ms; null when some never did. */
  everyViewerHoldsMs: number | null;
  pushesPerViewer: Summary;
  bytesPerViewer: Summary;
  /** The most bytes a viewer got, over the final list's size. */
  bytesOverListSize: number;
  /**
   * CPU time of the viewers' worker processes from the rush to the end of the wait, over its wall time, per
   * worker: near 1, they were still parsing pushes, and their times include their own backlog.
   */
  viewerWorkersBusy: number;
  byGroup: Record<string, HoldFigures>;
}

async function join(pool: WorkerPool, meetingId: number, group: AudienceGroup, log: (message: string) => void): Promise<void> {
  const startedAt = preciseNow();
  const connects = await pool.all<ConnectResult>(
    (index) => ({ type: 'watch', tag: group.tag, url: group.url, count: pool.share(group.count, index), meetingId, concurrency: 50 }),
    JOIN_TIMEOUT_MS,
  );
  const connected = connects.reduce((sum, result) => sum + result.connected, 0);
  if (connected !== group.count) throw new Error(`${group.tag}: ${connected} of ${group.count} viewers joined: ${connects.flatMap((r) => r.failures).join('; ')}`);
  log(`  ${group.tag}: ${group.count} viewers joined in ${((preciseNow() - startedAt) / 1000).toFixed(1)} s`);
}

function holdFigures(viewers: ViewerRecord[], finalVersion: number, lastAnswerAtMs: number): HoldFigures {
  const holding = viewers.filter((viewer) => viewer.version >= finalVersion && viewer.seenAtMs !== null);
  return {
    viewers: viewers.length,
    holdAfterLastAnswerMs: summarize(holding.map((viewer) => viewer.seenAtMs! - lastAnswerAtMs)),
    neverFinal: viewers.length - holding.length,
    disconnects: viewers.filter((viewer) => viewer.disconnectReason !== null).length,
    disconnectReasons: viewers.reduce<Record<string, number>>((counts, { disconnectReason }) => {
      if (disconnectReason !== null) counts[disconnectReason] = (counts[disconnectReason] ?? 0) + 1;
      return counts;
    }, {}),
  };
}

/**
 * Joins the viewers, runs the rush (bench/rush.ts) on their meeting, then waits for every viewer to hold the final list.
 * The delegates get a worker process of their own: in the viewers' workers, their answers would be read late, behind the pushes.
 */
export async function runAudienceRush({ api, serverPid, pool, meetingId, delegates, groups, log }: AudienceSetup): Promise<AudienceRushResult> {
  const delegatesPool = await WorkerPool.start(1);
  try {
    for (const group of groups) await join(pool, meetingId, group, log);
    const workersCpu = () => pool.workers.reduce((sum, worker) => sum + cpuMs(worker.pid!), 0);
    const [workersCpuBefore, measureStart] = [workersCpu(), preciseNow()];
    const { atMs, outcome: rush } = await runRush(api, serverPid, delegatesPool, meetingId, delegates);
    const lastAnswerAtMs = atMs + rush.completionMs;
    const finalList = await api.speakers(meetingId);
    log(`  last answer ${rush.completionMs.toFixed(0)} ms after the instant; waiting for every viewer to hold list version ${finalList.version}`);
    const byTag = await Promise.all(
      groups.map(async (group) => {
        const results = await pool.all<AudienceResult>(
          () => ({ type: 'audience', tag: group.tag, version: finalList.version, timeoutMs: FINAL_VERSION_TIMEOUT_MS }),
          FINAL_VERSION_TIMEOUT_MS + 30_000,
        );
        return [group.tag, results.flatMap((result) => result.viewers)] as const;
      }),
    );
    const viewerWorkersBusy = (workersCpu() - workersCpuBefore) / (preciseNow() - measureStart) / pool.workers.length;
    const viewers = byTag.flatMap(([, records]) => records);
    const finalListBytes = Buffer.byteLength(JSON.stringify(finalList));
    const all = holdFigures(viewers, finalList.version, lastAnswerAtMs);
    const bytesPerViewer = summarize(viewers.map((viewer) => viewer.bytes));
    return {
      ...all,
      rush,
      lastAnswerMs: rush.completionMs,
      finalVersion: finalList.version,
      finalListBytes,
      everyViewerHoldsMs: all.neverFinal === 0 ? rush.completionMs + all.holdAfterLastAnswerMs.max : null,
      pushesPerViewer: summarize(viewers.map((viewer) => viewer.pushes)),
      bytesPerViewer,
      bytesOverListSize: bytesPerViewer.max / finalListBytes,
      viewerWorkersBusy,
      byGroup: Object.fromEntries(byTag.map(([tag, records]) => [tag, holdFigures(records, finalList.version, lastAnswerAtMs)])),
    };
  } finally {
    await Promise.all([pool.all(() => ({ type: 'disconnect' }), 30_000), delegatesPool.stop()]);
  }
}
