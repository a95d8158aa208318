import type { Namespace } from 'socket.io';
import type { SpeakersListView, SpeakersNextView } from '../shared/api-types';
import { LIST_PUSH_INTERVAL_MS, listRoom, ListSource, LivePublisher, nextRoom } from './live-publisher';

function source(version: number, next: string[] = []): ListSource {
  return {
    list: () => ({ meetingId: 7, version }) as SpeakersListView,
    next: (count) => ({ meetingId: 7, version, entries: next.slice(0, count).map((name) => ({ name })) }) as unknown as SpeakersNextView,
  };
}

function setup() {
  const sent: { room: string; event: string; version: number }[] = [];
  const namespace = {
    to: (room: string) => ({ emit: (event: string, payload: { version: number }) => sent.push({ room, event, version: payload.version }) }),
  } as unknown as Namespace;
  const sut = new LivePublisher();
  sut.attach(namespace as never);
  const lists = () => sent.filter((push) => push.event === 'speakers:list').map((push) => push.version);
  return { sut, sent, lists };
}

describe('LivePublisher: merged list pushes', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the first change at once', () => {
    const { sut, lists } = setup();
    sut.listChanged(7, source(2));
    expect(lists()).toEqual([2]);
  });

  it('merges the changes of one interval into one push of the latest list, at its end', () => {
    const { sut, lists } = setup();
    sut.listChanged(7, source(2));
    for (const version of [3, 4, 5]) sut.listChanged(7, source(version));
    expect(lists()).toEqual([2]);
    jest.advanceTimersByTime(LIST_PUSH_INTERVAL_MS - 1);
    expect(lists()).toEqual([2]);
    jest.advanceTimersByTime(1);
    expect(lists()).toEqual([2, 5]);
  });

  it('sends at most one list per interval however long the burst lasts', () => {
    const { sut, lists } = setup();
    for (let version = 2; version < 2 + 50; version += 1) {
      sut.listChanged(7, source(version));
      jest.advanceTimersByTime(LIST_PUSH_INTERVAL_MS / 10);
    }
    jest.advanceTimersByTime(LIST_PUSH_INTERVAL_MS);
    expect(lists().length).toBeLessThanOrEqual(6);
    expect(lists().at(-1)).toBe(51);
  });

  it('sends the list to the list room only, and the next speakers to a screen only when they change', () => {
    const { sut, sent } = setup();
    sut.listChanged(7, source(2, ['Kenya', 'Brazil']));
    jest.advanceTimersByTime(LIST_PUSH_INTERVAL_MS);
    sut.listChanged(7, source(3, ['Kenya', 'Brazil', 'Chile']));
    const toTwo = sent.filter((push) => push.room === nextRoom(7, 2)).map((push) => push.version);
    const toThree = sent.filter((push) => push.room === nextRoom(7, 3)).map((push) => push.version);
    expect(toTwo).toEqual([2]);
    expect(toThree).toEqual([2, 3]);
    expect(sent.filter((push) => push.event === 'speakers:list').every((push) => push.room === listRoom(7))).toBe(true);
  });

  it('drops what is pending for a meeting it is told to forget', () => {
    const { sut, lists } = setup();
    sut.listChanged(7, source(2));
    sut.listChanged(7, source(3));
    sut.forget(7);
    jest.advanceTimersByTime(LIST_PUSH_INTERVAL_MS);
    expect(lists()).toEqual([2]);
  });
});
