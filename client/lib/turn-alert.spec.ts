import type { SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import { ownTurn } from './own-turn';
import { turnToAlert, readTurnAlert, StorageSource, withAlerted, writeTurnAlert } from './turn-alert';

const entry = (id: number, delegationId: number, status: SpeakerEntryView['status'], position: number | null) =>
  ({ id, delegation: { id: delegationId, name: `D${delegationId}` }, status, position }) as SpeakerEntryView;
const list = (...entries: SpeakerEntryView[]) => ({ entries }) as SpeakersListView;
const memoryStorage = (): StorageSource => {
  const values = new Map<string, string>();
  const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
  return () => storage;
};

describe('the delegation’s turn', () => {
  const speakers = list(entry(1, 10, 'speaking', null), entry(2, 20, 'waiting', 3), entry(3, 30, 'waiting', 1), entry(4, 40, 'waiting', 2), entry(5, 20, 'waiting', 4));

  it('finds the first waiting entry of the delegation and how many wait before it', () => {
    expect(ownTurn(speakers, 20)).toEqual({ entry: speakers.entries[1], ahead: 2 });
    expect(ownTurn(speakers, 30)?.ahead).toBe(0);
    expect(ownTurn(speakers, 10)).toBeNull();
    expect(ownTurn(null, 20)).toBeNull();
  });

  it('alerts for an entry with at most one speaker waiting before it, and none further back', () => {
    expect(turnToAlert(speakers, 40)).toEqual({ entry: speakers.entries[3], ahead: 1 });
    expect(turnToAlert(speakers, 30)?.entry.id).toBe(3);
    expect(turnToAlert(speakers, 20)).toBeNull();
  });

  it('counts a statement a point of order interrupted as next: it resumes before the waiting list', () => {
    // Kenya (10) was speaking, Chile (50) raised a point of order and has the floor; 30 waits first.
    const underPointOfOrder = list(entry(1, 10, 'speaking', null), entry(6, 50, 'speaking', null), entry(3, 30, 'waiting', 1), entry(4, 40, 'waiting', 2));
    expect(ownTurn(underPointOfOrder, 10, [1])).toEqual({ entry: underPointOfOrder.entries[0], ahead: 0 });
    expect(ownTurn(underPointOfOrder, 30, [1])?.ahead).toBe(1);
    expect(turnToAlert(underPointOfOrder, 40, [1])).toBeNull();
    expect(turnToAlert(underPointOfOrder, 30, [1])?.ahead).toBe(1);
  });

  it('remembers the entries alerted for, another tab’s included, each once', () => {
    const choice = withAlerted({ enabled: true, alertedEntryIds: [1, 2] }, 2, [7]);
    expect(choice).toEqual({ enabled: true, alertedEntryIds: [7, 1, 2] });
  });

  it('keeps only the last twenty entries alerted for', () => {
    let choice = { enabled: true, alertedEntryIds: [] as number[] };
    for (let id = 1; id <= 25; id += 1) choice = withAlerted(choice, id);
    expect(choice.alertedEntryIds).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
  });

  it('reads back what it wrote, and nothing chosen from empty or broken storage', () => {
    const storage = memoryStorage();
    expect(readTurnAlert(storage)).toEqual({ enabled: false, alertedEntryIds: [] });
    writeTurnAlert(storage, { enabled: true, alertedEntryIds: [3] });
    expect(readTurnAlert(storage)).toEqual({ enabled: true, alertedEntryIds: [3] });
    storage().setItem('rostrum.turnAlert', '{not json');
    expect(readTurnAlert(storage)).toEqual({ enabled: false, alertedEntryIds: [] });
  });

  it('survives storage that throws, as a blocked localStorage does', () => {
    const blocked: StorageSource = () => {
      throw new Error('SecurityError');
    };
    expect(readTurnAlert(blocked)).toEqual({ enabled: false, alertedEntryIds: [] });
    expect(() => writeTurnAlert(blocked, { enabled: true, alertedEntryIds: [] })).not.toThrow();
  });
});
