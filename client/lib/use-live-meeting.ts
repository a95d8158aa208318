import { useEffect, useRef, useState } from 'preact/hooks';
import type { FloorStateView, PresenceView, SpeakersListView, SpeakersNextView } from '../../src/shared/api-types';
import { api } from './api';
import type { ErrorText } from './error-text';
import { ConnectionState, connectMeeting, LiveMeeting } from './live';
import { PresenceByDelegation, withPresence } from './presence';

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
}

/**
 * Floor and list of one meeting, rendered from the live pushes; a page that keeps the list also
 * reads both over REST at the start, so it shows them while the socket is still connecting.
 */
export function useLiveMeeting(meetingId: number | null, token: string | null, options: LiveMeetingOptions = {}): LiveMeetingState {
  const { onRestError, nextSpeakers } = options;
  const [floor, setFloor] = useState<FloorStateView | null>(null);
  const [speakers, setSpeakers] = useState<SpeakersListView | null>(null);
  const [next, setNext] = useState<SpeakersNextView | null>(null);
  const [presence, setPresence] = useState<PresenceByDelegation>(new Map());
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [refusal, setRefusal] = useState<ErrorText | null>(null);
  const liveRef = useRef<LiveMeeting | null>(null);
  const errorRef = useRef(onRestError);
  errorRef.current = onRestError;

  const refresh = async () => {
    const live = liveRef.current;
    if (meetingId === null || !live) return;
    const [floorResult, listResult] = await Promise.allSettled([
      api<FloorStateView>(`/api/meetings/${meetingId}/floor`, { token }),
      api<SpeakersListView>(`/api/meetings/${meetingId}/speakers`, { token }),
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
    if (meetingId === null) return undefined;
    const live = connectMeeting({
      meetingId,
      token,
      nextSpeakers,
      onFloor: setFloor,
      onSpeakers: setSpeakers,
      onNext: setNext,
      onPresence: (rows, replace) => setPresence((shown) => withPresence(shown, rows, replace)),
      onConnection: setConnection,
      onError: (error) => setRefusal(error),
      onJoined: () => setRefusal(null),
    });
    liveRef.current = live;
    if (nextSpeakers === undefined) void refresh();
    return () => {
      live.close();
      liveRef.current = null;
    };
    // refresh reads only meetingId and token, the dependencies listed.
  }, [meetingId, token, nextSpeakers]);

  return {
    floor,
    speakers,
    next,
    presence,
    connection,
    refusal,
    offsetMs: () => liveRef.current?.offsetMs() ?? 0,
    offerFloor: (state) => void liveRef.current?.offerFloor(state),
    offerSpeakers: (list) => void liveRef.current?.offerSpeakers(list),
    offerPresence: (row) => setPresence((shown) => withPresence(shown, [row], false)),
    refresh,
  };
}
