import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { BMS7_OPENING_MS, createTestApp, removeDatabase, TEST_ADMIN, TestApp } from '../helpers/create-test-app';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(__dirname, '..', 'artifacts');

export interface Harness {
  testApp: TestApp;
  browser: Browser;
  officerToken: string;
  /** Uncaught errors of any page opened through the harness; close() fails when there are some. */
  pageErrors: string[];
  /** A fresh browser context (own storage) and page; the browser prefers English unless `locale` says otherwise. */
  newPage(options?: PageOptions): Promise<Page>;
  /** A REST call as the officer (or with the token given), failing loudly on an error status. */
  api<T = unknown>(method: string, path: string, body?: unknown, token?: string | null): Promise<T>;
  close(): Promise<void>;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  timezoneId?: string;
  /** The browser's language (navigator.languages, Accept-Language); en-US by default. */
  locale?: string;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function request<T>(baseUrl: string, method: string, path: string, body: unknown, token: string | null | undefined): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The real app on a temporary database and a fake clock at the BMS7 opening, plus Chromium. */
export async function startHarness(): Promise<Harness> {
  const testApp = await createTestApp();
  const browser = await launchChromium();
  const { accessToken } = await request<{ accessToken: string }>(testApp.url, 'POST', '/api/auth/login', TEST_ADMIN, null);
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  return {
    testApp,
    browser,
    officerToken: accessToken,
    pageErrors,
    newPage: async ({ viewport = { width: 1280, height: 800 }, timezoneId, locale = 'en-US' }: PageOptions = {}) => {
      // The pages follow the browser's language: pin it, so tests read the same words on any machine.
      const context = await browser.newContext({ baseURL: testApp.url, viewport, timezoneId, locale });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    api: (method, path, body, token = accessToken) => request(testApp.url, method, path, body, token),
    close: async () => {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
      await testApp.close();
      removeDatabase(testApp.databasePath);
      if (pageErrors.length > 0) throw new Error(`Uncaught errors in the pages:\n${pageErrors.join('\n')}`);
    },
  };
}

export async function screenshot(page: Page, name: string, options: { transparent?: boolean } = {}): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true, omitBackground: options.transparent ?? false });
}

/** Waits until the element's text satisfies the check; the failure names the last text seen. */
export async function waitForText(page: Page, selector: string, check: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await page.locator(selector).first().textContent({ timeout: 1000 }).catch(() => null)) ?? '';
    if (check(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`Timed out waiting on ${selector}; last text: "${last}"`);
}

/** Lets the countdown's animation loop draw the state the page already holds. */
export async function afterFrames(page: Page, frames = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(count);
      }),
    frames,
  );
}

/** "2:59" -> 179, "+0:07" -> -7. */
export function countdownSeconds(text: string): number {
  const match = /^(\+?)(\d+):(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`Not a countdown: "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? -seconds : seconds;
}

export interface MeetingRow {
  id: number;
  title: string;
  kind: string;
  webcast: boolean;
  startsAt: string;
}

/** The plenary that opens BMS7 (webcast), on now by the fake clock. */
export async function openingPlenary(harness: Harness): Promise<MeetingRow> {
  const meetings = await harness.api<MeetingRow[]>('GET', '/api/conferences/bms7/meetings');
  const opening = meetings.find((m) => m.kind === 'plenary' && Date.parse(m.startsAt) === BMS7_OPENING_MS);
  if (!opening) throw new Error('No opening plenary in the seed');
  return opening;
}

export async function nonWebcastMeeting(harness: Harness): Promise<MeetingRow> {
  const meetings = await harness.api<MeetingRow[]>('GET', '/api/conferences/bms7/meetings');
  const meeting = meetings.find((m) => !m.webcast);
  if (!meeting) throw new Error('Every seeded meeting is webcast');
  return meeting;
}

export async function delegationId(harness: Harness, name: string): Promise<number> {
  const all = await harness.api<{ id: number; name: string }[]>('GET', '/api/conferences/bms7/delegations');
  const match = all.find((d) => d.name === name);
  if (!match) throw new Error(`No delegation ${name}`);
  return match.id;
}

export interface FloorState {
  version: number;
  status: string;
  speaker: { delegation: { name: string } } | null;
}

export async function floorCommand(harness: Harness, meetingId: number, command: string, body: Record<string, unknown> = {}): Promise<FloorState> {
  const floor = await harness.api<FloorState>('GET', `/api/meetings/${meetingId}/floor`);
  return harness.api<FloorState>('POST', `/api/meetings/${meetingId}/floor/${command}`, { version: floor.version, ...body });
}

export async function inscribeByName(harness: Harness, meetingId: number, name: string, capacity = 'national', extra: Record<string, unknown> = {}): Promise<{ id: number; position: number | null }> {
  return harness.api('POST', `/api/meetings/${meetingId}/speakers`, { delegationId: await delegationId(harness, name), capacity, ...extra });
}
