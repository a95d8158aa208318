import type { CreatedScreenLink, FloorStateView, ScreenLinkView } from '../../src/shared/api-types';
import { api, postJson } from './api';

const linksOf = (meetingId: number) => `/api/meetings/${meetingId}/screen-links`;

export const listScreenLinks = (meetingId: number, token: string) => api<ScreenLinkView[]>(linksOf(meetingId), { token });

export const createScreenLink = (meetingId: number, label: string, token: string) =>
  postJson<CreatedScreenLink>(linksOf(meetingId), label.trim() === '' ? {} : { label: label.trim() }, token);

export const revokeScreenLink = (meetingId: number, linkId: number, token: string) =>
  api<void>(`${linksOf(meetingId)}/${linkId}`, { method: 'DELETE', token });

/** Every overlay of the meeting follows it; the answer is the floor, at the same version. */
export const setOverlayOnAir = (meetingId: number, onAir: boolean, token: string) =>
  postJson<FloorStateView>(`/api/meetings/${meetingId}/floor/overlay`, { onAir }, token);
