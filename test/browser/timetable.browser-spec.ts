import type { Page } from 'playwright-core';
import { Harness, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';
import { chooseZone } from './zone-picker';

describe('timetable', () => {
  let harness: Harness;
  let opening: MeetingRow;
  let page: Page;
  const row = (id: number) => `[data-testid=meeting][data-meeting-id="${id}"]`;

  beforeAll(async () => {
    harness = await startHarness();
    opening = await openingPlenary(harness);
    const meetings = await harness.api<MeetingRow[]>('GET', '/api/conferences/bms7/meetings');
    const consultation = meetings.find((m) => m.kind === 'informal-consultation' && m.startsAt.startsWith('2021-07-28'));
    if (consultation) await harness.api('PATCH', `/api/meetings/${consultation.id}`, { cancelled: true });
    // A browser in Tokyo: the viewer's zone is detected, venue time stays New York.
    page = await harness.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Tokyo' });
    await page.goto('/');
    await page.locator(row(opening.id)).waitFor();
  });

  afterAll(() => harness?.close());

  it('shows the week a day at a time, in venue time beside the viewer’s', async () => {
    const tabs = await page.locator('[role=tab]').allTextContents();
    for (const day of ['26', '27', '28', '29', '30']) expect(tabs.some((tab) => tab.includes(`${day} Jul`))).toBe(true);
    expect(await page.locator('[role=tabpanel] [data-testid=day]').count()).toBe(1);
    expect(await page.locator('[role=tabpanel] h2').textContent()).toMatch(/^Monday,? 26 July 2021$/);
    const text = (await page.locator(row(opening.id)).textContent()) ?? '';
    expect(text).toContain('10:00–13:00');
    expect(text).toContain('EDT');
    expect(text).toContain('Plenary');
    expect(text).toContain('Hybrid');
    expect(text).toContain('Webcast');
    expect(text).toMatch(/A\.\s*Consideration of the implementation of the Programme of Action/);
  });

  it('marks the meeting on now by the server’s clock', async () => {
    await waitForText(page, row(opening.id), (text) => text.includes('On now'));
    expect(await page.locator(row(opening.id)).getAttribute('aria-current')).toBe('time');
    expect(await page.locator('[data-testid=meeting][aria-current]').count()).toBe(1);
  });

  it('shows the viewer’s own time beside venue time, in the zone the browser reports', async () => {
    expect(await page.locator('#viewer-zone').inputValue()).toBe('Asia/Tokyo');
    expect(await page.locator(`${row(opening.id)} [data-testid=viewer-time]`).textContent()).toContain('23:00–02:00');
  });

  it('lets the viewer change the zone and remembers it', async () => {
    await chooseZone(page, '#viewer-zone', 'Nairobi', 'Africa/Nairobi');
    await waitForText(page, `${row(opening.id)} [data-testid=viewer-time]`, (text) => text.includes('17:00–20:00'));
    await page.reload();
    await page.locator(row(opening.id)).waitFor();
    expect(await page.locator('#viewer-zone').inputValue()).toBe('Africa/Nairobi');
  });

  it('folds away the consultations held before the conference week', async () => {
    const earlier = page.locator('details.earlier-days');
    expect(await earlier.getAttribute('open')).toBeNull();
    await earlier.locator('summary').click();
    expect(await earlier.locator('[data-testid=day] h2').first().textContent()).toMatch(/22 April 2021/);
  });

  it('strikes through a cancelled meeting', async () => {
    await page.locator('[role=tab][data-day="2021-07-28"]').click();
    const cancelled = page.locator('[data-testid=meeting].cancelled');
    expect(await cancelled.count()).toBe(1);
    expect(await cancelled.locator('del').count()).toBe(1);
    expect(await cancelled.textContent()).toContain('Cancelled');
  });

  it('links the calendar file', async () => {
    const href = await page.locator('[data-testid=week-calendar]').getAttribute('href');
    expect(href).toBe('/api/conferences/bms7/calendar.ics');
    await screenshot(page, 'timetable');
  });
});
