import { applyDecorators, CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { MeetingReadGuard } from '../auth/meeting-read.guard';
import type { RequestWithPrincipal } from '../auth/require-role.decorator';
import { invalidInput } from '../domain/domain-error';
import { ScreenKeys } from './screen-keys';

export type RequestWithScreen = RequestWithPrincipal & { screenMeetingId?: number };

/** A `?screenKey=` sent to a read a screen makes is checked: the meeting it opens is noted, any other key is 403. */
@Injectable()
export class ScreenKeyGuard implements CanActivate {
  constructor(private readonly keys: ScreenKeys) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithScreen>();
    const key: unknown = request.query.screenKey;
    const meetingId = Number(request.params.id);
    // A bad id is the route's own 400.
    if (key === undefined || !Number.isSafeInteger(meetingId) || meetingId <= 0) return true;
    if (typeof key !== 'string') throw invalidInput(['screenKey: must be given once, as text']);
    await this.keys.open(meetingId, key);
    request.screenMeetingId = meetingId;
    return true;
  }
}

/**
 * The reads a display or overlay makes (the meeting, its floor, its list) take the screen link's
 * key; `readRule` adds the meeting read rule (webcast, a sign-in, or the key), for what is not public.
 */
export const AcceptsScreenKey = ({ readRule }: { readRule: boolean }) =>
  applyDecorators(
    UseGuards(ScreenKeyGuard, ...(readRule ? [MeetingReadGuard] : [])),
    ApiQuery({ name: 'screenKey', required: false, type: String, description: "A screen link's key: read-only access to this meeting even when it is not webcast" }),
  );
