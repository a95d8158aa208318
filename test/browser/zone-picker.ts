import type { Page } from 'playwright-core';

/** Searches the zone picker (a combobox) and picks the zone from what it finds. */
export async function chooseZone(page: Page, input: string, search: string, zone: string): Promise<void> {
  await page.locator(input).fill(search);
  await page.locator(`[role=option][data-zone="${zone}"]`).click();
}
