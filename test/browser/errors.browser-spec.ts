import type { Page } from 'playwright-core';
import { ERRORS_AR } from '../../client/i18n/errors/ar';
import { ERRORS_EN } from '../../client/i18n/errors/en';
import { ERRORS_FR } from '../../client/i18n/errors/fr';
import { delegationId, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';

const PHONE = { width: 390, height: 844 };
const LANGUAGES = [
  ['en', ERRORS_EN, 'ltr'],
  ['fr', ERRORS_FR, 'ltr'],
  ['ar', ERRORS_AR, 'rtl'],
] as const;

/** The error shown in the notices: its sentence, and the details line's text, direction and language. */
async function shownError(page: Page) {
  return page.locator('[data-testid=notices]').evaluate((region) => {
    const details = region.querySelector('[data-testid=error-details]');
    return {
      all: region.textContent ?? '',
      text: region.querySelector('[data-testid=error-text]')?.textContent ?? '',
      details: details?.textContent ?? null,
      detailsTag: details?.tagName.toLowerCase() ?? null,
      detailsDir: details?.getAttribute('dir') ?? null,
      detailsLang: details?.getAttribute('lang') ?? null,
      pageDir: document.documentElement.dir,
    };
  });
}

describe.each(LANGUAGES)('errors in the reader’s language: %s', (language, catalogue, direction) => {
  let harness: Harness;
  let meeting: MeetingRow;
  let code: string;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    const kenya = await delegationId(harness, 'Kenya');
    ({ code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenya}/access-codes`, {}));
  });

  afterAll(() => harness?.close());

  it('words a wrong access code from the catalogue, the English in an isolated details line', async () => {
    const page = await harness.newPage({ viewport: PHONE });
    await page.goto(`/delegate?lang=${language}`);
    await page.locator('#access-code').fill('WRONG-CODE-0000');
    await page.locator('button[type=submit]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes(catalogue['errors.code.ACCESS_CODE_INVALID']));
    const shown = await shownError(page);
    expect(shown.all).not.toMatch(/40[01]|Unauthorized/);
    expect(shown.text).toContain(catalogue['errors.code.ACCESS_CODE_INVALID']);
    expect(shown).toMatchObject({ details: 'Access code is not valid, or no longer active', detailsTag: 'bdi', detailsDir: 'ltr', detailsLang: 'en', pageDir: direction });
    await screenshot(page, `errors-access-code-${language}`);
  });

  it('words a request on a closed list, and the Withdraw button stays clickable on a phone', async () => {
    const page = await harness.newPage({ viewport: PHONE });
    await page.goto(`/delegate?lang=${language}`);
    await page.locator('#access-code').fill(code);
    await page.locator('button[type=submit]').click();
    await inscribeByName(harness, meeting.id, 'Kenya');
    await page.locator('[data-testid=own-entry]').first().waitFor();
    // The chair closes the list as the delegate presses: the page still showed it open, the server refuses.
    await page.route(`**/api/meetings/${meeting.id}/speakers`, async (route) => {
      if (route.request().method() === 'POST') await harness.api('POST', `/api/meetings/${meeting.id}/speakers/close`, {});
      return route.continue();
    });
    await page.locator('[data-testid=request-form] button[type=submit]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes(catalogue['errors.code.LIST_CLOSED']));
    const shown = await shownError(page);
    expect(shown.all).not.toMatch(/409|Conflict/);
    expect(shown.details).toBe('The list of speakers is closed');

    const withdraw = page.locator('[data-testid=own-entry] [data-testid=withdraw]').first();
    await withdraw.scrollIntoViewIfNeeded();
    const onTop = await withdraw.evaluate((button) => {
      const box = button.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return top !== null && button.contains(top);
    });
    expect(onTop).toBe(true);
    await screenshot(page, `errors-list-closed-${language}`);
    await withdraw.click();
    await page.locator('[data-testid=withdraw-confirm-button]').first().click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=own-entry]').length === 0);
    await harness.api('POST', `/api/meetings/${meeting.id}/speakers/reopen`, {});
  });

  it('words a 409 on the officer console', async () => {
    await inscribeByName(harness, meeting.id, 'Japan');
    const page = await harness.newPage();
    await signInAsOfficer(page, `/officer?lang=${language}`);
    await page.waitForFunction((id) => (document.querySelector('#meeting') as HTMLSelectElement | null)?.value === String(id), meeting.id);
    await page.locator('[data-testid=waiting-entry]').first().waitFor();
    // Someone else moved first: the floor's version this console sends is no longer the server's.
    await page.route(`**/api/meetings/${meeting.id}/floor/next`, (route) => {
      const sent = JSON.parse(route.request().postData() || '{}') as Record<string, unknown>;
      return route.continue({ postData: JSON.stringify({ ...sent, version: 99_999 }), headers: { ...route.request().headers(), 'content-type': 'application/json' } });
    });
    await page.locator('button[data-action=next]').click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes(catalogue['errors.code.STALE_VERSION']));
    const shown = await shownError(page);
    expect(shown.all).not.toMatch(/409|Conflict:/);
    expect(shown.details).toMatch(/changed/);
    expect(shown.detailsDir).toBe('ltr');
    await screenshot(page, `errors-console-${language}`);
  });
});
