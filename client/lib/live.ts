import { io, Socket } from 'socket.io-client';
import type { FloorStateView, PresenceView, SpeakersListView, SpeakersNextView } from '../../src/shared/api-types';
import type { AccessEnded, ClientToServerEvents, ClockPong, LiveError, MeetingSnapshot, ScreenSnapshot, ServerToClientEvents } from '../../src/shared/live-events';
import { ErrorText, translateError } from './error-text';
import { measureClockOffset, offsetLooksStale, oneWayOffset } from './clock-offset';
import { t } from './strings';

// The contract's namespace (src/shared/live-events.ts LIVE_NAMESPACE; a spec checks they agree).
// Importing the constant would pull zod into every page for one string.
export const LIVE_NAMESPACE_PATH = '/live';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface LiveMeetingOptions {
  meetingId: number;
  token?: string | null;
  /** A screen link's key: a display or overlay with no sign-in follows a meeting that is not webcast. */
  screenKey?: string | null;
  /** Origin of the server; the page's own by default. */
  url?: string;
  /**
   * A screen that shows no list asks for the next `nextSpeakers` speakers only (0: none); it then
   * gets onNext instead of onSpeakers.
   */
  nextSpeakers?: number;
  onFloor(floor: FloorStateView): void;
  onSpeakers?(list: SpeakersListView): void;
  onNext?(next: SpeakersNextView): void;
  /** Presence rows (officers: all, then one a change; a delegate: its own); `replace` for a join's. */
  onPresence?(rows: PresenceView[], replace: boolean): void;
  onConnection?(state: ConnectionState): void;
  /** A refused join or connection, in the reader's language, with the error's code when it has one (MEETING_NOT_PUBLIC). */
  onError?(error: ErrorText, kind: 'join' | 'connect', code?: string): void;
  /** The server took this socket out of the meeting (its screen link revoked, its webcast ended). */
  onAccessEnded?(ended: AccessEnded): void;
  onJoined?(): void;
  onOffset?(offsetMs: number): void;
  resyncEveryMs?: number;
}

export interface LiveMeeting {
  /** serverNow ≈ Date.now() + offsetMs(). */
  offsetMs(): number;
  /** Shows a state from anywhere (a REST answer, the join ack) unless a newer one is shown. */
  offerFloor(floor: FloorStateView): boolean;
  offerSpeakers(list: SpeakersListView): boolean;
  resync(): Promise<void>;
  close(): void;
}

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const RESYNC_EVERY_MS = 5 * 60 * 1000;
const ACK_TIMEOUT_MS = 8000;
const RETRY_AFTER_REFUSAL_MS = 10_000;
const RETRY_AFTER_SERVER_CLOSE_MS = 2000;

/**
 * A pushed state older than the one shown is stale: pushes and REST answers can cross. One of the
 * same version is shown: the overlays' on-air switch changes the floor without a new version.
 */
export function isCurrent(shownVersion: number | null, incomingVersion: number): boolean {
  return shownVersion === null || incomingVersion >= shownVersion;
}

export function isLiveError(reply: unknown): reply is LiveError {
  return typeof reply === 'object' && reply !== null && 'error' in reply;
}

/** A socket ack's refusal in the reader's language, the server's English as details. */
export function liveErrorText(reply: LiveError): ErrorText {
  return translateError(reply);
}

/** One meeting over Socket.IO: join (and rejoin on every reconnect), pushes, clock offset. */
export function connectMeeting(options: LiveMeetingOptions): LiveMeeting {
  const origin = options.url ?? window.location.origin;
  const socket: LiveSocket = io(`${origin}${LIVE_NAMESPACE_PATH}`, {
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    auth: options.token ? { token: options.token } : {},
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
  });
  let floorVersion: number | null = null;
  let speakersVersion: number | null = null;
  let nextVersion: number | null = null;
  let rejoining: Promise<void> | null = null;
  let offset: number | null = null;
  let measuring: Promise<void> | null = null;
  let remeasure = false;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const setOffset = (value: number) => {
    offset = value;
    options.onOffset?.(value);
  };

  const measure = (): Promise<void> => {
    if (measuring) {
      // A jump seen while pings are out: their answers may predate it, so measure once more.
      remeasure = true;
      return measuring;
    }
    measuring = measureClockOffset(async (t0) => {
      const reply = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('clock:ping', { t0 })) as ClockPong | LiveError;
      if (isLiveError(reply)) throw new Error(liveErrorText(reply).text);
      return reply.serverNow;
    }, Date.now)
      .then((estimate) => {
        if (estimate) setOffset(estimate.offsetMs);
      })
      .finally(() => {
        measuring = null;
        if (remeasure && !closed) {
          remeasure = false;
          void measure();
        }
      });
    return measuring;
  };

  const noteServerNow = (serverNow: number) => {
    const receivedAt = Date.now();
    if (offset === null) {
      setOffset(oneWayOffset(serverNow, receivedAt));
      return;
    }
    if (offsetLooksStale(offset, serverNow, receivedAt)) {
      // The server's clock moved under us: count from the pushed time until pings settle it.
      setOffset(oneWayOffset(serverNow, receivedAt));
      if (socket.connected) void measure();
    }
  };

  const offerFloor = (floor: FloorStateView): boolean => {
    if (closed || floor.meetingId !== options.meetingId || !isCurrent(floorVersion, floor.version)) return false;
    floorVersion = floor.version;
    noteServerNow(floor.serverNow);
    options.onFloor(floor);
    return true;
  };

  const offerSpeakers = (list: SpeakersListView): boolean => {
    if (closed || list.meetingId !== options.meetingId || !isCurrent(speakersVersion, list.version)) return false;
    speakersVersion = list.version;
    options.onSpeakers?.(list);
    return true;
  };

  const offerNext = (next: SpeakersNextView): void => {
    if (closed || next.meetingId !== options.meetingId || !isCurrent(nextVersion, next.version)) return;
    nextVersion = next.version;
    options.onNext?.(next);
  };

  const join = async () => {
    const asked = {
      ...(options.nextSpeakers === undefined ? {} : { next: options.nextSpeakers }),
      ...(options.screenKey ? { screenKey: options.screenKey } : {}),
    };
    try {
      const reply = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('meeting:join', { meetingId: options.meetingId, ...asked })) as
        | MeetingSnapshot
        | ScreenSnapshot
        | LiveError;
      if (isLiveError(reply)) {
        options.onError?.(liveErrorText(reply), 'join', typeof reply.error === 'object' ? reply.error.code : undefined);
        return;
      }
      offerFloor(reply.floor);
      if ('speakers' in reply) offerSpeakers(reply.speakers);
      if ('next' in reply && reply.next) offerNext(reply.next);
      if (reply.presence) options.onPresence?.(reply.presence, true);
      if (reply.ownPresence) options.onPresence?.([reply.ownPresence], true);
      options.onJoined?.();
    } catch {
      if (!closed) options.onError?.({ text: t('live.joinTimeout'), details: null }, 'join');
    }
  };

  const retryLater = (delayMs: number) => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      if (!closed && !socket.connected) socket.connect();
    }, delayMs);
  };

  options.onConnection?.('connecting');
  socket.on('connect', () => {
    options.onConnection?.('connected');
    void join().then(measure);
  });
  socket.on('disconnect', (reason) => {
    options.onConnection?.('disconnected');
    // The server let us go: Socket.IO will not retry by itself, but a display must.
    if (reason === 'io server disconnect' && !closed) retryLater(RETRY_AFTER_SERVER_CLOSE_MS);
  });
  socket.on('connect_error', (error) => {
    options.onConnection?.('disconnected');
    if (!socket.active) {
      options.onError?.({ text: t('errors.liveConnect'), details: error.message || null }, 'connect');
      retryLater(RETRY_AFTER_REFUSAL_MS);
    }
  });
  socket.io.on('reconnect_attempt', () => options.onConnection?.('connecting'));
  // Every floor state is pushed: a gap means one was missed, so the join snapshot is read again, once.
  socket.on('floor:state', (floor) => {
    const gap = floorVersion !== null && floor.version > floorVersion + 1;
    if (offerFloor(floor) && gap && !rejoining) rejoining = join().finally(() => (rejoining = null));
  });
  socket.on('access:ended', (ended) => {
    if (!closed && (ended.meetingId === undefined || ended.meetingId === options.meetingId)) options.onAccessEnded?.(ended);
  });
  socket.on('speakers:list', offerSpeakers);
  socket.on('speakers:next', offerNext);
  socket.on('presence:update', (row) => {
    if (!closed) options.onPresence?.([row], false);
  });

  const resyncTimer = setInterval(() => {
    if (socket.connected) void measure();
  }, options.resyncEveryMs ?? RESYNC_EVERY_MS);
  // Timers sleep in background tabs; measure again when the page is looked at.
  const onVisible = () => {
    if (document.visibilityState === 'visible' && socket.connected) void measure();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);

  return {
    offsetMs: () => offset ?? 0,
    offerFloor,
    offerSpeakers,
    resync: measure,
    close: () => {
      closed = true;
      clearInterval(resyncTimer);
      clearTimeout(retryTimer);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      if (socket.connected) socket.emit('meeting:leave', { meetingId: options.meetingId });
      socket.disconnect();
    },
  };
}
