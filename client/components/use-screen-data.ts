import { useEffect, useState } from 'preact/hooks';
import type { MeetingView, SpeakerEntryView } from '../../src/shared/api-types';
import { api } from '../lib/api';
import { meetingIdFromPath, screenKeyFromSearch, withScreenKey } from '../lib/page-options';
import { meetingTitle } from '../lib/meeting-title';
import { anyToken } from '../lib/session';
import { currentLanguage } from '../lib/strings';
import { upcomingFromList } from '../lib/upcoming';
import { LiveMeetingState, useLiveMeeting } from '../lib/use-live-meeting';

export interface ScreenData extends LiveMeetingState {
  meetingId: number | null;
  meeting: MeetingView | null;
  /** The speaker on the floor, or null when nobody is. */
  speaker: SpeakerEntryView | null;
  /** Who takes the floor next, as many as the screen asked for; the whole queue for a screen that takes the list. */
  waiting: SpeakerEntryView[];
  /** The console's overlay switch: an overlay shows nothing while it is off air. */
  overlayOnAir: boolean;
}

/** The display and the overlay show at most the next two speakers: that is all they ask for. */
export const SCREEN_NEXT_SPEAKERS = 2;

/**
 * What the display and the overlay share: the meeting from the address, live, with the next
 * `nextSpeakers` speakers, or (undefined) the whole list.
 */
export function useScreenData(nextSpeakers: number | undefined): ScreenData {
  const [meetingId] = useState(() => meetingIdFromPath(window.location.pathname));
  // Webcast meetings need no token; a tab opened from the officer console brings its own, and a
  // screen with no sign-in follows a closed meeting with its screen link's key (`?key=`).
  const [token] = useState(() => anyToken());
  const [screenKey] = useState(() => screenKeyFromSearch(window.location.search));
  const [meeting, setMeeting] = useState<MeetingView | null>(null);
  const live = useLiveMeeting(meetingId, token, { nextSpeakers, screenKey });

  useEffect(() => {
    if (meetingId === null) return;
    api<MeetingView>(withScreenKey(`/api/meetings/${meetingId}`, screenKey), { token })
      .then(setMeeting)
      .catch(() => setMeeting(null));
  }, [meetingId, token, screenKey]);

  useEffect(() => {
    if (meeting) document.title = meetingTitle(meeting, currentLanguage()).text;
  }, [meeting]);

  // A screen whose link was revoked shows nothing more of the meeting.
  useEffect(() => {
    if (live.refusalCode) setMeeting(null);
  }, [live.refusalCode]);

  const floor = live.floor;
  const speaker = floor && floor.status !== 'idle' ? floor.speaker : null;
  const waiting = nextSpeakers === undefined ? upcomingFromList(live.speakers, floor?.interruptedEntryIds ?? []) : (live.next?.entries ?? []);
  return { ...live, meetingId, meeting, speaker, waiting, overlayOnAir: floor?.overlayOnAir ?? true };
}
