import type { LimitNote } from './conference.entity';

const SET_BY_OFFICER: LimitNote = { provisional: false, note: 'Set by an officer' };

/** The notes after an officer sets these limits: what an officer sets is no longer an assumption. */
export function confirmLimitNotes(notes: Record<string, LimitNote> | null, setLimits: readonly string[]): Record<string, LimitNote> | null {
  if (notes === null || setLimits.length === 0) return notes;
  return { ...notes, ...Object.fromEntries(setLimits.map((limit) => [limit, SET_BY_OFFICER])) };
}
