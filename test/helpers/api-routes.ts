import { z } from 'zod';
import { createAccessCodeSchema } from '../../src/auth/access-codes.dto';
import { delegateSignInSchema, firstOfficerSetupSchema, loginSchema } from '../../src/auth/auth.dto';
import { issueAccessCodesSchema } from '../../src/auth/conference-access-codes.dto';
import { queryInteger } from '../../src/common/body-schemas';
import { createOfficerSchema } from '../../src/auth/officers.dto';
import { delegationsQuerySchema, updateConferenceSchema } from '../../src/conferences/conferences.dto';
import { adjustSchema, extendSchema, floorCommandSchema, messageSchema, overlaySchema, pointOfOrderSchema, setTimeSchema, skipSchema } from '../../src/floor/floor.dto';
import { calendarQuerySchema, createMeetingSchema, meetingsQuerySchema, rehearsalSchema, updateMeetingSchema } from '../../src/meetings/meetings.dto';
import { declarePresenceSchema } from '../../src/presence/presence.dto';
import { conferenceStatementsQuerySchema } from '../../src/record/record.dto';
import { roomBodySchema } from '../../src/rooms/rooms.dto';
import { createScreenLinkSchema } from '../../src/screens/screen-links.dto';
import { callAgainSchema, inscribeSchema, listVersionSchema, moveSchema, swapSchema } from '../../src/speakers/speakers.dto';
import { createWebhookSchema } from '../../src/webhooks/webhooks.dto';

/**
 * Who may call: anyone, the sign-in routes (which ignore any token), officers, any signed-in
 * caller, or a meeting's readers (anyone for a webcast meeting, any signed-in caller otherwise).
 */
export type RouteAccess = 'public' | 'signIn' | 'officer' | 'signedIn' | 'meetingRead';
export type RouteMethod = 'get' | 'post' | 'patch' | 'delete';

export interface ApiRoute {
  method: RouteMethod;
  /** As the OpenAPI document at /api/docs-json writes it: `/api/meetings/{id}/speakers`. */
  path: string;
  access: RouteAccess;
  /** The zod schema of the JSON body, for routes that read one. */
  body?: z.ZodType;
  /** The zod schema of the query string, for routes that read one (others ignore it). */
  query?: z.ZodType;
}

// The withdraw route's query: defined inline in speakers.controller.ts.
const versionQuerySchema = z.object({ version: queryInteger.optional() }).strict();

const CONFERENCE = '/api/conferences/{slug}';
const ACCESS_CODES = `${CONFERENCE}/delegations/{delegationId}/access-codes`;
const MEETING = '/api/meetings/{id}';

/** Every operation of the API, by hand: property.e2e-spec checks it against the OpenAPI document. */
export const API_ROUTES: ApiRoute[] = [
  { method: 'get', path: '/api/health', access: 'public' },
  { method: 'post', path: '/api/auth/login', access: 'signIn', body: loginSchema },
  { method: 'post', path: '/api/auth/delegate', access: 'signIn', body: delegateSignInSchema },
  { method: 'post', path: '/api/auth/setup', access: 'signIn', body: firstOfficerSetupSchema },
  { method: 'post', path: ACCESS_CODES, access: 'officer', body: createAccessCodeSchema },
  { method: 'get', path: ACCESS_CODES, access: 'officer' },
  { method: 'delete', path: `${ACCESS_CODES}/{codeId}`, access: 'officer' },
  { method: 'get', path: `${CONFERENCE}/access-codes`, access: 'officer' },
  { method: 'post', path: `${CONFERENCE}/access-codes`, access: 'officer', body: issueAccessCodesSchema },
  { method: 'post', path: '/api/officers', access: 'officer', body: createOfficerSchema },
  { method: 'get', path: '/api/officers', access: 'officer' },
  { method: 'delete', path: '/api/officers/{id}', access: 'officer' },
  { method: 'get', path: '/api/conferences', access: 'public' },
  { method: 'get', path: CONFERENCE, access: 'public' },
  { method: 'patch', path: CONFERENCE, access: 'officer', body: updateConferenceSchema },
  { method: 'post', path: `${CONFERENCE}/webhooks`, access: 'officer', body: createWebhookSchema },
  { method: 'get', path: `${CONFERENCE}/webhooks`, access: 'officer' },
  { method: 'delete', path: `${CONFERENCE}/webhooks/{id}`, access: 'officer' },
  { method: 'get', path: `${CONFERENCE}/webhooks/{id}/deliveries`, access: 'officer' },
  { method: 'get', path: `${CONFERENCE}/agenda`, access: 'public' },
  { method: 'get', path: `${CONFERENCE}/delegations`, access: 'public', query: delegationsQuerySchema },
  { method: 'get', path: `${CONFERENCE}/meetings`, access: 'public', query: meetingsQuerySchema },
  { method: 'post', path: `${CONFERENCE}/meetings`, access: 'officer', body: createMeetingSchema },
  { method: 'get', path: MEETING, access: 'public' },
  { method: 'patch', path: MEETING, access: 'officer', body: updateMeetingSchema },
  { method: 'delete', path: MEETING, access: 'officer' },
  { method: 'post', path: `${MEETING}/rehearsal`, access: 'officer', body: rehearsalSchema },
  { method: 'patch', path: `${CONFERENCE}/meetings/{id}`, access: 'officer', body: updateMeetingSchema },
  { method: 'delete', path: `${CONFERENCE}/meetings/{id}`, access: 'officer' },
  { method: 'get', path: `${CONFERENCE}/calendar.ics`, access: 'public', query: calendarQuerySchema },
  { method: 'get', path: `${MEETING}/calendar.ics`, access: 'public' },
  { method: 'get', path: `${CONFERENCE}/rooms`, access: 'public' },
  { method: 'post', path: `${CONFERENCE}/rooms`, access: 'officer', body: roomBodySchema },
  { method: 'patch', path: `${CONFERENCE}/rooms/{id}`, access: 'officer', body: roomBodySchema },
  { method: 'delete', path: `${CONFERENCE}/rooms/{id}`, access: 'officer' },
  { method: 'get', path: `${MEETING}/speakers`, access: 'meetingRead' },
  { method: 'post', path: `${MEETING}/speakers`, access: 'signedIn', body: inscribeSchema },
  { method: 'post', path: `${MEETING}/speakers/close`, access: 'officer', body: listVersionSchema },
  { method: 'post', path: `${MEETING}/speakers/reopen`, access: 'officer', body: listVersionSchema },
  { method: 'post', path: `${MEETING}/speakers/swap`, access: 'officer', body: swapSchema },
  { method: 'post', path: `${MEETING}/speakers/{entryId}/move`, access: 'officer', body: moveSchema },
  { method: 'post', path: `${MEETING}/speakers/{entryId}/call-again`, access: 'officer', body: callAgainSchema },
  { method: 'delete', path: `${MEETING}/speakers/{entryId}`, access: 'signedIn', query: versionQuerySchema },
  { method: 'get', path: `${MEETING}/speakers.csv`, access: 'meetingRead' },
  { method: 'get', path: `${MEETING}/floor`, access: 'meetingRead' },
  { method: 'post', path: `${MEETING}/floor/extend`, access: 'officer', body: extendSchema },
  { method: 'post', path: `${MEETING}/floor/adjust`, access: 'officer', body: adjustSchema },
  { method: 'post', path: `${MEETING}/floor/set`, access: 'officer', body: setTimeSchema },
  { method: 'post', path: `${MEETING}/floor/skip`, access: 'officer', body: skipSchema },
  { method: 'post', path: `${MEETING}/floor/message`, access: 'officer', body: messageSchema },
  { method: 'post', path: `${MEETING}/floor/point-of-order`, access: 'officer', body: pointOfOrderSchema },
  { method: 'post', path: `${MEETING}/floor/{command}`, access: 'officer', body: floorCommandSchema },
  { method: 'get', path: `${MEETING}/statements`, access: 'meetingRead' },
  { method: 'get', path: `${MEETING}/statements.csv`, access: 'meetingRead' },
  { method: 'get', path: `${CONFERENCE}/report`, access: 'officer' },
  { method: 'get', path: `${CONFERENCE}/report.csv`, access: 'officer' },
  { method: 'get', path: `${CONFERENCE}/statements`, access: 'signedIn', query: conferenceStatementsQuerySchema },
  { method: 'get', path: `${CONFERENCE}/statements.csv`, access: 'signedIn', query: conferenceStatementsQuerySchema },
  { method: 'get', path: `${MEETING}/audit`, access: 'officer' },
  { method: 'get', path: `${MEETING}/presence`, access: 'officer' },
  { method: 'post', path: `${MEETING}/presence`, access: 'signedIn', body: declarePresenceSchema },
  { method: 'post', path: `${MEETING}/floor/overlay`, access: 'officer', body: overlaySchema },
  { method: 'post', path: `${MEETING}/screen-links`, access: 'officer', body: createScreenLinkSchema },
  { method: 'get', path: `${MEETING}/screen-links`, access: 'officer' },
  { method: 'delete', path: `${MEETING}/screen-links/{linkId}`, access: 'officer' },
];

export const routeName = (route: Pick<ApiRoute, 'method' | 'path'>) => `${route.method.toUpperCase()} ${route.path}`;

/** The `{name}` parameters of a path template, in order. */
export function pathParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/** The path with each `{name}` replaced by its value, %-encoded so a value is always one segment. */
export function fillPath(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in ${template}`);
    return encodeURIComponent(String(values[name]));
  });
}

/** The field names a body or query schema knows, through preprocess and refine wrappers. */
export function schemaFields(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return [...schemaFields(schema.in as z.ZodType), ...schemaFields(schema.out as z.ZodType)];
  return [];
}
