import type { Capacity } from '../capacity';
import { upcomingSpeakers } from './upcoming-speakers';

interface Named {
  name: string;
  capacity: Capacity;
}

/** 'A B P1' -> entries; names starting with P are points of order, the others national statements. */
const entries = (spec: string): Named[] =>
  spec
    .split(' ')
    .filter(Boolean)
    .map((name) => ({ name, capacity: name.startsWith('P') ? 'point-of-order' : 'national' }));

const upcoming = (waiting: string, interrupted: string, active: string, count = 3) =>
  upcomingSpeakers({ waiting: entries(waiting), interrupted: entries(interrupted), active: entries(active)[0] ?? null }, count)
    .map((entry) => entry.name)
    .join(' ');

describe('upcomingSpeakers', () => {
  it.each([
    // rule, then waiting, interrupted (innermost last), on the floor (running or paused), and who comes next
    ['with nobody interrupted, the list in order', 'B C D', '', 'A', 'B C D'],
    ['with the floor empty, the list in order', 'B C D', '', '', 'B C D'],
    ['while a point of order speaks, its interrupted speaker first, then the list', 'B C D', 'A', 'P1', 'A B C'],
    ['after the point of order, the resumed speaker on the floor: the list again', 'B C D', '', 'A', 'B C D'],
    ['a waiting point of order before the interrupted speaker (the first one ended)', 'P2 B C', 'A', '', 'P2 A B'],
    ['a waiting point of order interrupts even a point of order, which resumes first', 'P2 B C', 'A', 'P1', 'P2 P1 A'],
    ['a waiting point of order interrupts the speaker on the floor, who resumes after it', 'P1 B C', '', 'A', 'P1 A B'],
    ['waiting points of order in their order, then the speaker they interrupt', 'P1 P2 B', '', 'A', 'P1 P2 A'],
    ['nested interruptions resume innermost first', 'B', 'A P1', 'P2', 'P1 A B'],
    ['a stopped or idle floor interrupts nobody', 'P1 B', '', '', 'P1 B'],
    ['an interrupted speaker resumes even with the list empty', '', 'A', 'P1', 'A'],
    ['nothing when nobody waits or resumes', '', '', 'A', ''],
  ])('%s', (_rule, waiting, interrupted, active, expected) => {
    expect(upcoming(waiting, interrupted, active)).toBe(expected);
  });

  it('gives at most the number asked for', () => {
    expect(upcoming('B C D E', 'A', 'P1', 2)).toBe('A B');
    expect(upcoming('B C', 'A', 'P1', 0)).toBe('');
  });

  it('gives the whole queue when asked for all of it', () => {
    expect(upcoming('P2 B C', 'A', '', Infinity)).toBe('P2 A B C');
  });
});
