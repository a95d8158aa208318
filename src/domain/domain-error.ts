export type DomainErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'LIST_CLOSED'
  | 'ALREADY_LISTED'
  | 'RIGHT_OF_REPLY_LIMIT'
  | 'STALE_VERSION'
  /** A screen link's key that is wrong, revoked, or for another meeting. */
  | 'SCREEN_LINK_INVALID'
  /** A meeting not webcast, followed without a sign-in or a screen link. */
  | 'MEETING_NOT_PUBLIC';

export interface DomainErrorOptions {
  /** INVALID_INPUT only: every problem found, one per bad field; without it the one problem is `message`. */
  messages?: readonly string[];
}

export class DomainError extends Error {
  readonly messages: readonly string[] | undefined;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.messages = options.messages;
  }
}

/** Bad input naming every bad field at once (`field: problem`), as one 400. */
export function invalidInput(problems: readonly string[]): DomainError {
  return new DomainError('INVALID_INPUT', problems.join('; '), { messages: [...problems] });
}
