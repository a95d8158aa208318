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
import { startTcpProxy } from './tcp-proxy';

const phaseOf = (page: Page) => page.locator('[data-testid=countdown]').getAttribute('data-phase');

async function waitForPhase(page: Page, phase: string): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('[data-testid=countdown]')?.getAttribute('data-phase') === wanted, phase, {
    timeout: 10_000,
  });
}

// The server's clock is fake (26 July 2021) and stands still unless a test advances it; the
// pages must count from the server's clock through their measured offset, not their own.
describe('webcast display and overlay', () => {
  let harness: Harness;
  let meeting: MeetingRow;
  let display: Page;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    display = await harness.newPage({ viewport: { width: 1600, height: 900 } });
    await display.goto(`/display/${meeting.id}`);
  });

  afterAll(() => harness?.close());

  it('shows the meeting title while nobody has the floor', async () => {
    await waitForText(display, '[data-testid=meeting-title]', (text) => text === meeting.title);
    await waitForText(display, '[data-testid=idle-next]', (text) => text.length > 0);
    await screenshot(display, 'display-idle');
  });

  it('names the next speaker while the floor is empty', async () => {
    await inscribeByName(harness, meeting.id, 'Kenya');
    await inscribeByName(harness, meeting.id, 'Brazil');
    await inscribeByName(harness, meeting.id, 'Japan');
    await waitForText(display, '[data-testid=idle-next]', (text) => text.includes('Kenya'));
  });

  it('shows the speaker and a countdown that decreases once the officer starts the timer', async () => {
    await floorCommand(harness, meeting.id, 'next');
    await waitForText(display, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    expect(await display.locator('[data-testid=speaker-capacity]').textContent()).toBe('National statement');
    await waitForText(display, '[data-testid=countdown]', (text) => text === '3:00');
    await floorCommand(harness, meeting.id, 'start');
    const first = countdownSeconds(await waitForText(display, '[data-testid=countdown]', (text) => /^\d+:\d\d$/.test(text)));
    await waitForText(display, '[data-testid=countdown]', (text) => countdownSeconds(text) < first);
    expect(await phaseOf(display)).toBe('normal');
    const next = await display.locator('[data-testid=next-speakers] li').allTextContents();
    expect(next).toHaveLength(2);
    expect(next[0]).toContain('Brazil');
    expect(next[1]).toContain('Japan');
    await screenshot(display, 'display-running');
  });

  it('turns amber inside the warning time and shows the officer’s message', async () => {
    harness.testApp.clock.advance(160_000);
    // Any push carries the server's now: the display sees the clock moved and measures again.
    await floorCommand(harness, meeting.id, 'message', { text: 'Please conclude' });
    await waitForText(display, '[data-testid=message]', (text) => text === 'Please conclude');
    await waitForPhase(display, 'warning');
    const left = countdownSeconds((await display.locator('[data-testid=countdown]').textContent()) ?? '');
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(30);
    await screenshot(display, 'display-warning');
  });

  it('turns red past zero and counts the overtime', async () => {
    harness.testApp.clock.advance(30_000);
    await floorCommand(harness, meeting.id, 'message', { text: null });
    await waitForPhase(display, 'overtime');
    const text = await waitForText(display, '[data-testid=countdown]', (value) => value.startsWith('+'));
    expect(countdownSeconds(text)).toBeLessThan(0);
    expect(await display.locator('[data-testid=message]').count()).toBe(0);
    await screenshot(display, 'display-overtime');
  });

  it('stands still while paused', async () => {
    await floorCommand(harness, meeting.id, 'pause');
    await waitForText(display, '[data-testid=floor-status]', (text) => text.length > 0);
    await afterFrames(display);
    const before = await display.locator('[data-testid=countdown]').textContent();
    await display.waitForTimeout(1200);
    expect(await display.locator('[data-testid=countdown]').textContent()).toBe(before);
  });

  it('shows the same on the overlay, as a lower third with the query options', async () => {
    const overlay = await harness.newPage({ viewport: { width: 1920, height: 1080 } });
    await overlay.goto(`/overlay/${meeting.id}?position=top&scale=1.5&next=0`);
    await waitForText(overlay, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    await waitForText(overlay, '[data-testid=countdown]', (text) => text.startsWith('+'));
    expect(await overlay.locator('[data-testid=next-speakers]').count()).toBe(0);
    expect(await overlay.locator('main').getAttribute('class')).toContain('overlay-top');
    const background = await overlay.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
    const transform = await overlay.locator('[data-testid=overlay-bar]').evaluate((el) => (el as HTMLElement).style.transform);
    expect(transform).toBe('scale(1.5)');
    await screenshot(overlay, 'overlay', { transparent: true });
    await overlay.goto(`/overlay/${meeting.id}`);
    await waitForText(overlay, '[data-testid=next-speakers]', (text) => text.includes('Brazil'));
    await screenshot(overlay, 'overlay-bottom', { transparent: true });
  });

  it('shows a badge while the network is down, then reconnects and catches up by itself', async () => {
    const proxy = await startTcpProxy(harness.testApp.url);
    try {
      const page = await harness.newPage();
      await page.goto(`${proxy.url}/display/${meeting.id}`);
      await waitForText(page, '[data-testid=speaker-name]', (text) => text === 'Kenya');
      expect(await page.locator('[data-testid=connection-badge]').count()).toBe(0);
      proxy.cut();
      await page.locator('[data-testid=connection-badge]').waitFor();
      await screenshot(page, 'display-disconnected');
      // The floor changes while the display cannot hear: the rejoin snapshot brings it back.
      await floorCommand(harness, meeting.id, 'next');
      proxy.restore();
      await page.locator('[data-testid=connection-badge]').waitFor({ state: 'detached', timeout: 20_000 });
      await waitForText(page, '[data-testid=speaker-name]', (text) => text === 'Brazil');
    } finally {
      await proxy.close();
    }
  });

  it('offers to enable the chime when asked for sound, and counts on without errors', async () => {
    const page = await harness.newPage();
    await page.goto(`/display/${meeting.id}?sound=1`);
    await waitForText(page, '[data-testid=speaker-name]', (text) => text === 'Brazil');
    const ready = await page.evaluate(() => !document.querySelector('.display-sound'));
    if (!ready) await page.locator('.display-sound').click();
    await page.locator('.display-sound').waitFor({ state: 'detached' });
  });

  it('says plainly that a meeting which is not webcast cannot be shown without signing in', async () => {
    const closed = await nonWebcastMeeting(harness);
    const page = await harness.newPage();
    await page.goto(`/display/${closed.id}`);
    await waitForText(page, '[data-testid=refusal]', (text) => text.includes('This meeting is not public') && text.includes('not webcast'));
    await screenshot(page, 'display-refused');
  });
});
