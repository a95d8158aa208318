import type { Page } from 'playwright-core';
import { floorCommand, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';

// The longest message an officer may send (80 characters), on a 720p screen: all of it shows,
// and the countdown stays whole and uncovered.
const MESSAGE = 'The speaker is kindly requested to conclude: time allotted has now been exceeded';
const VIEWPORT = { width: 1280, height: 720 };

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box;
}

/** Whether the element's own text overflows what it shows (cut or scrolled away). */
const clipped = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);

describe('an 80-character message at 1280x720', () => {
  let harness: Harness;
  let meeting: MeetingRow;

  beforeAll(async () => {
    expect(MESSAGE).toHaveLength(80);
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    for (const name of ['Kenya', 'Brazil', 'Japan', 'Germany']) await inscribeByName(harness, meeting.id, name);
    await floorCommand(harness, meeting.id, 'next');
    await floorCommand(harness, meeting.id, 'start');
    await floorCommand(harness, meeting.id, 'message', { text: MESSAGE });
  });

  afterAll(() => harness?.close());

  it.each([
    ['display', `/display/MEETING`, '.display-countdown'],
    ['overlay', `/overlay/MEETING`, '.overlay-countdown'],
  ])('on the %s, shows all of it and the whole countdown below or beside it', async (name, path, countdown) => {
    const page = await harness.newPage({ viewport: VIEWPORT });
    await page.goto(path.replace('MEETING', String(meeting.id)));
    await waitForText(page, '[data-testid=message]', (text) => text === MESSAGE);
    await waitForText(page, countdown, (text) => /^\d+:\d\d$/.test(text));
    const message = await boxOf(page, '[data-testid=message]');
    const clock = await boxOf(page, countdown);
    for (const box of [message, clock]) {
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
      expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
    }
    const overlaps = message.x < clock.x + clock.width && clock.x < message.x + message.width && message.y < clock.y + clock.height && clock.y < message.y + message.height;
    expect(overlaps).toBe(false);
    expect(await clipped(page, '[data-testid=message]')).toBe(false);
    await screenshot(page, `${name}-80-character-message-720p`, { transparent: name === 'overlay' });
    await page.close();
  });
});
