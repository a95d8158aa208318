import type { Page } from 'playwright-core';
import { delegationId, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';
import { chooseZone } from './zone-picker';

const PHONE = { width: 390, height: 844 };

describe('delegate page', () => {
  let harness: Harness;
  let meeting: MeetingRow;
  let page: Page;
  let code: string;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    const kenya = await delegationId(harness, 'Kenya');
    ({ code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenya}/access-codes`, {}));
    page = await harness.newPage({ viewport: PHONE });
  });

  afterAll(() => harness?.close());

  it('refuses a wrong access code plainly', async () => {
    await page.goto('/delegate');
    await page.locator('#access-code').fill('WRONG-CODE');
    await page.locator('button[type=submit]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes('This access code is not valid') && !/40[01]/.test(text));
  });

  it('signs in with the access code and opens the meeting on now', async () => {
    await page.locator('#access-code').fill(code);
    await page.locator('button[type=submit]').click();
    await waitForText(page, 'h1', (text) => text.includes('Kenya'));
    await page.waitForFunction((id) => (document.querySelector('#meeting') as HTMLSelectElement | null)?.value === String(id), meeting.id);
    await page.locator('[data-testid=no-entries]').waitFor();
    const choices = await page.locator('.capacity-choices label').allTextContents();
    // Kenya speaks nationally, for each group it belongs to, or in reply.
    expect(choices[0]).toBe('National statement');
    expect(choices).toEqual(expect.arrayContaining(['On behalf of African Group', 'On behalf of Non-Aligned Movement']));
    expect(choices[choices.length - 1]).toBe('Right of reply');
  });

  it('requests the floor and sees its place, in its own zone and venue time', async () => {
    await chooseZone(page, '#viewer-zone', 'Paris', 'Europe/Paris');
    await page.locator('[data-testid=request-form] button[type=submit]').click();
    await waitForText(page, '[data-testid=own-position]', (text) => text === 'Number 1 of 1');
    const expected = await waitForText(page, '[data-testid=own-expected]', (text) => text.includes('venue time'));
    // The opening plenary starts at 10:00 in New York, 16:00 in Paris.
    expect(expected).toContain('16:00');
    expect(expected).toContain('10:00 EDT venue time');
    await screenshot(page, 'delegate-requested');
  });

  it('sees its position move when a group statement goes first', async () => {
    await inscribeByName(harness, meeting.id, 'Egypt', 'group', { onBehalfOfId: await delegationId(harness, 'African Group') });
    await waitForText(page, '[data-testid=own-position]', (text) => text === 'Number 2 of 2');
  });

  it('never inscribes twice when a request is retried after a lost answer', async () => {
    await page.locator('.capacity-choices label', { hasText: 'Right of reply' }).click();
    let lost = false;
    await page.route(`**/api/meetings/${meeting.id}/speakers`, async (route) => {
      if (route.request().method() !== 'POST' || lost) return route.continue();
      lost = true;
      await route.fetch(); // the server inscribes...
      await route.abort('failed'); // ...but the answer never arrives
    });
    await page.locator('[data-testid=request-form] button[type=submit]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes('could not be reached'));
    await page.locator('[data-testid=request-form] button[type=submit]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes('Request received'));
    const list = await harness.api<{ entries: { delegation: { name: string }; capacity: string; status: string }[] }>('GET', `/api/meetings/${meeting.id}/speakers`);
    expect(list.entries.filter((e) => e.delegation.name === 'Kenya' && e.capacity === 'right-of-reply' && e.status === 'waiting')).toHaveLength(1);
    await page.locator('[data-testid=own-entry]').nth(1).waitFor();
  });

  it('withdraws its request', async () => {
    const entries = page.locator('[data-testid=own-entry]');
    await entries.first().locator('[data-testid=withdraw]').click();
    await entries.first().locator('[data-testid=withdraw-confirm-button]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=own-entry]').length === 1);
    await screenshot(page, 'delegate-phone');
  });
});
