import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import type { FloorStateView, SpeakersListView } from '../shared/api-types';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/live-events';

export const meetingRoom = (meetingId: number) => `meeting:${meetingId}`;

/**
 * Pushes committed state to a meeting's room. Services call it after their transaction commits,
 * once per change; the gateway hands it the namespace when it starts.
 */
@Injectable()
export class LivePublisher {
  private namespace: Namespace<ClientToServerEvents, ServerToClientEvents> | null = null;

  attach(namespace: Namespace<ClientToServerEvents, ServerToClientEvents>): void {
    this.namespace = namespace;
  }

  floor(floor: FloorStateView): void {
    this.namespace?.to(meetingRoom(floor.meetingId)).emit('floor:state', floor);
  }

  speakers(speakers: SpeakersListView): void {
    this.namespace?.to(meetingRoom(speakers.meetingId)).emit('speakers:list', speakers);
  }
}
