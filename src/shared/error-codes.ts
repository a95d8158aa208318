/**
 * Every `code` an error body (REST, and a socket ack's `{error}`) carries, with the HTTP status it
 * comes with. Pages translate by code (client/i18n/errors/); `message` stays the server's English.
 * No zod here: pages import this list without the library.
 */
export const ERROR_STATUS = {
  // A 400 always says INVALID_INPUT; its `fields` say which field and why.
  INVALID_INPUT: 400,

  UNAUTHENTICATED: 401,
  NOT_SIGNED_IN: 401,
  AUTH_HEADER_INVALID: 401,
  BAD_CREDENTIALS: 401,
  ACCESS_CODE_INVALID: 401,
  TOKEN_INVALID: 401,
  TOKEN_EXPIRED: 401,
  ACCESS_CODE_REVOKED: 401,
  ACCESS_CODE_EXPIRED: 401,
  SETUP_LINK_INVALID: 401,

  FORBIDDEN: 403,
  ROLE_REQUIRED: 403,
  OWN_DELEGATION_ONLY: 403,
  OTHER_CONFERENCE: 403,
  CAPACITY_NOT_ALLOWED: 403,
  NOT_GROUP_MEMBER: 403,
  REQUEST_ID_OF_OTHER_DELEGATION: 403,
  POSITION_OFFICERS_ONLY: 403,
  // 403 on the live join; a REST read of such a meeting without sign-in keeps the 401 it always gave.
  MEETING_NOT_PUBLIC: 403,
  SCREEN_LINK_INVALID: 403,

  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  PAGE_NOT_FOUND: 404,
  FLOOR_COMMAND_UNKNOWN: 404,
  CONFERENCE_NOT_FOUND: 404,
  MEETING_NOT_FOUND: 404,
  DELEGATION_NOT_FOUND: 404,
  ENTRY_NOT_FOUND: 404,
  ROOM_NOT_FOUND: 404,
  OFFICER_NOT_FOUND: 404,
  ACCESS_CODE_NOT_FOUND: 404,
  WEBHOOK_NOT_FOUND: 404,
  SCREEN_LINK_NOT_FOUND: 404,

  METHOD_NOT_ALLOWED: 405,

  CONFLICT: 409,
  STALE_VERSION: 409,
  LIST_CLOSED: 409,
  ALREADY_LISTED: 409,
  RIGHT_OF_REPLY_LIMIT: 409,
  MEETING_CANCELLED: 409,
  ILLEGAL_TRANSITION: 409,
  NO_STATEMENT_ON_FLOOR: 409,
  ENTRY_NOT_WAITING: 409,
  ENTRY_NOT_PASSED_OVER: 409,
  ENTRY_ALREADY_LISTED: 409,
  REQUEST_ID_REUSED: 409,
  NOTHING_TO_UNDO: 409,
  UNDO_TOO_LATE: 409,
  UNDO_OVERTAKEN: 409,
  LAST_OFFICER: 409,
  OFFICER_NAME_TAKEN: 409,
  SETUP_DONE: 409,
  ROOM_NAME_TAKEN: 409,
  ROOM_IN_USE: 409,
  ROOM_BOOKED: 409,
  MEETING_HAS_RECORD: 409,

  PAYLOAD_TOO_LARGE: 413,
  // Any other 4xx no throw site names (the status is the one sent).
  REQUEST_REFUSED: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
  STORAGE_UNAVAILABLE: 503,
  PAGES_NOT_BUILT: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Why one field of a 400 is bad: zod's issue (upper-cased) or the rule the server checked. */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'INVALID_TYPE',
  'INVALID_FORMAT',
  'INVALID_VALUE',
  'TOO_SMALL',
  'TOO_BIG',
  'NOT_MULTIPLE_OF',
  'UNKNOWN_FIELD',
  'INVALID',
  'INVALID_JSON',
  'UNREADABLE',
  'INVALID_ID',
  'OUT_OF_RANGE',
  'NOT_IN_FUTURE',
  'NOT_IN_CONFERENCE',
  'NOT_ON_AGENDA',
  'UNKNOWN_ROOM',
  'INVALID_TIME',
  'ENDS_BEFORE_START',
  'OUTSIDE_CONFERENCE',
  'ONLY_FOR_GROUP',
  'NOT_A_GROUP',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** One bad field of a 400: `field` as the message's `field:` prefix reads ("body" for the whole body). */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_STATUS, code);
}

export function isFieldErrorCode(code: unknown): code is FieldErrorCode {
  return typeof code === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(code);
}

/** The problem line a 400's `message` lists for a field: "startsAt: must be ...". */
export const fieldLine = ({ field, message }: Pick<FieldError, 'field' | 'message'>) => `${field}: ${message}`;

/** A line "field: problem" read back into its field; a line with no such prefix concerns the body. */
export function fieldOfLine(line: string, code: FieldErrorCode = 'INVALID'): FieldError {
  const named = /^([A-Za-z][\w.-]*): (.*)$/s.exec(line);
  return named ? { field: named[1], code, message: named[2] } : { field: 'body', code, message: line };
}
