/** `not-delivered`: called to the floor and passed over before speaking; it can be called again. */
export const ENTRY_STATUSES = ['waiting', 'speaking', 'done', 'withdrawn', 'not-delivered'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
