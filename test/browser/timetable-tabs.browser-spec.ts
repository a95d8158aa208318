import { readFileSync } from 'node:fs';
import ical, { VEvent } from 'node-ical';
import type { Page } from 'playwright-core';
import { rfc5545Problems } from '../helpers/icalendar';
import { Harness, MeetingRow, screenshot, startHarness, waitForText } from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';
import { chooseZone } from './zone-picker';

// Wednesday 28 July 2021, 15:58 in New York: the Secretariat's briefing (15:00-16:00) is on, the
// 6th plenary (16:00) comes next.
const WEDNESDAY_1558 = '2021-07-28T19:58:00Z';

interface SeededMeeting extends MeetingRow {
  endsAt: string;
  titles: Record<string, string> | null;
}

describe('timetable: day tabs, now and next, zones, calendar links, titles', () => {
  let harness: Harness;
  let meetings: SeededMeeting[];
  const row = (id: number) => `[data-testid=meeting][data-meeting-id="${id}"]`;
  const meetingAt = (startsAt: string, kind = 'plenary') => meetings.find((m) => m.startsAt === startsAt && m.kind === kind)!;
  const selectedTab = (page: Page) => page.locator('[role=tab][aria-selected=true]').getAttribute('data-day');

  /** The timetable in a browser in New York (or `timezoneId`), at `now` by the page's own clock option. */
  async function openTimetable(options: { now?: string; timezoneId?: string; lang?: string; viewport?: { width: number; height: number } } = {}) {
    const page = await harness.newPage({ viewport: options.viewport ?? { width: 1280, height: 900 }, timezoneId: options.timezoneId ?? 'America/New_York' });
    const query = new URLSearchParams({ ...(options.now ? { now: options.now } : {}), ...(options.lang ? { lang: options.lang } : {}) }).toString();
    await page.goto(`/${query ? `?${query}` : ''}`);
    await page.locator('[role=tabpanel] [data-testid=meeting]').first().waitFor();
    return page;
  }

  beforeAll(async () => {
    harness = await startHarness();
    meetings = await harness.api<SeededMeeting[]>('GET', '/api/conferences/bms7/meetings');
  });

  afterAll(() => harness?.close());

  it('opens today’s tab during the week and moves between days with the arrow keys, Home and End', async () => {
    const page = await openTimetable({ now: WEDNESDAY_1558 });
    const days = await page.locator('[role=tab]').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-day')));
    expect(days).toEqual(['2021-07-26', '2021-07-27', '2021-07-28', '2021-07-29', '2021-07-30']);
    expect(await selectedTab(page)).toBe('2021-07-28');
    expect(await page.locator('[role=tab][aria-selected=true]').textContent()).toContain('(today)');
    expect(await page.locator('[role=tablist]').getAttribute('aria-label')).toBe('Conference days');
    // Roving tabindex: only the chosen tab is in the tab order; its panel names it.
    expect(await page.locator('[role=tab][tabindex="0"]').count()).toBe(1);
    expect(await page.locator('[role=tabpanel]').getAttribute('aria-labelledby')).toBe('day-tab-2021-07-28');

    await page.locator('[role=tab][aria-selected=true]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page)).toBe('2021-07-29');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-day'))).toBe('2021-07-29');
    await page.keyboard.press('End');
    expect(await selectedTab(page)).toBe('2021-07-30');
    await page.keyboard.press('Home');
    expect(await selectedTab(page)).toBe('2021-07-26');
    await page.keyboard.press('ArrowLeft');
    expect(await selectedTab(page)).toBe('2021-07-30');
    expect(await page.locator('[role=tabpanel] h2').textContent()).toMatch(/Friday,? 30 July 2021/);
    await page.locator('[role=tab][data-day="2021-07-27"]').click();
    expect(await page.locator('[role=tabpanel] h2').textContent()).toMatch(/Tuesday,? 27 July 2021/);
  });

  it('opens the first day outside the week', async () => {
    const page = await openTimetable({ now: '2021-09-01T12:00:00Z' });
    expect(await selectedTab(page)).toBe('2021-07-26');
    expect(await page.locator('[role=tab] .day-tab-today').count()).toBe(0);
  });

  it('marks the meeting on now and the next one, in words and not by colour alone, and moves them on with the clock', async () => {
    const page = await harness.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' });
    await page.clock.install({ time: new Date(WEDNESDAY_1558) });
    await page.goto(`/?now=${WEDNESDAY_1558}`);
    const briefing = meetingAt('2021-07-28T19:00:00.000Z', 'briefing');
    const sixth = meetingAt('2021-07-28T20:00:00.000Z');
    await page.locator(row(briefing.id)).waitFor();
    expect(await page.locator(row(briefing.id)).getAttribute('aria-current')).toBe('time');
    expect(await page.locator(row(briefing.id)).textContent()).toContain('On now');
    expect(await page.locator(row(sixth.id)).getAttribute('data-next')).toBe('true');
    expect(await page.locator(`${row(sixth.id)} .badge-next`).textContent()).toBe('Next');
    const line = (await page.locator('[data-testid=now-next]').textContent()) ?? '';
    expect(line).toContain(`On now: ${briefing.title}.`);
    expect(line).toContain(`Next: ${sixth.title}, Wed 28 Jul 16:00 EDT.`);
    await screenshot(page, 'timetable-now-next');

    await page.clock.fastForward('03:00');
    await waitForText(page, row(sixth.id), (text) => text.includes('On now'));
    expect(await page.locator('[data-testid=meeting][aria-current]').count()).toBe(1);
    expect(await page.locator(row(briefing.id)).textContent()).not.toContain('On now');
  });

  it('finds Mumbai under Asia/Kolkata, and the times follow the choice with its abbreviation', async () => {
    const page = await openTimetable({ now: WEDNESDAY_1558 });
    await page.locator('#viewer-zone').fill('Mumbai');
    const options = page.locator('[role=listbox] [role=option]');
    await options.first().waitFor();
    expect(await page.locator('#viewer-zone').getAttribute('aria-expanded')).toBe('true');
    expect(await options.first().getAttribute('data-zone')).toBe('Asia/Kolkata');
    expect(await options.first().textContent()).toContain('UTC+05:30 IST');
    // Keyboard: the active option is announced through aria-activedescendant, Enter takes it.
    expect(await page.locator('#viewer-zone').getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.locator('#viewer-zone').press('Enter');
    expect(await page.locator('#viewer-zone').inputValue()).toBe('Asia/Kolkata');
    const sixth = meetingAt('2021-07-28T20:00:00.000Z');
    // 16:00 in New York is 01:30 the next day in India: the venue's time then carries its day.
    expect(await page.locator(`${row(sixth.id)} [data-testid=viewer-time]`).textContent()).toContain('01:30–03:30 IST');
    expect(await page.locator('[role=tab][aria-selected=true]').textContent()).toContain('29 Jul');
    expect(await page.locator(`${row(sixth.id)} [data-testid=venue-time]`).textContent()).toContain('Wed 28 Jul, 16:00–18:00 EDT');

    for (const [search, zone, abbreviation] of [['india', 'Asia/Kolkata', 'IST'], ['CEST', 'Europe/Paris', 'CEST'], ['kiev', 'Europe/Kyiv', 'EEST']]) {
      await chooseZone(page, '#viewer-zone', search, zone);
      expect(await page.locator(`${row(sixth.id)} [data-testid=viewer-time]`).textContent()).toContain(abbreviation);
    }
    await page.locator('#viewer-zone').fill('Atlantis');
    await waitForText(page, '.zone-select', (text) => text.includes('No time zone matches “Atlantis”.'));
    await page.locator('#viewer-zone').press('Escape');
    expect(await page.locator('#viewer-zone').inputValue()).toBe('Europe/Kyiv');
    await page.reload();
    await page.locator('[role=tabpanel] [data-testid=meeting]').first().waitFor();
    expect(await page.locator('#viewer-zone').inputValue()).toBe('Europe/Kyiv');
  });

  it('gives a browser that says Asia/Calcutta today’s Asia/Kolkata, first in the list, the venue’s zone second', async () => {
    const page = await harness.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Calcutta' });
    await page.goto(`/?now=${WEDNESDAY_1558}`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Asia/Calcutta');
    await waitForText(page, '[data-testid=zone-details]', (text) => text.includes('India'));
    expect(await page.locator('#viewer-zone').inputValue()).toBe('Asia/Kolkata');
    await page.locator('#viewer-zone').press('ArrowDown');
    const options = page.locator('[role=listbox] [role=option]');
    await options.first().waitFor();
    expect(await options.nth(0).getAttribute('data-zone')).toBe('Asia/Kolkata');
    expect(await options.nth(0).textContent()).toContain('your zone');
    expect(await options.nth(1).getAttribute('data-zone')).toBe('America/New_York');
    expect(await options.nth(1).textContent()).toContain('venue');
    expect(await page.locator('[data-zone="Asia/Calcutta"]').count()).toBe(0);
    await screenshot(page, 'timetable-zone-search');
  });

  it('writes the zone’s abbreviation beside every time, and in the officer’s meeting selector', async () => {
    const page = await openTimetable({ now: WEDNESDAY_1558, timezoneId: 'Europe/Paris' });
    const times = await page.locator('[role=tabpanel] .meeting-times').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    for (const text of times) expect(text).toMatch(/EDT[\s\S]*CEST/);

    const officer = await harness.newPage({ timezoneId: 'Europe/Paris' });
    await signInAsOfficer(officer);
    await officer.locator('#meeting option').nth(1).waitFor({ state: 'attached' });
    const labels = await officer.locator('#meeting option').allTextContents();
    expect(labels.filter((label) => /\d\d:\d\d EDT · /.test(label))).toHaveLength(meetings.length);
  });

  it('downloads one meeting’s calendar from its row: a valid file with the event of the week’s calendar', async () => {
    const page = await openTimetable({ now: WEDNESDAY_1558 });
    const briefing = meetingAt('2021-07-28T19:00:00.000Z', 'briefing');
    const link = page.locator(`${row(briefing.id)} [data-testid=meeting-calendar]`);
    expect(await link.getAttribute('aria-label')).toBe(`Add to calendar: “${briefing.title}” (.ics)`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`bms7-meeting-${briefing.id}.ics`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(rfc5545Problems(text)).toEqual([]);
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events.map((event) => [event.uid, event.summary, event.start.toISOString()])).toEqual([[`meeting-${briefing.id}@bms7.rostrum`, briefing.title, briefing.startsAt]]);
  });

  it.each([
    ['ar', 'الجلسة العامة الأولى: مناقشة مواضيعية بشأن البند ألف من جدول الأعمال', 'rtl'],
    ['zh', '第1次全体会议：关于议程项目A的专题辩论', 'ltr'],
  ])('shows the %s page’s titles in its own language', async (lang, title, dir) => {
    const page = await openTimetable({ now: '2021-07-26T15:00:00Z', lang });
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    const opening = meetingAt('2021-07-26T14:00:00.000Z');
    expect(await page.locator(`${row(opening.id)} [data-testid=meeting-title]`).textContent()).toBe(title);
    expect(await page.locator(`${row(opening.id)} [data-testid=meeting-title]`).getAttribute('lang')).toBeNull();
    const titles = await page.locator('[role=tabpanel] [data-testid=meeting-title]').allTextContents();
    expect(titles.every((text) => !/[a-z]{4}/.test(text))).toBe(true);
    if (lang === 'ar') {
      // Arrows follow the reading direction: on a right-to-left page, left is the next day.
      await page.locator('[role=tab][aria-selected=true]').focus();
      await page.keyboard.press('ArrowLeft');
      expect(await selectedTab(page)).toBe('2021-07-27');
    }
    await screenshot(page, `timetable-titles-${lang}`);
  });

  it('is short on a phone: one day at a time', async () => {
    const page = await openTimetable({ now: WEDNESDAY_1558, viewport: { width: 390, height: 844 } });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'timetable-phone');
  });
});
