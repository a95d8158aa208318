import request from 'supertest';
import { Display, joinDisplay } from './live-client';
import { meetingId, officer, scale } from './scale-env';

describe('live pushes across instances (Redis adapter)', () => {
  let token: string;
  let meeting: number;
  let onA: Display;
  let onB: Display;

  beforeAll(async () => {
    token = await officer();
    meeting = await meetingId('fanOut');
    [onA, onB] = await Promise.all([joinDisplay(scale.urlA, token, meeting), joinDisplay(scale.urlB, token, meeting)]);
  });

  afterAll(() => {
    onA?.close();
    onB?.close();
  });

  const message = (text: string) =>
    request(scale.urlA).post(`/api/meetings/${meeting}/floor/message`).set('Authorization', `Bearer ${token}`).send({ text }).expect(200);

  it('delivers a change made through A to a display on B, and on A, exactly once', async () => {
    const before = onB.snapshot.floor.version;
    const first = (await message('first')).body;
    const second = (await message('second')).body;
    // Pushes from one instance arrive in order: a duplicate of the first would come before the second.
    await Promise.all([onA.floorWhere((f) => f.version === second.version), onB.floorWhere((f) => f.version === second.version)]);
    expect(first.version).toBe(before + 1);
    expect(onB.floors.map((f) => [f.version, f.message])).toEqual([
      [first.version, 'first'],
      [second.version, 'second'],
    ]);
    expect(onA.floors.map((f) => f.version)).toEqual([first.version, second.version]);
  });

  it('gives both displays the same snapshot on join', async () => {
    const [a, b] = await Promise.all([joinDisplay(scale.urlA, token, meeting), joinDisplay(scale.urlB, token, meeting)]);
    try {
      const { serverNow: _a, ...floorA } = a.snapshot.floor;
      const { serverNow: _b, ...floorB } = b.snapshot.floor;
      expect(floorA).toEqual(floorB);
      expect(a.snapshot.speakers.version).toBe(b.snapshot.speakers.version);
    } finally {
      a.close();
      b.close();
    }
  });
});
