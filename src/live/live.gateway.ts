import { HttpException, Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import type { ZodType } from 'zod';
import { TokenService } from '../auth/token.service';
import { badInput, httpError, isUnauthenticated, toHttpException, withErrorCode } from '../common/domain-exception.filter';
import { zodBadInput } from '../common/zod-validation.pipe';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { MeetingCore } from '../meeting-core/meeting-core.service';
import { floorView } from '../meeting-core/meeting-views';
import { SnapshotCache } from '../meeting-core/snapshot-cache';
import { CLOCK } from '../persistence/clock.provider';
import { PresenceService } from '../presence/presence.service';
import { ScreenKeys } from '../screens/screen-keys';
import type { ScreenLinkEntity } from '../screens/screen-link.entity';
import {
  ClientToServerEvents,
  ClockPong,
  clockPingSchema,
  LIVE_NAMESPACE,
  LiveError,
  meetingJoinSchema,
  meetingRefSchema,
  MeetingSnapshot,
  PresenceSnapshot,
  ScreenSnapshot,
  ServerToClientEvents,
} from '../shared/live-events';
import { LIVE_HEARTBEAT } from './heartbeat';
import { LiveAccess, principalRoom, publicRoom, screenLinkRoom } from './live-access';
import { delegatesRoom, delegationRoom, listRoom, LivePublisher, LiveSocketData, meetingRoom, nextRoom, officersRoom } from './live-publisher';
import { SocketLimits } from './socket-limits';

interface SocketData extends LiveSocketData {
  /** The handshake's token, checked again at every join. */
  token: string | null;
}
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The body a REST call would answer with, code and fields included. */
function liveError(http: HttpException): LiveError {
  return { error: http.getResponse() as LiveError['error'] };
}

/**
 * Validates an event payload. Socket.IO also delivers binary data (a Buffer), which zod would take
 * for an object and answer with every Buffer method as an unknown field.
 */
function parsePayload<T>(schema: ZodType<T>, payload: unknown): { data: T } | LiveError {
  if (payload instanceof Uint8Array || payload instanceof ArrayBuffer) {
    return liveError(badInput(['body: must be a JSON object, not binary data'], 'INVALID_TYPE'));
  }
  const parsed = schema.safeParse(payload);
  return parsed.success ? { data: parsed.data } : liveError(zodBadInput(parsed.error));
}

function toLiveError(exception: unknown): LiveError {
  if (exception instanceof DomainError) return liveError(toHttpException(exception));
  if (exception instanceof HttpException) return liveError(withErrorCode(exception));
  new Logger('Live').error(exception instanceof Error ? exception.stack : String(exception));
  return liveError(httpError('INTERNAL_ERROR', 'Internal server error'));
}

async function leaveMeeting(socket: LiveSocket, meetingId: number): Promise<void> {
  const rooms = [...socket.rooms].filter((room) => room === meetingRoom(meetingId) || room.startsWith(`${meetingRoom(meetingId)}:`));
  await Promise.all(rooms.map((room) => socket.leave(room)));
}

/** The rooms a signed-in caller joins beside the meeting's: officers get presence, delegate pages make it. */
function presenceRooms(socket: LiveSocket, meetingId: number): string[] {
  const principal = socket.data.principal;
  if (principal?.role === 'officer') return [officersRoom(meetingId)];
  if (principal?.role === 'delegate') return [delegatesRoom(meetingId), delegationRoom(meetingId, principal.delegationId)];
  return [];
}

async function leaveAllMeetings(socket: LiveSocket): Promise<void> {
  await Promise.all([...socket.rooms].filter((room) => room.startsWith('meeting:')).map((room) => socket.leave(room)));
}

function notPublic(meetingId: number): LiveError {
  return liveError(httpError('MEETING_NOT_PUBLIC', `Meeting ${meetingId} is not public: it is not webcast, so a screen needs a screen link to follow it`));
}

/**
 * Authenticates at the handshake, validates every payload, answers through acks, never throws.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: { origin: false }, ...LIVE_HEARTBEAT })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  private readonly snapshots = new SnapshotCache();
  // Not in socket.data: the Redis adapter sends socket.data to other instances (fetchSockets), and a timer is no JSON.
  private readonly expiries = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly limits: SocketLimits;

  constructor(
    private readonly tokens: TokenService,
    private readonly core: MeetingCore,
    private readonly publisher: LivePublisher,
    private readonly presence: PresenceService,
    private readonly access: LiveAccess,
    private readonly screenKeys: ScreenKeys,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = new SocketLimits(config.live);
  }

  afterInit(namespace: Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>): void {
    this.publisher.attach(namespace);
    this.access.attach(namespace);
    this.limits.watch(namespace);
    namespace.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      (socket as LiveSocket).data.joinedAt = {};
      (socket as LiveSocket).data.token = null;
      if (token === undefined || token === null || token === '') {
        (socket as LiveSocket).data.principal = null;
        return next();
      }
      if (typeof token !== 'string') return next(new Error('auth.token must be a string'));
      this.tokens.verify(token).then(
        (principal) => {
          (socket as LiveSocket).data.principal = principal;
          (socket as LiveSocket).data.token = token;
          next();
        },
        (error: unknown) =>
          next(new Error(error instanceof DomainError || error instanceof HttpException ? error.message : 'Access token is not valid')),
      );
    });
  }

  /** A signed-in socket joins its principal's room, for revocations, and is let go when its token expires. */
  async handleConnection(socket: LiveSocket): Promise<void> {
    this.limits.apply(socket);
    const { principal, token } = socket.data;
    if (!principal || !token) return;
    // jsonwebtoken reads the system clock, so the deadline is on it too, not on the injected Clock.
    this.expiries.set(socket.id, setTimeout(() => {
      socket.emit('access:ended', { reason: 'token-expired' });
      socket.disconnect();
    }, Math.max(0, this.tokens.expiresAtMs(token) - Date.now())));
    await socket.join(principalRoom(principal));
  }

  /** Its rooms are already left: the delegation's other pages, on any instance, decide whether it is still online. */
  handleDisconnect(socket: LiveSocket): void {
    clearTimeout(this.expiries.get(socket.id));
    this.expiries.delete(socket.id);
    for (const meetingId of Object.keys(socket.data.joinedAt ?? {})) this.pagesChanged(socket, Number(meetingId));
  }

  onModuleDestroy(): void {
    this.limits.stop();
  }

  @SubscribeMessage('meeting:join')
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() payload: unknown): Promise<MeetingSnapshot | ScreenSnapshot | LiveError> {
    try {
      const parsed = parsePayload(meetingJoinSchema, payload);
      if ('error' in parsed) return parsed;
      const { meetingId, next, screenKey } = parsed.data;
      // Access may have ended since the handshake (code revoked, officer removed, token expired).
      if (socket.data.token) socket.data.principal = await this.tokens.verify(socket.data.token);
      // A key sent is always checked, signed in or not: a revoked link stops the screen that has it.
      const screen = screenKey === undefined ? null : await this.screenKeys.open(meetingId, screenKey);
      const isPublic = !socket.data.principal && !screen;
      const { settings } = await this.core.current(meetingId);
      if (isPublic && !settings.webcast) return notPublic(meetingId);
      // A second join may ask for another view: only the last one's pushes come.
      await leaveMeeting(socket, meetingId);
      // Join before reading the state, so no change can fall between the snapshot and the first push.
      const rooms = [meetingRoom(meetingId), next === undefined ? listRoom(meetingId) : nextRoom(meetingId, next), ...presenceRooms(socket, meetingId)];
      if (screen) rooms.push(screenLinkRoom(screen.id));
      else if (isPublic) rooms.push(publicRoom(meetingId));
      await socket.join(rooms);
      socket.data.joinedAt[meetingId] ??= this.clock.now();
      this.pagesChanged(socket, meetingId);
      const [now, presence] = await Promise.all([this.core.current(meetingId), this.presenceSnapshot(socket, meetingId)]);
      // The webcast may have ended, or the link been revoked, while this join waited: neither could take this socket out yet.
      if (isPublic && !now.settings.webcast) {
        await leaveMeeting(socket, meetingId);
        return notPublic(meetingId);
      }
      if (screen) await this.stillOpen(socket, screen, screenKey!);
      const nowMs = this.clock.now();
      const floor = floorView(now.state, now.settings.view, nowMs);
      if (next === undefined) return { floor, speakers: this.snapshots.list(now, nowMs), ...presence };
      return next === 0 ? { floor, ...presence } : { floor, next: this.snapshots.next(now, next, nowMs), ...presence };
    } catch (exception) {
      if (isUnauthenticated(exception)) await leaveAllMeetings(socket);
      return toLiveError(exception);
    }
  }

  /** The key once more, now that the socket is in the rooms a revocation empties; then its use is noted. */
  private async stillOpen(socket: LiveSocket, link: ScreenLinkEntity, screenKey: string): Promise<void> {
    try {
      await this.screenKeys.open(link.meetingId, screenKey);
    } catch (error) {
      await leaveMeeting(socket, link.meetingId);
      await socket.leave(screenLinkRoom(link.id));
      throw error;
    }
    await this.screenKeys.noteUsed(link);
  }

  @SubscribeMessage('meeting:leave')
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() payload: unknown): Promise<{ ok: true } | LiveError> {
    const parsed = parsePayload(meetingRefSchema, payload);
    if ('error' in parsed) return parsed;
    await leaveMeeting(socket, parsed.data.meetingId);
    this.pagesChanged(socket, parsed.data.meetingId);
    delete socket.data.joinedAt[parsed.data.meetingId];
    return { ok: true };
  }

  private presenceSnapshot(socket: LiveSocket, meetingId: number): Promise<PresenceSnapshot> {
    const principal = socket.data.principal;
    if (principal?.role === 'officer') return this.presence.list(meetingId).then((presence) => ({ presence }));
    if (principal?.role === 'delegate') return this.presence.ownPresence(meetingId, principal.delegationId).then((ownPresence) => ({ ownPresence }));
    return Promise.resolve({});
  }

  private pagesChanged(socket: LiveSocket, meetingId: number): void {
    const principal = socket.data.principal;
    if (principal?.role === 'delegate') this.presence.pagesChanged(meetingId, principal.delegationId);
  }

  @SubscribeMessage('clock:ping')
  ping(@MessageBody() payload: unknown): ClockPong | LiveError {
    const parsed = parsePayload(clockPingSchema, payload);
    if ('error' in parsed) return parsed;
    return { t0: parsed.data.t0, serverNow: this.clock.now() };
  }
}
