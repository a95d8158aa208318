import { conferenceWindow, ConferenceDates } from './conference-window';
import { formatNeedsRoom, MeetingFormat } from './meeting-kinds';
import { localDateOf } from './venue-time';

export interface MeetingPlan {
  startsAt: number;
  endsAt: number;
  format: MeetingFormat;
  hasRoom: boolean;
  preparatory: boolean;
}

export interface PlanProblem {
  field: 'startsAt' | 'endsAt' | 'room';
  code: 'ENDS_BEFORE_START' | 'REQUIRED' | 'OUTSIDE_CONFERENCE';
  message: string;
}

/** The rules a meeting's times and room must keep, each broken one named by field. */
export function checkMeetingPlan(plan: MeetingPlan, conference: ConferenceDates): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.endsAt <= plan.startsAt) {
    problems.push({ field: 'endsAt', code: 'ENDS_BEFORE_START', message: 'must be after startsAt' });
  }
  if (formatNeedsRoom(plan.format) && !plan.hasRoom) {
    problems.push({ field: 'room', code: 'REQUIRED', message: `is required for a meeting held ${plan.format}; only a virtual meeting may have no room` });
  }
  if (!plan.preparatory) {
    const { startsAtMs, endsAtMs } = conferenceWindow(conference);
    const dates = `the conference dates, ${conference.startsOn} to ${conference.endsOn} (${conference.timeZone})`;
    const hint = 'set preparatory: true for a meeting before or after the conference';
    if (plan.startsAt < startsAtMs || plan.startsAt >= endsAtMs) {
      const day = localDateOf(plan.startsAt, conference.timeZone);
      problems.push({ field: 'startsAt', code: 'OUTSIDE_CONFERENCE', message: `${day} is outside ${dates}; ${hint}` });
    } else if (plan.endsAt > endsAtMs) {
      problems.push({ field: 'endsAt', code: 'OUTSIDE_CONFERENCE', message: `ends after ${dates}; ${hint}` });
    }
  }
  return problems;
}
