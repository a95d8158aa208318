import type { TestApp } from '../helpers/create-test-app';
import { Api, BMS7_ROOM, createMeeting, delegateToken, sendWrite, useTimetableApp } from './timetable-support';

const ROOMS = '/api/conferences/bms7/rooms';

describe('timetable: rooms of the conference', () => {
  let testApp: TestApp;
  let officer: string;
  let api: Api;
  const suite = useTimetableApp();
  beforeAll(() => ({ testApp, officer, api } = suite));

  const addRoom = async (name: string): Promise<{ id: number; name: string }> =>
    (await api.post(ROOMS, { name }, officer).expect(201)).body;

  it('lists the seeded room to anyone', async () => {
    expect((await api.get(ROOMS).expect(200)).body).toEqual([{ id: expect.any(Number), name: BMS7_ROOM }]);
    await api.get('/api/conferences/bms99/rooms').expect(404);
  });

  it('adds a room that meetings can then book, beside a plenary in the other room', async () => {
    const room = await addRoom('Conference Room 4');
    expect(room).toEqual({ id: expect.any(Number), name: 'Conference Room 4' });
    expect((await api.get(ROOMS).expect(200)).body.map((r: { name: string }) => r.name)).toContain('Conference Room 4');
    const side = await createMeeting(api, officer, { room: 'Conference Room 4', startsAt: '2021-07-27T10:30', endsAt: '2021-07-27T11:30' });
    expect(side.room).toBe('Conference Room 4');
  });

  it('renames a room, and meetings show the new name', async () => {
    const room = await addRoom('Conference Room 5');
    const meeting = await createMeeting(api, officer, { room: room.name });
    const renamed = await api.patch(`${ROOMS}/${room.id}`, { name: 'Conference Room 6' }, officer).expect(200);
    expect(renamed.body).toEqual({ id: room.id, name: 'Conference Room 6' });
    expect((await api.get(`/api/meetings/${meeting.id}`).expect(200)).body.room).toBe('Conference Room 6');
  });

  it('refuses a second room of the same name: 409', async () => {
    const response = await api.post(ROOMS, { name: BMS7_ROOM }, officer).expect(409);
    expect(response.body.message).toContain(`already has a room named "${BMS7_ROOM}"`);
    const other = await addRoom('ECOSOC Chamber');
    await api.patch(`${ROOMS}/${other.id}`, { name: BMS7_ROOM }, officer).expect(409);
    await api.patch(`${ROOMS}/${other.id}`, { name: 'ECOSOC Chamber' }, officer).expect(200);
  });

  it.each([
    [{ name: '   ' }, 'name:'],
    [{}, 'name:'],
    [{ name: 'Room', capacity: 300 }, 'capacity: unknown field'],
  ])('refuses %p: 400 naming the field', async (body, message) => {
    const response = await api.post(ROOMS, body, officer).expect(400);
    expect(response.body.message).toEqual([expect.stringContaining(message)]);
  });

  it('deletes a room no meeting uses', async () => {
    const room = await addRoom('Temporary room');
    await api.delete(`${ROOMS}/${room.id}`, officer).expect(204);
    await api.delete(`${ROOMS}/${room.id}`, officer).expect(404);
  });

  it('refuses to delete a room in use, even by a cancelled meeting: 409 naming a meeting', async () => {
    const [seeded] = (await api.get(ROOMS).expect(200)).body.filter((r: { name: string }) => r.name === BMS7_ROOM);
    const response = await api.delete(`${ROOMS}/${seeded.id}`, officer).expect(409);
    expect(response.body.message).toMatch(
      /^Room "Conference room, United Nations Headquarters" is used by \d+ meeting\(s\), the first meeting \d+ "/);

    const room = await addRoom('Briefing room');
    const meeting = await createMeeting(api, officer, { room: room.name, startsAt: '2021-07-28T13:00', endsAt: '2021-07-28T14:00' });
    await api.patch(`/api/meetings/${meeting.id}`, { cancelled: true }, officer).expect(200);
    await api.delete(`${ROOMS}/${room.id}`, officer).expect(409);
  });

  it.each([
    ['POST', ROOMS],
    ['PATCH', `${ROOMS}/1`],
    ['DELETE', `${ROOMS}/1`],
  ] as const)('%s %s: 401 without a token, 403 for a delegate', async (method, path) => {
    const delegate = await delegateToken(testApp);
    expect((await sendWrite(api, method, path, { name: 'Lounge' })).status).toBe(401);
    expect((await sendWrite(api, method, path, { name: 'Lounge' }, delegate)).status).toBe(403);
  });
});
