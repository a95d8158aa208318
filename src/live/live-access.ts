import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import type { Principal } from '../auth/principal';
import { AccessEnded, ClientToServerEvents, MAX_NEXT_SPEAKERS, ServerToClientEvents } from '../shared/live-events';
import { listRoom, meetingRoom, nextRoom } from './live-publisher';

export const officerRoom = (officerId: number) => `officer:${officerId}`;
export const accessCodeRoom = (accessCodeId: number) => `access-code:${accessCodeId}`;
/** Every socket of one signed-in principal, on every instance. */
export const principalRoom = (principal: Principal) =>
  principal.role === 'officer' ? officerRoom(principal.officerId) : accessCodeRoom(principal.accessCodeId);
/** The public viewers (no token) following a meeting: they lose it when the webcast ends. */
export const publicRoom = (meetingId: number) => `${meetingRoom(meetingId)}:public`;
/** The screens following a meeting with one screen link: they lose it when the link is revoked. */
export const screenLinkRoom = (linkId: number) => `screen-link:${linkId}`;

/** Every room a socket following the meeting may be in, beside its own. */
function followingRooms(meetingId: number): string[] {
  const rooms = [meetingRoom(meetingId), listRoom(meetingId)];
  for (let count = 0; count <= MAX_NEXT_SPEAKERS; count += 1) rooms.push(nextRoom(meetingId, count));
  return rooms;
}

/**
 * Takes sockets out of what they may no longer follow, on every instance (the Redis adapter
 * broadcasts `in(room).disconnectSockets()` and `socketsLeave()`): each is told why first.
 */
@Injectable()
export class LiveAccess {
  private namespace: Namespace<ClientToServerEvents, ServerToClientEvents> | null = null;

  attach(namespace: Namespace<ClientToServerEvents, ServerToClientEvents>): void {
    this.namespace = namespace;
  }

  /** An access code revoked or an officer removed (its principalRoom): its sockets are disconnected. */
  endPrincipal(room: string, reason: AccessEnded['reason']): void {
    this.namespace?.to(room).emit('access:ended', { reason });
    this.namespace?.in(room).disconnectSockets();
  }

  /** A meeting no longer webcast: public viewers leave its rooms and stay connected for others. */
  endPublicFollowing(meetingId: number): void {
    this.endFollowing(publicRoom(meetingId), meetingId, 'not-webcast');
  }

  /** A screen link revoked: the screens that joined with it leave the meeting and stay connected. */
  endScreenLink(linkId: number, meetingId: number): void {
    this.endFollowing(screenLinkRoom(linkId), meetingId, 'screen-link-revoked');
  }

  private endFollowing(room: string, meetingId: number, reason: AccessEnded['reason']): void {
    this.namespace?.to(room).emit('access:ended', { reason, meetingId });
    this.namespace?.in(room).socketsLeave([...followingRooms(meetingId), room]);
  }
}
