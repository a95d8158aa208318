import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import type { Principal } from '../auth/principal';
import type { FloorStateView, PresenceView, SpeakersListView, SpeakersNextView } from '../shared/api-types';
import { ClientToServerEvents, MAX_NEXT_SPEAKERS, ServerToClientEvents } from '../shared/live-events';

/** Everyone following the meeting: floor:state goes here. */
export const meetingRoom = (meetingId: number) => `meeting:${meetingId}`;
/** Clients that take the whole list (all that asked for nothing else): speakers:list. */
export const listRoom = (meetingId: number) => `meeting:${meetingId}:list`;
/** Screens that show only the next `count` speakers: speakers:next. */
export const nextRoom = (meetingId: number, count: number) => `meeting:${meetingId}:next:${count}`;
/** Officers following the meeting: presence:update goes here, and nowhere else. */
export const officersRoom = (meetingId: number) => `meeting:${meetingId}:officers`;
/** Every signed-in delegate page following the meeting, and those of one delegation. */
export const delegatesRoom = (meetingId: number) => `meeting:${meetingId}:delegates`;
export const delegationRoom = (meetingId: number, delegationId: number) => `meeting:${meetingId}:delegation:${delegationId}`;

/** What a live socket carries; read across instances by fetchSockets. */
export interface LiveSocketData {
  principal: Principal | null;
  /** Epoch ms each meeting this socket follows was joined, by meeting id. */
  joinedAt: Record<number, number>;
}

/** A delegate page connected to a meeting, on any instance. */
export interface MeetingPage {
  delegationId: number;
  joinedAt: number;
}

type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;

/** At most one speakers:list per meeting in this window, and never later than this after a change. */
export const LIST_PUSH_INTERVAL_MS = 100;

/** The latest list of a meeting, built only when a push goes out. */
export interface ListSource {
  list(): SpeakersListView;
  next(count: number): SpeakersNextView;
}

interface ListPushes {
  latest: ListSource | null;
  lastSentAt: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** JSON of the last speakers:next sent per count: a change further down the list sends none. */
  nextSent: Map<number, string>;
}

/**
 * Pushes committed state to a meeting's rooms: every floor state at once, the list merged (the
 * latest one, at most every LIST_PUSH_INTERVAL_MS), so a burst of 193 inscriptions is a few pushes,
 * not 193 full lists to every screen.
 */
@Injectable()
export class LivePublisher implements OnModuleDestroy {
  private namespace: LiveNamespace | null = null;
  private readonly lists = new Map<number, ListPushes>();

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  presence(meetingId: number, presence: PresenceView): void {
    this.namespace?.to(officersRoom(meetingId)).emit('presence:update', presence);
  }

  /**
   * The delegate pages connected to a meeting (one delegation's only, when given), on every
   * instance: with the Redis adapter fetchSockets asks them all.
   */
  async pagesOf(meetingId: number, delegationId?: number): Promise<MeetingPage[]> {
    if (!this.namespace) return [];
    const room = delegationId === undefined ? delegatesRoom(meetingId) : delegationRoom(meetingId, delegationId);
    const sockets = await this.namespace.in(room).fetchSockets();
    return sockets.flatMap(({ data }) =>
      data.principal?.role === 'delegate' && data.joinedAt?.[meetingId] !== undefined
        ? [{ delegationId: data.principal.delegationId, joinedAt: data.joinedAt[meetingId] }]
        : [],
    );
  }

  floor(floor: FloorStateView): void {
    this.namespace?.to(meetingRoom(floor.meetingId)).emit('floor:state', floor);
  }

  listChanged(meetingId: number, source: ListSource): void {
    let pushes = this.lists.get(meetingId);
    if (!pushes) this.lists.set(meetingId, (pushes = { latest: null, lastSentAt: -Infinity, timer: null, nextSent: new Map() }));
    pushes.latest = source;
    if (pushes.timer) return;
    const waitMs = pushes.lastSentAt + LIST_PUSH_INTERVAL_MS - performance.now();
    if (waitMs <= 0) this.sendList(meetingId, pushes);
    else pushes.timer = setTimeout(() => this.sendList(meetingId, pushes), waitMs);
  }

  /** A meeting removed or changed under us: nothing pending is sent, what was sent is forgotten. */
  forget(meetingId: number): void {
    const pushes = this.lists.get(meetingId);
    if (pushes?.timer) clearTimeout(pushes.timer);
    this.lists.delete(meetingId);
  }

  onModuleDestroy(): void {
    for (const meetingId of [...this.lists.keys()]) this.forget(meetingId);
  }

  private sendList(meetingId: number, pushes: ListPushes): void {
    pushes.timer = null;
    pushes.lastSentAt = performance.now();
    const source = pushes.latest;
    pushes.latest = null;
    if (!source || !this.namespace) return;
    this.namespace.to(listRoom(meetingId)).emit('speakers:list', source.list());
    for (let count = 1; count <= MAX_NEXT_SPEAKERS; count += 1) {
      const next = source.next(count);
      // The version moves with every change; what a screen shows may not.
      const shown = JSON.stringify({ ...next, version: 0 });
      if (pushes.nextSent.get(count) === shown) continue;
      pushes.nextSent.set(count, shown);
      this.namespace.to(nextRoom(meetingId, count)).emit('speakers:next', next);
    }
  }
}
