import { z } from 'zod';
import type { FloorStateView, PresenceView, SpeakersListView, SpeakersNextView } from './api-types';
import type { ErrorCode, FieldError } from './error-codes';

/** Socket.IO namespace and event names of the contract (docs/contract.md, Live). */
export const LIVE_NAMESPACE = '/live';

export const meetingRefSchema = z.object({ meetingId: z.number().int().positive() }).strict();

/** The most next speakers a screen may ask for instead of the list. */
export const MAX_NEXT_SPEAKERS = 5;

/**
 * `next`: a screen that shows no list (display, overlay) asks for the floor and the next `next`
 * speakers only (0: the floor alone); it is then sent `speakers:next`, never `speakers:list`.
 * Without it a client gets the whole list, as the contract has always said.
 */
export const meetingJoinSchema = meetingRefSchema
  .extend({
    next: z.number().int().min(0).max(MAX_NEXT_SPEAKERS).optional(),
    /** A screen link's key (the `key` of a display or overlay address): follows a meeting that is not webcast, read-only. */
    screenKey: z.string().max(200).optional(),
  })
  .strict();
export const clockPingSchema = z.object({ t0: z.number().finite() }).strict();

export type MeetingRef = z.infer<typeof meetingRefSchema>;
export type MeetingJoin = z.infer<typeof meetingJoinSchema>;
export type ClockPing = z.infer<typeof clockPingSchema>;
export interface ClockPong {
  t0: number;
  serverNow: number;
}
export interface LiveError {
  // The same body a REST call would answer with.
  error: { statusCode: number; error: string; message: string | string[]; code: ErrorCode; fields?: FieldError[] };
}
/** What a join ack adds for a signed-in caller. */
export interface PresenceSnapshot {
  /** Officers: every delegation's presence in the meeting (then presence:update, one row a change). */
  presence?: PresenceView[];
  /** A delegate: its own delegation's presence, its switches as it left them. */
  ownPresence?: PresenceView;
}
export interface MeetingSnapshot extends PresenceSnapshot {
  floor: FloorStateView;
  speakers: SpeakersListView;
}
/** The join ack of a screen that asked for `next`; with `next: 0` it carries no speakers at all. */
export interface ScreenSnapshot extends PresenceSnapshot {
  floor: FloorStateView;
  next?: SpeakersNextView;
}

/**
 * Sent just before the server takes a socket out of what it may no longer follow: disconnected for
 * a revoked code, a removed officer or an expired token; out of one meeting's rooms (`meetingId`)
 * when the meeting stops being webcast, for a public viewer, or when the screen link it joined with is
 * revoked.
 */
export interface AccessEnded {
  reason: 'code-revoked' | 'officer-removed' | 'token-expired' | 'not-webcast' | 'screen-link-revoked';
  meetingId?: number;
}

export interface ServerToClientEvents {
  'floor:state': (floor: FloorStateView) => void;
  'access:ended': (ended: AccessEnded) => void;
  'speakers:list': (speakers: SpeakersListView) => void;
  'speakers:next': (next: SpeakersNextView) => void;
  /** To officers only: one delegation's presence, after each change. */
  'presence:update': (presence: PresenceView) => void;
}

export interface ClientToServerEvents {
  'meeting:join': (payload: MeetingJoin, ack: (reply: MeetingSnapshot | ScreenSnapshot | LiveError) => void) => void;
  'meeting:leave': (payload: MeetingRef, ack?: (reply: { ok: true } | LiveError) => void) => void;
  'clock:ping': (payload: ClockPing, ack: (reply: ClockPong | LiveError) => void) => void;
}
