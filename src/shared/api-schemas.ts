import { z } from 'zod';
import { CAPACITIES, Capacity, DELEGATION_KINDS } from '../domain/capacity';
import { ENTRY_STATUSES } from '../domain/speakers/entry-status';
import { PRESENCE_MODES } from '../domain/presence/presence';
import { ENFORCEMENT_MODES } from '../domain/timer/enforcement';
import { FLOOR_STATUSES, STATEMENT_ENDINGS } from '../domain/timer/floor-state';
import { WEBHOOK_EVENTS } from '../domain/webhooks/webhook-events';
import type * as Api from './api-types';

/**
 * The response views of api-types.ts as zod schemas, for the OpenAPI document and the e2e check
 * of every answer. Each is held to its interface (`viewOf`), so a field added to one must be added
 * to the other.
 */

/** The schema, held to the view type: compiles only while the two accept each other. */
function viewOf<View>() {
  return <Schema extends z.ZodType>(schema: Schema & (SameShape<z.infer<Schema>, View> extends true ? unknown : never)): Schema => schema;
}
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Text or null. The description on the text keeps zod from writing `type: ["string", "null"]`,
 * which @nestjs/swagger misreads as an array of strings on a DTO's own fields.
 */
export const textOrNull = (description: string) => z.string().meta({ description }).nullable();

/** A row id: a positive integer that fits the database's integer column. */
export const rowIdSchema = z.int().min(1).max(2 ** 31 - 1);
/** An instant as the REST views write it: ISO-8601 in UTC (`2021-07-26T14:00:00.000Z`). */
export const utcInstantSchema = z.iso.datetime().meta({ examples: ['2021-07-26T14:00:00.000Z'] });
/** A wall-clock time with its zone's offset (`2021-07-26T10:00:00.000-04:00`). */
const offsetInstantSchema = z.iso.datetime({ offset: true }).meta({ examples: ['2021-07-26T10:00:00.000-04:00'] });
/** An instant for counting, as the floor and the live events carry it: epoch milliseconds. */
export const epochMsSchema = z.int().min(0).meta({ description: 'epoch milliseconds', examples: [1627308000000] });
const count = z.int().min(0);
const durationMs = z.int().min(0);

export const conferenceSummarySchema = viewOf<Api.ConferenceSummary>()(z.object({
  slug: z.string(),
  title: z.string(),
  timeZone: z.string().meta({ description: 'IANA zone of the venue', examples: ['America/New_York'] }),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
}));

export const bureauSeatSchema = viewOf<Api.BureauSeatView>()(z.object({
  role: z.enum(['chair', 'vice-chair']),
  regionalGroup: z.string(),
  delegation: z.string().nullable(),
  person: z.string().nullable(),
}));

export const enforcementViewSchema = viewOf<Api.EnforcementView>()(z.object({
  mode: z.enum(ENFORCEMENT_MODES).meta({ description: 'at zero: keep counting, ask the speaker to conclude, or cut off after the grace' }),
  graceSeconds: count,
}));

export const conferenceDocumentViewSchema = viewOf<Api.ConferenceDocumentView>()(z.object({
  symbol: z.string(),
  title: z.string(),
  date: z.iso.date().meta({ description: 'date of issue' }),
}));

export const factNoteViewSchema = viewOf<Api.FactNoteView>()(z.object({
  provisional: z.boolean().meta({ description: "an assumption rather than the chair's letters" }),
  note: z.string(),
}));

export const conferenceDetailSchema = viewOf<Api.ConferenceDetail>()(conferenceSummarySchema.extend({
  shortTitle: z.string(),
  venue: z.string(),
  statementLimits: z
    .object(Object.fromEntries(CAPACITIES.map((capacity) => [capacity, count])) as Record<Capacity, typeof count>)
    .meta({ description: 'seconds per statement, by capacity' }),
  rightOfReplySeconds: z.array(count),
  warningSeconds: count,
  speakingOrder: z.array(z.enum(CAPACITIES)),
  bureau: z.array(bureauSeatSchema),
  documents: z.array(conferenceDocumentViewSchema),
  limitNotes: z
    .record(z.string(), factNoteViewSchema)
    .meta({ description: 'where each limit comes from, keyed like statementLimits, plus `warning`' }),
  enforcement: enforcementViewSchema,
  version: z.int().min(1),
}));

export const localTimesSchema = viewOf<Api.LocalTimesView>()(z.object({
  zone: z.string(),
  startsAt: offsetInstantSchema,
  endsAt: offsetInstantSchema,
  date: z.iso.date(),
}));

const localizedNamesSchema = z.object({ ar: z.string(), zh: z.string(), en: z.string(), fr: z.string(), ru: z.string(), es: z.string() });

export const meetingViewSchema = viewOf<Api.MeetingView>()(z.object({
  id: rowIdSchema,
  conferenceSlug: z.string(),
  title: z.string(),
  titles: localizedNamesSchema.nullable().meta({ description: 'the title in the six UN languages; null where there is only `title`' }),
  kind: z.string(),
  format: z.string(),
  webcast: z.boolean(),
  room: textOrNull("the room's name; null for a meeting with no room"),
  startsAt: utcInstantSchema,
  endsAt: utcInstantSchema,
  agendaItemIds: z.array(rowIdSchema),
  cancelled: z.boolean(),
  preparatory: z.boolean(),
  rehearsal: z.boolean().meta({ description: 'a copy made to try the floor out' }),
  rehearsalOf: rowIdSchema.nullable().meta({ description: 'the meeting a rehearsal copies, else null' }),
  provisional: z.boolean().meta({ description: "seeded from an assumption, not the chair's letters" }),
  note: textOrNull('what a provisional meeting assumes'),
  version: z.int().min(1),
  enforcement: enforcementViewSchema.nullable().meta({ description: "the meeting's own enforcement; null when it follows the conference's" }),
  venueLocal: localTimesSchema,
  local: localTimesSchema.optional(),
}));

export const roomViewSchema = viewOf<Api.RoomView>()(z.object({ id: rowIdSchema, name: z.string() }));

export const agendaItemViewSchema = viewOf<Api.AgendaItemView>()(z.object({ id: rowIdSchema, code: z.string(), title: z.string() }));

export const delegationViewSchema = viewOf<Api.DelegationView>()(z.object({
  id: rowIdSchema,
  name: z.string(),
  names: localizedNamesSchema,
  kind: z.enum(DELEGATION_KINDS),
  regionalGroup: textOrNull('the regional group of a State; null for others'),
  regionalGroups: z.array(z.string()),
  memberOf: z.array(rowIdSchema),
  observerOf: z.array(rowIdSchema).meta({ description: 'of memberOf, the groups it attends as an observer' }),
  provisional: z.boolean(),
  note: textOrNull('what a provisional delegation assumes'),
}));

export const delegationRefSchema = viewOf<Api.DelegationRef>()(z.object({ id: rowIdSchema, name: z.string(), names: localizedNamesSchema }));

export const speakerEntryViewSchema = viewOf<Api.SpeakerEntryView>()(z.object({
  id: rowIdSchema,
  delegation: delegationRefSchema,
  capacity: z.enum(CAPACITIES),
  onBehalfOf: delegationRefSchema.nullable(),
  status: z.enum(ENTRY_STATUSES),
  position: z.int().min(1).nullable(),
  limitSeconds: count,
  usedMs: durationMs,
  requestedAt: utcInstantSchema,
  expectedStartAt: utcInstantSchema.optional(),
}));

export const speakersListViewSchema = viewOf<Api.SpeakersListView>()(z.object({
  meetingId: rowIdSchema,
  version: z.int().min(1),
  closed: z.boolean(),
  entries: z.array(speakerEntryViewSchema),
  expectedEndAt: utcInstantSchema,
  fitsInMeeting: z.boolean(),
  overrunSeconds: count,
  meetingEnded: z.boolean().meta({ description: 'the scheduled end has passed with nobody called' }),
}));

export const speakersNextViewSchema = viewOf<Api.SpeakersNextView>()(z.object({
  meetingId: rowIdSchema,
  version: z.int().min(1),
  closed: z.boolean(),
  entries: z.array(speakerEntryViewSchema),
}));

export const floorStateViewSchema = viewOf<Api.FloorStateView>()(z.object({
  meetingId: rowIdSchema,
  version: z.int().min(1),
  status: z.enum(FLOOR_STATUSES),
  entryId: rowIdSchema.nullable(),
  speaker: speakerEntryViewSchema.nullable(),
  limitMs: durationMs,
  elapsedMs: durationMs,
  runningSince: epochMsSchema.nullable(),
  serverNow: epochMsSchema,
  warningMs: durationMs,
  message: textOrNull('the message shown to the speaker, if any'),
  interruptedEntryIds: z.array(rowIdSchema),
  statementStartedAt: epochMsSchema.nullable().meta({ description: 'epoch ms the speaker on the floor first started; null while called but not started' }),
  enforcement: enforcementViewSchema,
  undoableUntil: epochMsSchema.nullable().meta({ description: "epoch ms until which the officer's last floor command can be undone; null when it cannot" }),
  overlayOnAir: z.boolean().meta({ description: 'whether the broadcast overlays show the floor; a switch keeps the version, so a push may repeat it' }),
}));

export const statementViewSchema = viewOf<Api.StatementView>()(z.object({
  meetingId: rowIdSchema,
  entryId: rowIdSchema,
  delegation: delegationRefSchema,
  capacity: z.enum(CAPACITIES),
  onBehalfOf: delegationRefSchema.nullable(),
  limitMs: durationMs,
  usedMs: durationMs,
  overtimeMs: durationMs,
  startedAt: utcInstantSchema.nullable(),
  endedAt: utcInstantSchema,
  interruptions: count,
  endedBy: z.enum(STATEMENT_ENDINGS),
  mode: z.enum(PRESENCE_MODES).nullable().meta({ description: 'where the speaker spoke from, as declared; null if not' }),
}));

/** A statement in the conference's record: the meeting's title beside it. */
export const conferenceStatementSchema = statementViewSchema.extend({ meetingTitle: z.string() });

export const presenceViewSchema = viewOf<Api.PresenceView>()(z.object({
  delegationId: rowIdSchema,
  online: z.boolean(),
  mode: z.enum(PRESENCE_MODES).nullable().meta({ description: 'null: not declared' }),
  ready: z.boolean(),
  since: utcInstantSchema.nullable(),
  onlineSince: utcInstantSchema.nullable(),
  modeSince: utcInstantSchema.nullable(),
  readySince: utcInstantSchema.nullable(),
}));

export const statementTotalsSchema = viewOf<Api.StatementTotals>()(z.object({
  statements: count,
  usedMs: durationMs,
  overLimit: count,
  overtimeMs: durationMs,
  cutOffs: count,
  maxOvertimeMs: durationMs,
  remoteStatements: count,
  inRoomStatements: count,
}));

export const statementsReportSchema = viewOf<Api.StatementsReport>()(z.object({
  conferenceSlug: z.string(),
  overall: statementTotalsSchema,
  meetings: z.array(statementTotalsSchema.extend({ meetingId: rowIdSchema, title: z.string() })),
  delegations: z.array(statementTotalsSchema.extend({ delegation: delegationRefSchema })),
}));

export const webhookViewSchema = viewOf<Api.WebhookView>()(z.object({
  id: rowIdSchema,
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  createdAt: utcInstantSchema,
}));

export const webhookDeliveryViewSchema = viewOf<Api.WebhookDeliveryView>()(z.object({
  id: z.string().meta({ description: 'the X-Rostrum-Delivery header, the same on every try' }),
  event: z.enum(WEBHOOK_EVENTS),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: count,
  lastStatusCode: z.int().min(100).max(599).nullable(),
  lastError: textOrNull('why the last try failed, if it did'),
  createdAt: utcInstantSchema,
  lastAttemptAt: utcInstantSchema.nullable(),
  nextAttemptAt: utcInstantSchema.nullable(),
  body: z.unknown().meta({ description: 'the JSON body sent' }),
}));

export const screenLinkViewSchema = viewOf<Api.ScreenLinkView>()(z.object({
  id: rowIdSchema,
  meetingId: rowIdSchema,
  label: textOrNull('what the officer noted about the link (which screen)'),
  createdAt: utcInstantSchema,
  lastUsedAt: utcInstantSchema.nullable(),
  revokedAt: utcInstantSchema.nullable(),
}));

export const createdScreenLinkSchema = viewOf<Api.CreatedScreenLink>()(z.object({
  id: rowIdSchema,
  meetingId: rowIdSchema,
  label: textOrNull('what the officer noted about the link (which screen)'),
  key: z.string().meta({ description: 'the key, base64url; shown this once' }),
  createdAt: utcInstantSchema,
  displayPath: z.string().meta({ examples: ['/display/12?key=3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAA'] }),
  overlayPath: z.string().meta({ examples: ['/overlay/12?key=3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAA'] }),
}));

/** Nest's error body, for every refusal: a 400 lists every bad field in `message`, and again in `fields`. */
export const errorBodySchema = z.object({
  statusCode: z.int().min(400).max(599),
  error: z.string(),
  message: z.union([z.string(), z.array(z.string())]),
  code: z.string().meta({
    description:
      'The situation, for a page to say in its own language (ACCESS_CODE_INVALID, LIST_CLOSED, STALE_VERSION...: the list is ' +
      'src/shared/error-codes.ts); a client that does not know a code goes by statusCode. `message` is the English text.',
    examples: ['LIST_CLOSED'],
  }),
  fields: z
    .array(
      z.object({
        field: z.string().meta({ description: 'as the `field:` prefix of its line in `message`; "body" for the whole body' }),
        code: z.string().meta({ description: 'why: REQUIRED, INVALID_TYPE, TOO_BIG, UNKNOWN_FIELD, NOT_IN_FUTURE... (src/shared/error-codes.ts)' }),
        message: z.string().meta({ description: 'the English problem, as in `message`' }),
      }),
    )
    .optional()
    .meta({ description: '400 only: every bad field, with a code per field' }),
});

