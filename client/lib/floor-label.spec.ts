import { floorStatusKey } from './floor-label';

describe('floorStatusKey', () => {
  it('calls a speaker on the floor who has not started ready', () => {
    expect(floorStatusKey({ status: 'paused', entryId: 4, elapsedMs: 0 })).toBe('status.ready');
  });

  it('calls a statement stopped part-way paused', () => {
    expect(floorStatusKey({ status: 'paused', entryId: 4, elapsedMs: 12_000 })).toBe('status.paused');
  });

  it.each(['idle', 'running', 'stopped'] as const)('names the %s floor by its status', (status) => {
    expect(floorStatusKey({ status, entryId: status === 'idle' ? null : 4, elapsedMs: 0 })).toBe(`status.${status}`);
  });
});
