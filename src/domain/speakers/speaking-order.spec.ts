import { Capacity } from '../capacity';
import { DomainErrorCode } from '../domain-error';
import {
  OrderedEntry,
  insertAt,
  insertionIndex,
  moveEntry,
  placeByPolicy,
  removeEntry,
  swapEntries,
} from './speaking-order';

const CODES: Record<string, Capacity> = {
  P: 'point-of-order',
  G: 'group',
  N: 'national',
  O: 'observer',
  I: 'organization',
  C: 'civil-society',
  R: 'right-of-reply',
};

/** 'G N N*' -> entries 1..3, the starred one pinned. */
function list(spec: string): OrderedEntry[] {
  return spec
    .split(' ')
    .filter(Boolean)
    .map((token, index) => ({ id: index + 1, capacity: CODES[token[0]], pinned: token.endsWith('*') }));
}

function ids(entries: readonly OrderedEntry[]): number[] {
  return entries.map((entry) => entry.id);
}

/** Inscribes capacities one after another, ids continuing from the list's length. */
function inscribe(start: OrderedEntry[], ...capacities: Capacity[]): OrderedEntry[] {
  return capacities.reduce(
    (acc, capacity, i) => placeByPolicy(acc, { id: start.length + i + 1, capacity, pinned: false }),
    start,
  );
}

function domainError(code: DomainErrorCode, messagePart = '') {
  return expect.objectContaining({ name: 'DomainError', code, message: expect.stringContaining(messagePart) });
}

describe('insertionIndex with the default policy', () => {
  it.each([
    ['empty list', '', 'national', 0],
    ['national after earlier nationals (inscription order)', 'N N', 'national', 2],
    ['group ahead of nationals', 'N N', 'group', 0],
    ['group after earlier groups', 'G G N', 'group', 2],
    ['national after groups', 'G N O', 'national', 2],
    ['observer after nationals, before organizations', 'N I C', 'observer', 1],
    ['civil society after organizations', 'N I R', 'civil-society', 2],
    ['right of reply at the end', 'G N C', 'right-of-reply', 3],
    ['national before waiting rights of reply', 'N R R', 'national', 1],
    ['national after a waiting point of order', 'P N', 'national', 2],
    ['point of order at the very top', 'G N R', 'point-of-order', 0],
    ['point of order after a point of order already waiting', 'P G N', 'point-of-order', 1],
    ['point of order ahead of a pinned entry', 'N* G', 'point-of-order', 0],
  ] as const)('%s', (_name, spec, capacity, expected) => {
    expect(insertionIndex(list(spec), capacity)).toBe(expected);
  });
});

describe('insertionIndex after the officer pinned entries', () => {
  it.each([
    ['group goes after the pin, not to the top', 'N* N', 'group', 1],
    ['national goes after the last of several pins', 'G* N N* O', 'national', 3],
    ['policy still orders entries behind the pin', 'N* N O', 'national', 2],
    ['right of reply at the end behind a pin', 'R* N', 'right-of-reply', 2],
    ['pinned last entry sends newcomers after it', 'N O R*', 'national', 3],
  ] as const)('%s', (_name, spec, capacity, expected) => {
    expect(insertionIndex(list(spec), capacity)).toBe(expected);
  });
});

describe('insertionIndex with a custom policy', () => {
  it('follows the policy given as data', () => {
    const statesFirst: Capacity[] = ['point-of-order', 'national', 'group', 'observer'];
    expect(insertionIndex(list('N G'), 'national', statesFirst)).toBe(1);
  });

  it('ranks capacities missing from the policy last, in inscription order', () => {
    const policy: Capacity[] = ['national'];
    expect(insertionIndex(list('N C G'), 'observer', policy)).toBe(3);
    expect(insertionIndex(list('N C'), 'national', policy)).toBe(1);
  });
});

describe('placeByPolicy', () => {
  it('builds the default order from mixed inscriptions', () => {
    const order = inscribe([], 'national', 'civil-society', 'group', 'right-of-reply', 'observer', 'national');
    expect(order.map((entry) => entry.capacity)).toEqual([
      'group',
      'national',
      'national',
      'observer',
      'civil-society',
      'right-of-reply',
    ]);
    expect(ids(order)).toEqual([3, 1, 6, 5, 2, 4]);
  });

  it('keeps two nested points of order in their order at the top', () => {
    const order = inscribe(list('G N'), 'point-of-order', 'point-of-order');
    expect(ids(order)).toEqual([3, 4, 1, 2]);
  });

  it('does not mutate its input', () => {
    const waiting = list('N N');
    const copy = structuredClone(waiting);
    placeByPolicy(waiting, { id: 9, capacity: 'group', pinned: false });
    expect(waiting).toEqual(copy);
  });
});

describe('moveEntry', () => {
  it('moves an entry to a 1-based position and pins it', () => {
    const moved = moveEntry(list('G N N O'), 4, 2);
    expect(ids(moved)).toEqual([1, 4, 2, 3]);
    expect(moved[1].pinned).toBe(true);
    expect(moved.filter((entry) => entry.pinned)).toHaveLength(1);
  });

  it('moves an entry down to the last position', () => {
    expect(ids(moveEntry(list('G N O'), 1, 3))).toEqual([2, 3, 1]);
  });

  it('keeps a moved entry in place when later inscriptions come in', () => {
    // Observer 3 moved ahead of the group; a new group and national must not jump it.
    const moved = moveEntry(list('G N O'), 3, 1);
    const after = inscribe(moved, 'group', 'national');
    expect(ids(after)).toEqual([3, 1, 4, 2, 5]);
  });

  it('orders later inscriptions by policy behind an entry moved down', () => {
    const moved = moveEntry(list('G N N'), 1, 3); // N N G*
    const after = inscribe(moved, 'national', 'group', 'right-of-reply');
    expect(ids(after)).toEqual([2, 3, 1, 5, 4, 6]);
  });

  it('still lets a point of order go ahead of a moved entry', () => {
    const after = inscribe(moveEntry(list('G N'), 2, 1), 'point-of-order');
    expect(ids(after)).toEqual([3, 2, 1]);
  });

  it.each([0, 4, -1, 1.5])('refuses position %p with INVALID_INPUT naming the range', (position) => {
    expect(() => moveEntry(list('G N N'), 2, position)).toThrow(domainError('INVALID_INPUT', 'from 1 to 3'));
  });

  it('refuses an unknown id with NOT_FOUND', () => {
    expect(() => moveEntry(list('G N'), 99, 1)).toThrow(domainError('ENTRY_NOT_FOUND'));
  });

  it('does not mutate its input', () => {
    const waiting = list('G N O');
    const copy = structuredClone(waiting);
    moveEntry(waiting, 3, 1);
    expect(waiting).toEqual(copy);
  });
});

describe('swapEntries', () => {
  it('exchanges two entries and pins both', () => {
    const swapped = swapEntries(list('G N O C'), 1, 3);
    expect(ids(swapped)).toEqual([3, 2, 1, 4]);
    expect(swapped.map((entry) => entry.pinned)).toEqual([true, false, true, false]);
  });

  it('refuses an unknown id with NOT_FOUND', () => {
    expect(() => swapEntries(list('G N'), 1, 42)).toThrow(domainError('ENTRY_NOT_FOUND'));
  });

  it('does not mutate its input', () => {
    const waiting = list('G N');
    const copy = structuredClone(waiting);
    swapEntries(waiting, 1, 2);
    expect(waiting).toEqual(copy);
  });
});

describe('insertAt', () => {
  const newcomer = (id: number): OrderedEntry => ({ id, capacity: 'civil-society', pinned: false });

  it('inserts a new entry at a 1-based position, pinned', () => {
    const result = insertAt(list('G N'), newcomer(7), 2);
    expect(ids(result)).toEqual([1, 7, 2]);
    expect(result[1].pinned).toBe(true);
  });

  it('accepts one past the end as the last position', () => {
    expect(ids(insertAt(list('G N'), newcomer(7), 3))).toEqual([1, 2, 7]);
  });

  it('refuses a position beyond one past the end with INVALID_INPUT', () => {
    expect(() => insertAt(list('G N'), newcomer(7), 4)).toThrow(domainError('INVALID_INPUT', 'from 1 to 3'));
  });

  it('refuses an id already on the list with CONFLICT', () => {
    expect(() => insertAt(list('G N'), newcomer(2), 1)).toThrow(domainError('ENTRY_ALREADY_LISTED'));
  });
});

describe('removeEntry', () => {
  it('removes the entry and keeps the others in order', () => {
    expect(ids(removeEntry(list('G N O'), 2))).toEqual([1, 3]);
  });

  it('lets the policy reach back past a removed pin', () => {
    const withoutPin = removeEntry(list('N N*'), 2);
    expect(insertionIndex(withoutPin, 'group')).toBe(0);
  });

  it('refuses an unknown id with NOT_FOUND', () => {
    expect(() => removeEntry(list('G'), 5)).toThrow(domainError('ENTRY_NOT_FOUND'));
  });

  it('does not mutate its input', () => {
    const waiting = list('G N');
    removeEntry(waiting, 1);
    expect(ids(waiting)).toEqual([1, 2]);
  });
});
