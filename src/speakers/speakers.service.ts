import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { Clock } from '../domain/clock';
import { actorOf } from '../meeting-core/actor';
import type { MeetingIntent } from '../meeting-core/command-batch';
import { MeetingCore } from '../meeting-core/meeting-core.service';
import { listEntryView, listView } from '../meeting-core/meeting-views';
import { CLOCK } from '../persistence/clock.provider';
import type { SpeakerEntryView, SpeakersListView } from '../shared/api-types';
import { CallAgainDto, InscribeDto, MoveDto, SwapDto } from './speakers.dto';

/** The speakers' list routes: each one a command of the meeting core, answered with the list it left. */
@Injectable()
export class SpeakersService {
  constructor(
    private readonly core: MeetingCore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async snapshot(meetingId: number): Promise<SpeakersListView> {
    const { state, settings } = await this.core.current(meetingId);
    return listView(state, settings.view, this.clock.now());
  }

  /** Inscribes, or returns the entry a retried request already created (`created: false`). */
  async inscribe(meetingId: number, principal: Principal, body: InscribeDto): Promise<{ entry: SpeakerEntryView; created: boolean }> {
    const applied = await this.core.execute(meetingId, {
      kind: 'inscribe',
      actor: actorOf(principal),
      delegationId: body.delegationId,
      capacity: body.capacity,
      onBehalfOfId: body.onBehalfOfId ?? undefined,
      requestId: body.requestId,
      position: body.position,
      version: body.version,
    });
    const entryId = applied.decision.entryId!;
    return { entry: listEntryView(applied.state, entryId, applied.settings.view, applied.nowMs), created: applied.decision.created };
  }

  withdraw(meetingId: number, entryId: number, principal: Principal, version?: number): Promise<SpeakersListView> {
    return this.change(meetingId, { kind: 'withdraw', actor: actorOf(principal), entryId, version });
  }

  callAgain(meetingId: number, entryId: number, body: CallAgainDto): Promise<SpeakersListView> {
    return this.change(meetingId, { kind: 'call-again', entryId, position: body.position, version: body.version });
  }

  move(meetingId: number, entryId: number, body: MoveDto): Promise<SpeakersListView> {
    return this.change(meetingId, { kind: 'move', entryId, position: body.position, version: body.version });
  }

  swap(meetingId: number, body: SwapDto): Promise<SpeakersListView> {
    return this.change(meetingId, { kind: 'swap', entryIdA: body.entryIdA, entryIdB: body.entryIdB, version: body.version });
  }

  setClosed(meetingId: number, closed: boolean, version?: number): Promise<SpeakersListView> {
    return this.change(meetingId, { kind: closed ? 'close' : 'reopen', version });
  }

  private async change(meetingId: number, intent: MeetingIntent): Promise<SpeakersListView> {
    const applied = await this.core.execute(meetingId, intent);
    return listView(applied.state, applied.settings.view, applied.nowMs);
  }
}
