import { EntityManager } from 'typeorm';
import { forecastList } from '../domain/speakers/forecast';
import { epochMsToIso } from '../domain/timetable/venue-time';
import { FloorEntity } from '../floor/floor.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { SpeakersListView } from '../shared/api-types';
import { SpeakerEntryEntity } from './speaker-entry.entity';
import { loadDelegationNames, toEntryView } from './speaker-entry.mapper';
import { loadList } from './speakers-list.store';

const STATUS_ORDER = { done: 0, speaking: 1, waiting: 2, withdrawn: 3 } as const;

/** The contract's SpeakersList: history first, then the queue in speaking order, then withdrawals. */
export async function buildSpeakersListView(
  manager: EntityManager,
  meeting: Pick<MeetingEntity, 'id' | 'startsAt' | 'endsAt'>,
  nowMs: number,
): Promise<SpeakersListView> {
  const list = await loadList(manager, meeting.id);
  const floor = await manager.findOneByOrFail(FloorEntity, { meetingId: meeting.id });
  const rows = await manager.find(SpeakerEntryEntity, { where: { meetingId: meeting.id }, order: { id: 'ASC' } });
  rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.position ?? 0) - (b.position ?? 0) || a.id - b.id);
  const names = await loadDelegationNames(manager, rows);
  const waiting = rows.filter((row) => row.status === 'waiting');
  const forecast = forecastList({
    now: nowMs,
    meeting,
    floor,
    interruptedRemainingMs: floor.interrupted.map((statement) => statement.limitMs - statement.elapsedMs),
    entries: waiting.map((row) => ({ id: row.id, limitSeconds: row.limitSeconds, usedMs: row.usedMs })),
  });
  const expectedStart = new Map(forecast.entries.map((entry) => [entry.id, entry.expectedStartAt]));
  return {
    meetingId: meeting.id,
    version: list.version,
    closed: list.closed,
    entries: rows.map((row) => {
      const view = toEntryView(row, names);
      const startAt = expectedStart.get(row.id);
      return startAt === undefined ? view : { ...view, expectedStartAt: epochMsToIso(startAt) };
    }),
    expectedEndAt: epochMsToIso(forecast.expectedEndAt),
    fitsInMeeting: forecast.fitsInMeeting,
    overrunSeconds: forecast.overrunSeconds,
  };
}
