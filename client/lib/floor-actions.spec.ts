import { installForTests } from '../i18n/formatjs-for-jest';
import { isAvailable, requestFor, unavailableText } from './floor-actions';

const floor = (status: 'idle' | 'running' | 'paused' | 'stopped', elapsedMs = 0, message: string | null = null, undoableUntil: number | null = null) => ({
  status,
  elapsedMs,
  message,
  undoableUntil,
});

describe('floor actions', () => {
  beforeAll(() => installForTests());
  it('calls the next speaker whatever the floor is doing', () => {
    for (const status of ['idle', 'running', 'paused', 'stopped'] as const) expect(isAvailable('next', floor(status))).toBe(true);
  });

  it('offers start, pause, extend, stop and skip only with a statement on the floor', () => {
    for (const action of ['toggle', 'extend30', 'extend60', 'takeAway30', 'setTime', 'stop', 'skip'] as const) {
      expect(isAvailable(action, floor('running'))).toBe(true);
      expect(isAvailable(action, floor('paused'))).toBe(true);
      expect(isAvailable(action, floor('idle'))).toBe(false);
      expect(isAvailable(action, floor('stopped'))).toBe(false);
    }
  });

  it('offers resume for a statement paused part-way', () => {
    expect(isAvailable('resume', floor('paused', 12_000))).toBe(true);
    expect(isAvailable('resume', floor('paused', 0))).toBe(false);
  });

  it('offers to clear a message only while one is shown', () => {
    expect(isAvailable('clearMessage', floor('running', 0, 'Please conclude'))).toBe(true);
    expect(isAvailable('clearMessage', floor('running'))).toBe(false);
  });

  it('offers undo only while the server says the last command can be undone', () => {
    expect(isAvailable('undo', floor('running', 0, null, 1_000))).toBe(true);
    expect(isAvailable('undo', floor('running'))).toBe(false);
  });

  it('takes 30 s away with an adjustment, not an extension', () => {
    expect(requestFor('takeAway30', floor('running'))).toEqual({ command: 'adjust', body: { seconds: -30 } });
    expect(requestFor('undo', floor('running'))).toEqual({ command: 'undo', body: {} });
  });

  it('offers nothing before the floor is known', () => {
    expect(isAvailable('next', null)).toBe(false);
  });

  it('pauses a running statement, starts a new one, resumes a paused one', () => {
    expect(requestFor('toggle', floor('running')).command).toBe('pause');
    expect(requestFor('toggle', floor('paused', 0)).command).toBe('start');
    expect(requestFor('toggle', floor('paused', 5000)).command).toBe('resume');
  });

  it('extends by 30 and 60 seconds', () => {
    expect(requestFor('extend30', floor('running'))).toEqual({ command: 'extend', body: { seconds: 30 } });
    expect(requestFor('extend60', floor('running'))).toEqual({ command: 'extend', body: { seconds: 60 } });
  });

  it('asks the speaker to conclude and clears the message', () => {
    expect(requestFor('conclude', floor('running'))).toEqual({ command: 'message', body: { text: 'Please conclude' } });
    expect(requestFor('clearMessage', floor('running'))).toEqual({ command: 'message', body: { text: null } });
  });

  it('says why an action is not possible', () => {
    expect(unavailableText('resume', floor('idle'))).toBe('Resume is not possible now: the floor is empty.');
    expect(unavailableText('stop', floor('stopped'))).toBe('Stop is not possible now: the floor is stopped.');
  });
});
