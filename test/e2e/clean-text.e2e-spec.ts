import { aMeeting } from '../factories/meeting';
import { useBms7App } from '../helpers/use-bms7-app';

// What would hide, reorder or break a line on a screen, and a value with nothing visible in it.
const BAD_TEXT: [string, string][] = [
  ['a NUL', 'Plenary\u0000'],
  ['an escape sequence', '\u001b[2J Plenary'],
  ['a lone surrogate', 'Plenary \ud83d'],
  ['a right-to-left override', 'Plenary \u202e yranelp'],
  ['only a zero-width space', '\u200b'],
];

describe('clean text in titles, room names, labels and messages', () => {
  const suite = useBms7App();
  const asOfficer = (method: 'post' | 'patch', path: string) => suite.api()[method](path).set('Authorization', `Bearer ${suite.officer}`);

  describe.each(BAD_TEXT)('refuses %s with a 400 naming the field', (_, text) => {
    it('in a meeting title', async () => {
      const meeting = await aMeeting(suite);
      const response = await asOfficer('patch', `/api/meetings/${meeting.meetingId}`).send({ title: text }).expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^title: /)]);
    });

    it('in a room name', async () => {
      const response = await asOfficer('post', '/api/conferences/bms7/rooms').send({ name: text }).expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^name: /)]);
    });

    it('in an access code label', async () => {
      const path = `/api/conferences/bms7/delegations/${suite.bms7.delegationId('Kenya')}/access-codes`;
      const response = await asOfficer('post', path).send({ label: text }).expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^label: /)]);
    });

    it('in a floor message', async () => {
      const meeting = await aMeeting(suite);
      const response = await meeting.command('message', { text }).expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^text: /)]);
    });
  });

  it('keeps text in any script, with emoji', async () => {
    const meeting = await aMeeting(suite);
    const title = 'Séance plénière — 全体会议 — الجلسة العامة 🇰🇪';
    await asOfficer('patch', `/api/meetings/${meeting.meetingId}`).send({ title }).expect(200);
    await meeting.command('message', { text: 'Ուշադրություն — 注意 — انتباه' }).expect(200);
  });
});
