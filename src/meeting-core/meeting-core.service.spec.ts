import type { EntityManager } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { DEFAULT_SPEAKING_ORDER } from '../domain/capacity';
import { fakeClock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { aMeeting, BRAZIL, GERMANY, KENYA, T0 } from '../domain/meeting/meeting.fixtures';
import type { MeetingState } from '../domain/meeting/meeting-state';
import type { LivePublisher } from '../live/live-publisher';
import { MeetingEntity } from '../meetings/meeting.entity';
import type { TransactionRunner } from '../persistence/transaction-runner';
import type { MeetingIntent } from './command-batch';
import { MeetingCore } from './meeting-core.service';
import type { MeetingStateStore } from './meeting-state.store';

const officer = { role: 'officer' } as const;
const inscribe = (delegationId: number): MeetingIntent => ({ kind: 'inscribe', actor: officer, delegationId, capacity: 'national' });

const MEETING = { id: 7, conferenceId: 1, webcast: true, cancelled: false, startsAt: T0, endsAt: T0 + 3 * 3600_000 };
const CONFERENCE = {
  id: 1,
  statementLimits: { national: 180, group: 300, observer: 180, organization: 180, 'civil-society': 180, 'point-of-order': 120 },
  rightOfReplySeconds: [600, 300],
  speakingOrder: DEFAULT_SPEAKING_ORDER,
  warningSeconds: 30,
};
const DELEGATIONS = [
  { id: KENYA, name: 'Kenya', kind: 'member-state' },
  { id: BRAZIL, name: 'Brazil', kind: 'member-state' },
  { id: GERMANY, name: 'Germany', kind: 'member-state' },
];

/** A transaction that runs when the test lets it: commands arriving meanwhile queue behind it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

function setup(initial: MeetingState = aMeeting()) {
  const manager = {
    findOneBy: jest.fn(async (entity: unknown) => (entity === MeetingEntity ? MEETING : entity === ConferenceEntity ? CONFERENCE : null)),
    find: jest.fn(async (entity: unknown) => (entity === MeetingEntity ? [] : (entity as { name: string }).name === 'DelegationEntity' ? DELEGATIONS : [])),
  } as unknown as EntityManager;
  let nextId = 100;
  const store = {
    loadMeeting: jest.fn(async () => initial),
    allocateEntryIds: jest.fn(async (_: EntityManager, count: number) => Array.from({ length: count }, () => nextId++)),
    saveChanges: jest.fn(async () => undefined),
    committedFloorVersion: jest.fn(),
  };
  const gates: Promise<void>[] = [];
  const transactions = {
    queuesTransactions: true,
    write: jest.fn(async (work: (m: EntityManager) => Promise<unknown>) => {
      await gates.shift();
      return work(manager);
    }),
    read: jest.fn((work: (m: EntityManager) => Promise<unknown>) => work(manager)),
  };
  const publisher = { floor: jest.fn(), listChanged: jest.fn(), forget: jest.fn() };
  const sut = new MeetingCore(
    transactions as unknown as TransactionRunner,
    store as unknown as MeetingStateStore,
    publisher as unknown as LivePublisher,
    fakeClock(T0),
  );
  return { sut, store, publisher, gates };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('MeetingCore', () => {
  it('commits the commands that arrive during a transaction together, each answered on its own', async () => {
    const { sut, store, gates } = setup();
    const held = gate();
    gates.push(held.opened);
    const first = sut.execute(7, inscribe(KENYA));
    await settle();
    // The first transaction is still running when the next two arrive.
    const rest = [sut.execute(7, inscribe(BRAZIL)), sut.execute(7, inscribe(GERMANY))];
    held.open();
    const answers = await Promise.all([first, ...rest]);
    expect(answers.map((applied) => applied.decision.entryId)).toEqual([100, 101, 102]);
    expect(answers.map((applied) => applied.state.listVersion)).toEqual([2, 3, 4]);
    expect(store.saveChanges).toHaveBeenCalledTimes(2);
    const [, before, after] = store.saveChanges.mock.calls[1] as unknown as [unknown, MeetingState, MeetingState];
    expect([before.listVersion, after.listVersion]).toEqual([2, 4]);
  });

  it('fails a refused command alone: its neighbours in the burst commit', async () => {
    const { sut, store } = setup();
    const results = await Promise.allSettled([sut.execute(7, inscribe(KENYA)), sut.execute(7, inscribe(999)), sut.execute(7, inscribe(BRAZIL))]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'DELEGATION_NOT_FOUND' });
    expect(store.saveChanges).toHaveBeenCalledTimes(1);
  });

  it('when a commit fails, fails every command of the burst and reads the state again for the next', async () => {
    const { sut, store } = setup();
    store.saveChanges.mockRejectedValueOnce(new Error('SQLITE_FULL'));
    const results = await Promise.allSettled([sut.execute(7, inscribe(KENYA)), sut.execute(7, inscribe(BRAZIL))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    const loadsBefore = store.loadMeeting.mock.calls.length;
    const retried = await sut.execute(7, inscribe(KENYA));
    expect(store.loadMeeting.mock.calls.length).toBe(loadsBefore + 1);
    expect(retried.state.listVersion).toBe(2);
  });

  it('holds a floor command without a version to the floor as it arrived: two Nexts at once call one speaker', async () => {
    const { sut } = setup(aMeeting([{ delegationId: KENYA }, { delegationId: BRAZIL }]));
    const results = await Promise.allSettled([sut.execute(7, { kind: 'next' }), sut.execute(7, { kind: 'next' })]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'STALE_VERSION' });
  });

  it('publishes every floor state in turn and the list once per burst', async () => {
    const { sut, publisher } = setup(aMeeting([{ delegationId: KENYA }]));
    await sut.execute(7, { kind: 'next' });
    await Promise.all([sut.execute(7, { kind: 'start', version: 2 }), sut.execute(7, { kind: 'pause', version: 3 }), sut.execute(7, inscribe(BRAZIL))]);
    expect(publisher.floor.mock.calls.map(([floor]) => [floor.version, floor.status])).toEqual([
      [2, 'paused'],
      [3, 'running'],
      [4, 'paused'],
    ]);
    expect(publisher.listChanged).toHaveBeenCalledTimes(2);
    expect(publisher.listChanged.mock.calls[1][1].list().version).toBe(3);
  });

  it('answers reads from the state it wrote, without reading it again', async () => {
    const { sut, store } = setup();
    await sut.execute(7, inscribe(KENYA));
    const { state } = await sut.current(7);
    expect(state.listVersion).toBe(2);
    expect(store.loadMeeting).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing of a meeting forgotten while a burst was being written: the next read loads it again', async () => {
    const { sut, store, gates } = setup();
    const held = gate();
    gates.push(held.opened);
    const inscribed = sut.execute(7, inscribe(KENYA));
    await settle();
    sut.forget(7);
    held.open();
    await inscribed;
    await sut.current(7);
    expect(store.loadMeeting).toHaveBeenCalledTimes(2);
  });
});
