export const ENTRY_STATUSES = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
