import { floorStatusKey } from './floor-label';

describe('floorStatusKey', () => {
  it('calls a speaker on the floor who has not started ready', () => {
    expect(floorStatusKey({ status: 'paused', entryId: 4, statementStartedAt: null })).toBe('status.ready');
  });

  it('calls a statement stopped part-way paused', () => {
    expect(floorStatusKey({ status: 'paused', entryId: 4, statementStartedAt: 1_000 })).toBe('status.paused');
  });

  it.each(['idle', 'running', 'stopped'] as const)('names the %s floor by its status', (status) => {
    expect(floorStatusKey({ status, entryId: status === 'idle' ? null : 4, statementStartedAt: status === 'idle' ? null : 1_000 })).toBe(`status.${status}`);
  });
});
