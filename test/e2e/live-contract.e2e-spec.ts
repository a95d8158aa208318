import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aMeeting } from '../factories/meeting';
import { connectLive, emitWithAck, eventWhere, LiveClient, nextEvent } from '../helpers/live-client';
import { useBms7App } from '../helpers/use-bms7-app';

/** The instants table of docs/contract.md, as a client written from the contract reads it. */
function contractInstants(): { message: string; field: string; form: 'epoch ms' | 'ISO'; nullable: boolean; optional: boolean }[] {
  const contract = readFileSync(join(__dirname, '../../docs/contract.md'), 'utf8');
  const section = contract.slice(contract.indexOf('### Instants in live events'));
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return rows.flatMap((row) => {
    const [messages, field, form] = row.split('|').slice(1, 4).map((cell) => cell.replace(/`/g, '').trim());
    return messages.split(', ').map((message) => ({
      message,
      field,
      form: form.startsWith('epoch ms') ? ('epoch ms' as const) : ('ISO' as const),
      nullable: form.includes('null'),
      optional: form.includes('only'),
    }));
  });
}

const EPOCH_MS = (value: unknown) => Number.isInteger(value) && (value as number) > 1e12;
const ISO_UTC = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value);

/** Every value at a path such as `entries[].requestedAt` (undefined where a step is missing). */
function valuesAt(payload: unknown, path: string): unknown[] {
  return path.split('.').reduce<unknown[]>((values, step) => {
    const many = step.endsWith('[]');
    const key = many ? step.slice(0, -2) : step;
    const next = values.map((value) => (value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key]));
    return many ? next.flatMap((value) => (Array.isArray(value) ? value : [])) : next;
  }, [payload]);
}

/** The paths of every field named like an instant (…At, …Since, …Now, t0), `[]` for array elements. */
function instantPaths(payload: unknown, prefix = ''): string[] {
  if (Array.isArray(payload)) return payload.flatMap((item) => instantPaths(item, `${prefix}[]`));
  if (payload === null || typeof payload !== 'object') return [];
  return Object.entries(payload).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return [...(/(At|Since|Now)$|^t0$/.test(key) ? [path] : []), ...instantPaths(value, path)];
  });
}

describe('the live instants, read from docs/contract.md by a client', () => {
  const suite = useBms7App();
  const received = new Map<string, unknown>();
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    const meeting = await aMeeting(suite);
    await meeting.inscribe('France');
    await meeting.inscribe('Japan');
    // France on the floor at join, so the ack's floor has a speaker.
    await meeting.command('next').expect(200);
    const list = await connectLive(suite.testApp, suite.officer);
    const screen = await connectLive(suite.testApp, suite.officer);
    sockets.push(list, screen);
    const join = await emitWithAck<{ floor: unknown; speakers: unknown }>(list, 'meeting:join', { meetingId: meeting.meetingId });
    const screenJoin = await emitWithAck<{ next: unknown }>(screen, 'meeting:join', { meetingId: meeting.meetingId, next: 2 });
    received.set('meeting:join ack floor', join.floor).set('meeting:join ack speakers', join.speakers).set('meeting:join ack next', screenJoin.next);

    const listPush = nextEvent(list, 'speakers:list');
    const nextPush = nextEvent(screen, 'speakers:next');
    const running = eventWhere(list, 'floor:state', (floor) => floor.status === 'running');
    await meeting.inscribe('Brazil');
    await meeting.command('start').expect(200);
    received.set('speakers:list', await listPush).set('speakers:next', await nextPush).set('floor:state', await running);
    received.set('clock:ping ack', await emitWithAck(list, 'clock:ping', { t0: Date.now() }));
  });

  afterAll(() => sockets.forEach((socket) => socket.close()));

  it('has a table row for each message the contract names', () => {
    expect(new Set(contractInstants().map((row) => row.message))).toEqual(new Set(received.keys()));
  });

  it.each(contractInstants().map((row) => [`${row.message} ${row.field}`, row] as const))('%s has the form the contract says', (_name, row) => {
    const values = valuesAt(received.get(row.message), row.field);
    const present = values.filter((value) => value !== undefined);
    if (!row.optional) expect(present.length).toBe(values.length);
    expect(present.length).toBeGreaterThan(0);
    for (const value of present) {
      if (value === null && row.nullable) continue;
      expect({ field: row.field, value, ok: row.form === 'epoch ms' ? EPOCH_MS(value) : ISO_UTC(value) }).toEqual({ field: row.field, value, ok: true });
    }
  });

  it('lists every instant the server sends: none is left for a client to guess', () => {
    const listed = new Set(contractInstants().map((row) => `${row.message} ${row.field}`));
    const sent = [...received].flatMap(([message, payload]) => instantPaths(payload).map((path) => `${message} ${path}`));
    expect(sent.filter((name) => !listed.has(name))).toEqual([]);
  });
});
