/** Messages between the bench (parent) and its load-generating worker processes, over IPC. */

export interface DelegateCredential {
  token: string;
  delegationId: number;
}

export type WorkerCommand =
  /**
   * Opens `count` websocket clients on `${url}/live` as the group `tag`, then (with meetingId) joins
   * each to the meeting. Groups on different servers live side by side.
   */
  | { type: 'connect'; tag: string; url: string; count: number; meetingId?: number; concurrency: number }
  /**
   * Opens `count` public viewers (no token) on `${url}/live` as the audience `tag` and joins each to the
   * meeting; from then on each records the `speakers:list` pushes and the bytes of the message frames it gets.
   */
  | { type: 'watch'; tag: string; url: string; count: number; meetingId: number; concurrency: number }
  /** Waits until every viewer of the audience still connected holds the list version, or the timeout, then hands back what each saw. */
  | { type: 'audience'; tag: string; version: number; timeoutMs: number }
  /** Hands back every `floor:state` arrival (epoch ms, per version) of a group. */
  | { type: 'collect'; tag: string }
  /** Each client (of every group) estimates its clock offset with client/lib/clock-offset.ts, starting at a random moment within spreadMs (0: all at once). */
  | { type: 'clock'; spreadMs: number }
  | { type: 'disconnect' }
  /** Opens one keep-alive HTTP connection per delegate, ready for the rush. */
  | { type: 'prewarm'; url: string; count: number }
  /** At `atMs` (epoch), every delegate asks for the floor, all at once. */
  | { type: 'rush'; url: string; meetingId: number; delegates: DelegateCredential[]; atMs: number };

export type Request = WorkerCommand & { id: number };

export interface ConnectResult {
  connected: number;
  failures: string[];
}

export interface ArrivalsResult {
  /** [floor version, arrival times (epoch ms) of every client that got it] */
  arrivals: [number, number[]][];
}

export interface ViewerRecord {
  /** Highest `speakers:list` version pushed to this viewer (0: none), and when (epoch ms) it first arrived. */
  version: number;
  seenAtMs: number | null;
  pushes: number;
  /** Bytes of the incoming engine.io message frames (type character and data, UTF-8) since the join ack. */
  bytes: number;
  /** Why the socket disconnected (socket.io's reason, e.g. "ping timeout"); null while connected. */
  disconnectReason: string | null;
}

export interface AudienceResult {
  viewers: ViewerRecord[];
}

export interface ClockResult {
  /** What the pages get (measureClockOffset with its defaults), and what keeping only the fastest round trip would give. */
  estimates: { offsetMs: number; roundTripMs: number; fastestOnlyOffsetMs: number }[];
  failed: number;
}

export interface RushResult {
  requests: { status: number; sentAtMs: number; doneAtMs: number; error?: string }[];
}

export type Reply = { type: 'reply'; id: number; ok: true; result: unknown } | { type: 'reply'; id: number; ok: false; error: string };

/** Sent unasked when every client of a group in the worker has the floor state of this version. */
export interface AllArrived {
  type: 'all-arrived';
  key: string;
}

export const arrivalKey = (tag: string, version: number) => `${tag}:${version}`;

export interface WorkerReady {
  type: 'ready';
  /** preciseNow() - Date.now() in the worker: checks that the clocks of the processes agree. */
  clockSkewMs: number;
}
