import type { Page } from 'playwright-core';
import { delegationId, floorCommand, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';

const HEALTH_DELAY_MS = 2500;

/** The server's clock answers late, as on a slow venue network: the default meeting comes last. */
async function slowHealth(page: Page): Promise<void> {
  await page.route('**/api/health', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HEALTH_DELAY_MS));
    await route.continue();
  });
}

const selectedMeeting = (page: Page) => page.locator('#meeting').inputValue();

describe('officer console and delegate page: no surprises on the floor', () => {
  let harness: Harness;
  let opening: MeetingRow;
  let other: MeetingRow;

  beforeAll(async () => {
    harness = await startHarness();
    opening = await openingPlenary(harness);
    const meetings = await harness.api<MeetingRow[]>('GET', '/api/conferences/bms7/meetings');
    other = meetings.find((m) => m.id !== opening.id && m.kind === 'plenary')!;
  });

  afterAll(() => harness?.close());

  it('keeps the meeting the officer chose while the start-up was still loading', async () => {
    const page = await harness.newPage();
    await slowHealth(page);
    await signInAsOfficer(page);
    await page.waitForFunction((id) => !!document.querySelector(`#meeting option[value="${id}"]`), other.id);
    await page.locator('#meeting').selectOption(String(other.id));
    await page.waitForTimeout(HEALTH_DELAY_MS + 1000);
    expect(await selectedMeeting(page)).toBe(String(other.id));
    expect(new URL(page.url()).searchParams.get('meeting')).toBe(String(other.id));
    await page.context().close();
  });

  it('keeps the meeting a delegate chose while the start-up was still loading', async () => {
    const kenya = await delegationId(harness, 'Kenya');
    const { code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenya}/access-codes`, {});
    const page = await harness.newPage({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Tokyo' });
    await slowHealth(page);
    await page.goto(`/delegate?code=${encodeURIComponent(code)}`);
    await page.waitForFunction((id) => !!document.querySelector(`#meeting option[value="${id}"]`), other.id);
    await page.locator('#meeting').selectOption(String(other.id));
    await page.waitForTimeout(HEALTH_DELAY_MS + 1000);
    expect(await selectedMeeting(page)).toBe(String(other.id));
    await page.context().close();
  });

  it('shows a called speaker who has not started as Ready on the console, the display and the overlay', async () => {
    await inscribeByName(harness, opening.id, 'Kenya');
    await inscribeByName(harness, opening.id, 'Brazil');
    const console = await harness.newPage({ viewport: { width: 1366, height: 768 } });
    await signInAsOfficer(console, `/officer?meeting=${opening.id}`);
    const display = await harness.newPage();
    await display.goto(`/display/${opening.id}`);
    const overlay = await harness.newPage();
    await overlay.goto(`/overlay/${opening.id}`);
    await waitForText(console, '[data-testid=speakers-table]', (text) => text.includes('Brazil'));

    await console.locator('button[data-action=next]').click();
    await waitForText(console, '[data-testid=floor-status]', (text) => text === 'Ready');
    await waitForText(display, '[data-testid=floor-status]', (text) => text === 'Ready');
    await waitForText(overlay, '[data-testid=floor-status]', (text) => text === 'Ready');
    await screenshot(console, 'officer-ready');
    await screenshot(display, 'display-ready');

    await floorCommand(harness, opening.id, 'start');
    harness.testApp.clock.advance(10_000);
    await floorCommand(harness, opening.id, 'pause');
    await waitForText(console, '[data-testid=floor-status]', (text) => text === 'Paused');
    await waitForText(display, '[data-testid=floor-status]', (text) => text === 'Paused');
    await waitForText(overlay, '[data-testid=floor-status]', (text) => text === 'Paused');
    await display.context().close();
    await overlay.context().close();

    // Keyboard focus stays on the control that was used.
    await console.locator('button[data-action=toggle]').click();
    await waitForText(console, '[data-testid=floor-status]', (text) => text === 'Speaking');
    await console.waitForTimeout(200);
    expect(await console.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('toggle');
    await console.locator('button[data-action=stop]').click();
    await waitForText(console, '[data-testid=floor-status]', (text) => text === 'Statement ended');
    await console.waitForTimeout(200);
    expect(await console.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('stop');
    await console.locator('button[data-action=next]').click();
    await waitForText(console, '[data-testid=floor-speaker]', (text) => text === 'Brazil');
    await console.waitForTimeout(200);
    expect(await console.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('next');

    // Inscribing leaves the cursor in the delegation field, ready for the next.
    await console.locator('#inscribe-delegation').fill('jap');
    await console.locator('#inscribe-delegation-options [role=option]', { hasText: 'Japan' }).first().click();
    await console.locator('[data-testid=inscribe-form] button[type=submit]').click();
    await waitForText(console, '[data-testid=speakers-table]', (text) => text.includes('Japan'));
    await console.waitForTimeout(300);
    expect(await console.evaluate(() => document.activeElement?.id)).toBe('inscribe-delegation');
    await console.context().close();
  });

  it('fits the floor controls, the point of order and the inscription on a 1366x768 screen', async () => {
    const page = await harness.newPage({ viewport: { width: 1366, height: 768 } });
    await signInAsOfficer(page, `/officer?meeting=${opening.id}`);
    await waitForText(page, '[data-testid=speakers-table]', (text) => text.includes('Japan'));
    for (const selector of ['button[data-action=next]', 'button[data-action=stop]', 'button[data-action=conclude]', 'button[data-action=pointOfOrder]', '#point-of-order-by', '#inscribe-delegation', '[data-testid=inscribe-form] button[type=submit]']) {
      const box = await page.locator(selector).boundingBox();
      expect([selector, box !== null && box.y >= 0 && box.y + box.height <= 768]).toEqual([selector, true]);
    }
    await page.screenshot({ path: 'test/artifacts/officer-1366x768.png' });
    await page.context().close();
  });

  it('says the meeting has ended for a meeting whose end has passed, on the console and the delegate page', async () => {
    const past = await harness.api<{ id: number }>('POST', '/api/conferences/bms7/meetings', {
      title: 'Virtual consultations of 22 July',
      kind: 'informal-consultation',
      format: 'virtual',
      room: null,
      startsAt: '2021-07-22T10:00',
      endsAt: '2021-07-22T12:00',
      preparatory: true,
    });
    await inscribeByName(harness, past.id, 'Kenya');
    await inscribeByName(harness, past.id, 'Brazil');
    const list = await harness.api<{ overrunSeconds: number; meetingEnded: boolean }>('GET', `/api/meetings/${past.id}/speakers`);
    expect(list).toMatchObject({ meetingEnded: true });
    expect(list.overrunSeconds).toBeLessThanOrEqual(360);

    const page = await harness.newPage();
    await signInAsOfficer(page, `/officer?meeting=${past.id}`);
    await waitForText(page, '[data-testid=forecast]', (text) => text.includes('The meeting has ended'));
    await screenshot(page, 'officer-meeting-ended');
    await page.context().close();

    const kenya = await delegationId(harness, 'Kenya');
    const { code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenya}/access-codes`, {});
    const phone = await harness.newPage({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Tokyo' });
    await phone.goto(`/delegate?code=${encodeURIComponent(code)}`);
    await phone.locator('#meeting').selectOption(String(past.id));
    await waitForText(phone, '[data-testid=own-expected]', (text) => text.includes('The meeting has ended'));
    await phone.context().close();
  });
});
