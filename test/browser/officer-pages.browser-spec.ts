import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { delegationId, floorCommand, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';
import { signInAsOfficer } from './officer-sign-in';

interface Meeting extends MeetingRow {
  room: string | null;
  endsAt: string;
}

/** Clicks a download button (the files need the officer's token, so the page fetches them) and reads the file saved. */
async function downloaded(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testId}]`).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

describe('officer pages: access codes, meetings, record', () => {
  let harness: Harness;
  let page: Page;
  let opening: Meeting;

  beforeAll(async () => {
    harness = await startHarness();
    opening = (await openingPlenary(harness)) as Meeting;
    page = await harness.newPage({ viewport: { width: 1366, height: 900 } });
    await signInAsOfficer(page);
  });

  afterAll(() => harness?.close());

  describe('access codes', () => {
    it('issues a code to each of the 193 Member States at once, one card each with a QR code', async () => {
      await page.locator('[data-testid=officer-nav] a', { hasText: 'Access codes' }).click();
      await page.locator('#codes-bulk').selectOption('member-state');
      await page.locator('[data-testid=issue-all]').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=code-card]').length === 193, undefined, { timeout: 20_000 });
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=qr-code] svg').length === 193, undefined, { timeout: 20_000 });
      const first = page.locator('[data-testid=code-card]').first();
      expect(await first.locator('[data-testid=card-code]').textContent()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect(await first.locator('[data-testid=qr-code]').getAttribute('data-text')).toMatch(/\/delegate\?code=/);
      const codes = await harness.api<unknown[]>('GET', '/api/conferences/bms7/access-codes');
      expect(codes).toHaveLength(193);
      await screenshot(page, 'officer-access-codes');
    });

    it('prints only the cards', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.locator('[data-testid=codes-table]').isVisible()).toBe(false);
      expect(await page.locator('[data-testid=code-card]').first().isVisible()).toBe(true);
      await screenshot(page, 'officer-access-codes-print');
      await page.emulateMedia({ media: 'screen' });
    });

    it('downloads the codes issued as CSV', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=codes-csv]').click()]);
      const lines = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
      expect(lines[0]).toBe('delegation,code,label,issued at,sign-in link');
      expect(lines).toHaveLength(194);
      expect(lines.find((line) => line.startsWith('Kenya,'))).toMatch(/\/delegate\?code=/);
    });

    it('signs a delegate in from the card’s QR link', async () => {
      const kenya = await delegationId(harness, 'Kenya');
      const link = await page.locator(`[data-testid=code-card][data-delegation-id="${kenya}"] [data-testid=qr-code]`).getAttribute('data-text');
      const phone = await harness.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(link!.replace(/^https?:\/\/[^/]+/, ''));
      await waitForText(phone, 'h1', (text) => text.includes('Kenya'));
      expect(phone.url()).not.toContain('code=');
      await phone.context().close();
    });

    it('lists each code with its last use, and revokes one', async () => {
      const kenya = await delegationId(harness, 'Kenya');
      await page.reload();
      const row = page.locator(`[data-testid=codes-table] tr[data-delegation-id="${kenya}"]`).first();
      await row.waitFor();
      expect(await row.locator('td').nth(3).textContent()).not.toBe('—');
      await row.locator('button', { hasText: 'Revoke' }).click();
      await page.waitForFunction((id) => document.querySelector(`tr[data-delegation-id="${id}"]`)?.getAttribute('data-status') === 'revoked', kenya);
      const rows = await harness.api<{ delegationId: number; status: string }[]>('GET', '/api/conferences/bms7/access-codes');
      expect(rows.find((r) => r.delegationId === kenya)?.status).toBe('revoked');
    });
  });

  describe('meetings', () => {
    beforeAll(async () => {
      await page.goto('/officer?view=meetings');
      await page.locator('[data-testid=meetings-table] tbody tr').first().waitFor();
    });

    const fillTimes = async (start: string, end: string) => {
      await page.locator('#meeting-startsAt').fill(start);
      await page.locator('#meeting-endsAt').fill(end);
    };

    it('shows a room clash beside the room, naming the other meeting', async () => {
      await page.locator('[data-testid=new-meeting]').click();
      await page.locator('#meeting-title').fill('Side event on marking');
      await page.locator('#meeting-format').selectOption('in-person');
      await page.locator('#meeting-room').selectOption(opening.room!);
      await fillTimes('2021-07-26T11:00', '2021-07-26T12:00');
      await page.locator('[data-testid=meeting-save]').click();
      const text = await waitForText(page, '[data-testid=error-room]', (value) => value.length > 0);
      expect(text).toContain(`already booked by meeting ${opening.id}`);
      expect(text).toContain(opening.title);
      expect(await page.locator('#meeting-room').getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'officer-meetings-clash');
    });

    it('shows a time the clocks repeat beside the start', async () => {
      await page.locator('#meeting-preparatory').check();
      await page.locator('#meeting-room').selectOption('');
      await page.locator('#meeting-format').selectOption('virtual');
      await fillTimes('2021-11-07T01:30', '2021-11-07T03:00');
      await page.locator('[data-testid=meeting-save]').click();
      const text = await waitForText(page, '[data-testid=error-startsAt]', (value) => value.length > 0);
      expect(text).toContain('happens twice');
      expect(await page.locator('[data-testid=error-room]').count()).toBe(0);
    });

    it('creates, edits, cancels and deletes a meeting', async () => {
      await page.locator('#meeting-preparatory').uncheck();
      await fillTimes('2021-07-28T13:15', '2021-07-28T14:45');
      await page.locator('[data-testid=meeting-form] .agenda-choices input').first().check();
      await page.locator('[data-testid=meeting-save]').click();
      await waitForText(page, '[data-testid=meetings-table]', (text) => text.includes('Side event on marking'));
      const created = (await harness.api<(Meeting & { agendaItemIds: number[] })[]>('GET', '/api/conferences/bms7/meetings')).find((m) => m.title === 'Side event on marking')!;
      expect(created).toMatchObject({ format: 'virtual', room: null, startsAt: '2021-07-28T17:15:00.000Z', endsAt: '2021-07-28T18:45:00.000Z' });
      expect(created.agendaItemIds).toHaveLength(1);

      await page.locator('#meeting-title').fill('Side event on tracing');
      await page.locator('[data-testid=meeting-save]').click();
      await waitForText(page, '[data-testid=meetings-table]', (text) => text.includes('Side event on tracing'));

      const row = page.locator(`tr[data-meeting-id="${created.id}"]`);
      await row.locator('button', { hasText: 'Cancel meeting' }).click();
      await page.waitForFunction((id) => document.querySelector(`tr[data-meeting-id="${id}"]`)?.classList.contains('cancelled'), created.id);
      await screenshot(page, 'officer-meetings');

      page.once('dialog', (dialog) => void dialog.accept());
      await row.locator('button', { hasText: 'Delete' }).click();
      await page.waitForFunction((id) => !document.querySelector(`tr[data-meeting-id="${id}"]`), created.id);
    });

    it('adds a room, offered at once to the meetings', async () => {
      await page.locator('#room-new').fill('Conference Room 11');
      await page.locator('[data-testid=rooms-panel] button[type=submit]', { hasText: 'Add' }).click();
      await waitForText(page, '[data-testid=notices]', (text) => text.includes('Room “Conference Room 11” added'));
      await page.locator('[data-testid=new-meeting]').click();
      await page.waitForFunction(() => [...document.querySelectorAll('#meeting-room option')].some((o) => o.textContent === 'Conference Room 11'));
      const rooms = await harness.api<{ name: string }[]>('GET', '/api/conferences/bms7/rooms');
      expect(rooms.map((r) => r.name)).toContain('Conference Room 11');
    });
  });

  describe('record', () => {
    beforeAll(async () => {
      await inscribeByName(harness, opening.id, 'Kenya');
      await inscribeByName(harness, opening.id, 'Brazil');
      for (const advanceMs of [200_000, 60_000]) {
        await floorCommand(harness, opening.id, 'next');
        await floorCommand(harness, opening.id, 'start');
        harness.testApp.clock.advance(advanceMs);
      }
      await floorCommand(harness, opening.id, 'next');
      await page.goto(`/officer?view=record`);
    });

    it('lists the statements of a meeting, sortable, with its CSV', async () => {
      await page.locator('#record-meeting-select').selectOption(String(opening.id));
      const table = '[data-testid=meeting-statements]';
      await waitForText(page, table, (text) => text.includes('Kenya') && text.includes('Brazil'));
      expect(await page.locator(`${table} tbody tr`).first().textContent()).toContain('Kenya');
      await page.locator(`${table} [data-sort-key=used]`).click();
      expect(await page.locator(`${table} tbody tr`).first().textContent()).toContain('Brazil');
      await page.locator(`${table} [data-sort-key=used]`).click();
      expect(await page.locator(`${table} tbody tr`).first().textContent()).toContain('Kenya');
      expect(await page.locator(`${table} tbody tr`).first().textContent()).toContain('+0:20');
      const csv = await downloaded(page, 'meeting-csv');
      expect(csv.name).toBe(`${opening.id}-statements.csv`);
      expect(csv.text).toContain('Kenya');
    });

    it('gives the report per delegation and per meeting, with overruns and cut-offs, and its CSV', async () => {
      await waitForText(page, '[data-testid=report-delegations]', (text) => text.includes('Kenya'));
      expect(await page.locator('[data-testid=report-delegations] thead').textContent()).toContain('Cut-offs');
      expect(await page.locator('[data-testid=report-meetings] tbody').textContent()).toContain(opening.title);
      expect(await page.locator('[data-testid=report-overall]').textContent()).toContain('2 statements');
      expect((await downloaded(page, 'report-csv')).text).toContain('cut-offs');
      await screenshot(page, 'officer-record');
    });

    it('shows the speech list of the week, filtered by delegation', async () => {
      const list = '[data-testid=speech-list]';
      await waitForText(page, list, (text) => text.includes('Brazil'));
      const brazil = await delegationId(harness, 'Brazil');
      await page.locator('#speeches-delegation').selectOption(String(brazil));
      await page.waitForFunction((selector) => !document.querySelector(selector)?.textContent?.includes('Kenya'), list);
      expect(await page.locator(`${list} tbody tr`).count()).toBe(1);
      const speeches = await downloaded(page, 'speeches-csv');
      expect(speeches.text).toContain('Brazil');
      expect(speeches.text).not.toContain('Kenya');
    });
  });
});
