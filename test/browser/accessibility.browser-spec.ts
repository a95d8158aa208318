import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { delegationId, Harness, inscribeByName, MeetingRow, openingPlenary, startHarness } from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';

// axe-core, Deque's rule engine, judges the pages: a check the project did not write.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };

/** The serious and critical WCAG violations axe finds on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugger, so the pages' script-src 'self' does not stop it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('the pages pass axe-core (no serious or critical violations)', () => {
  let harness: Harness;
  let meeting: MeetingRow;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    await inscribeByName(harness, meeting.id, 'Japan');
  });

  afterAll(() => harness?.close());

  it.each([
    ['the timetable during the week, in English', '/?now=2021-07-28T19:30:00Z&lang=en'],
    ['the timetable in Arabic', '/?now=2021-07-26T14:30:00Z&lang=ar'],
  ])('%s', async (_what, path) => {
    const page = await harness.newPage({ viewport: PHONE });
    await page.goto(path);
    await page.locator('[role=tab][aria-selected=true]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the delegate page with a request on the list, on a phone', async () => {
    const kenya = await delegationId(harness, 'Kenya');
    const { code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenya}/access-codes`, {});
    const page = await harness.newPage({ viewport: PHONE });
    await page.goto(`/delegate?code=${encodeURIComponent(code)}`);
    await page.locator('[data-testid=request-form]').waitFor();
    await inscribeByName(harness, meeting.id, 'Kenya');
    await page.locator('[data-testid=own-entry]').first().waitFor();
    await page.locator('[data-testid=own-entry] [data-testid=withdraw]').first().click();
    await page.locator('[data-testid=withdraw-confirm-button]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the officer console with the list and the screen links', async () => {
    const page = await harness.newPage({ viewport: { width: 1366, height: 768 } });
    await signInAsOfficer(page);
    await page.locator('[data-testid=waiting-entry]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['the display', (id: number) => `/display/${id}`],
    ['the display in projector mode', (id: number) => `/display/${id}?list=1`],
    ['the overlay', (id: number) => `/overlay/${id}`],
  ])('%s', async (_what, path) => {
    const floor = await harness.api<{ status: string }>('GET', `/api/meetings/${meeting.id}/floor`);
    if (floor.status === 'idle') await harness.api('POST', `/api/meetings/${meeting.id}/floor/next`, {});
    const page = await harness.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(path(meeting.id));
    await page.locator('[data-testid=speaker-name]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
