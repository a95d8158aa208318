import { countdownSeconds, Harness, inscribeByName, MeetingRow, screenshot, startHarness, waitForText } from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';

describe('officer console: enforcement, timer corrections and call again', () => {
  let harness: Harness;
  let meeting: MeetingRow;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await harness.api<MeetingRow>('POST', '/api/conferences/bms7/meetings', {
      title: 'Enforcement rehearsal',
      kind: 'plenary',
      format: 'virtual',
      room: null,
      startsAt: '2021-07-26T10:00',
      endsAt: '2021-07-26T13:00',
      enforcement: { mode: 'cut', graceSeconds: 10 },
    });
    await inscribeByName(harness, meeting.id, 'Kenya');
    await inscribeByName(harness, meeting.id, 'Brazil');
  });

  afterAll(() => harness?.close());

  it('shows the mode in force, takes time away, undoes it, sets the time, and calls a passed-over speaker again', async () => {
    const page = await harness.newPage({ viewport: { width: 1366, height: 768 } });
    await signInAsOfficer(page, `/officer?meeting=${meeting.id}`);
    await waitForText(page, '[data-testid=speakers-table]', (text) => text.includes('Brazil'));

    await page.locator('button[data-action=next]').click();
    await waitForText(page, '[data-testid=enforcement-mode]', (text) => text === 'Cut at 3:10');
    await page.locator('button[data-action=toggle]').click();
    await waitForText(page, '[data-testid=floor-status]', (text) => text === 'Speaking');

    await page.keyboard.press('d');
    await waitForText(page, '[data-testid=countdown]', (text) => Math.abs(countdownSeconds(text) - 150) <= 2);
    await waitForText(page, '[data-testid=enforcement-mode]', (text) => text === 'Cut at 2:40');
    await page.locator('button[data-action=undo]').click();
    await waitForText(page, '[data-testid=countdown]', (text) => Math.abs(countdownSeconds(text) - 180) <= 2);

    await page.keyboard.press('t');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('time-left');
    await page.keyboard.type('1:00');
    await page.keyboard.press('Enter');
    await waitForText(page, '[data-testid=countdown]', (text) => Math.abs(countdownSeconds(text) - 60) <= 2);
    await screenshot(page, 'officer-corrections');

    // Kenya ends; Brazil is called and passed over before speaking: no statement, and a Call again.
    await page.locator('button[data-action=next]').click();
    await waitForText(page, '[data-testid=floor-speaker]', (text) => text === 'Brazil');
    await page.locator('button[data-action=next]').click();
    await waitForText(page, '[data-testid=passed-over]', (text) => text.includes('Brazil'));
    const statements = await harness.api<{ delegation: { name: string } }[]>('GET', `/api/meetings/${meeting.id}/statements`);
    expect(statements.map((statement) => statement.delegation.name)).toEqual(['Kenya']);
    await page.locator('[data-testid=passed-over] button').click();
    await waitForText(page, '[data-testid=speakers-table]', (text) => text.includes('Brazil'));
    expect(await page.locator('[data-testid=passed-over]').count()).toBe(0);
    await page.context().close();
  });

  it('sets the conference limits and mode, and a meeting of its own, from the settings page', async () => {
    const page = await harness.newPage();
    await signInAsOfficer(page, '/officer?view=settings');
    await page.locator('#limit-national').fill('5');
    await page.locator('button[type=submit]').first().click();
    await waitForText(page, '.field-error', (text) => text.includes('statementLimits.national'));

    await page.locator('#limit-national').fill('200');
    await page.locator('input[name=conference-mode][value=conclude]').check();
    await page.locator('button[type=submit]').first().click();
    await waitForText(page, '[data-testid=notices]', (text) => text.includes('Saved'));
    const conference = await harness.api<{ statementLimits: { national: number }; enforcement: { mode: string } }>('GET', '/api/conferences/bms7');
    expect(conference.statementLimits.national).toBe(200);
    expect(conference.enforcement.mode).toBe('conclude');

    await page.locator('#settings-meeting').selectOption(String(meeting.id));
    await page.locator('input[type=checkbox]').uncheck();
    await page.locator('input[name=meeting-mode][value=cut]').check();
    await page.locator('#meeting-grace').fill('20');
    await page.locator('button[type=submit]').nth(1).click();
    await page.waitForFunction(
      async (id) => (await (await fetch(`/api/meetings/${id}`)).json()).enforcement?.graceSeconds === 20,
      meeting.id,
      { timeout: 10_000 },
    );
    const own = await harness.api<{ enforcement: unknown }>('GET', `/api/meetings/${meeting.id}`);
    expect(own.enforcement).toEqual({ mode: 'cut', graceSeconds: 20 });
    await screenshot(page, 'officer-settings');
    await harness.api('PATCH', '/api/conferences/bms7', { statementLimits: { national: 180 }, enforcement: { mode: 'count', graceSeconds: 0 } });
    await page.context().close();
  });
});
