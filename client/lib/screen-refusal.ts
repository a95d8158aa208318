/** A refused join as the server sent it: the REST error body, with a `code` where the server gives one. */
export interface RefusalBody {
  statusCode?: number;
  code?: string;
}

/** The meeting is not webcast and this screen has no key or sign-in: all a screen can say is that. */
export function isNotPublic(refusal: RefusalBody | null | undefined): boolean {
  if (!refusal) return false;
  return refusal.code !== undefined ? refusal.code === 'MEETING_NOT_PUBLIC' : refusal.statusCode === 403;
}
