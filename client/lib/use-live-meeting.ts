import { useEffect, useRef, useState } from 'preact/hooks';
import type { FloorStateView, PresenceView, SpeakersListView, SpeakersNextView } from '../../src/shared/api-types';
import type { AccessEnded } from '../../src/shared/live-events';
import { api } from './api';
import type { ErrorText } from './error-text';
import { ConnectionState, connectMeeting, LiveMeeting } from './live';
import { withScreenKey } from './page-options';
import { PresenceByDelegation, withPresence } from './presence';
import { t } from './strings';

/** Why a screen may not follow: the meeting is not public (no link), or its link is wrong or revoked. */
export const ACCESS_REFUSALS = ['MEETING_NOT_PUBLIC', 'SCREEN_LINK_INVALID'] as const;
export type AccessRefusal = (typeof ACCESS_REFUSALS)[number];

const isAccessRefusal = (code: string | undefined): code is AccessRefusal => (ACCESS_REFUSALS as readonly (string | undefined)[]).includes(code);

/** The server took the socket out of the meeting: the refusal its next join would get, in words. */
function endedRefusal(ended: AccessEnded): { code: AccessRefusal; message: ErrorText } | null {
  if (ended.reason === 'screen-link-revoked') return { code: 'SCREEN_LINK_INVALID', message: { text: t('screens.endedRevoked'), details: null } };
  if (ended.reason === 'not-webcast') return { code: 'MEETING_NOT_PUBLIC', message: { text: t('screens.endedNotWebcast'), details: null } };
  return null;
}

export interface LiveMeetingState {
  floor: FloorStateView | null;
  speakers: SpeakersListView | null;
  /** Only for a screen that asked for the next speakers instead of the list. */
  next: SpeakersNextView | null;
  /** Officers: every delegation's presence; a delegate: its own. */
  presence: PresenceByDelegation;
  connection: ConnectionState;
  /** Why the server refused the join or the connection, in the reader's language; null when all is well. */
  refusal: ErrorText | null;
  /** Set when the meeting may not be followed from here: not public, or the screen link refused or revoked. */
  refusalCode: AccessRefusal | null;
  /** serverNow ≈ Date.now() + offsetMs(). */
  offsetMs(): number;
  /** Show a state a REST write answered with, unless a newer one is already shown. */
  offerFloor(floor: FloorStateView): void;
  offerSpeakers(list: SpeakersListView): void;
  /** Show the presence row a REST write answered with. */
  offerPresence(row: PresenceView): void;
  /** Fetch both states over REST: after a refused write, to show the state that won. */
  refresh(): Promise<void>;
}

export interface LiveMeetingOptions {
  onRestError?: (error: unknown) => void;
  /** A screen that shows no list: the next this many speakers only, pushed as they change. */
  nextSpeakers?: number;
  /** A screen link's key, sent with the join and the reads. */
  screenKey?: string | null;
}

/**
 * Floor and list of one meeting, rendered from the live pushes; a page that keeps the list also
 * reads both over REST at the start, so it shows them while the socket is still connecting.
 */
export function useLiveMeeting(meetingId: number | null, token: string | null, options: LiveMeetingOptions = {}): LiveMeetingState {
  const { onRestError, nextSpeakers, screenKey } = options;
  const [floor, setFloor] = useState<FloorStateView | null>(null);
  const [speakers, setSpeakers] = useState<SpeakersListView | null>(null);
  const [next, setNext] = useState<SpeakersNextView | null>(null);
  const [presence, setPresence] = useState<PresenceByDelegation>(new Map());
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [refusal, setRefusal] = useState<ErrorText | null>(null);
  const [refusalCode, setRefusalCode] = useState<AccessRefusal | null>(null);
  const liveRef = useRef<LiveMeeting | null>(null);
  const errorRef = useRef(onRestError);
  errorRef.current = onRestError;

  const refresh = async () => {
    const live = liveRef.current;
    if (meetingId === null || !live) return;
    const [floorResult, listResult] = await Promise.allSettled([
      api<FloorStateView>(withScreenKey(`/api/meetings/${meetingId}/floor`, screenKey), { token }),
      api<SpeakersListView>(withScreenKey(`/api/meetings/${meetingId}/speakers`, screenKey), { token }),
    ]);
    if (floorResult.status === 'fulfilled') live.offerFloor(floorResult.value);
    else errorRef.current?.(floorResult.reason);
    if (listResult.status === 'fulfilled') live.offerSpeakers(listResult.value);
    else errorRef.current?.(listResult.reason);
  };

  useEffect(() => {
    setFloor(null);
    setSpeakers(null);
    setNext(null);
    setPresence(new Map());
    setRefusal(null);
    setRefusalCode(null);
    if (meetingId === null) return undefined;
    // Nothing of the meeting stays shown once it may not be followed from here.
    const stopFollowing = (message: ErrorText, code: AccessRefusal) => {
      setFloor(null);
      setSpeakers(null);
      setNext(null);
      setRefusal(message);
      setRefusalCode(code);
    };
    const live = connectMeeting({
      meetingId,
      token,
      screenKey,
      nextSpeakers,
      onFloor: setFloor,
      onSpeakers: setSpeakers,
      onNext: setNext,
      onPresence: (rows, replace) => setPresence((shown) => withPresence(shown, rows, replace)),
      onConnection: setConnection,
      onError: (error, _kind, code) => (isAccessRefusal(code) ? stopFollowing(error, code) : setRefusal(error)),
      onAccessEnded: (ended) => {
        const refused = endedRefusal(ended);
        if (refused) stopFollowing(refused.message, refused.code);
      },
      onJoined: () => {
        setRefusal(null);
        setRefusalCode(null);
      },
    });
    liveRef.current = live;
    if (nextSpeakers === undefined) void refresh();
    return () => {
      live.close();
      liveRef.current = null;
    };
    // refresh reads only meetingId, token and screenKey, the dependencies listed.
  }, [meetingId, token, nextSpeakers, screenKey]);

  return {
    floor,
    speakers,
    next,
    presence,
    connection,
    refusal,
    refusalCode,
    offsetMs: () => liveRef.current?.offsetMs() ?? 0,
    offerFloor: (state) => void liveRef.current?.offerFloor(state),
    offerSpeakers: (list) => void liveRef.current?.offerSpeakers(list),
    offerPresence: (row) => setPresence((shown) => withPresence(shown, [row], false)),
    refresh,
  };
}
