import type { Page } from 'playwright-core';
import {
  afterFrames,
  countdownSeconds,
  floorCommand,
  Harness,
  inscribeByName,
  MeetingRow,
  nonWebcastMeeting,
  openingPlenary,
  screenshot,
  startHarness,
  waitForText,
} from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';
import { visiblePixels } from './pixels';
import { startTcpProxy } from './tcp-proxy';

const VENUE_ZONE = 'America/New_York';
const FULL_HD = { width: 1920, height: 1080 };

const nextNames = (page: Page) => page.locator('[data-testid=next-speakers] li .next-name').allTextContents();
const progressPercent = async (page: Page) =>
  Number(await page.locator('[data-testid=progress]').getAttribute('aria-valuenow'));

async function waitForNext(page: Page, names: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: string[] = [];
  while (Date.now() < deadline) {
    last = await nextNames(page);
    if (last.join('|') === names.join('|')) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Next speakers: wanted ${names.join(', ')}, saw ${last.join(', ')}`);
}

/** The overlay has joined and holds a floor: what it shows now is what it means to show. */
async function overlaySettled(page: Page, connection: 'connected' | 'disconnected'): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('main.overlay')?.getAttribute('data-connection') === wanted, connection, { timeout: 20_000 });
  await afterFrames(page);
}

// The display and the overlay on air: the server's clock is fake (26 July 2021, 10:00 in New
// York) and moves only when a test advances it; the pages count from it through their offset.
describe('the display and the broadcast-clean overlay', () => {
  let harness: Harness;
  let meeting: MeetingRow;
  let otherPlenaries: MeetingRow[];
  let display: Page;
  let overlay: Page;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    const meetings = await harness.api<MeetingRow[]>('GET', '/api/conferences/bms7/meetings');
    otherPlenaries = meetings.filter((m) => m.webcast && m.kind === 'plenary' && m.id !== meeting.id);
    for (const name of ['Kenya', 'Brazil', 'Germany', 'Japan']) await inscribeByName(harness, meeting.id, name);
    await floorCommand(harness, meeting.id, 'next');
    await floorCommand(harness, meeting.id, 'start');
    // The browser is in Tokyo: the clock must still read New York's time.
    display = await harness.newPage({ viewport: { width: 1600, height: 900 }, timezoneId: 'Asia/Tokyo' });
    await display.goto(`/display/${meeting.id}`);
    overlay = await harness.newPage({ viewport: FULL_HD });
    await overlay.goto(`/overlay/${meeting.id}`);
    await waitForText(display, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    await waitForText(overlay, '[data-testid=speaker-name]', (text) => text === 'Kenya');
  });

  afterAll(() => harness?.close());

  it('shows the time of day in venue time, with the zone’s abbreviation', async () => {
    const venueNow = new Intl.DateTimeFormat('en-GB', { timeZone: VENUE_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(harness.testApp.clock.now());
    const shown = await waitForText(display, '[data-testid=venue-clock]', (text) => text.startsWith(venueNow));
    expect(shown).toBe(`${venueNow} EDT`);
  });

  it('keeps the next speakers right through a point of order, on the display, the overlay and the console', async () => {
    const officer = await harness.newPage({ viewport: { width: 1600, height: 1000 } });
    await signInAsOfficer(officer);
    await waitForText(officer, '[data-testid=next-readiness] li', (text) => text.startsWith('Brazil'));
    await waitForNext(display, ['Brazil', 'Germany']);
    await waitForText(overlay, '[data-testid=next-speakers]', (text) => text.endsWith('Brazil · Germany'));

    const chile = (await harness.api<{ id: number; name: string }[]>('GET', '/api/conferences/bms7/delegations')).find((d) => d.name === 'Chile')!;
    await floorCommand(harness, meeting.id, 'point-of-order', { delegationId: chile.id });
    await waitForText(display, '[data-testid=speaker-name]', (text) => text === 'Chile');
    await waitForNext(display, ['Kenya', 'Brazil']);
    expect(await display.locator('[data-testid=next-speakers] li').first().locator('[data-testid=resumes]').count()).toBe(1);
    await waitForText(overlay, '[data-testid=speaker-name]', (text) => text === 'Chile');
    await waitForText(overlay, '[data-testid=next-speakers]', (text) => text.endsWith('Kenya · Brazil'));
    await waitForText(officer, '[data-testid=next-readiness] li', (text) => text.startsWith('Kenya'));
    await screenshot(display, 'screens-point-of-order');

    // The point of order ends: Kenya resumes, and the list goes on.
    await floorCommand(harness, meeting.id, 'next');
    await waitForText(display, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    await waitForNext(display, ['Brazil', 'Germany']);
    await waitForText(overlay, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    await waitForText(overlay, '[data-testid=next-speakers]', (text) => text.endsWith('Brazil · Germany'));
    await waitForText(officer, '[data-testid=next-readiness] li', (text) => text.startsWith('Brazil'));
    await officer.close();
    await floorCommand(harness, meeting.id, 'resume');
  });

  it('moves the progress bar with the countdown', async () => {
    await display.waitForFunction(() => document.querySelector('[data-testid=progress]')?.getAttribute('aria-valuenow') !== null);
    const before = await progressPercent(display);
    harness.testApp.clock.advance(60_000);
    // Any push carries the server's now: the display sees the clock moved and measures again.
    await floorCommand(harness, meeting.id, 'message', { text: 'Please conclude' });
    await display.waitForFunction((was) => Number(document.querySelector('[data-testid=progress]')?.getAttribute('aria-valuenow')) >= was + 30, before);
    const width = await display.locator('.statement-bar-fill').evaluate((fill) => (fill as HTMLElement).style.inlineSize);
    expect(parseFloat(width)).toBeGreaterThan(before);
    await floorCommand(harness, meeting.id, 'message', { text: null });
  });

  it('flashes at zero with ?flash=1, holds a steady cue for reduced motion, and chimes with ?sound=1', async () => {
    const flashing = await harness.newPage();
    await flashing.goto(`/display/${meeting.id}?flash=1`);
    const steady = await harness.newPage();
    await steady.emulateMedia({ reducedMotion: 'reduce' });
    await steady.goto(`/display/${meeting.id}?flash=1`);
    const sounding = await harness.newPage();
    // Counts the chime's tones without listening to them.
    await sounding.addInitScript(() => {
      const counted = window as unknown as { tones: number };
      counted.tones = 0;
      const create = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        counted.tones += 1;
        return create.call(this);
      };
    });
    await sounding.goto(`/display/${meeting.id}?sound=1`);
    await waitForText(sounding, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    // Chromium may let the page make sound at once; else the operator's click does.
    if ((await sounding.locator('.display-sound').count()) > 0) await sounding.locator('.display-sound').click();
    await sounding.locator('.display-sound').waitFor({ state: 'detached' });
    for (const page of [flashing, steady, sounding]) {
      await waitForText(page, '[data-testid=countdown]', (text) => /^\d+:\d\d$/.test(text) && countdownSeconds(text) > 0);
      expect(await page.locator('[data-testid=flash]').count()).toBe(0);
    }

    const floor = await harness.api<{ limitMs: number; elapsedMs: number; runningSince: number }>('GET', `/api/meetings/${meeting.id}/floor`);
    const leftMs = floor.limitMs - floor.elapsedMs - (harness.testApp.clock.now() - floor.runningSince);
    harness.testApp.clock.advance(leftMs + 2000);
    await floorCommand(harness, meeting.id, 'message', { text: 'Time' });

    await waitForText(flashing, '[data-testid=flash]', (text) => text === 'Time is up');
    expect(await flashing.locator('main').evaluate((main) => getComputedStyle(main).animationName)).toBe('screen-flash');
    await screenshot(flashing, 'display-flash-at-zero');
    await waitForText(steady, '[data-testid=flash]', (text) => text === 'Time is up');
    expect(await steady.locator('main').evaluate((main) => getComputedStyle(main).animationName)).toBe('none');
    expect(await steady.locator('main').evaluate((main) => getComputedStyle(main).boxShadow)).not.toBe('none');
    await sounding.waitForFunction(() => (window as unknown as { tones: number }).tones >= 2);
    // The plain display neither flashes nor chimes.
    expect(await display.locator('[data-testid=flash]').count()).toBe(0);
    await waitForText(display, '[data-testid=progress]', () => true);
    expect(await display.locator('[data-testid=progress]').getAttribute('data-phase')).toBe('overtime');
    expect(await progressPercent(display)).toBe(100);
    await floorCommand(harness, meeting.id, 'message', { text: null });
    for (const page of [flashing, steady, sounding]) await page.close();
  });

  it('shows the whole queue with expected times in projector mode (?list=1), the speaker on the floor on top', async () => {
    const page = await harness.newPage({ viewport: FULL_HD });
    await page.goto(`/display/${meeting.id}?list=1`);
    await waitForText(page, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    await page.locator('[data-testid=queue-row]').nth(2).waitFor();
    const rows = await page.locator('[data-testid=queue-row] .next-name').allTextContents();
    expect(rows).toEqual(['Brazil', 'Germany', 'Japan']);
    const times = await page.locator('[data-testid=expected]').allTextContents();
    for (const time of times) expect(time).toMatch(/^\d\d:\d\d$/);
    expect(times).toEqual([...times].sort());
    await screenshot(page, 'display-list');
  });

  it('fits a queue of 193 on a 1920x1080 projector, large, and says how many more follow', async () => {
    const long = otherPlenaries[0];
    const delegations = await harness.api<{ id: number; kind: string }[]>('GET', '/api/conferences/bms7/delegations');
    const states = delegations.filter((d) => d.kind === 'member-state').slice(0, 193);
    expect(states).toHaveLength(193);
    for (const state of states) await harness.api('POST', `/api/meetings/${long.id}/speakers`, { delegationId: state.id, capacity: 'national' });
    const page = await harness.newPage({ viewport: FULL_HD });
    await page.goto(`/display/${long.id}?list=1`);
    await page.locator('[data-testid=queue-more]').waitFor();
    const shown = await page.locator('[data-testid=queue-row]').count();
    expect(shown).toBeGreaterThanOrEqual(20);
    const more = await page.locator('[data-testid=queue-more]').textContent();
    expect(more).toMatch(new RegExp(`^and ${193 - shown} more speakers, the last expected at \\d\\d:\\d\\d$`));
    for (const box of await Promise.all((await page.locator('[data-testid=queue-row], [data-testid=queue-more]').all()).map((row) => row.boundingBox()))) {
      expect(box!.y + box!.height).toBeLessThanOrEqual(FULL_HD.height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(FULL_HD.width);
    }
    const fontPx = await page.locator('[data-testid=queue-row]').first().evaluate((row) => parseFloat(getComputedStyle(row).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(30);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await screenshot(page, 'display-list-193');
  });

  it('keeps the overlay on air while the link is down: no badge, the countdown going on, then caught up quietly', async () => {
    const proxy = await startTcpProxy(harness.testApp.url);
    try {
      const page = await harness.newPage({ viewport: FULL_HD });
      await page.goto(`${proxy.url}/overlay/${meeting.id}`);
      await waitForText(page, '[data-testid=speaker-name]', (text) => text === 'Kenya');
      await overlaySettled(page, 'connected');
      proxy.cut();
      await overlaySettled(page, 'disconnected');
      const before = await page.locator('[data-testid=countdown]').textContent();
      await waitForText(page, '[data-testid=countdown]', (text) => text !== before);
      expect(await page.locator('[data-testid=connection-badge]').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toMatch(/connect/i);
      await screenshot(page, 'overlay-disconnected', { transparent: true });
      // The floor moves on while the overlay cannot hear: the rejoin brings it back, with no sign on air.
      await floorCommand(harness, meeting.id, 'next');
      proxy.restore();
      await overlaySettled(page, 'connected');
      await waitForText(page, '[data-testid=speaker-name]', (text) => text === 'Brazil', 20_000);
      expect(await page.locator('[data-testid=connection-badge]').count()).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('draws not one pixel with nobody on the floor, connected or not', async () => {
    const idle = otherPlenaries[1];
    await inscribeByName(harness, idle.id, 'Brazil');
    const proxy = await startTcpProxy(harness.testApp.url);
    try {
      const page = await harness.newPage({ viewport: FULL_HD });
      await page.goto(`${proxy.url}/overlay/${idle.id}`);
      await overlaySettled(page, 'connected');
      expect(await visiblePixels(page)).toBe(0);
      expect((await page.locator('body').innerText()).trim()).toBe('');
      proxy.cut();
      await overlaySettled(page, 'disconnected');
      expect(await visiblePixels(page)).toBe(0);
      expect((await page.locator('body').innerText()).trim()).toBe('');
      await screenshot(page, 'overlay-idle-disconnected', { transparent: true });
    } finally {
      await proxy.close();
    }
  });

  it('says only that a meeting which is not webcast is not public, in the page’s language', async () => {
    const closed = await nonWebcastMeeting(harness);
    const page = await harness.newPage();
    await page.goto(`/display/${closed.id}`);
    await waitForText(page, '[data-testid=not-public]', (text) => text === 'This meeting is not public.');
    const text = await page.locator('body').innerText();
    for (const banned of ['403', 'sign in', 'No speakers are waiting']) expect(text).not.toContain(banned);
    expect(await page.locator('[data-testid=next-speakers], [data-testid=queue]').count()).toBe(0);
    await screenshot(page, 'display-not-public');
    await page.goto(`/display/${closed.id}?lang=fr&list=1`);
    await waitForText(page, '[data-testid=not-public]', (text) => text === 'Cette séance n’est pas publique.');
  });
});
