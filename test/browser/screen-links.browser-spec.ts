import type { Page } from 'playwright-core';
import { floorCommand, Harness, inscribeByName, MeetingRow, nonWebcastMeeting, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';

/** Nothing of the overlay shows: no visible text, or the whole page hidden. */
const showsNothing = (page: Page) =>
  page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      const hidden = !main || getComputedStyle(main).visibility === 'hidden' || getComputedStyle(main).opacity === '0';
      return hidden || document.body.innerText.trim() === '';
    },
    undefined,
    { timeout: 10_000 },
  );

describe('screen links and the overlays on air, from the console', () => {
  let harness: Harness;
  let officer: Page;

  beforeAll(async () => {
    harness = await startHarness();
    officer = await harness.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAsOfficer(officer);
  });

  afterAll(() => harness?.close());

  it('an officer makes a link; a screen with no sign-in follows the closed meeting with it, and stops when it is revoked', async () => {
    const closed: MeetingRow = await nonWebcastMeeting(harness);
    await inscribeByName(harness, closed.id, 'Kenya');
    await officer.goto(`/officer?meeting=${closed.id}`);
    await officer.locator('#screen-link-label').fill('Press room');
    await officer.locator('[data-testid=create-screen-link]').click();
    const address = await officer.locator('[data-testid=screen-display-address]').inputValue();
    expect(address).toMatch(new RegExp(`/display/${closed.id}\\?key=[A-Za-z0-9_-]{32}$`));
    await waitForText(officer, '[data-testid=screen-link]', (text) => text.includes('Press room'));
    await screenshot(officer, 'console-screen-links');

    const screen = await harness.newPage({ viewport: { width: 1600, height: 900 } });
    await screen.goto(address);
    await floorCommand(harness, closed.id, 'next');
    await waitForText(screen, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    await screenshot(screen, 'display-with-screen-link');

    await officer.getByRole('button', { name: 'Revoke the screen link “Press room”' }).click();
    await waitForText(screen, '[data-testid=refusal]', (text) => text.includes('revoked'));
    await screen.locator('[data-testid=speaker-name]').waitFor({ state: 'detached' });
    await waitForText(officer, '[data-testid=screen-link]', (text) => text.includes('Revoked'));
    await screenshot(screen, 'display-screen-link-revoked');
  });

  // The overlay's off-air rendering is the overlay page's (client/pages/overlay/main.tsx, built on
  // another branch of issue 24): it reads useScreenData().overlayOnAir, which this case drives.
  it('the on-air switch takes every open overlay off air at once, and puts it back', async () => {
    const plenary = await openingPlenary(harness);
    await inscribeByName(harness, plenary.id, 'Brazil');
    await floorCommand(harness, plenary.id, 'next');
    const overlay = await harness.newPage({ viewport: { width: 1280, height: 720 } });
    await overlay.goto(`/overlay/${plenary.id}`);
    await waitForText(overlay, '[data-testid=speaker-name]', (text) => text === 'Brazil');

    await officer.goto(`/officer?meeting=${plenary.id}`);
    const onAirSwitch = officer.getByRole('switch', { name: /Overlay/ });
    await waitForText(officer, '[data-testid=overlay-state]', (text) => text === 'On air');
    expect(await onAirSwitch.getAttribute('aria-checked')).toBe('true');
    await onAirSwitch.focus();
    await officer.keyboard.press('Enter');
    await waitForText(officer, '[data-testid=overlay-state]', (text) => text === 'Off air');
    expect(await onAirSwitch.getAttribute('aria-checked')).toBe('false');
    await showsNothing(overlay);
    await screenshot(officer, 'console-overlay-off-air');
    await screenshot(overlay, 'overlay-off-air', { transparent: true });

    await onAirSwitch.click();
    await waitForText(officer, '[data-testid=overlay-state]', (text) => text === 'On air');
    await waitForText(overlay, '[data-testid=speaker-name]', (text) => text === 'Brazil');
  });
});
