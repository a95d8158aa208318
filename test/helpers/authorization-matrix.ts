import request from 'supertest';
import { badToken, delegateSessionFor, expiredTokenFor, loginAsOfficer, officerPrincipal } from './auth';
import { createTestApp, removeDatabase, TestApp } from './create-test-app';

/** Who calls: no token, a forged one, an expired officer one, a delegate of another delegation, the delegate, an officer. */
export const CALLERS = ['none', 'bad', 'expired', 'otherDelegate', 'delegate', 'officer'] as const;
export type Caller = (typeof CALLERS)[number];

/** An exact status, or a status class such as '2xx'. */
export type ExpectedStatus = number | '2xx' | '4xx';
export type Expectations = Record<Caller, ExpectedStatus>;

// The usual rows; spread and override one caller where a route differs: { ...OWN_DELEGATION, officer: 403 }.
export const PUBLIC: Expectations = { none: '2xx', bad: 401, expired: 401, otherDelegate: '2xx', delegate: '2xx', officer: '2xx' };
export const OFFICER_ONLY: Expectations = { none: 401, bad: 401, expired: 401, otherDelegate: 403, delegate: 403, officer: '2xx' };
/** Delegates may act for their own delegation only; officers for anyone. */
export const OWN_DELEGATION: Expectations = { none: 401, bad: 401, expired: 401, otherDelegate: 403, delegate: '2xx', officer: '2xx' };
/** Any signed-in caller. */
export const SIGNED_IN: Expectations = { none: 401, bad: 401, expired: 401, otherDelegate: '2xx', delegate: '2xx', officer: '2xx' };

export interface MatrixContext {
  testApp: TestApp;
  slug: string;
  /** The delegation the 'delegate' caller speaks for. */
  delegation: { id: number; name: string };
  /** The delegation of the 'otherDelegate' caller. */
  otherDelegation: { id: number; name: string };
  /** The bearer token of each caller ('none' has none). */
  tokens: Record<Caller, string | undefined>;
  /** An officer token, for setting up fixtures inside path() or body(). */
  officerToken: string;
  /** The caller the request is being built for. */
  caller: Caller;
  api(): ReturnType<typeof request>;
}

export interface MatrixRoute {
  /** Shown in the test title, e.g. 'POST /api/meetings/:id/speakers'. */
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /**
   * Called once per request: create here what the request consumes (a code to revoke, a fresh
   * meeting), so one caller's 2xx never spoils the next caller's case. body() is called after it
   * with the same context object, so it may read what path() set up (keyed by the context).
   */
  path(context: MatrixContext): string | Promise<string>;
  body?(context: MatrixContext): unknown | Promise<unknown>;
  expected: Expectations;
}

export interface MatrixOptions {
  slug?: string;
  delegation?: string;
  otherDelegation?: string;
}

export type MatrixBase = Omit<MatrixContext, 'caller'>;

/** Signs in every caller once on a running test app. */
export async function createMatrixBase(testApp: TestApp, options: MatrixOptions = {}): Promise<MatrixBase> {
  const slug = options.slug ?? 'bms7';
  const [officerToken, own, other, expired] = await Promise.all([
    loginAsOfficer(testApp),
    delegateSessionFor(testApp, options.delegation ?? 'Kenya', slug),
    delegateSessionFor(testApp, options.otherDelegation ?? 'Mexico', slug),
    officerPrincipal(testApp).then((principal) => expiredTokenFor(testApp, principal)),
  ]);
  return {
    testApp,
    slug,
    delegation: own.delegation,
    otherDelegation: other.delegation,
    officerToken,
    tokens: { none: undefined, bad: badToken, expired, otherDelegate: other.accessToken, delegate: own.accessToken, officer: officerToken },
    api: () => request(testApp.app.getHttpServer()),
  };
}

/** Sends the route's request as the caller. */
export async function sendAs(base: MatrixBase, route: MatrixRoute, caller: Caller): Promise<request.Response> {
  const context: MatrixContext = { ...base, caller };
  const path = await route.path(context);
  let pending = base.api()[route.method](path);
  const token = base.tokens[caller];
  if (token !== undefined) pending = pending.set('Authorization', `Bearer ${token}`);
  if (route.body) pending = pending.send((await route.body(context)) as object);
  return pending;
}

export function statusMatches(status: number, expected: ExpectedStatus): boolean {
  if (typeof expected === 'number') return status === expected;
  return Math.floor(status / 100) === Number(expected[0]);
}

/** One `it` per route and caller, in the current describe; getBase is read when the tests run (after beforeAll). */
export function authorizationMatrixCases(routes: MatrixRoute[], getBase: () => MatrixBase): void {
  const cases = routes.flatMap((route) => CALLERS.map((caller) => [route.name, caller, route.expected[caller], route] as const));
  it.each(cases)('%s as %s -> %s', async (_name, caller, expected, route) => {
    const response = await sendAs(getBase(), route, caller);
    if (!statusMatches(response.status, expected)) {
      throw new Error(`${route.name} as ${caller}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
    }
  });
}

/** A describe with its own test app, every caller signed in, and one case per route and caller. */
export function describeAuthorizationMatrix(title: string, routes: MatrixRoute[], options: MatrixOptions = {}): void {
  describe(title, () => {
    let testApp: TestApp | undefined;
    let base: MatrixBase;

    beforeAll(async () => {
      testApp = await createTestApp();
      base = await createMatrixBase(testApp, options);
    });

    afterAll(async () => {
      if (!testApp) return;
      await testApp.close();
      removeDatabase(testApp.databasePath);
    });

    authorizationMatrixCases(routes, () => base);
  });
}
