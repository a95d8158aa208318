import type { Page } from 'playwright-core';
import { TEST_ADMIN } from '../helpers/create-test-app';

/** Signs in on the officer page at `path` and waits for the officer's navigation. */
export async function signInAsOfficer(page: Page, path = '/officer'): Promise<void> {
  await page.goto(path);
  await page.locator('#username').fill(TEST_ADMIN.username);
  await page.locator('#password').fill(TEST_ADMIN.password);
  await page.locator('button[type=submit]').click();
  await page.locator('[data-testid=officer-nav]').waitFor();
}
