import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../domain/clock';
import type { FloorCommandKind } from '../domain/meeting/meeting-command';
import type { MeetingIntent } from '../meeting-core/command-batch';
import { MeetingCore } from '../meeting-core/meeting-core.service';
import { floorView } from '../meeting-core/meeting-views';
import { CLOCK } from '../persistence/clock.provider';
import type { FloorStateView } from '../shared/api-types';

/** The officer's floor commands: every floor command but the server's own timer signal, and the overlays' switch. */
export type FloorIntent = Extract<MeetingIntent, { kind: Exclude<FloorCommandKind, 'time-signal'> | 'overlay' }>;

/** The floor routes: each one a command of the meeting core, answered with the floor it left. */
@Injectable()
export class FloorService {
  constructor(
    private readonly core: MeetingCore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async snapshot(meetingId: number): Promise<FloorStateView> {
    const { state, settings } = await this.core.current(meetingId);
    return floorView(state, settings.view, this.clock.now());
  }

  async command(meetingId: number, intent: FloorIntent): Promise<FloorStateView> {
    const applied = await this.core.execute(meetingId, intent);
    return floorView(applied.state, applied.settings.view, applied.nowMs);
  }
}
