import { venueLocalToEpochMs } from '../domain/timetable/venue-time';
import { BMS7_CONFERENCE } from './bms7-conference';
import { BMS7_MEETINGS, MeetingSeed } from './bms7-meetings';
import { REGIONAL_GROUP_SEEDS } from './data/groups';
import { MEMBER_STATES } from './data/member-states';
import { OBSERVER_STATES } from './data/observer-states';
import { ORGANIZATIONS } from './data/organizations';

// Every fact the seed serves as fact, with where it comes from (../shared/seeds holds the letters).
const ZERO_DRAFT_LETTER = "Chair's letter circulating the zero draft (May 2021)";
const ZERO_DRAFT = 'Zero draft of the outcome document, annex to that letter';
const JULY_LETTER = "Chair's letter of 19 July 2021";
const DRAFT_3 = 'Draft 3 of the outcome document, A/CONF.192/BMS/2021/CRP.2';
const UN_REGIONAL_GROUPS = "UN list of regional groups of Member States (Department for General Assembly and Conference Management)";

interface SourcedMeeting {
  date: string;
  /** Venue times and format, where the source gives them. */
  startsAt?: string;
  endsAt?: string;
  format?: MeetingSeed['format'];
  kind?: MeetingSeed['kind'];
  source: string;
  quote: string;
}

const OUTCOME_CONSULTATIONS = 'consultations have been scheduled for Tuesday, Wednesday and Friday morning from 9am to 10am and Thursday morning from 9am to 9.45am';

const SOURCED_MEETINGS: SourcedMeeting[] = [
  { date: '2021-04-22', source: ZERO_DRAFT_LETTER, quote: 'our informal consultations of 22 April 2021, which ... gave an opportunity for Member States to provide proposals and inputs for a "zero draft"' },
  { date: '2021-04-28', source: ZERO_DRAFT, quote: 'following open informal-informal consultations on 28th April, 2021 (footnote 2)' },
  { date: '2021-05-21', startsAt: '10:00', format: 'virtual', source: ZERO_DRAFT_LETTER, quote: 'the next round of virtual, open informal consultations on 21 May 2021 at 10am' },
  { date: '2021-06-25', source: DRAFT_3, quote: 'the dedicated, informal consultations on ... manufacture, technology and design, convened on 25 June 2021 (para 19)' },
  { date: '2021-07-09', source: JULY_LETTER, quote: 'our constructive and enriching informal consultations on 9 and 13 July' },
  { date: '2021-07-13', source: JULY_LETTER, quote: 'our constructive and enriching informal consultations on 9 and 13 July' },
  { date: '2021-07-22', startsAt: '10:00', format: 'virtual', source: JULY_LETTER, quote: 'a short round of virtual informal consultations on Thursday, 22 July 2021 at 10am (EDT)' },
  { date: '2021-07-26', kind: 'plenary', source: JULY_LETTER, quote: 'we will move directly into the thematic debate based on the provisionally agreed agenda on Monday, 26 July 2021' },
  { date: '2021-07-27', startsAt: '09:00', endsAt: '10:00', source: JULY_LETTER, quote: OUTCOME_CONSULTATIONS },
  { date: '2021-07-28', startsAt: '09:00', endsAt: '10:00', source: JULY_LETTER, quote: OUTCOME_CONSULTATIONS },
  { date: '2021-07-29', startsAt: '09:00', endsAt: '09:45', source: JULY_LETTER, quote: OUTCOME_CONSULTATIONS },
  { date: '2021-07-30', startsAt: '09:00', endsAt: '10:00', source: JULY_LETTER, quote: OUTCOME_CONSULTATIONS },
  { date: '2021-07-28', startsAt: '15:00', kind: 'briefing', source: JULY_LETTER, quote: 'the Secretariat to present an analysis of implementation trends ... on Wednesday 28th July 2021, at 3pm' },
];

const SOURCED_LIMITS: Record<string, { seconds: number; source: string; quote: string }> = {
  national: { seconds: 180, source: JULY_LETTER, quote: 'A three-minute limit per national statement ... will be strictly observed' },
  group: { seconds: 300, source: JULY_LETTER, quote: 'a five-minute limit per group statement will be strictly observed' },
};

const SOURCED_ORGANIZATIONS: Record<string, { source: string; quote: string }> = {
  'International Criminal Police Organization (INTERPOL)': { source: DRAFT_3, quote: 'organizations such as INTERPOL and the World Customs Organization (para 101)' },
  'World Customs Organization': { source: DRAFT_3, quote: 'organizations such as INTERPOL and the World Customs Organization (para 101)' },
};

const SOURCED_DOCUMENTS = [
  { symbol: 'A/CONF.192/BMS/2021/CRP.1', date: '2021-07-16', source: JULY_LETTER, quote: 'the Secretariat circulated the Information Note (A/CONF.192/BMS/2021//CRP.1) ... on 16 July 2021' },
  { symbol: 'A/CONF.192/BMS/2021/CRP.2', date: '2021-07-19', source: JULY_LETTER, quote: 'I am pleased to share with you "Draft 3" today issued as A/CONF.192/BMS/2021/CRP.2' },
];

const SOURCED_GROUPS = [
  { state: 'Kiribati', groups: ['Asia-Pacific'], source: UN_REGIONAL_GROUPS, quote: 'Asia-Pacific States: ... Kiribati' },
  { state: 'Türkiye', groups: ['WEOG', 'Asia-Pacific'], source: UN_REGIONAL_GROUPS, quote: 'listed in the Asia-Pacific States; takes part in WEOG, where it counts for electoral purposes' },
  { state: 'State of Palestine', groups: ['Asia-Pacific'], source: UN_REGIONAL_GROUPS, quote: 'the State of Palestine is a full member of the Asia-Pacific Group' },
  { state: 'United States of America', groups: ['WEOG'], observer: true, source: UN_REGIONAL_GROUPS, quote: 'attends WEOG meetings as an observer and is counted in WEOG for electoral purposes' },
];

const ZONE = BMS7_CONFERENCE.timeZone;
const dateOf = (meeting: MeetingSeed) => meeting.startsLocal.slice(0, 10);
const timeOf = (local: string) => local.slice(11, 16);

/** The seeded meeting a sourced fact describes: same day, and same start, end and kind where the source gives them. */
function seededFor(fact: SourcedMeeting): MeetingSeed[] {
  return BMS7_MEETINGS.filter(
    (meeting) =>
      dateOf(meeting) === fact.date &&
      (fact.startsAt === undefined || timeOf(meeting.startsLocal) === fact.startsAt) &&
      (fact.endsAt === undefined || timeOf(meeting.endsLocal) === fact.endsAt) &&
      (fact.kind === undefined || meeting.kind === fact.kind),
  );
}

/** Sourced for every fact a meeting serves: date, start, end and format from the table, and no room (no source names one). */
function fullySourced(meeting: MeetingSeed): boolean {
  return SOURCED_MEETINGS.some(
    (fact) =>
      seededFor(fact).includes(meeting) &&
      fact.startsAt !== undefined &&
      fact.endsAt !== undefined &&
      fact.format === meeting.format &&
      !meeting.inRoom,
  );
}

describe('the BMS7 seed against its sources', () => {
  it.each(SOURCED_MEETINGS.map((fact) => [`${fact.date} ${fact.startsAt ?? ''} (${fact.source})`, fact]))(
    'serves the meeting of %s',
    (_, fact) => {
      const [meeting] = seededFor(fact);
      expect(meeting).toBeDefined();
      if (fact.format) expect(meeting.format).toBe(fact.format);
    },
  );

  it('holds no meeting on a day that neither a source nor the conference dates give', () => {
    const days = new Set(SOURCED_MEETINGS.map((fact) => fact.date));
    const inWeek = (meeting: MeetingSeed) => dateOf(meeting) >= BMS7_CONFERENCE.startsOn && dateOf(meeting) <= BMS7_CONFERENCE.endsOn;
    expect(BMS7_MEETINGS.filter((meeting) => !days.has(dateOf(meeting)) && !inWeek(meeting)).map((meeting) => meeting.title)).toEqual([]);
  });

  it('marks provisional, with a note, every meeting with a fact the sources do not give, and no other', () => {
    const wrong = BMS7_MEETINGS.filter((meeting) => (meeting.provisionalNote !== null) === fullySourced(meeting) || meeting.provisionalNote === '');
    expect(wrong.map((meeting) => `${meeting.startsLocal} ${meeting.title}`)).toEqual([]);
  });

  it('keeps every seeded meeting within the week or marks it preparatory', () => {
    const conferenceStart = venueLocalToEpochMs(`${BMS7_CONFERENCE.startsOn}T00:00`, ZONE);
    const early = BMS7_MEETINGS.filter((meeting) => venueLocalToEpochMs(meeting.startsLocal, ZONE) < conferenceStart && !meeting.preparatory);
    expect(early).toEqual([]);
  });

  it('gives the national and group limits of the letter, and marks every other limit provisional with a note', () => {
    const notes = BMS7_CONFERENCE.limitNotes as Record<string, { provisional: boolean; note: string }>;
    for (const [limit, fact] of Object.entries(SOURCED_LIMITS)) {
      expect(BMS7_CONFERENCE.statementLimits[limit as keyof typeof BMS7_CONFERENCE.statementLimits]).toBe(fact.seconds);
    }
    const limits = [...Object.keys(BMS7_CONFERENCE.statementLimits), 'right-of-reply', 'warning'];
    expect(Object.keys(notes).sort()).toEqual(limits.sort());
    const wrong = limits.filter((limit) => notes[limit].provisional === limit in SOURCED_LIMITS || !notes[limit].note);
    expect(wrong).toEqual([]);
  });

  it('marks provisional, with a note, every organization the sources do not name, and no other', () => {
    const wrong = ORGANIZATIONS.filter((organization) => (organization.provisionalNote !== undefined) === organization.name in SOURCED_ORGANIZATIONS);
    expect(wrong.map((organization) => organization.name)).toEqual([]);
  });

  it('serves the documents the letter names, with their dates', () => {
    expect(BMS7_CONFERENCE.documents.map(({ symbol, date }) => ({ symbol, date }))).toEqual(SOURCED_DOCUMENTS.map(({ symbol, date }) => ({ symbol, date })));
  });

  it.each(SOURCED_GROUPS.map((fact) => [fact.state, fact]))('puts %s in its regional groups as the UN lists them', (state, fact) => {
    const seeded = REGIONAL_GROUP_SEEDS.filter((group) => group.members.includes(state)).map((group) => group.name);
    const named = fact.groups.map((group) => REGIONAL_GROUP_SEEDS.find((seed) => seed.name.includes(group === 'WEOG' ? '(WEOG)' : group))!.name);
    expect(seeded.sort()).toEqual(named.sort());
    const observerIn = REGIONAL_GROUP_SEEDS.filter((group) => group.observers?.includes(state)).length > 0;
    expect(observerIn).toBe(fact.observer === true);
    const row = [...MEMBER_STATES, ...OBSERVER_STATES].find((candidate) => candidate.name === state)!;
    expect(row.regionalGroup).toBe(fact.groups[0]);
  });

  it('gives the bureau of the letter of 19 July 2021, GRULAC still to nominate', () => {
    expect(BMS7_CONFERENCE.bureau.map((seat) => seat.delegation)).toEqual(['Kenya', 'Algeria', 'Philippines', 'Hungary', 'Latvia', 'Germany', null]);
  });
});
