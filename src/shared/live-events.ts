import { z } from 'zod';
import type { FloorStateView, SpeakersListView } from './api-types';

/** Socket.IO namespace and event names of the contract (../shared/contract.md, Live). */
export const LIVE_NAMESPACE = '/live';

export const meetingRefSchema = z.object({ meetingId: z.number().int().positive() }).strict();
export const clockPingSchema = z.object({ t0: z.number().finite() }).strict();

export type MeetingRef = z.infer<typeof meetingRefSchema>;
export type ClockPing = z.infer<typeof clockPingSchema>;
export interface ClockPong {
  t0: number;
  serverNow: number;
}
export interface LiveError {
  // The same body a REST call would answer with.
  error: { statusCode: number; error: string; message: string | string[] };
}
export interface MeetingSnapshot {
  floor: FloorStateView;
  speakers: SpeakersListView;
}

export interface ServerToClientEvents {
  'floor:state': (floor: FloorStateView) => void;
  'speakers:list': (speakers: SpeakersListView) => void;
}

export interface ClientToServerEvents {
  'meeting:join': (payload: MeetingRef, ack: (reply: MeetingSnapshot | LiveError) => void) => void;
  'meeting:leave': (payload: MeetingRef, ack?: (reply: { ok: true } | LiveError) => void) => void;
  'clock:ping': (payload: ClockPing, ack: (reply: ClockPong | LiveError) => void) => void;
}
