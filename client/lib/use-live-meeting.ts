import { useEffect, useRef, useState } from 'preact/hooks';
import type { FloorStateView, SpeakersListView } from '../../src/shared/api-types';
import { api } from './api';
import { ConnectionState, connectMeeting, LiveMeeting } from './live';

export interface LiveMeetingState {
  floor: FloorStateView | null;
  speakers: SpeakersListView | null;
  connection: ConnectionState;
  /** Why the server refused the join or the connection, in its words; null when all is well. */
  refusal: string | null;
  /** serverNow ≈ Date.now() + offsetMs(). */
  offsetMs(): number;
  /** Show a state a REST write answered with, unless a newer one is already shown. */
  offerFloor(floor: FloorStateView): void;
  offerSpeakers(list: SpeakersListView): void;
  /** Fetch both states over REST: after a write, or when the page wants to be sure. */
  refresh(): Promise<void>;
}

/**
 * Floor and list of one meeting, live. Also reads both over REST at the start, so a page shows
 * the state even while the socket is still connecting.
 */
export function useLiveMeeting(meetingId: number | null, token: string | null, onRestError?: (error: unknown) => void): LiveMeetingState {
  const [floor, setFloor] = useState<FloorStateView | null>(null);
  const [speakers, setSpeakers] = useState<SpeakersListView | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [refusal, setRefusal] = useState<string | null>(null);
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
    setRefusal(null);
    if (meetingId === null) return undefined;
    const live = connectMeeting({
      meetingId,
      token,
      onFloor: setFloor,
      onSpeakers: setSpeakers,
      onConnection: setConnection,
      onError: (message) => setRefusal(message),
      onJoined: () => setRefusal(null),
    });
    liveRef.current = live;
    void refresh();
    return () => {
      live.close();
      liveRef.current = null;
    };
    // refresh reads only meetingId and token, the dependencies listed.
  }, [meetingId, token]);

  return {
    floor,
    speakers,
    connection,
    refusal,
    offsetMs: () => liveRef.current?.offsetMs() ?? 0,
    offerFloor: (state) => void liveRef.current?.offerFloor(state),
    offerSpeakers: (list) => void liveRef.current?.offerSpeakers(list),
    refresh,
  };
}
