import type { MeetingFormat, MeetingKind } from '../meetings/meeting.entity';

export interface MeetingSeed {
  title: string;
  kind: MeetingKind;
  format: MeetingFormat;
  webcast: boolean;
  /** Venue wall-clock time, America/New_York. */
  startsLocal: string;
  endsLocal: string;
  agendaCodes: string[];
  inRoom: boolean;
  preparatory: boolean;
}

// The letters give the start of the earlier virtual consultations but not their end, nor the start of
// 22 April, 9 and 13 July: those are set at 10:00-12:00, the usual morning slot, until the Secretariat edits them.
const virtualConsultation = (date: string, title: string): MeetingSeed => ({
  title,
  kind: 'informal-consultation',
  format: 'virtual',
  webcast: false,
  startsLocal: `${date}T10:00`,
  endsLocal: `${date}T12:00`,
  agendaCodes: [],
  inRoom: false,
  preparatory: true,
});

const outcomeConsultation = (date: string, endsAt: string): MeetingSeed => ({
  title: 'Informal consultations on the draft outcome document',
  kind: 'informal-consultation',
  format: 'in-person',
  webcast: false,
  startsLocal: `${date}T09:00`,
  endsLocal: `${date}T${endsAt}`,
  agendaCodes: [],
  inRoom: true,
  preparatory: false,
});

const plenary = (number: number, date: string, slot: 'morning' | 'afternoon', agendaCodes: string[], startsAt?: string): MeetingSeed => ({
  title: `${number}${['st', 'nd', 'rd'][number - 1] ?? 'th'} plenary meeting: ${
    agendaCodes.length === 1 ? `thematic debate on agenda item ${agendaCodes[0]}` : 'the outcome document'
  }`,
  kind: 'plenary',
  format: 'hybrid',
  webcast: true,
  startsLocal: `${date}T${startsAt ?? (slot === 'morning' ? '10:00' : '15:00')}`,
  endsLocal: `${date}T${slot === 'morning' ? '13:00' : '18:00'}`,
  agendaCodes,
  inRoom: true,
  preparatory: false,
});

const ALL_ITEMS = ['A', 'B', 'C', 'D', 'E'];

export const BMS7_MEETINGS: MeetingSeed[] = [
  virtualConsultation('2021-04-22', 'Virtual informal consultations on the zero draft of the outcome document'),
  virtualConsultation('2021-05-21', 'Virtual open informal consultations on the zero draft of the outcome document'),
  virtualConsultation('2021-07-09', 'Virtual informal consultations on the draft outcome document'),
  virtualConsultation('2021-07-13', 'Virtual informal consultations on the draft outcome document'),
  virtualConsultation('2021-07-22', 'Virtual informal consultations on organizational matters'),
  plenary(1, '2021-07-26', 'morning', ['A']),
  plenary(2, '2021-07-26', 'afternoon', ['A']),
  outcomeConsultation('2021-07-27', '10:00'),
  plenary(3, '2021-07-27', 'morning', ['B']),
  plenary(4, '2021-07-27', 'afternoon', ['B']),
  outcomeConsultation('2021-07-28', '10:00'),
  plenary(5, '2021-07-28', 'morning', ['C']),
  {
    title: 'Secretariat presentation: implementation trends, challenges and opportunities (RevCon3, section V, para 15)',
    kind: 'briefing',
    format: 'hybrid',
    webcast: true,
    startsLocal: '2021-07-28T15:00',
    endsLocal: '2021-07-28T16:00',
    agendaCodes: ['A', 'B', 'C'],
    inRoom: true,
    preparatory: false,
  },
  plenary(6, '2021-07-28', 'afternoon', ['C'], '16:00'),
  outcomeConsultation('2021-07-29', '09:45'),
  plenary(7, '2021-07-29', 'morning', ['D']),
  plenary(8, '2021-07-29', 'afternoon', ['E']),
  outcomeConsultation('2021-07-30', '10:00'),
  plenary(9, '2021-07-30', 'morning', ALL_ITEMS),
  plenary(10, '2021-07-30', 'afternoon', ALL_ITEMS),
];
