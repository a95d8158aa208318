import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { httpError } from '../common/domain-exception.filter';
import { MeetingCore } from '../meeting-core/meeting-core.service';
import type { RequestWithScreen } from '../screens/screen-key.guard';

/**
 * One rule for reading a meeting, as the live gateway's join applies it: anyone may read a
 * webcast meeting's list, floor and statements; any other needs a signed-in officer or delegate,
 * or (its floor and list) a screen link's key. Runs after the global AuthGuard, which has read the
 * token, and after ScreenKeyGuard where a route takes a key.
 */
@Injectable()
export class MeetingReadGuard implements CanActivate {
  constructor(private readonly core: MeetingCore) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithScreen>();
    if (request.principal) return true;
    const meetingId = Number(request.params.id);
    if (request.screenMeetingId === meetingId) return true;
    // A bad or unknown id is the route's own 400 or 404.
    if (!Number.isSafeInteger(meetingId) || meetingId <= 0) return true;
    const { settings } = await this.core.current(meetingId);
    if (!settings.webcast) throw httpError('MEETING_NOT_PUBLIC', `Meeting ${meetingId} is not webcast: sign in to read it`, undefined, 401);
    return true;
  }
}
