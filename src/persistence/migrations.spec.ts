import { MIGRATIONS } from './migrations';
import { POSTGRES_MIGRATIONS } from './migrations-postgres';

const change = (migration: { name: string }) => migration.name.replace(/\d{13}$/, '');
const timestamp = (migration: { name: string }) => Number(migration.name.slice(-13));

describe('the two migration sets', () => {
  it('make the same changes in the same order on sqlite and PostgreSQL', () => {
    expect(POSTGRES_MIGRATIONS.map(change)).toEqual(MIGRATIONS.map(change));
  });

  it.each([
    ['sqlite', MIGRATIONS],
    ['PostgreSQL', POSTGRES_MIGRATIONS],
  ])('lists the %s migrations oldest first', (_, migrations) => {
    const times = migrations.map(timestamp);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
