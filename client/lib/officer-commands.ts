import type { FloorStateView, MeetingView, SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import type { Capacity } from '../../src/domain/capacity';
import type { FloorCommandKind } from '../../src/domain/meeting/meeting-command';
import { api, postJson } from './api';

export type FloorCommand = FloorCommandKind;

/** Every floor command carries the version shown, so a stale click gets 409 and changes nothing. */
export function floorCommand(meetingId: number, command: FloorCommand, version: number | undefined, token: string, extra: Record<string, unknown> = {}) {
  return postJson<FloorStateView>(`/api/meetings/${meetingId}/floor/${command}`, { ...extra, ...(version === undefined ? {} : { version }) }, token);
}

export interface Inscription {
  delegationId: number;
  capacity: Capacity;
  onBehalfOfId?: number;
  requestId?: string;
}

export const inscribe = (meetingId: number, inscription: Inscription, token: string) =>
  postJson<SpeakerEntryView>(`/api/meetings/${meetingId}/speakers`, inscription, token);

export const withdrawEntry = (meetingId: number, entryId: number, token: string) =>
  api<unknown>(`/api/meetings/${meetingId}/speakers/${entryId}`, { method: 'DELETE', token });

export const moveEntry = (meetingId: number, entryId: number, position: number, version: number | undefined, token: string) =>
  postJson<unknown>(`/api/meetings/${meetingId}/speakers/${entryId}/move`, { position, version }, token);

export const swapEntries = (meetingId: number, entryIdA: number, entryIdB: number, version: number | undefined, token: string) =>
  postJson<unknown>(`/api/meetings/${meetingId}/speakers/swap`, { entryIdA, entryIdB, version }, token);

export const setListClosed = (meetingId: number, closed: boolean, version: number | undefined, token: string) =>
  postJson<SpeakersListView>(`/api/meetings/${meetingId}/speakers/${closed ? 'close' : 'reopen'}`, { version }, token);

/** A copy of the meeting starting now, to try the floor out. */
export const rehearse = (meetingId: number, token: string) => postJson<MeetingView>(`/api/meetings/${meetingId}/rehearsal`, {}, token);

/** Some list writes answer with the list, others with an entry: only the list can be shown as is. */
export function asSpeakersList(value: unknown): SpeakersListView | null {
  return typeof value === 'object' && value !== null && Array.isArray((value as SpeakersListView).entries) ? (value as SpeakersListView) : null;
}

/** A speaker passed over before speaking, back first in line. */
export const callAgain = (meetingId: number, entryId: number, version: number | undefined, token: string) =>
  postJson<SpeakersListView>(`/api/meetings/${meetingId}/speakers/${entryId}/call-again`, { version }, token);
