import type { Page } from 'playwright-core';
import { TEST_ADMIN } from '../helpers/create-test-app';
import { delegationId, floorCommand, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';

/** The presence badges beside a delegation in the given part of the console, as data attributes. */
async function badges(page: Page, selector: string) {
  const element = page.locator(`${selector} [data-testid=presence]`).first();
  return { mode: await element.getAttribute('data-mode'), online: await element.getAttribute('data-online'), ready: await element.getAttribute('data-ready') };
}

async function waitForBadges(page: Page, selector: string, wanted: { mode: string; online: string; ready: string }): Promise<void> {
  await page.waitForFunction(
    ({ selector, wanted }) => {
      const element = document.querySelector(`${selector} [data-testid=presence]`);
      return (
        element?.getAttribute('data-mode') === wanted.mode && element.getAttribute('data-online') === wanted.online && element.getAttribute('data-ready') === wanted.ready
      );
    },
    { selector, wanted },
    { timeout: 10_000 },
  );
}

describe('presence in the console and on the delegate page', () => {
  let harness: Harness;
  let meeting: MeetingRow;
  let console: Page;
  let delegate: Page;
  let kenyaRow: string;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    const kenya = await delegationId(harness, 'Kenya');
    const { code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenya}/access-codes`, {});
    await inscribeByName(harness, meeting.id, 'Brazil');
    await inscribeByName(harness, meeting.id, 'Japan');
    const entry = await inscribeByName(harness, meeting.id, 'Kenya');
    kenyaRow = `[data-testid=waiting-entry][data-entry-id="${entry.id}"]`;

    console = await harness.newPage({ viewport: { width: 1440, height: 1000 } });
    await console.goto('/officer');
    await console.locator('#username').fill(TEST_ADMIN.username);
    await console.locator('#password').fill(TEST_ADMIN.password);
    await console.locator('button[type=submit]').click();
    await console.locator(kenyaRow).waitFor();

    delegate = await harness.newPage({ viewport: { width: 390, height: 844 } });
    await delegate.goto('/delegate');
    await delegate.locator('#access-code').fill(code);
    await delegate.locator('button[type=submit]').click();
    await delegate.locator('[data-testid=presence-switches]').waitFor();
  });

  afterAll(() => harness?.close());

  it('shows each waiting delegation off line and undeclared until a page of it connects', async () => {
    await waitForBadges(console, kenyaRow, { mode: 'none', online: 'true', ready: 'false' });
    expect(await badges(console, '[data-testid=waiting-entry]')).toEqual({ mode: 'none', online: 'false', ready: 'false' });
  });

  it('reminds the delegate two speakers away to switch ready on, and stops once it is', async () => {
    const reminder = await waitForText(delegate, '[data-testid=ready-reminder]', (text) => text.length > 0);
    expect(reminder).toBe('2 speakers before you: switch “Ready to speak” on.');
    await delegate.locator('input[name=presence-mode][value=remote]').check();
    await delegate.locator('[data-testid=ready-switch]').check();
    await delegate.locator('[data-testid=ready-reminder]').waitFor({ state: 'detached' });
    await waitForBadges(console, kenyaRow, { mode: 'remote', online: 'true', ready: 'true' });
    await screenshot(delegate, 'presence-delegate-switches');
  });

  it('keeps the switches for the meeting across a reload', async () => {
    await delegate.reload();
    await delegate.locator('[data-testid=ready-switch]:checked').waitFor();
    expect(await delegate.locator('input[name=presence-mode][value=remote]').isChecked()).toBe(true);
  });

  it('shows the next three speakers’ readiness above the list', async () => {
    const next = await waitForText(console, '[data-testid=next-readiness]', (text) => text.includes('Kenya'));
    expect(next).toMatch(/Brazil.*Japan.*Kenya/s);
    await waitForBadges(console, '[data-testid=next-readiness] li:nth-child(3)', { mode: 'remote', online: 'true', ready: 'true' });
  });

  it('warns on the floor panel at once when the remote speaker on the floor drops, and offers Skip', async () => {
    for (let turn = 0; turn < 3; turn += 1) await floorCommand(harness, meeting.id, 'next');
    await floorCommand(harness, meeting.id, 'start');
    await waitForText(console, '[data-testid=floor-speaker]', (text) => text === 'Kenya');
    await waitForBadges(console, '[data-testid=floor-panel]', { mode: 'remote', online: 'true', ready: 'true' });
    expect(await console.locator('[data-testid=remote-dropped]').count()).toBe(0);

    await inscribeByName(harness, meeting.id, 'Mexico');
    await delegate.context().close();
    const warning = await waitForText(console, '[data-testid=remote-dropped]', (text) => text.includes('Kenya'), 5000);
    expect(warning).toContain('Kenya speaks remotely and has gone off line.');
    expect(await console.locator('[data-testid=remote-dropped]').getAttribute('role')).toBe('alert');
    await screenshot(console, 'presence-remote-dropped');

    await console.locator('[data-testid=remote-dropped] button[data-action=skip-dropped]').click();
    await console.locator('[data-testid=remote-dropped]').waitFor({ state: 'detached' });
    // Skipped, not lost: Kenya waits again, shown off line.
    await waitForBadges(console, kenyaRow, { mode: 'remote', online: 'false', ready: 'true' });
  });
});
