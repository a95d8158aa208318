import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cleanText } from '../shared/clean-text';
import { MEETING_FORMATS, MEETING_KINDS } from '../domain/timetable/meeting-kinds';
import { INSTANT_HINT, isIsoInstant, isMeetingTimeInput, MEETING_TIME_HINT, parseIsoInstant } from '../domain/timetable/meeting-time';
import { ianaZoneName } from '../domain/timetable/venue-time';

const meetingTime = z.string().refine(isMeetingTimeInput, MEETING_TIME_HINT);

const meetingFields = {
  title: cleanText(z.string().trim().min(1).max(300)),
  kind: z.enum(MEETING_KINDS),
  format: z.enum(MEETING_FORMATS),
  webcast: z.boolean(),
  /** The room's name, or null for a meeting with no room (a virtual one). */
  room: cleanText(z.string().trim().min(1).max(200)).nullable(),
  startsAt: meetingTime,
  endsAt: meetingTime,
  agendaItemIds: z
    .array(z.number().int().positive())
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name an agenda item twice'),
  /** Allows dates outside the conference (consultations before it). */
  preparatory: z.boolean(),
  cancelled: z.boolean(),
};

export const createMeetingSchema = z
  .object({
    ...meetingFields,
    webcast: meetingFields.webcast.default(false),
    room: meetingFields.room.default(null),
    agendaItemIds: meetingFields.agendaItemIds.default([]),
    preparatory: meetingFields.preparatory.default(false),
    cancelled: meetingFields.cancelled.default(false),
  })
  .strict();

export const updateMeetingSchema = z
  .object(meetingFields)
  .partial()
  .extend({ version: z.number().int().positive().optional() })
  .strict()
  .refine((patch) => Object.keys(patch).some((key) => key !== 'version'), 'give at least one field to change');

export type CreateMeetingBody = z.infer<typeof createMeetingSchema>;
export type UpdateMeetingBody = z.infer<typeof updateMeetingSchema>;

export class CreateMeetingDto extends createZodDto(createMeetingSchema) {}
export class UpdateMeetingDto extends createZodDto(updateMeetingSchema) {}

const instant = z.string().refine(isIsoInstant, INSTANT_HINT);

export const meetingsQuerySchema = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    tz: z
      .string()
      .refine((zone) => ianaZoneName(zone) !== null, 'must be an IANA time zone, such as "Asia/Tokyo"')
      .optional(),
  })
  .strict()
  .refine(({ from, to }) => !from || !to || parseIsoInstant(to)! > parseIsoInstant(from)!, { path: ['to'], message: 'must be after from' });

export type MeetingsQuery = z.infer<typeof meetingsQuerySchema>;
export class MeetingsQueryDto extends createZodDto(meetingsQuerySchema) {}

export const calendarQuerySchema = z
  .object({ meeting: z.string().regex(/^[1-9][0-9]{0,9}$/, 'must be a positive integer').optional() })
  .strict();

export class CalendarQueryDto extends createZodDto(calendarQuerySchema) {}
