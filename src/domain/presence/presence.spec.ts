import { declarePresence, NO_PRESENCE, presenceOf } from './presence';

const T0 = Date.UTC(2021, 6, 26, 14, 0);

describe('declaring presence', () => {
  it('stamps a new mode with the time it was declared', () => {
    expect(declarePresence(NO_PRESENCE, { mode: 'remote' }, T0)).toMatchObject({ mode: 'remote', modeSince: T0, ready: false, readySince: null });
  });

  it('stamps ready and mode each with its own time', () => {
    const remote = declarePresence(NO_PRESENCE, { mode: 'remote' }, T0);
    expect(declarePresence(remote, { ready: true }, T0 + 5000)).toMatchObject({ mode: 'remote', modeSince: T0, ready: true, readySince: T0 + 5000 });
  });

  it('keeps the since of a value sent again unchanged', () => {
    const ready = declarePresence(NO_PRESENCE, { mode: 'in-room', ready: true }, T0);
    expect(declarePresence(ready, { mode: 'in-room', ready: true }, T0 + 60_000)).toEqual(ready);
  });

  it('clears a mode back to undeclared', () => {
    const remote = declarePresence(NO_PRESENCE, { mode: 'remote' }, T0);
    expect(declarePresence(remote, { mode: null }, T0 + 1000)).toMatchObject({ mode: null, modeSince: T0 + 1000 });
  });

  it('leaves what the declaration does not name', () => {
    const remote = declarePresence(NO_PRESENCE, { mode: 'remote', ready: true }, T0);
    expect(declarePresence(remote, {}, T0 + 1000)).toEqual(remote);
  });
});

describe('presence as shown', () => {
  it('is online since its earliest page still connected joined', () => {
    expect(presenceOf(NO_PRESENCE, [T0 + 3000, T0 + 1000])).toMatchObject({ online: true, onlineSince: T0 + 1000, since: T0 + 1000 });
  });

  it('is off line since its last page left', () => {
    expect(presenceOf({ ...NO_PRESENCE, offlineSince: T0 }, [])).toMatchObject({ online: false, onlineSince: T0 });
  });

  it('has no since at all for a delegation never seen', () => {
    expect(presenceOf(NO_PRESENCE, [])).toEqual({ online: false, onlineSince: null, mode: null, modeSince: null, ready: false, readySince: null, since: null });
  });

  it('has since at the latest change of any of the three', () => {
    const record = declarePresence(declarePresence(NO_PRESENCE, { mode: 'remote' }, T0 + 2000), { ready: true }, T0 + 9000);
    expect(presenceOf(record, [T0]).since).toBe(T0 + 9000);
  });
});
