import type { MeetingFormat, MeetingKind } from '../meetings/meeting.entity';
import type { LocalizedNames } from '../shared/api-types';
import {
  AGENDA_CONSULTATIONS,
  IMPLEMENTATION_TRENDS_BRIEFING,
  MANUFACTURING_CONSULTATIONS,
  ORGANIZATIONAL_CONSULTATIONS,
  OUTCOME_CONSULTATIONS,
  plenaryTitles,
  ZERO_DRAFT_CONSULTATIONS,
  ZERO_DRAFT_PROPOSALS,
} from './bms7-meeting-titles';

export interface MeetingSeed {
  /** `titles.en`. */
  title: string;
  titles: LocalizedNames;
  kind: MeetingKind;
  format: MeetingFormat;
  webcast: boolean;
  /** Venue wall-clock time, America/New_York. */
  startsLocal: string;
  endsLocal: string;
  agendaCodes: string[];
  inRoom: boolean;
  preparatory: boolean;
  /** What the letters do not give, when something is assumed: the meeting is then provisional. */
  provisionalNote: string | null;
}

// Where the letters give no time, consultations are set at 10:00-12:00, the usual morning slot, and
// plenaries at the UN's usual 10:00-13:00 and 15:00-18:00, until the Secretariat edits them.
const consultation = (date: string, titles: LocalizedNames, provisionalNote: string): MeetingSeed => ({
  title: titles.en,
  titles,
  kind: 'informal-consultation',
  format: 'virtual',
  webcast: false,
  startsLocal: `${date}T10:00`,
  endsLocal: `${date}T12:00`,
  agendaCodes: [],
  inRoom: false,
  preparatory: true,
  provisionalNote,
});

const TIME_AND_FORMAT_ASSUMED = 'time (10:00-12:00) and virtual format assumed';

const outcomeConsultation = (date: string, endsAt: string): MeetingSeed => ({
  title: OUTCOME_CONSULTATIONS.en,
  titles: OUTCOME_CONSULTATIONS,
  kind: 'informal-consultation',
  format: 'in-person',
  webcast: false,
  startsLocal: `${date}T09:00`,
  endsLocal: `${date}T${endsAt}`,
  agendaCodes: [],
  inRoom: true,
  preparatory: false,
  provisionalNote: 'Day and time from the letter of 19 July 2021; the in-room format and the room are assumed',
});

const PLENARY_SCHEDULE_ASSUMED =
  'Assumed: the letters do not give the plenary schedule (which item on which day), nor the room; usual UN hours';

const plenary = (
  number: number,
  date: string,
  slot: 'morning' | 'afternoon',
  agendaCodes: string[],
  provisionalNote = PLENARY_SCHEDULE_ASSUMED,
  startsAt?: string,
): MeetingSeed => {
  const titles = plenaryTitles(number, agendaCodes.length === 1 ? agendaCodes[0] : null);
  return {
  title: titles.en,
  titles,
  kind: 'plenary',
  format: 'hybrid',
  webcast: true,
  startsLocal: `${date}T${startsAt ?? (slot === 'morning' ? '10:00' : '15:00')}`,
  endsLocal: `${date}T${slot === 'morning' ? '13:00' : '18:00'}`,
  agendaCodes,
  inRoom: true,
  preparatory: false,
  provisionalNote,
  };
};

const ALL_ITEMS = ['A', 'B', 'C', 'D', 'E'];
const FRIDAY_ASSUMED = 'Assumed: the letters do not say the Friday meetings take up the outcome document, nor their hours or room';

/** Every fact below comes from the chair's letters or Draft 3 (../shared/seeds) unless its note says what is assumed. */
export const BMS7_MEETINGS: MeetingSeed[] = [
  consultation(
    '2021-04-22',
    ZERO_DRAFT_PROPOSALS,
    `Date from the chair's letter with the zero draft; ${TIME_AND_FORMAT_ASSUMED}`,
  ),
  consultation(
    '2021-04-28',
    AGENDA_CONSULTATIONS,
    `Date from the zero draft (footnotes 2 and 3); ${TIME_AND_FORMAT_ASSUMED}`,
  ),
  consultation(
    '2021-05-21',
    ZERO_DRAFT_CONSULTATIONS,
    "Date, 10:00 start and virtual format from the chair's letter with the zero draft; the end (12:00) is assumed",
  ),
  consultation(
    '2021-06-25',
    MANUFACTURING_CONSULTATIONS,
    `Date from Draft 3 (para 19); ${TIME_AND_FORMAT_ASSUMED}`,
  ),
  consultation('2021-07-09', OUTCOME_CONSULTATIONS, `Date from the letter of 19 July 2021; ${TIME_AND_FORMAT_ASSUMED}`),
  consultation('2021-07-13', OUTCOME_CONSULTATIONS, `Date from the letter of 19 July 2021; ${TIME_AND_FORMAT_ASSUMED}`),
  consultation(
    '2021-07-22',
    ORGANIZATIONAL_CONSULTATIONS,
    'Date, 10:00 start and virtual format from the letter of 19 July 2021; the end (12:00) is assumed',
  ),
  plenary(1, '2021-07-26', 'morning', ['A'], 'The thematic debate opens on Monday 26 July (letter of 19 July 2021); the item, hours and room are assumed'),
  plenary(2, '2021-07-26', 'afternoon', ['A']),
  outcomeConsultation('2021-07-27', '10:00'),
  plenary(3, '2021-07-27', 'morning', ['B']),
  plenary(4, '2021-07-27', 'afternoon', ['B']),
  outcomeConsultation('2021-07-28', '10:00'),
  plenary(5, '2021-07-28', 'morning', ['C']),
  {
    title: IMPLEMENTATION_TRENDS_BRIEFING.en,
    titles: IMPLEMENTATION_TRENDS_BRIEFING,
    kind: 'briefing',
    format: 'hybrid',
    webcast: true,
    startsLocal: '2021-07-28T15:00',
    endsLocal: '2021-07-28T16:00',
    agendaCodes: ['A', 'B', 'C'],
    inRoom: true,
    preparatory: false,
    provisionalNote: 'Day and 15:00 start from the letter of 19 July 2021; the end (16:00), hybrid format and room are assumed',
  },
  plenary(6, '2021-07-28', 'afternoon', ['C'], undefined, '16:00'),
  outcomeConsultation('2021-07-29', '09:45'),
  plenary(7, '2021-07-29', 'morning', ['D']),
  plenary(8, '2021-07-29', 'afternoon', ['E']),
  outcomeConsultation('2021-07-30', '10:00'),
  plenary(9, '2021-07-30', 'morning', ALL_ITEMS, FRIDAY_ASSUMED),
  plenary(10, '2021-07-30', 'afternoon', ALL_ITEMS, FRIDAY_ASSUMED),
];
