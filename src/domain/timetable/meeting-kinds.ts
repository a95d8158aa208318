export const MEETING_KINDS = ['plenary', 'informal-consultation', 'briefing', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_FORMATS = ['in-person', 'hybrid', 'virtual'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** Only a virtual meeting may go without a room. */
export function formatNeedsRoom(format: MeetingFormat): boolean {
  return format !== 'virtual';
}
