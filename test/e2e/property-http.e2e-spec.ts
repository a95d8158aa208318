import fc from 'fast-check';
import request from 'supertest';
import { ApiRoute, API_ROUTES, fillPath, pathParams, routeName, schemaFields } from '../helpers/api-routes';
import { delegateSessionFor, loginAsOfficer } from '../helpers/auth';
import { isFirstPlenary, seededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TEST_ADMIN, TestApp } from '../helpers/create-test-app';
import { assertRefusal } from '../helpers/error-shape';
import { meetingState } from '../helpers/meeting-state';

// Property-based: whatever arrives over HTTP, the answer is a 4xx in the contract's error shape
// (a 400 naming the field), never a 500, and nothing on record changes. Runs are bounded per route
// so the file stays within a few seconds; a failure prints the seed and the shrunk input.
const RUNS_PER_ROUTE = 8;
/** Fewer for the many reads that ignore a query string. */
const RUNS_WHERE_IGNORED = 3;
const UNKNOWN_ID = 1_000_000;

describe('property: malformed HTTP input is refused and changes nothing', () => {
  let testApp: TestApp;
  let officer: string;
  let meetingId: number;
  let kenyaId: number;
  let roomId: number;
  let codeId: number;
  let waiting: number[];
  let initial: unknown;

  const api = () => request(testApp.app.getHttpServer());

  /** The values that make each route's path real; `{id}` is the room on room routes, else the meeting. */
  const realParams = (route: ApiRoute): Record<string, string | number> => ({
    slug: 'bms7',
    id: route.path.includes('/rooms/') ? roomId : meetingId,
    entryId: waiting[0],
    delegationId: kenyaId,
    codeId,
    linkId: UNKNOWN_ID,
    command: 'start',
  });

  /** A body each route accepts, so a refusal can only come from what a test changed. */
  const validBody = (route: ApiRoute): Record<string, unknown> => {
    const bodies: Record<string, Record<string, unknown>> = {
      'POST /api/auth/login': { ...TEST_ADMIN },
      'POST /api/auth/delegate': { code: 'K7QX-M2PD-9WRT-HF4N' },
      'POST /api/auth/setup': { token: 'not-the-token', username: 'property-chief', password: 'a long enough password' },
      'POST /api/conferences/{slug}/delegations/{delegationId}/access-codes': { label: 'desk' },
      'POST /api/conferences/{slug}/access-codes': { delegationIds: [kenyaId] },
      'POST /api/officers': { username: 'property-officer', password: 'a long enough password' },
      'POST /api/conferences/{slug}/meetings': {
        title: 'Side event',
        kind: 'other',
        format: 'in-person',
        startsAt: '2021-07-27T13:15',
        endsAt: '2021-07-27T14:45',
      },
      'PATCH /api/meetings/{id}': { title: 'Renamed' },
      'POST /api/meetings/{id}/rehearsal': {},
      'PATCH /api/conferences/{slug}/meetings/{id}': { title: 'Renamed' },
      'POST /api/conferences/{slug}/rooms': { name: 'Trusteeship Council Chamber' },
      'PATCH /api/conferences/{slug}/rooms/{id}': { name: 'Trusteeship Council Chamber' },
      'POST /api/meetings/{id}/speakers': { delegationId: kenyaId, capacity: 'national' },
      'POST /api/meetings/{id}/speakers/close': {},
      'POST /api/meetings/{id}/speakers/reopen': {},
      'POST /api/meetings/{id}/speakers/swap': { entryIdA: waiting[0], entryIdB: waiting[1] },
      'POST /api/meetings/{id}/speakers/{entryId}/move': { position: 2 },
      'POST /api/meetings/{id}/floor/extend': { seconds: 30 },
      'POST /api/meetings/{id}/floor/adjust': { seconds: 30 },
      'POST /api/meetings/{id}/floor/set': { remainingSeconds: 60 },
      'POST /api/meetings/{id}/speakers/{entryId}/call-again': {},
      'PATCH /api/conferences/{slug}': { warningSeconds: 30 },
      'POST /api/conferences/{slug}/webhooks': { url: 'http://127.0.0.1:9/hook', secret: 'a-long-enough-secret', events: ['statement.ended'] },
      'POST /api/meetings/{id}/floor/skip': {},
      'POST /api/meetings/{id}/floor/message': { text: 'Please conclude' },
      'POST /api/meetings/{id}/floor/point-of-order': { delegationId: kenyaId },
      'POST /api/meetings/{id}/floor/{command}': {},
      'POST /api/meetings/{id}/presence': { delegationId: kenyaId, ready: true },
      'POST /api/meetings/{id}/floor/overlay': { onAir: true },
      'POST /api/meetings/{id}/screen-links': { label: 'Press room screen' },
    };
    const body = bodies[routeName(route)];
    if (!body) throw new Error(`No valid body for ${routeName(route)}`);
    return body;
  };

  /** Sends as the caller the route needs to get past authorization (the sign-in routes take none). */
  const send = (route: ApiRoute, path: string, options: { body?: string; query?: string; contentType?: string } = {}) => {
    let pending = api()[route.method](options.query ? `${path}?${options.query}` : path);
    if (route.access !== 'public' && route.access !== 'signIn') pending = pending.set('Authorization', `Bearer ${officer}`);
    if (options.body !== undefined) pending = pending.set('Content-Type', options.contentType ?? 'application/json').send(options.body);
    return pending;
  };

  /** Everything a stray write could touch: the meeting's list, floor, statements and audit, and the other tables. */
  const records = async () => {
    const get = async (path: string) => {
      const response = await api().get(path).set('Authorization', `Bearer ${officer}`);
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
      return response.body;
    };
    return {
      meeting: await meetingState(testApp, meetingId),
      statements: await get(`/api/meetings/${meetingId}/statements`),
      audit: await get(`/api/meetings/${meetingId}/audit`),
      meetings: await get('/api/conferences/bms7/meetings'),
      rooms: await get('/api/conferences/bms7/rooms'),
      officers: await get('/api/officers'),
      codes: await get(`/api/conferences/bms7/delegations/${kenyaId}/access-codes`),
    };
  };

  /** After each property: the app still answers, and the meeting's list and floor are as they were (version and content). */
  const expectListAndFloorUnchanged = async () => {
    await api().get('/api/health').expect(200);
    expect(await meetingState(testApp, meetingId)).toEqual((initial as { meeting: unknown }).meeting);
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    const bms7 = await seededBms7(testApp);
    officer = await loginAsOfficer(testApp);
    meetingId = bms7.meetingId(isFirstPlenary);
    kenyaId = bms7.delegationId('Kenya');
    codeId = (await delegateSessionFor(testApp, 'Kenya')).accessCodeId;
    roomId = (await api().get('/api/conferences/bms7/rooms').expect(200)).body[0].id;
    // A live meeting: one speaker on the floor with the clock running, three waiting.
    for (const name of ['Mexico', 'Kenya', 'France', 'Brazil']) {
      await send(
        API_ROUTES.find((r) => routeName(r) === 'POST /api/meetings/{id}/speakers')!,
        `/api/meetings/${meetingId}/speakers`,
        {
          body: JSON.stringify({ delegationId: bms7.delegationId(name), capacity: 'national' }),
        },
      ).expect(201);
    }
    await api().post(`/api/meetings/${meetingId}/floor/next`).set('Authorization', `Bearer ${officer}`).expect(200);
    await api().post(`/api/meetings/${meetingId}/floor/start`).set('Authorization', `Bearer ${officer}`).expect(200);
    waiting = (await meetingState(testApp, meetingId)).speakers.entries.filter((e) => e.status === 'waiting').map((e) => e.id);
    initial = await records();
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  it('lists every operation of the OpenAPI document, so none escapes these properties', async () => {
    const document = (await api().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(API_ROUTES.map(routeName).sort()).toEqual(documented.sort());
  });

  const bodyRoutes = API_ROUTES.filter((route) => route.body !== undefined);

  describe('bodies', () => {
    /** What the server would make of the raw text: undefined when it cannot parse it into an object or array. */
    const parsedLikeTheServer = (raw: string): unknown => {
      // body-parser reads an empty body as {}.
      if (raw === '') return {};
      try {
        const value: unknown = JSON.parse(raw.replace(/^\uFEFF/, ''));
        return typeof value === 'object' && value !== null ? value : undefined;
      } catch {
        return undefined;
      }
    };

    it.each(bodyRoutes.map((route) => [routeName(route), route] as const))(
      '%s: random and malformed bodies get 400 naming the field',
      async (_name, route) => {
        const schema = route.body!;
        const fields = schemaFields(schema);
        const valid = validBody(route);
        const anyJson = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value));
        const plausibleKeys = fc
          .dictionary(fc.oneof(fc.constantFrom(...fields, 'unexpected'), fc.string({ maxLength: 6 })), fc.jsonValue({ maxDepth: 2 }), {
            maxKeys: 4,
          })
          .map((value) => JSON.stringify(value));
        // A body with no fields (the rehearsal's) has none to break.
        const oneFieldBroken = fields.length === 0 ? [] : [
          fc
            .record({ field: fc.constantFrom(...fields), value: fc.jsonValue({ maxDepth: 2 }) })
            .map(({ field, value }) => JSON.stringify({ ...valid, [field]: value })),
        ];
        const rawText = fc.string({ maxLength: 30 });
        await fc.assert(
          fc.asyncProperty(fc.oneof(anyJson, plausibleKeys, ...oneFieldBroken, rawText), async (raw) => {
            const parsed = parsedLikeTheServer(raw);
            fc.pre(parsed === undefined || !schema.safeParse(parsed).success);
            const response = await send(route, fillPath(route.path, realParams(route)), { body: raw });
            const named = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.keys(parsed) : [];
            assertRefusal(`${routeName(route)} ${raw}`, response.status, response.body, {
              statuses: [400],
              fields: ['body', ...fields, ...named],
            });
          }),
          { numRuns: RUNS_PER_ROUTE },
        );
      },
    );

    it('leaves the list and the floor as they were (version and content)', expectListAndFloorUnchanged);

    it('refuses an unknown field with 400 naming it on every route that reads a body (one rule: bodies are strict)', async () => {
      for (const route of bodyRoutes) {
        const response = await send(route, fillPath(route.path, realParams(route)), {
          body: JSON.stringify({ ...validBody(route), unexpectedField: true }),
        });
        assertRefusal(routeName(route), response.status, response.body, { statuses: [400] });
        expect(response.body.message).toContain('unexpectedField: unknown field');
      }
      await expectListAndFloorUnchanged();
    });

    it('refuses a body over 64 kb with 413 on every route that reads one', async () => {
      for (const route of bodyRoutes) {
        const response = await send(route, fillPath(route.path, realParams(route)), {
          body: JSON.stringify({ ...validBody(route), padding: 'x'.repeat(70 * 1024) }),
        });
        assertRefusal(routeName(route), response.status, response.body, { statuses: [413] });
      }
      await expectListAndFloorUnchanged();
    });

    it('refuses a body that is not JSON (415), or that cannot be decoded, rather than reading it as no body', async () => {
      const notJson: [string, string][] = [
        ['text/plain', '{"version":1}'],
        ['application/x-www-form-urlencoded', 'version=1'],
        ['application/json; charset=latin-99', '{}'],
      ];
      for (const route of bodyRoutes) {
        for (const [contentType, body] of notJson) {
          const response = await send(route, fillPath(route.path, realParams(route)), { body, contentType });
          assertRefusal(`${routeName(route)} as ${contentType}`, response.status, response.body, { statuses: [415], fields: ['body'] });
        }
        const encoded = await send(route, fillPath(route.path, realParams(route)), { body: '{}' }).set('Content-Encoding', 'gzip');
        assertRefusal(`${routeName(route)} gzip`, encoded.status, encoded.body, { statuses: [400, 415], fields: ['body'] });
      }
      await expectListAndFloorUnchanged();
    });
  });

  describe('path parameters', () => {
    const badValue = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
      fc.integer({ min: -1_000_000, max: 0 }).map(String),
      fc.integer({ min: UNKNOWN_ID, max: 2 ** 31 - 1 }).map(String),
      fc.bigInt({ min: 2n ** 31n, max: 10n ** 40n }).map(String),
      fc.double({ noNaN: false }).map(String),
      fc.constantFrom('01', '+1', '1e3', '0x10', ' 1', '1 ', '1.0', 'NaN', 'Infinity', '-0', '１', 'null', '__proto__', 'constructor'),
    );
    // Not bad: a small id may exist, "." and ".." would be resolved away, a known command or slug is a real route.
    const reachesARealResource = (name: string, value: string) =>
      (/^[1-9][0-9]*$/.test(value) && Number(value) < UNKNOWN_ID) ||
      value === '.' ||
      value === '..' ||
      (name === 'slug' && value === 'bms7') ||
      (name === 'command' && /^(next|start|pause|resume|stop|undo|extend|adjust|set|skip|message)$/i.test(value));

    const routesWithParams = API_ROUTES.filter((route) => pathParams(route.path).length > 0);

    it.each(routesWithParams.map((route) => [routeName(route), route] as const))(
      '%s: a bad or unknown parameter gets 400 naming it, or 404',
      async (_name, route) => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...pathParams(route.path)), badValue, async (name, value) => {
            fc.pre(!reachesARealResource(name, value));
            const path = fillPath(route.path, { ...realParams(route), [name]: value });
            const response = await send(route, path, route.body ? { body: JSON.stringify(validBody(route)) } : {});
            assertRefusal(`${routeName(route)} with ${name}=${JSON.stringify(value)}`, response.status, response.body, {
              statuses: [400, 404],
              fields: [name, 'path'],
            });
          }),
          { numRuns: RUNS_PER_ROUTE },
        );
      },
    );

    it('leaves the list and the floor as they were (version and content)', expectListAndFloorUnchanged);
  });

  describe('query strings', () => {
    const queryText = (pairs: [string, string][]) =>
      pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
    const interesting = fc.constantFrom(
      '',
      ' ',
      '1',
      '-1',
      '0',
      '1e400',
      '2021-07-26T14:00:00Z',
      '2021-07-26',
      'Asia/Tokyo',
      'Mars/Olympus',
      'member-state',
      '[]',
      '%',
      '%ZZ',
    );
    const rawQuery = fc.string({ unit: fc.constantFrom(...'ab1=&%[]+.;,_-~'.split('')), maxLength: 20 });

    /** The GET routes, and the withdraw route aimed at an entry that does not exist. */
    const queryRoutes = API_ROUTES.filter((route) => route.method === 'get' || route.query !== undefined);

    it.each(queryRoutes.map((route) => [routeName(route), route] as const))(
      '%s: random query strings get 200 (read, or ignored when the route reads none) or 400 naming the field',
      async (_name, route) => {
        const fields = route.query ? schemaFields(route.query) : [];
        const key = fc.oneof(fc.constantFrom(...fields, 'unexpected'), fc.string({ maxLength: 6 }), fc.constant('from[x]'));
        const structured = fc.array(fc.tuple(key, fc.oneof(interesting, fc.string({ maxLength: 12 }))), { maxLength: 4 }).map(queryText);
        const path = fillPath(route.path, { ...realParams(route), entryId: UNKNOWN_ID });
        await fc.assert(
          fc.asyncProperty(fc.oneof(structured, rawQuery), async (query) => {
            const response = await send(route, path, { query });
            const keys = [...new URLSearchParams(query).keys()].map((k) => k.replace(/\[.*$/, ''));
            if (route.method === 'get' && response.status === 200) return;
            // A calendar for a well-formed meeting id that is not in the conference: 404.
            assertRefusal(`${routeName(route)}?${query}`, response.status, response.body, {
              statuses: route.method === 'get' ? [400, 404] : [400, 404, 409],
              fields: [...fields, ...keys, ...[...new URLSearchParams(query).keys()]],
            });
          }),
          { numRuns: route.query ? RUNS_PER_ROUTE : RUNS_WHERE_IGNORED },
        );
      },
    );

    it('refuses an unknown query parameter with 400 naming it on every route that reads a query', async () => {
      for (const route of API_ROUTES.filter((r) => r.query)) {
        const response = await send(route, fillPath(route.path, { ...realParams(route), entryId: waiting[0] }), {
          query: 'unexpectedField=1',
        });
        assertRefusal(routeName(route), response.status, response.body, { statuses: [400] });
        expect(response.body.message).toContain('unexpectedField: unknown field');
      }
      await expectListAndFloorUnchanged();
    });
  });

  it('answers any garbage Authorization header with 401 on every route but sign-in', async () => {
    const routes = API_ROUTES.filter((route) => route.access !== 'signIn');
    const header = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'abcXYZ019.-_+/= '.split('')), minLength: 1, maxLength: 60 }),
      fc.string({ minLength: 1, maxLength: 60 }).map((token) => `Bearer ${token.trim() || 'x'}`),
      fc
        .tuple(fc.base64String({ minLength: 4, maxLength: 40 }), fc.base64String({ minLength: 4, maxLength: 40 }))
        .map(([claims, signature]) => `Bearer eyJhbGciOiJIUzI1NiJ9.${claims}.${signature}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), header, async (route, value) => {
        fc.pre(value.trim().length > 0);
        const response = await api()
          [route.method](fillPath(route.path, realParams(route)))
          .set('Authorization', value);
        assertRefusal(`${routeName(route)} with Authorization: ${value}`, response.status, response.body, { statuses: [401] });
      }),
      { numRuns: 40 },
    );
    await expectListAndFloorUnchanged();
  });

  it('leaves every record as it was: list, floor, statements, audit trail, meetings, rooms, officers, access codes', async () => {
    expect(await records()).toEqual(initial);
  });
});
