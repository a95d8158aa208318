import type { BureauSeat, ConferenceDocument, LimitNote, StatementLimitsSeconds } from '../conferences/conference.entity';
import { DEFAULT_SPEAKING_ORDER } from '../domain/capacity';

/** Facts from the chair's letters of May and 19 July 2021 (../shared/seeds). */
export const BMS7_CONFERENCE = {
  slug: 'bms7',
  shortTitle: 'BMS7',
  title:
    'Seventh Biennial Meeting of States to Consider the Implementation of the Programme of Action to Prevent, ' +
    'Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects',
  venue: 'United Nations Headquarters, New York',
  timeZone: 'America/New_York',
  startsOn: '2021-07-26',
  endsOn: '2021-07-30',
  // "A three-minute limit per national statement and a five-minute limit per group statement will be
  // strictly observed." Observers, organisations and civil society speak under the national limit.
  statementLimits: {
    national: 180,
    group: 300,
    observer: 180,
    organization: 180,
    'civil-society': 180,
    'point-of-order': 120,
  } satisfies StatementLimitsSeconds,
  // General Assembly practice: two rights of reply per item, of 10 and then 5 minutes.
  rightOfReplySeconds: [600, 300],
  warningSeconds: 30,
  speakingOrder: [...DEFAULT_SPEAKING_ORDER],
  bureau: [
    { role: 'chair', regionalGroup: 'African', delegation: 'Kenya', person: 'Martin Kimani' },
    { role: 'vice-chair', regionalGroup: 'African', delegation: 'Algeria', person: null },
    { role: 'vice-chair', regionalGroup: 'Asia-Pacific', delegation: 'Philippines', person: null },
    { role: 'vice-chair', regionalGroup: 'Eastern European', delegation: 'Hungary', person: null },
    { role: 'vice-chair', regionalGroup: 'Eastern European', delegation: 'Latvia', person: null },
    { role: 'vice-chair', regionalGroup: 'WEOG', delegation: 'Germany', person: null },
    // GRULAC had not nominated a vice-chair by 19 July 2021.
    { role: 'vice-chair', regionalGroup: 'GRULAC', delegation: null, person: null },
  ] satisfies BureauSeat[],
  documents: [
    { symbol: 'A/CONF.192/BMS/2021/CRP.1', title: 'Information Note', date: '2021-07-16' },
    { symbol: 'A/CONF.192/BMS/2021/CRP.2', title: 'Draft 3 of the outcome document', date: '2021-07-19' },
  ] satisfies ConferenceDocument[],
  limitNotes: {
    national: { provisional: false, note: 'Letter of 19 July 2021: "a three-minute limit per national statement"' },
    group: { provisional: false, note: 'Letter of 19 July 2021: "a five-minute limit per group statement"' },
    observer: { provisional: true, note: 'Assumed: the national limit; the letters set none for observers' },
    organization: { provisional: true, note: 'Assumed: the national limit; the letters set none for organizations' },
    'civil-society': { provisional: true, note: 'Assumed: the national limit; the letters set none for civil society' },
    'point-of-order': { provisional: true, note: 'Assumed: 2 minutes; the letters set no limit for points of order' },
    'right-of-reply': { provisional: true, note: 'Assumed: General Assembly practice, 10 then 5 minutes; not in the letters' },
    warning: { provisional: true, note: 'Assumed: the amber warning 30 seconds before the end; not in the letters' },
  } satisfies Record<string, LimitNote>,
};

/** Agenda items A-E as the draft outcome document (A/CONF.192/BMS/2021/CRP.2) names them. */
export const BMS7_AGENDA = [
  {
    code: 'A',
    title:
      'Consideration of the implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit ' +
      'Trade in Small Arms and Light Weapons in All Its Aspects, at the national level, the regional level, and the ' +
      'global level, including considerations to preventing and combating the diversion and the illicit ' +
      'international transfer of small arms and light weapons to unauthorized recipients',
  },
  {
    code: 'B',
    title:
      'Consideration of the implementation of the International Instrument to Enable States to Identify and Trace, ' +
      'in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons, including an exchange of views on the ' +
      'implications of the developments in small arms and light weapons manufacturing, technology and design, ' +
      'taking into account all views and proposals of Member States, as well as relevant deliberations during ' +
      'previous meetings and relevant GA resolutions adopted by consensus',
  },
  {
    code: 'C',
    title:
      'Consideration of international cooperation and assistance, including capacity-building, for the full and ' +
      'effective implementation of the Programme of Action and the International Tracing Instrument, and including ' +
      'the proposals on the establishment of a dedicated fellowship training programme on small arms and light ' +
      'weapons as well as national, regional and global target-setting, where applicable',
  },
  { code: 'D', title: 'Exchange of views on BMS8' },
  {
    code: 'E',
    title:
      'Other issues and topics of relevance for the effective implementation of the Programme of Action and the ' +
      'International Tracing Instrument',
  },
] as const;

// Assumed: the letters name no room (the meetings held in it say so in their note).
export const BMS7_ROOM = 'Conference room, United Nations Headquarters';
