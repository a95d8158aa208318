import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../helpers/create-test-app';
import { useBms7App } from '../helpers/use-bms7-app';
import { meetingBody, MeetingJson } from './timetable-support';

describe('meeting titles in the six UN languages', () => {
  const suite = useBms7App();
  const meetings = async (): Promise<MeetingJson[]> => (await suite.api().get('/api/conferences/bms7/meetings').expect(200)).body;
  const asOfficer = (method: 'post' | 'patch', path: string, body: object) =>
    suite.api()[method](path).set('Authorization', `Bearer ${suite.officer}`).send(body);

  it('gives every seeded meeting its title in ar, zh, en, fr, ru and es, the English one being `title`', async () => {
    for (const meeting of await meetings()) {
      expect(Object.keys(meeting.titles ?? {}).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
      expect(meeting.titles!.en).toBe(meeting.title);
    }
    const opening = (await meetings()).find((m) => m.startsAt === '2021-07-26T14:00:00.000Z')!;
    expect(opening.titles).toEqual({
      ar: 'الجلسة العامة الأولى: مناقشة مواضيعية بشأن البند ألف من جدول الأعمال',
      zh: '第1次全体会议：关于议程项目A的专题辩论',
      en: '1st plenary meeting: thematic debate on agenda item A',
      fr: '1re séance plénière\u00a0: débat thématique sur le point A de l’ordre du jour',
      ru: '1-е пленарное заседание: тематическое обсуждение по пункту A повестки дня',
      es: '1.ª sesión plenaria: debate temático sobre el tema A del programa',
    });
  });

  it('has none for an officer’s own meeting, nor for a rehearsal', async () => {
    const created: MeetingJson = (await asOfficer('post', '/api/conferences/bms7/meetings', meetingBody()).expect(201)).body;
    expect(created.titles).toBeNull();
    const [first] = await meetings();
    const rehearsal: MeetingJson = (await asOfficer('post', `/api/meetings/${first.id}/rehearsal`, {}).expect(201)).body;
    expect(rehearsal.titles).toBeNull();
  });

  it('keeps the translations through other changes, and drops them with a new title they no longer translate', async () => {
    const briefing = (await meetings()).find((m) => m.kind === 'briefing')!;
    const moved: MeetingJson = (await asOfficer('patch', `/api/meetings/${briefing.id}`, { webcast: false, title: briefing.title }).expect(200)).body;
    expect(moved.titles).toEqual(briefing.titles);
    const renamed: MeetingJson = (await asOfficer('patch', `/api/meetings/${briefing.id}`, { title: 'Secretariat briefing' }).expect(200)).body;
    expect(renamed).toMatchObject({ title: 'Secretariat briefing', titles: null });
  });
});

describe('a database seeded before the titles in six languages', () => {
  it('gets them at the next start, for the seeded meetings an officer has not retitled', async () => {
    const first = await createTestApp();
    const dataSource = first.app.get(DataSource);
    await dataSource.query('UPDATE "meeting" SET "titles" = NULL');
    const [retitled] = await dataSource.query('SELECT "id" FROM "meeting" ORDER BY "id" LIMIT 1');
    await dataSource.query(`UPDATE "meeting" SET "title" = 'Opening, as the officer renamed it' WHERE "id" = ${Number(retitled.id)}`);
    const databasePath = first.databasePath;
    await first.close();

    const again = await createTestApp({ databasePath });
    try {
      const meetings: MeetingJson[] = (await request(again.app.getHttpServer()).get('/api/conferences/bms7/meetings').expect(200)).body;
      const mine = meetings.find((meeting) => meeting.id === Number(retitled.id))!;
      expect(mine.titles).toBeNull();
      const others = meetings.filter((meeting) => meeting !== mine);
      expect(others.length).toBeGreaterThan(10);
      for (const meeting of others) expect(meeting.titles?.en).toBe(meeting.title);
    } finally {
      await again.close();
    }
  });
});
