import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { enforcementSchema, optionalBody } from '../common/body-schemas';
import { cleanText } from '../shared/clean-text';
import { MEETING_FORMATS, MEETING_KINDS } from '../domain/timetable/meeting-kinds';
import {
  INSTANT_HINT,
  INSTANT_PATTERN,
  isIsoInstant,
  isMeetingTimeInput,
  MEETING_TIME_HINT,
  MEETING_TIME_PATTERN,
  parseIsoInstant,
} from '../domain/timetable/meeting-time';
import { IANA_NAME, ianaZoneName } from '../domain/timetable/venue-time';

// The patterns only describe the shape for the document; the refinements are the check.
const meetingTime = z
  .string()
  .refine(isMeetingTimeInput, MEETING_TIME_HINT)
  .meta({ pattern: MEETING_TIME_PATTERN, description: `an instant with offset, or wall-clock time at the venue`, examples: ['2021-07-27T10:00'] });

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
  /** The meeting's own enforcement; null follows the conference's. */
  enforcement: enforcementSchema.nullable(),
};

export const createMeetingSchema = z
  .object({
    ...meetingFields,
    webcast: meetingFields.webcast.default(false),
    room: meetingFields.room.default(null),
    agendaItemIds: meetingFields.agendaItemIds.default([]),
    preparatory: meetingFields.preparatory.default(false),
    cancelled: meetingFields.cancelled.default(false),
    enforcement: meetingFields.enforcement.default(null),
  })
  .strict();

export const updateMeetingSchema = z
  .object(meetingFields)
  .partial()
  .extend({ version: z.number().int().positive().optional() })
  .strict()
  .refine((patch) => Object.keys(patch).some((key) => key !== 'version'), 'give at least one field to change');

/** A rehearsal takes everything from the meeting it copies: the body, if any, must be empty. */
export const rehearsalSchema = optionalBody(z.object({}).strict());
export class RehearsalDto extends createZodDto(rehearsalSchema) {}

export type CreateMeetingBody = z.infer<typeof createMeetingSchema>;
export type UpdateMeetingBody = z.infer<typeof updateMeetingSchema>;

export class CreateMeetingDto extends createZodDto(createMeetingSchema) {}
export class UpdateMeetingDto extends createZodDto(updateMeetingSchema) {}

// No `examples` on query fields: Nest lifts them onto the parameter, where OpenAPI wants a map.
const instant = z.string().refine(isIsoInstant, INSTANT_HINT).meta({ pattern: INSTANT_PATTERN, description: 'an ISO instant with offset or Z, as 2021-07-27T13:00:00Z' });

export const meetingsQuerySchema = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    tz: z
      .string()
      .refine((zone) => ianaZoneName(zone) !== null, 'must be an IANA time zone, such as "Asia/Tokyo"')
      .meta({ pattern: IANA_NAME.source, description: 'an IANA time zone, as Asia/Tokyo' })
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
