import { planRehearsal, RehearsalSource } from './rehearsal';

const PLENARY: RehearsalSource = {
  id: 9,
  title: '1st plenary meeting: thematic debate on agenda item A',
  startsAt: Date.UTC(2021, 6, 26, 14, 0),
  endsAt: Date.UTC(2021, 6, 26, 17, 0),
  rehearsal: false,
  rehearsalOf: null,
};
const NOW = Date.UTC(2026, 11, 2, 9, 41, 37, 250);

describe('planRehearsal', () => {
  it('starts on the current minute, so the rehearsal is already under way', () => {
    expect(new Date(planRehearsal(PLENARY, NOW).startsAt).toISOString()).toBe('2026-12-02T09:41:00.000Z');
  });

  it('lasts as long as the meeting it copies', () => {
    const plan = planRehearsal(PLENARY, NOW);
    expect(plan.endsAt - plan.startsAt).toBe(3 * 3600_000);
  });

  it('names itself a rehearsal of the meeting', () => {
    expect(planRehearsal(PLENARY, NOW)).toMatchObject({ title: 'Rehearsal: 1st plenary meeting: thematic debate on agenda item A', rehearsalOf: 9 });
  });

  it('copied again, still points at the real meeting and says "Rehearsal" once', () => {
    const first = planRehearsal(PLENARY, NOW);
    const again = planRehearsal({ ...PLENARY, ...first, id: 30, rehearsal: true }, NOW + 60_000);
    expect(again).toMatchObject({ title: first.title, rehearsalOf: 9 });
  });

  it('keeps the title within 300 characters', () => {
    expect(planRehearsal({ ...PLENARY, title: 'x'.repeat(300) }, NOW).title).toHaveLength(300);
  });
});
