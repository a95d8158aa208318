import type { Page } from 'playwright-core';
import { TEST_ADMIN } from '../helpers/create-test-app';
import { afterFrames, countdownSeconds, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';

const status = (page: Page) => page.locator('[data-testid=floor-status]').getAttribute('data-status');

async function waitForStatus(page: Page, wanted: string): Promise<void> {
  await page.waitForFunction((value) => document.querySelector('[data-testid=floor-status]')?.getAttribute('data-status') === value, wanted, {
    timeout: 10_000,
  });
}

async function pickDelegation(page: Page, inputId: string, letters: string, name: string): Promise<void> {
  await page.locator(`#${inputId}`).fill(letters);
  await page.locator(`#${inputId}-options [role=option]`, { hasText: name }).first().click();
}

describe('officer console', () => {
  let harness: Harness;
  let meeting: MeetingRow;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    page = await harness.newPage({ viewport: { width: 1440, height: 1000 } });
  });

  afterAll(() => harness?.close());

  it('says plainly when the password is wrong', async () => {
    await page.goto('/officer');
    await page.locator('#username').fill(TEST_ADMIN.username);
    await page.locator('#password').fill('not the password');
    await page.locator('button[type=submit]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes('user name or password is incorrect') && !/401/.test(text));
  });

  it('signs in and opens the meeting on now by the server’s clock', async () => {
    await page.locator('#password').fill(TEST_ADMIN.password);
    await page.locator('button[type=submit]').click();
    await page.locator('#meeting').waitFor();
    await page.waitForFunction((id) => (document.querySelector('#meeting') as HTMLSelectElement | null)?.value === String(id), meeting.id);
    await waitForStatus(page, 'idle');
  });

  it('inscribes a delegation found by typing a few letters', async () => {
    await pickDelegation(page, 'inscribe-delegation', 'ken', 'Kenya');
    await page.locator('[data-testid=inscribe-form] button[type=submit]').click();
    await waitForText(page, '[data-testid=speakers-table]', (text) => text.includes('Kenya'));
    await inscribeByName(harness, meeting.id, 'Brazil');
    await inscribeByName(harness, meeting.id, 'Japan');
    await waitForText(page, '[data-testid=speakers-table]', (text) => text.includes('Japan'));
    expect(await page.locator('[data-testid=waiting-entry]').count()).toBe(3);
    await waitForText(page, '[data-testid=forecast]', (text) => text.includes('Fits'));
  });

  it('shows a server error plainly in the live region', async () => {
    await pickDelegation(page, 'inscribe-delegation', 'jap', 'Japan');
    await page.locator('[data-testid=inscribe-form] button[type=submit]').click();
    const text = await waitForText(page, '[data-testid=notices]', (value) => value.includes('This delegation is already on the list'));
    expect(text).toContain('Japan is already on the list');
    expect(await page.locator('[data-testid=notices]').getAttribute('aria-live')).toBe('assertive');
  });

  it('runs Next, Start and Pause with the buttons, one request each, shown from the answer and the push', async () => {
    const requests: string[] = [];
    const record = (request: { method(): string; url(): string }) => {
      if (request.url().includes('/api/')) requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
    };
    page.on('request', record);
    await page.locator('button[data-action=next]').click();
    await waitForText(page, '[data-testid=floor-speaker]', (text) => text === 'Kenya');
    await waitForStatus(page, 'paused');
    // The list this Next changed arrives as a push, not by fetching it again.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=waiting-entry]').length === 2);
    await page.locator('button[data-action=toggle]').click();
    await waitForStatus(page, 'running');
    const first = countdownSeconds(await waitForText(page, '[data-testid=countdown]', (text) => /^\d+:\d\d$/.test(text)));
    await waitForText(page, '[data-testid=countdown]', (text) => countdownSeconds(text) < first);
    await screenshot(page, 'officer-running');
    await page.locator('button[data-action=toggle]').click();
    await waitForStatus(page, 'paused');
    page.off('request', record);
    expect(requests).toEqual(['next', 'start', 'pause'].map((command) => `POST /api/meetings/${meeting.id}/floor/${command}`));
  });

  it('runs Next, Start and Pause with the keyboard shortcuts', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('n');
    await waitForText(page, '[data-testid=floor-speaker]', (text) => text === 'Brazil');
    await waitForStatus(page, 'paused');
    await page.keyboard.press(' ');
    await waitForStatus(page, 'running');
    await page.keyboard.press(' ');
    await waitForStatus(page, 'paused');
  });

  it('extends the time with E and Shift+E', async () => {
    await afterFrames(page);
    const before = countdownSeconds((await page.locator('[data-testid=countdown]').textContent()) ?? '');
    await page.keyboard.press('e');
    await waitForText(page, '[data-testid=countdown]', (text) => countdownSeconds(text) === before + 30);
    await page.keyboard.press('Shift+E');
    await waitForText(page, '[data-testid=countdown]', (text) => countdownSeconds(text) === before + 90);
  });

  it('asks the speaker to conclude with C and clears the message with Esc', async () => {
    await page.keyboard.press('c');
    await waitForText(page, '[data-testid=message-shown]', (text) => text.includes('Please conclude'));
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=message-shown]').waitFor({ state: 'detached' });
  });

  it('does not take letters typed in a field as shortcuts', async () => {
    await page.keyboard.press('m');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('speaker-message');
    await page.keyboard.type('Two minutes');
    await page.keyboard.press('Enter');
    await waitForText(page, '[data-testid=message-shown]', (text) => text.includes('Two minutes'));
    expect(await page.locator('[data-testid=floor-speaker]').textContent()).toBe('Brazil');
    expect(await status(page)).toBe('paused');
  });

  it('interrupts the speaker for a point of order', async () => {
    await page.locator('button[data-action=toggle]').click();
    await waitForStatus(page, 'running');
    await pickDelegation(page, 'point-of-order-by', 'fra', 'France');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('p');
    await waitForText(page, '[data-testid=floor-speaker]', (text) => text === 'France');
    await waitForText(page, '[data-testid=floor-panel]', (text) => text.includes('Interrupted by a point of order: Brazil'));
    await screenshot(page, 'officer-point-of-order');
    // Next ends the point of order and gives the floor back to the speaker it interrupted.
    await page.keyboard.press('n');
    await waitForText(page, '[data-testid=floor-speaker]', (text) => text === 'Brazil');
  });

  it('moves, swaps, withdraws and closes the list', async () => {
    const firstWaiting = () => page.locator('[data-testid=waiting-entry]').first().textContent();
    await inscribeByName(harness, meeting.id, 'Chile');
    await waitForText(page, '[data-testid=speakers-table]', (text) => text.includes('Chile'));
    await page.locator('button[aria-label="Move Chile up"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=waiting-entry]')?.textContent?.includes('Chile'));
    await page.locator('input[aria-label="Select Chile for a swap"]').check();
    await page.locator('input[aria-label="Select Japan for a swap"]').check();
    await page.locator('button', { hasText: 'Swap the two selected' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=waiting-entry]')?.textContent?.includes('Japan'));
    expect(await firstWaiting()).toContain('Japan');
    await page.locator('button[aria-label="Withdraw Japan"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=speakers-table]')?.textContent?.includes('Japan'));
    await page.locator('[data-testid=list-panel] button', { hasText: 'Close the list' }).click();
    await waitForText(page, '[data-testid=list-state]', (text) => text === 'List closed');
    await screenshot(page, 'officer-list');
  });
});
