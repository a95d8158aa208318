import { useBms7App } from '../helpers/use-bms7-app';

interface DelegationJson {
  id: number;
  name: string;
  names: Record<string, string>;
  regionalGroup: string | null;
  regionalGroups: string[];
  memberOf: number[];
  observerOf: number[];
  provisional: boolean;
  note: string | null;
}

describe('seeded BMS7 facts over the API', () => {
  const suite = useBms7App();
  let delegations: DelegationJson[];
  const named = (name: string) => delegations.find((delegation) => delegation.name === name)!;

  beforeAll(async () => {
    delegations = (await suite.api().get('/api/conferences/bms7/delegations').expect(200)).body;
  });

  it('puts Kiribati in the Asia-Pacific Group', () => {
    expect(named('Kiribati')).toMatchObject({ regionalGroup: 'Asia-Pacific', regionalGroups: ['Asia-Pacific'] });
    expect(named('Kiribati').memberOf).toContain(named('Asia-Pacific Group').id);
  });

  it('lists Türkiye in WEOG (for elections) and the Asia-Pacific Group, so it may speak for either', () => {
    const turkiye = named('Türkiye');
    expect(turkiye).toMatchObject({ regionalGroup: 'WEOG', regionalGroups: ['WEOG', 'Asia-Pacific'] });
    expect(turkiye.memberOf).toEqual(expect.arrayContaining([named('Asia-Pacific Group').id, named('Western European and Others Group (WEOG)').id]));
  });

  it('makes the State of Palestine a member of the Asia-Pacific Group, still an observer State', () => {
    const palestine = named('State of Palestine');
    expect(palestine).toMatchObject({ kind: 'observer-state', regionalGroup: 'Asia-Pacific' });
    expect(palestine.memberOf).toContain(named('Asia-Pacific Group').id);
  });

  it('flags the United States as attending WEOG as an observer, keeping its old fields', () => {
    const weog = named('Western European and Others Group (WEOG)').id;
    expect(named('United States of America')).toMatchObject({ regionalGroup: 'WEOG', observerOf: [weog] });
    expect(named('United States of America').memberOf).toContain(weog);
    expect(named('Germany').observerOf).toEqual([]);
  });

  it('lets a Türkiye delegate speak on behalf of the Asia-Pacific Group', async () => {
    const { body: meeting } = await suite
      .api()
      .post('/api/conferences/bms7/meetings')
      .set('Authorization', `Bearer ${suite.officer}`)
      .send({ title: 'Group statements', kind: 'plenary', format: 'virtual', room: null, startsAt: '2021-07-27T15:00', endsAt: '2021-07-27T18:00' })
      .expect(201);
    const { body: code } = await suite
      .api()
      .post(`/api/conferences/bms7/delegations/${named('Türkiye').id}/access-codes`)
      .set('Authorization', `Bearer ${suite.officer}`)
      .send({})
      .expect(201);
    const { body: session } = await suite.api().post('/api/auth/delegate').send({ code: code.code }).expect(200);
    await suite
      .api()
      .post(`/api/meetings/${meeting.id}/speakers`)
      .set('Authorization', `Bearer ${session.accessToken}`)
      .send({ delegationId: named('Türkiye').id, capacity: 'group', onBehalfOfId: named('Asia-Pacific Group').id })
      .expect(201);
  });

  it('marks the seven civil-society organizations provisional, and not the organizations Draft 3 names', () => {
    const civilSociety = delegations.filter((delegation) => (delegation as unknown as { kind: string }).kind === 'civil-society');
    expect(civilSociety).toHaveLength(7);
    expect(civilSociety.every((delegation) => delegation.provisional && (delegation.note ?? '').length > 0)).toBe(true);
    expect(named('World Customs Organization')).toMatchObject({ provisional: false, note: null });
    expect(named('Kenya')).toMatchObject({ provisional: false, note: null });
  });

  it.each([
    ['Dominican Republic', 'zh', '多米尼加'],
    ['Romania', 'es', 'Rumania'],
    ['Antigua and Barbuda', 'ar', 'أنتيغوا وبربودا'],
    ['Barbados', 'ar', 'بربادوس'],
    ['Saint Kitts and Nevis', 'ar', 'سانت كيتس ونيفس'],
  ])('names %s in %s as UNTERM does: %s', (name, language, expected) => {
    expect(named(name).names[language]).toBe(expected);
  });

  it('serves the conference documents and says where each limit comes from', async () => {
    const conference = (await suite.api().get('/api/conferences/bms7').expect(200)).body;
    expect(conference.documents).toEqual([
      { symbol: 'A/CONF.192/BMS/2021/CRP.1', title: 'Information Note', date: '2021-07-16' },
      { symbol: 'A/CONF.192/BMS/2021/CRP.2', title: 'Draft 3 of the outcome document', date: '2021-07-19' },
    ]);
    expect(conference.statementLimits).toMatchObject({ national: 180, group: 300, 'point-of-order': 120 });
    expect(conference.limitNotes.national.provisional).toBe(false);
    expect(conference.limitNotes['point-of-order']).toMatchObject({ provisional: true, note: expect.stringContaining('Assumed') });
  });

  it('takes a limit an officer sets as no longer provisional', async () => {
    const { body } = await suite
      .api()
      .patch('/api/conferences/bms7')
      .set('Authorization', `Bearer ${suite.officer}`)
      .send({ statementLimits: { 'point-of-order': 90 } })
      .expect(200);
    expect(body.limitNotes['point-of-order']).toEqual({ provisional: false, note: 'Set by an officer' });
    expect(body.limitNotes.observer.provisional).toBe(true);
  });

  it('adds the consultations of 28 April and 25 June, titles 22 April as gathering inputs, and notes every assumption', async () => {
    const meetings: { title: string; startsAt: string; provisional: boolean; note: string | null; rehearsal: boolean }[] = (
      await suite.api().get('/api/conferences/bms7/meetings').expect(200)
    ).body;
    const on = (day: string) => meetings.filter((meeting) => meeting.startsAt.startsWith(day));
    expect(on('2021-04-28').map((meeting) => meeting.title)).toEqual(['Open informal-informal consultations on the agenda']);
    expect(on('2021-06-25')[0].title).toMatch(/manufacturing, technology and design/);
    expect(on('2021-04-22')[0].title).toMatch(/inputs for a zero draft/);
    expect(meetings.filter((meeting) => meeting.provisional && !meeting.note)).toEqual([]);
    expect(meetings.every((meeting) => meeting.rehearsal === false)).toBe(true);
    const presentation = on('2021-07-28').find((meeting) => meeting.title.startsWith('Secretariat presentation'))!;
    expect(presentation).toMatchObject({ provisional: true, note: expect.stringContaining('16:00') });
  });
});
