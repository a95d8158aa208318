import type { Page } from 'playwright-core';
import {
  afterFrames,
  countdownSeconds,
  delegationId,
  floorCommand,
  Harness,
  inscribeByName,
  MeetingRow,
  openingPlenary,
  screenshot,
  startHarness,
  waitForText,
} from './browser-harness';

const PHONE = { width: 390, height: 844 };

interface AlertLog {
  asked: number;
  shown: { title: string; body: string }[];
  vibrations: number;
}

// Headless Chromium shows no notifications: a stand-in records them, and the permission prompt,
// instead; it keeps the permission granted across reloads, as a browser does.
function stubNotifications(): void {
  const log: AlertLog = { asked: 0, shown: [], vibrations: 0 };
  (window as unknown as { alertLog: AlertLog }).alertLog = log;
  const GRANTED_KEY = 'test.notificationGranted';
  class RecordedNotification {
    static permission: NotificationPermission = sessionStorage.getItem(GRANTED_KEY) ? 'granted' : 'default';
    static requestPermission(): Promise<NotificationPermission> {
      log.asked += 1;
      sessionStorage.setItem(GRANTED_KEY, 'yes');
      RecordedNotification.permission = 'granted';
      return Promise.resolve('granted');
    }
    constructor(title: string, options?: NotificationOptions) {
      log.shown.push({ title, body: options?.body ?? '' });
    }
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true, writable: true });
  Object.defineProperty(navigator, 'vibrate', { value: () => ++log.vibrations > 0, configurable: true });
}

const alertLog = (page: Page) => page.evaluate(() => (window as unknown as { alertLog: AlertLog }).alertLog);
const countdownText = async (page: Page) => (await page.locator('[data-testid=live-strip] [data-testid=countdown]').textContent()) ?? '';
const phaseOf = (page: Page) => page.locator('[data-testid=live-strip] [data-testid=countdown]').getAttribute('data-phase');

async function waitForPhase(page: Page, phase: string): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('[data-testid=live-strip] [data-testid=countdown]')?.getAttribute('data-phase') === wanted, phase, { timeout: 10_000 });
}

async function waitForRequestEnabled(page: Page, enabled: boolean): Promise<void> {
  await page.waitForFunction(
    (wanted) => (document.querySelector('[data-testid=request-form] button[type=submit]') as HTMLButtonElement | null)?.disabled === !wanted,
    enabled,
    { timeout: 10_000 },
  );
}

describe('delegate page, live', () => {
  let harness: Harness;
  let meeting: MeetingRow;
  let page: Page;
  let kenya: number;
  let code: string;
  const requestButton = () => page.locator('[data-testid=request-form] button[type=submit]');

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    for (const name of ['Brazil', 'Japan', 'China']) await inscribeByName(harness, meeting.id, name);
    kenya = await delegationId(harness, 'Kenya');
    ({ code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenya}/access-codes`, {}));
    page = await harness.newPage({ viewport: PHONE, timezoneId: 'Europe/Paris' });
    await page.addInitScript(stubNotifications);
    await page.goto('/delegate');
    await page.locator('#access-code').fill(code);
    await page.locator('button[type=submit]').click();
    await page.waitForFunction((id) => (document.querySelector('#meeting') as HTMLSelectElement | null)?.value === String(id), meeting.id);
    await waitForText(page, '[data-testid=waiting-list]', (text) => text.includes('China'));
  });

  afterAll(() => harness?.close());

  it('keeps the header to a tenth of a phone’s height', async () => {
    const height = await page.locator('header.app-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(PHONE.height * 0.1);
    // Every language is still one tap away, on the one line.
    const links = await page.locator('header [data-testid=language-switcher] a').evaluateAll((all) => all.map((a) => a.getBoundingClientRect()));
    expect(links).toHaveLength(6);
    expect(new Set(links.map((rect) => Math.round(rect.top))).size).toBe(1);
  });

  it('asks for no notification permission on load, and offers the opt-in', async () => {
    await page.locator('[data-testid=notify-button]').waitFor();
    expect((await alertLog(page)).asked).toBe(0);
  });

  it('shows its place in line and the expected start in its own zone and venue time', async () => {
    await requestButton().click();
    await waitForText(page, '[data-testid=strip-place]', (text) => text === '4th in line');
    const expected = await waitForText(page, '[data-testid=strip-expected]', (text) => text.includes('venue time'));
    // Three national statements of 3 minutes from 10:00 in New York: 10:09, 16:09 in Paris.
    expect(expected).toContain('Expected at 16:09 CEST');
    expect(expected).toContain('10:09 EDT venue time');
    expect(await page.locator('[data-testid=strip-speaker]').textContent()).toBe('Nobody has the floor');
  });

  it('asks the browser’s permission when the opt-in is pressed, and remembers the choice', async () => {
    await page.locator('[data-testid=notify-button]').click();
    await page.locator('[data-testid=notify-on]').waitFor();
    expect((await alertLog(page)).asked).toBe(1);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('rostrum.turnAlert') ?? '{}').enabled)).toBe(true);
  });

  it('shows the speaker on the floor and a countdown that counts down locally', async () => {
    await floorCommand(harness, meeting.id, 'next');
    await floorCommand(harness, meeting.id, 'start');
    await waitForText(page, '[data-testid=strip-speaker]', (text) => text === 'Brazil');
    expect(await page.locator('[data-testid=strip-capacity]').textContent()).toBe('National statement');
    const first = countdownSeconds(await waitForText(page, '[data-testid=live-strip] [data-testid=countdown]', (text) => /^\d+:\d\d$/.test(text)));
    await waitForText(page, '[data-testid=live-strip] [data-testid=countdown]', (text) => countdownSeconds(text) < first);
    expect(await phaseOf(page)).toBe('normal');
    await waitForText(page, '[data-testid=strip-place]', (text) => text === '3rd in line');
    expect((await alertLog(page)).shown).toHaveLength(0);
    await screenshot(page, 'delegate-live-strip');
  });

  it('notifies once, with a vibration, when two speakers away', async () => {
    await floorCommand(harness, meeting.id, 'next');
    await waitForText(page, '[data-testid=strip-speaker]', (text) => text === 'Japan');
    await waitForText(page, '[data-testid=strip-place]', (text) => text === '2nd in line');
    await page.waitForFunction(() => (window as unknown as { alertLog: AlertLog }).alertLog.shown.length > 0);
    // More pushes with the delegation still two away alert no more.
    await inscribeByName(harness, meeting.id, 'Chile');
    await waitForText(page, '[data-testid=waiting-list]', (text) => text.includes('Chile'));
    await floorCommand(harness, meeting.id, 'start');
    await waitForText(page, '[data-testid=live-strip] [data-testid=countdown]', (text) => /^\d+:\d\d$/.test(text) && countdownSeconds(text) < 180);
    const log = await alertLog(page);
    expect(log.shown).toEqual([{ title: 'Kenya: your turn is near', body: 'One speaker before you, after the one on the floor.' }]);
    expect(log.vibrations).toBe(1);
  });

  it('shows a point of order as such, naming the statement it interrupts', async () => {
    await floorCommand(harness, meeting.id, 'point-of-order', { delegationId: await delegationId(harness, 'France') });
    await waitForText(page, '[data-testid=strip-speaker]', (text) => text === 'France');
    expect(await page.locator('[data-testid=strip-capacity]').textContent()).toBe('Point of order');
    await waitForText(page, '[data-testid=live-strip]', (text) => text.includes('Interrupted by a point of order: Japan'));
    // Japan resumes before China: Kenya is third again in the order Next takes, as every screen shows.
    await waitForText(page, '[data-testid=strip-place]', (text) => text.startsWith('3rd'));
    await screenshot(page, 'delegate-live-point-of-order');
    await floorCommand(harness, meeting.id, 'next');
    await waitForText(page, '[data-testid=strip-speaker]', (text) => text === 'Japan');
  });

  it('says "You are next", in a live region, once the speakers ahead are called', async () => {
    await floorCommand(harness, meeting.id, 'next');
    await waitForText(page, '[data-testid=strip-speaker]', (text) => text === 'China');
    const next = await waitForText(page, '[data-testid=you-are-next]', (text) => text.length > 0);
    expect(next).toContain('You are next');
    expect(await page.locator('[data-testid=own-turn]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-testid=strip-place]').count()).toBe(0);
    expect((await alertLog(page)).shown).toHaveLength(1);
    await screenshot(page, 'delegate-live-you-are-next');
  });

  it('turns amber inside the warning time and red past zero, as the display does', async () => {
    await floorCommand(harness, meeting.id, 'start');
    harness.testApp.clock.advance(160_000);
    // A push carries the server's now: the page sees the clock moved and measures again.
    await floorCommand(harness, meeting.id, 'message', { text: 'Please conclude' });
    await waitForPhase(page, 'warning');
    harness.testApp.clock.advance(30_000);
    await floorCommand(harness, meeting.id, 'message', { text: null });
    await waitForPhase(page, 'overtime');
    await afterFrames(page);
    expect(await countdownText(page)).toMatch(/^\+\d+:\d\d$/);
  });

  it('keeps the request on a single tap or a double tap, and on Keep or Escape', async () => {
    const withdraw = page.locator('[data-testid=withdraw]');
    const box = await withdraw.boundingBox();
    if (!box) throw new Error('No withdraw button on screen');
    // Where a thumb's second tap would land hardest: the far corner, below the button's middle.
    await withdraw.dblclick({ position: { x: box.width - 4, y: box.height - 4 } });
    await page.locator('[data-testid=withdraw-confirm]').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'withdraw-keep');
    await page.keyboard.press('Escape');
    await withdraw.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'withdraw');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=withdraw-keep]').click();
    await withdraw.waitFor();
    const list = await harness.api<{ entries: { delegation: { id: number }; status: string }[] }>('GET', `/api/meetings/${meeting.id}/speakers`);
    expect(list.entries.filter((entry) => entry.delegation.id === kenya && entry.status === 'waiting')).toHaveLength(1);
    expect(await page.locator('[data-testid=own-entry]').count()).toBe(1);
  });

  it('withdraws once the withdrawal is confirmed', async () => {
    await page.locator('[data-testid=withdraw]').click();
    await screenshot(page, 'delegate-live-withdraw-confirm');
    await page.locator('[data-testid=withdraw-confirm-button]').click();
    await page.locator('[data-testid=no-entries]').waitFor();
    expect(await page.locator('[data-testid=own-turn]').textContent()).toBe('');
  });

  it('disables the request with the reason while the list is closed, and enables it again on reopening, live', async () => {
    await waitForRequestEnabled(page, true);
    await harness.api('POST', `/api/meetings/${meeting.id}/speakers/close`, {});
    await waitForRequestEnabled(page, false);
    const reason = await waitForText(page, '[data-testid=request-blocked]', (text) => text.length > 0);
    expect(reason).toBe('The list of speakers is closed: only a right of reply can still be requested.');
    expect(await requestButton().getAttribute('aria-describedby')).toBe('request-blocked');
    // A right of reply is still taken after closure.
    await page.locator('.capacity-choices label', { hasText: 'Right of reply' }).click();
    expect(await requestButton().isDisabled()).toBe(false);
    await page.locator('.capacity-choices label', { hasText: 'National statement' }).click();
    expect(await requestButton().isDisabled()).toBe(true);
    await screenshot(page, 'delegate-live-closed');
    await harness.api('POST', `/api/meetings/${meeting.id}/speakers/reopen`, {});
    await waitForRequestEnabled(page, true);
    expect(await page.locator('[data-testid=request-blocked]').count()).toBe(0);
  });

  it('disables the request with the reason for a cancelled meeting, and keeps the notification choice across a reload', async () => {
    const meetings = await harness.api<(MeetingRow & { version: number; cancelled: boolean })[]>('GET', '/api/conferences/bms7/meetings');
    const other = meetings.find((m) => m.id !== meeting.id && !m.cancelled);
    if (!other) throw new Error('No second meeting in the seed');
    await harness.api('PATCH', `/api/meetings/${other.id}`, { cancelled: true, version: other.version });
    await page.reload();
    // The notification choice outlives the reload, and the prompt is not shown again.
    await page.locator('[data-testid=notify-on]').waitFor();
    expect((await alertLog(page)).asked).toBe(0);
    await page.locator('#meeting').selectOption(String(other.id));
    const reason = await waitForText(page, '[data-testid=request-blocked]', (text) => text.length > 0);
    expect(reason).toBe('This meeting is cancelled: it takes no requests for the floor.');
    await waitForRequestEnabled(page, false);
  });

  it('disables the request with the reason for a meeting that has ended', async () => {
    const meetings = await harness.api<(MeetingRow & { endsAt: string; cancelled: boolean })[]>('GET', '/api/conferences/bms7/meetings');
    const past = meetings.find((m) => !m.cancelled && Date.parse(m.endsAt) < Date.parse(meeting.startsAt));
    if (!past) throw new Error('No meeting before the opening in the seed');
    await page.locator('#meeting').selectOption(String(past.id));
    const reason = await waitForText(page, '[data-testid=request-blocked]', (text) => text.includes('ended'));
    expect(reason).toBe('This meeting has ended: it takes no more requests for the floor.');
    await waitForRequestEnabled(page, false);
  });

  it('keeps the header compact in Arabic too', async () => {
    await page.locator('header [data-testid=language-switcher] a[data-lang=ar]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.querySelector('header h1')?.textContent?.startsWith('وفد'));
    const height = await page.locator('header.app-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(PHONE.height * 0.1);
    await screenshot(page, 'delegate-live-ar');
  });

  it('explains, instead of offering the opt-in, where the browser has no notifications or refuses them', async () => {
    const session = await harness.api<{ accessToken: string; delegation: { id: number; name: string } }>('POST', '/api/auth/delegate', { code }, null);
    const openWith = async (setUp: () => void) => {
      const other = await harness.newPage({ viewport: PHONE });
      await other.addInitScript(setUp);
      await other.goto('/delegate');
      await other.evaluate((stored) => sessionStorage.setItem('rostrum.delegate', JSON.stringify(stored)), { token: session.accessToken, delegation: session.delegation });
      await other.reload();
      await other.locator('[data-testid=live-strip]').waitFor();
      return other;
    };
    const without = await openWith(() => Reflect.deleteProperty(window, 'Notification'));
    await waitForText(without, '[data-testid=notify-unsupported]', (text) => text.includes('cannot show notifications'));
    expect(await without.locator('[data-testid=notify-button]').count()).toBe(0);
    const refused = await openWith(() => Object.defineProperty(Notification, 'permission', { get: () => 'denied' }));
    await waitForText(refused, '[data-testid=notify-denied]', (text) => text.includes('blocked for this site'));
    expect(await refused.locator('[data-testid=notify-button]').count()).toBe(0);
  });
});
