import type { Page } from 'playwright-core';
import { delegationId, floorCommand, Harness, inscribeByName, MeetingRow, openingPlenary, screenshot, startHarness, waitForText } from './browser-harness';
import { TEST_ADMIN } from '../helpers/create-test-app';

interface NamedDelegation {
  name: string;
  names: Record<'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es', string>;
}

/** Waits until a face of `family` has loaded: the glyphs on screen come from the app's own font. */
async function waitForFont(page: Page, family: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => [...document.fonts].some((face) => face.family.replace(/["']/g, '') === wanted && face.status === 'loaded'),
    family,
    { timeout: 10_000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Errors the page logs: formatjs reports a missing or broken message there. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Widths of the countdown's box with other digits in it, to see that it never changes. */
function countdownWidths(page: Page, texts: string[]): Promise<number[]> {
  return page.locator('[data-testid=countdown]').evaluate((element, samples) => {
    const probe = element.cloneNode() as HTMLElement;
    probe.style.minWidth = '0';
    probe.style.position = 'absolute';
    element.parentElement?.append(probe);
    const widths = samples.map((text) => {
      probe.textContent = text;
      return probe.getBoundingClientRect().width;
    });
    probe.remove();
    return widths;
  }, texts);
}

describe('the six languages', () => {
  let harness: Harness;
  let meeting: MeetingRow;
  let kenya: NamedDelegation;
  let china: NamedDelegation;

  beforeAll(async () => {
    harness = await startHarness();
    meeting = await openingPlenary(harness);
    const delegations = await harness.api<NamedDelegation[]>('GET', '/api/conferences/bms7/delegations');
    kenya = delegations.find((d) => d.name === 'Kenya') as NamedDelegation;
    china = delegations.find((d) => d.name === 'China') as NamedDelegation;
    await inscribeByName(harness, meeting.id, 'Kenya');
    await inscribeByName(harness, meeting.id, 'China');
    await inscribeByName(harness, meeting.id, 'Brazil');
    await floorCommand(harness, meeting.id, 'next');
  });

  afterAll(() => harness?.close());

  it('has the speakers’ names in Arabic and Chinese from the server', () => {
    expect(kenya.names.ar).toBe('كينيا');
    expect(kenya.names.zh).toBe('肯尼亚');
    expect(china.names.zh).toBe('中国');
  });

  it('shows the Arabic display right to left, with the Arabic name and a countdown that stays left to right', async () => {
    const page = await harness.newPage({ viewport: { width: 1600, height: 900 } });
    const errors = consoleErrors(page);
    await page.goto(`/display/${meeting.id}?lang=ar`);
    await waitForText(page, '[data-testid=speaker-name]', (text) => text === kenya.names.ar);
    expect(await page.evaluate(() => [document.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await page.locator('[data-testid=speaker-capacity]').textContent()).toBe('بيان وطني');
    expect(await page.locator('[data-testid=next-speakers]').textContent()).toContain(china.names.ar);

    const countdown = page.locator('[data-testid=countdown]');
    expect(await waitForText(page, '[data-testid=countdown]', (text) => /^\d+:\d\d$/.test(text))).toBe('3:00');
    expect(await countdown.getAttribute('dir')).toBe('ltr');
    const style = await countdown.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { direction: computed.direction, unicodeBidi: computed.unicodeBidi, numeric: computed.fontVariantNumeric };
    });
    expect(style).toEqual({ direction: 'ltr', unicodeBidi: 'isolate', numeric: 'tabular-nums' });
    const widths = await countdownWidths(page, ['3:00', '1:11', '0:58', '+4:47']);
    expect(Math.max(...widths.slice(0, 3)) - Math.min(...widths.slice(0, 3))).toBeLessThan(0.5);

    // Mirrored: the list of next speakers is indented from the right.
    const padding = await page.locator('.display-next ol').evaluate((list) => [getComputedStyle(list).paddingLeft, getComputedStyle(list).paddingRight]);
    expect(padding[0]).toBe('0px');
    expect(padding[1]).not.toBe('0px');

    await waitForFont(page, 'Noto Sans Arabic');
    await screenshot(page, 'display-ar');
    expect(errors).toEqual([]);
  });

  it('shows the Chinese display with the Chinese names, in the app’s own font', async () => {
    const page = await harness.newPage({ viewport: { width: 1600, height: 900 } });
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    const errors = consoleErrors(page);
    await page.goto(`/display/${meeting.id}?lang=zh`);
    await waitForText(page, '[data-testid=speaker-name]', (text) => text === kenya.names.zh);
    expect(await page.evaluate(() => [document.dir, document.documentElement.lang])).toEqual(['ltr', 'zh']);
    expect(await page.locator('[data-testid=speaker-capacity]').textContent()).toBe('以本国名义发言');
    expect(await page.locator('[data-testid=next-speakers]').textContent()).toContain('中国');
    await waitForFont(page, 'Noto Sans SC');
    await screenshot(page, 'display-zh');
    expect(errors).toEqual([]);
    // Served by the app, a few slices of the font rather than all of it.
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(url.startsWith(`${harness.testApp.url}/assets/fonts/`)).toBe(true);
    expect(fontRequests.length).toBeLessThan(25);
  });

  it('mirrors the overlay in Arabic', async () => {
    const page = await harness.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`/overlay/${meeting.id}?lang=ar&scale=1.2`);
    await waitForText(page, '[data-testid=speaker-name]', (text) => text === kenya.names.ar);
    expect(await page.locator('[data-testid=overlay-bar]').evaluate((bar) => (bar as HTMLElement).style.transformOrigin)).toBe('right bottom');
    await waitForFont(page, 'Noto Sans Arabic');
    await screenshot(page, 'overlay-ar', { transparent: true });
  });

  it('follows the browser’s language when the address names none', async () => {
    const page = await harness.newPage({ locale: 'es-ES' });
    await page.goto('/');
    await waitForText(page, 'h1', (text) => text.endsWith('calendario de sesiones'));
    expect(await page.locator('[data-testid=day]:visible h2').first().textContent()).toMatch(/^lunes, 26 de julio de 2021$/);
  });

  it('remembers the language picked on the timetable after a reload, and writes dates in it', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await waitForText(page, 'h1', (text) => text.endsWith('timetable'));
    await page.locator('[data-testid=language-switcher] a[data-lang=fr]').click();
    await waitForText(page, 'h1', (text) => text.endsWith('calendrier des séances'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.reload();
    await waitForText(page, 'h1', (text) => text.endsWith('calendrier des séances'));
    expect(await page.locator('[data-testid=language-switcher] a[aria-current=true]').getAttribute('data-lang')).toBe('fr');
    expect(await page.locator('[data-testid=day]:visible h2').first().textContent()).toMatch(/^lundi 26 juillet 2021$/);

    await page.locator('[data-testid=language-switcher] a[data-lang=ar]').click();
    await waitForText(page, 'h1', (text) => text.endsWith('الجدول الزمني للجلسات'));
    await page.reload();
    await waitForText(page, 'h1', (text) => text.endsWith('الجدول الزمني للجلسات'));
    expect(await page.evaluate(() => document.dir)).toBe('rtl');
    await waitForFont(page, 'Noto Sans Arabic');
    await screenshot(page, 'timetable-ar');

    // The display's language is the webcast's, from its address: the timetable's choice stays there.
    await page.goto(`/display/${meeting.id}`);
    await waitForText(page, '[data-testid=speaker-name]', (text) => text === 'Kenya');
    expect(await page.evaluate(() => document.dir)).toBe('ltr');
  });

  it('offers the switcher on the delegate page before sign-in', async () => {
    const page = await harness.newPage();
    await page.goto('/delegate');
    await waitForText(page, 'h1', (text) => text === 'Delegate sign-in');
    await page.locator('[data-testid=language-switcher] a[data-lang=zh]').click();
    await waitForText(page, 'h1', (text) => text === '代表团登录');
    await page.reload();
    await waitForText(page, 'h1', (text) => text === '代表团登录');
  });

  it('labels the officer console in the language of the address', async () => {
    const page = await harness.newPage();
    await page.goto('/officer?lang=ru');
    await waitForText(page, 'h1', (text) => text === 'Вход для сотрудников Секретариата');
    expect(await page.locator('label[for=username]').textContent()).toBe('Имя пользователя');
  });

  it('lets a delegate work in Arabic on a phone, with the groups named in Arabic', async () => {
    const kenyaId = await delegationId(harness, 'Kenya');
    const { code } = await harness.api<{ code: string }>('POST', `/api/conferences/bms7/delegations/${kenyaId}/access-codes`, {});
    const page = await harness.newPage({ viewport: { width: 390, height: 844 }, locale: 'ar-EG' });
    await page.goto('/delegate');
    await waitForText(page, 'h1', (text) => text === 'دخول الوفود');
    await page.locator('#access-code').fill(code);
    await page.locator('button[type=submit]').click();
    await waitForText(page, 'h1', (text) => text === `وفد ${kenya.names.ar}`);
    const choices = await page.locator('.capacity-choices label').allTextContents();
    expect(choices[0]).toBe('بيان وطني');
    expect(choices).toContain('باسم مجموعة الدول الأفريقية');
    await waitForText(page, '[data-testid=waiting-list]', (text) => text.includes(china.names.ar));
    await waitForFont(page, 'Noto Sans Arabic');
    await screenshot(page, 'delegate-ar');
  });

  it('labels the officer console in the officer’s language, names included', async () => {
    const page = await harness.newPage({ locale: 'fr-FR' });
    await page.goto('/officer');
    await page.evaluate(
      ([token, username]) => sessionStorage.setItem('rostrum.officer', JSON.stringify({ token, username })),
      [harness.officerToken, TEST_ADMIN.username],
    );
    await page.goto(`/officer?meeting=${meeting.id}`);
    await waitForText(page, '[data-testid=floor-speaker]', (text) => text === kenya.names.fr);
    await waitForText(page, '[data-testid=list-panel] h2', (text) => text === 'Liste des orateurs');
    expect(await page.locator('button[data-action=next]').textContent()).toContain('Orateur suivant');
    await page.waitForFunction((id) => (document.querySelector('#meeting') as HTMLSelectElement | null)?.value === String(id), meeting.id);
    await screenshot(page, 'officer-fr');
  });
});
