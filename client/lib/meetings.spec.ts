import { installForTests } from '../i18n/formatjs-for-jest';
import { defaultMeeting, isOnNow, waitingEntries } from './meetings';
import { capacityLine } from './strings';
import { DelegationLike, delegateChoices, groupsFor } from './capacity-choice';
import type { SpeakersListView } from '../../src/shared/api-types';

const meeting = (id: number, startsAt: string, endsAt: string, cancelled = false) => ({ id, startsAt, endsAt, cancelled });
const week = [
  meeting(1, '2021-07-26T14:00:00Z', '2021-07-26T17:00:00Z'),
  meeting(2, '2021-07-26T19:00:00Z', '2021-07-26T22:00:00Z', true),
  meeting(3, '2021-07-27T14:00:00Z', '2021-07-27T17:00:00Z'),
];

describe('meetings', () => {
  it('marks the meeting on now, up to but not including its end', () => {
    expect(isOnNow(week[0], Date.parse('2021-07-26T14:00:00Z'))).toBe(true);
    expect(isOnNow(week[0], Date.parse('2021-07-26T17:00:00Z'))).toBe(false);
  });

  it('never marks a cancelled meeting as on now', () => {
    expect(isOnNow(week[1], Date.parse('2021-07-26T20:00:00Z'))).toBe(false);
  });

  it('opens the meeting on now, else the next one that is not cancelled', () => {
    expect(defaultMeeting(week, Date.parse('2021-07-26T15:00:00Z'))?.id).toBe(1);
    expect(defaultMeeting(week, Date.parse('2021-07-26T18:00:00Z'))?.id).toBe(3);
    expect(defaultMeeting(week, Date.parse('2021-08-01T00:00:00Z'))?.id).toBe(3);
  });

  it('orders waiting entries by position and leaves out the others', () => {
    const list = {
      entries: [
        { id: 1, status: 'waiting', position: 2 },
        { id: 2, status: 'speaking', position: null },
        { id: 3, status: 'waiting', position: 1 },
        { id: 4, status: 'withdrawn', position: null },
      ],
    } as unknown as SpeakersListView;
    expect(waitingEntries(list).map((entry) => entry.id)).toEqual([3, 1]);
  });
});

const delegation = (id: number, name: string, kind: DelegationLike['kind'], memberOf: number[] = []): DelegationLike => ({ id, name, kind, memberOf });
const all = [
  delegation(1, 'Kenya', 'member-state', [10]),
  delegation(10, 'African Group', 'group'),
  delegation(11, 'Non-Aligned Movement', 'group'),
  delegation(2, 'Holy See', 'observer-state'),
];

describe('what a delegate may ask for', () => {
  beforeAll(() => installForTests());
  it('offers a State its national statement, its groups and a right of reply', () => {
    expect(delegateChoices(all[0], all).map((choice) => capacityLine(choice.capacity, choice.onBehalfOf))).toEqual([
      'National statement',
      'On behalf of African Group',
      'Right of reply',
    ]);
  });

  it('offers an observer State to speak as observer', () => {
    expect(delegateChoices(all[3], all)[0].capacity).toBe('observer');
  });

  it('lists the delegation’s own groups first for the officer', () => {
    expect(groupsFor({ memberOf: [11] }, all).map((group) => group.name)).toEqual(['Non-Aligned Movement', 'African Group']);
  });
});
