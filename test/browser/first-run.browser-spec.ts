import type { Browser } from 'playwright-core';
import { FirstOfficerSetup } from '../../src/auth/first-officer-setup';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { launchChromium, screenshot, waitForText } from './browser-harness';

// A first start: no ADMIN_* variables, so the only way in is the printed set-up link.
describe('first run in the browser: set-up link, console, rehearsal, timetable', () => {
  let testApp: TestApp;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp({ env: { ADMIN_USERNAME: '', ADMIN_PASSWORD: '' } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp.close();
    removeDatabase(testApp.databasePath);
    expect(pageErrors).toEqual([]);
  });

  const newPage = async () => {
    const context = await browser.newContext({ baseURL: testApp.url, viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  };

  it('creates the first officer from the link, lands on the console, and rehearses the meeting chosen there', async () => {
    const token = testApp.app.get(FirstOfficerSetup).pending()!.token;
    const page = await newPage();
    await page.goto(`/setup?token=${token}`);
    await page.locator('#username').fill('chief');
    await page.locator('#password').fill('a long enough password');
    await screenshot(page, 'setup');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/officer/);
    const chosen = await waitForText(page, '#meeting', (text) => text.includes('plenary'));
    expect(chosen).toBeTruthy();
    const before = Number(await page.locator('#meeting').inputValue());

    await page.locator('[data-testid=rehearse]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes('Created, starting now: Rehearsal:'));
    const after = Number(await page.locator('#meeting').inputValue());
    expect(after).not.toBe(before);
    const selected = await page.locator('#meeting option:checked').textContent();
    expect(selected).toContain('Rehearsal:');
    await screenshot(page, 'officer-rehearsal');
  });

  it('says the link is spent when opened again', async () => {
    const page = await newPage();
    await page.goto('/setup?token=spent-or-wrong');
    await page.locator('#username').fill('second');
    await page.locator('#password').fill('a long enough password');
    await page.locator('button[type=submit]').click();
    expect(await waitForText(page, '[data-testid=notices]', (text) => text.includes('officer account already exists'))).toBeTruthy();
  });

  it('shows provisional meetings with their note, and the conference documents, on the timetable', async () => {
    const page = await newPage();
    await page.goto('/');
    const opening = page.locator('[data-testid=meeting]', { hasText: '1st plenary meeting' });
    await opening.locator('[data-testid=provisional]').waitFor();
    expect(await opening.locator('[data-testid=provisional]').textContent()).toBe('Provisional');
    expect(await opening.locator('.meeting-note').textContent()).toMatch(/^Provisional: .*assumed/);
    expect(await page.locator('[data-testid=documents]').textContent()).toMatch(/A\/CONF\.192\/BMS\/2021\/CRP\.1.*Information Note.*A\/CONF\.192\/BMS\/2021\/CRP\.2/);
    await screenshot(page, 'timetable-provisional');
  });
});
