import { API_ROUTES, ApiRoute, routeName } from './api-routes';
import { MatrixContext, MatrixRoute, OFFICER_ONLY, OWN_DELEGATION, PUBLIC, SIGNED_IN, statusMatches } from './authorization-matrix';

// Routes for test/e2e/authorization-all.e2e-spec.ts. Each request a caller may succeed with gets
// fixtures of its own (a meeting, a room), so one caller's success never decides the next one's answer.

/** Sign-in, access codes and officers: their matrix is test/e2e/auth-matrix.e2e-spec.ts. */
export const IN_AUTH_MATRIX = [
  'POST /api/auth/login',
  'POST /api/auth/delegate',
  'POST /api/auth/setup',
  'POST /api/conferences/{slug}/delegations/{delegationId}/access-codes',
  'GET /api/conferences/{slug}/delegations/{delegationId}/access-codes',
  'DELETE /api/conferences/{slug}/delegations/{delegationId}/access-codes/{codeId}',
  'POST /api/officers',
  'GET /api/officers',
  'DELETE /api/officers/{id}',
];

const asOfficer = (context: MatrixContext, method: 'post' | 'get', path: string) =>
  context.api()[method](path).set('Authorization', `Bearer ${context.officerToken}`);

export interface Fixture {
  meetingId: number;
  /** Entries of the caller's delegation, then of the other delegation, when asked for. */
  entryIds: number[];
}

let fixtures = 0;
/** What a route's path() set up, for its body(): both get the same context. */
const fixtureOf = new WeakMap<MatrixContext, Fixture>();

/** A virtual meeting of its own (no room, so no clash), with entries and floor commands already applied. */
export async function freshMeeting(context: MatrixContext, setup: { entries?: number; floor?: string[]; webcast?: boolean } = {}): Promise<Fixture> {
  const created = await asOfficer(context, 'post', `/api/conferences/${context.slug}/meetings`)
    .send({
      title: `Authorization fixture ${++fixtures}`,
      kind: 'other',
      format: 'virtual',
      room: null,
      startsAt: '2021-07-28T13:15',
      endsAt: '2021-07-28T14:45',
      webcast: setup.webcast ?? false,
    })
    .expect(201);
  const meetingId: number = created.body.id;
  const entryIds: number[] = [];
  for (const delegation of [context.delegation, context.otherDelegation].slice(0, setup.entries ?? 0)) {
    const entry = await asOfficer(context, 'post', `/api/meetings/${meetingId}/speakers`)
      .send({ delegationId: delegation.id, capacity: 'national' })
      .expect(201);
    entryIds.push(entry.body.id);
  }
  for (const command of setup.floor ?? [])
    await asOfficer(context, 'post', `/api/meetings/${meetingId}/floor/${command}`).send({}).expect(200);
  return { meetingId, entryIds };
}

let roomsCreated = 0;
async function freshRoom(context: MatrixContext): Promise<number> {
  const created = await asOfficer(context, 'post', `/api/conferences/${context.slug}/rooms`)
    .send({ name: `Room ${++roomsCreated}` })
    .expect(201);
  return created.body.id;
}

const meetingPath = async (context: MatrixContext, suffix: string, setup?: Parameters<typeof freshMeeting>[1]) =>
  `/api/meetings/${(await freshMeeting(context, setup)).meetingId}${suffix}`;

/** Floor commands and the state each needs for an officer to succeed. */
const FLOOR_COMMANDS: [string, string[], object][] = [
  ['next', [], {}],
  ['start', ['next'], {}],
  ['pause', ['next', 'start'], {}],
  ['resume', ['next', 'start', 'pause'], {}],
  ['stop', ['next', 'start'], {}],
  ['extend', ['next'], { seconds: 30 }],
  ['skip', ['next'], {}],
  ['message', ['next'], { text: 'Please conclude' }],
  ['adjust', ['next'], { seconds: 30 }],
  ['set', ['next'], { remainingSeconds: 60 }],
  ['undo', ['next'], {}],
];

/** Every write route of speakers, floor, meetings and rooms, and the audit read, for the authorization matrix. */
export const WRITE_ROUTES: MatrixRoute[] = [
  {
    name: 'POST /api/meetings/{id}/speakers',
    method: 'post',
    path: (context) => meetingPath(context, '/speakers'),
    body: ({ delegation }) => ({ delegationId: delegation.id, capacity: 'national' }),
    expected: OWN_DELEGATION,
  },
  {
    name: 'POST /api/meetings/{id}/speakers (group statement for a group of its own)',
    method: 'post',
    path: (context) => meetingPath(context, '/speakers'),
    body: async ({ delegation, api }) => {
      const groups: { id: number; name: string }[] = (await api().get('/api/conferences/bms7/delegations').query({ kind: 'group' })).body;
      return { delegationId: delegation.id, capacity: 'group', onBehalfOfId: groups.find((g) => g.name === 'African Group')!.id };
    },
    expected: OWN_DELEGATION,
  },
  {
    name: 'DELETE /api/meetings/{id}/speakers/{entryId}',
    method: 'delete',
    path: async (context) => {
      const { meetingId, entryIds } = await freshMeeting(context, { entries: 1 });
      return `/api/meetings/${meetingId}/speakers/${entryIds[0]}`;
    },
    expected: OWN_DELEGATION,
  },
  {
    name: 'POST /api/meetings/{id}/speakers/{entryId}/move',
    method: 'post',
    path: async (context) => {
      const { meetingId, entryIds } = await freshMeeting(context, { entries: 2 });
      return `/api/meetings/${meetingId}/speakers/${entryIds[0]}/move`;
    },
    body: () => ({ position: 2 }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/meetings/{id}/speakers/swap',
    method: 'post',
    path: async (context) => {
      const fixture = await freshMeeting(context, { entries: 2 });
      fixtureOf.set(context, fixture);
      return `/api/meetings/${fixture.meetingId}/speakers/swap`;
    },
    body: (context) => {
      // A refused caller shares a fixture it never reaches (see sharingRefusedFixtures): any ids do.
      const [entryIdA, entryIdB] = fixtureOf.get(context)?.entryIds ?? [1, 2];
      return { entryIdA, entryIdB };
    },
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/meetings/{id}/speakers/close',
    method: 'post',
    path: (c) => meetingPath(c, '/speakers/close'),
    body: () => ({}),
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/meetings/{id}/speakers/reopen',
    method: 'post',
    path: (c) => meetingPath(c, '/speakers/reopen'),
    body: () => ({}),
    expected: OFFICER_ONLY,
  },
  ...FLOOR_COMMANDS.map(([command, before, body]): MatrixRoute => ({
    name: `POST /api/meetings/{id}/floor/${['extend', 'skip', 'message', 'adjust', 'set'].includes(command) ? command : '{command}'} (${command})`,
    method: 'post',
    path: (context) => meetingPath(context, `/floor/${command}`, { entries: 2, floor: before }),
    body: () => body,
    expected: OFFICER_ONLY,
  })),
  {
    name: 'POST /api/meetings/{id}/floor/point-of-order',
    method: 'post',
    path: (context) => meetingPath(context, '/floor/point-of-order', { entries: 2, floor: ['next', 'start'] }),
    body: ({ delegation }) => ({ delegationId: delegation.id }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/conferences/{slug}/meetings',
    method: 'post',
    path: ({ slug }) => `/api/conferences/${slug}/meetings`,
    body: () => ({
      title: 'Side event',
      kind: 'other',
      format: 'virtual',
      room: null,
      startsAt: '2021-07-28T13:15',
      endsAt: '2021-07-28T14:45',
    }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'PATCH /api/meetings/{id}',
    method: 'patch',
    path: (c) => meetingPath(c, ''),
    body: () => ({ title: 'Renamed' }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'PATCH /api/conferences/{slug}/meetings/{id}',
    method: 'patch',
    path: async (context) => `/api/conferences/${context.slug}/meetings/${(await freshMeeting(context)).meetingId}`,
    body: () => ({ title: 'Renamed' }),
    expected: OFFICER_ONLY,
  },
  { name: 'DELETE /api/meetings/{id}', method: 'delete', path: (c) => meetingPath(c, ''), expected: OFFICER_ONLY },
  { name: 'POST /api/meetings/{id}/rehearsal', method: 'post', path: (c) => meetingPath(c, '/rehearsal'), expected: OFFICER_ONLY },
  {
    name: 'DELETE /api/conferences/{slug}/meetings/{id}',
    method: 'delete',
    path: async (context) => `/api/conferences/${context.slug}/meetings/${(await freshMeeting(context)).meetingId}`,
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/conferences/{slug}/rooms',
    method: 'post',
    path: ({ slug }) => `/api/conferences/${slug}/rooms`,
    body: () => ({ name: `Room ${++roomsCreated}` }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'PATCH /api/conferences/{slug}/rooms/{id}',
    method: 'patch',
    path: async (context) => `/api/conferences/${context.slug}/rooms/${await freshRoom(context)}`,
    body: () => ({ name: `Room ${++roomsCreated}` }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'DELETE /api/conferences/{slug}/rooms/{id}',
    method: 'delete',
    path: async (context) => `/api/conferences/${context.slug}/rooms/${await freshRoom(context)}`,
    expected: OFFICER_ONLY,
  },
  { name: 'GET /api/meetings/{id}/audit', method: 'get', path: (c) => meetingPath(c, '/audit'), expected: OFFICER_ONLY },
  {
    name: 'POST /api/meetings/{id}/speakers/{entryId}/call-again',
    method: 'post',
    path: async (context) => {
      const { meetingId, entryIds } = await freshMeeting(context, { entries: 2, floor: ['next', 'next'] });
      return `/api/meetings/${meetingId}/speakers/${entryIds[0]}/call-again`;
    },
    body: () => ({}),
    expected: OFFICER_ONLY,
  },
  {
    name: 'PATCH /api/conferences/{slug}',
    method: 'patch',
    path: ({ slug }) => `/api/conferences/${slug}`,
    body: () => ({ warningSeconds: 30 }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/conferences/{slug}/webhooks',
    method: 'post',
    path: ({ slug }) => `/api/conferences/${slug}/webhooks`,
    body: () => ({ url: 'http://127.0.0.1:9/hook', secret: 'a-long-enough-secret', events: ['statement.ended'] }),
    expected: OFFICER_ONLY,
  },
  { name: 'GET /api/conferences/{slug}/webhooks', method: 'get', path: ({ slug }) => `/api/conferences/${slug}/webhooks`, expected: OFFICER_ONLY },
  {
    name: 'GET /api/conferences/{slug}/webhooks/{id}/deliveries',
    method: 'get',
    path: async (context) => `/api/conferences/${context.slug}/webhooks/${await freshWebhook(context)}/deliveries`,
    expected: OFFICER_ONLY,
  },
  {
    name: 'DELETE /api/conferences/{slug}/webhooks/{id}',
    method: 'delete',
    path: async (context) => `/api/conferences/${context.slug}/webhooks/${await freshWebhook(context)}`,
    expected: OFFICER_ONLY,
  },
  { name: 'GET /api/meetings/{id}/presence', method: 'get', path: (c) => meetingPath(c, '/presence'), expected: OFFICER_ONLY },
  {
    name: 'POST /api/meetings/{id}/presence',
    method: 'post',
    path: (c) => meetingPath(c, '/presence'),
    body: ({ delegation }) => ({ delegationId: delegation.id, mode: 'remote', ready: true }),
    expected: OWN_DELEGATION,
  },
  { name: 'GET /api/conferences/{slug}/access-codes', method: 'get', path: ({ slug }) => `/api/conferences/${slug}/access-codes`, expected: OFFICER_ONLY },
  {
    name: 'POST /api/meetings/{id}/floor/overlay',
    method: 'post',
    path: (c) => meetingPath(c, '/floor/overlay'),
    body: () => ({ onAir: false }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/meetings/{id}/screen-links',
    method: 'post',
    path: (c) => meetingPath(c, '/screen-links'),
    body: () => ({ label: 'Press room screen' }),
    expected: OFFICER_ONLY,
  },
  {
    name: 'DELETE /api/meetings/{id}/screen-links/{linkId}',
    method: 'delete',
    path: async (context) => {
      const { meetingId } = await freshMeeting(context);
      const created = await asOfficer(context, 'post', `/api/meetings/${meetingId}/screen-links`).send({}).expect(201);
      return `/api/meetings/${meetingId}/screen-links/${created.body.id}`;
    },
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/conferences/{slug}/access-codes',
    method: 'post',
    path: ({ slug }) => `/api/conferences/${slug}/access-codes`,
    body: ({ otherDelegation }) => ({ delegationIds: [otherDelegation.id] }),
    expected: OFFICER_ONLY,
  },
];

async function freshWebhook(context: MatrixContext): Promise<number> {
  const created = await asOfficer(context, 'post', `/api/conferences/${context.slug}/webhooks`)
    .send({ url: 'http://127.0.0.1:9/hook', secret: 'a-long-enough-secret', events: ['statement.ended'] })
    .expect(201);
  return created.body.id;
}

/**
 * Every read outside the auth matrix and the routes above; they change nothing, so one meeting (made
 * on first use) serves them all, and one webcast meeting the reads anyone may make of a webcast meeting only.
 */
export function readRoutes(): MatrixRoute[] {
  const shared = new Map<boolean, Promise<Fixture>>();
  const read = (route: ApiRoute, webcast: boolean, expected: MatrixRoute['expected'], suffix = ''): MatrixRoute => ({
    name: `${routeName(route)}${suffix}`,
    method: 'get',
    path: async (context) => {
      if (!shared.has(webcast)) shared.set(webcast, freshMeeting(context, { webcast }));
      return route.path.replace('{slug}', context.slug).replace('{id}', String((await shared.get(webcast)!).meetingId));
    },
    expected,
  });
  const walkedAbove = new Set(WRITE_ROUTES.map((route) => route.name));
  return API_ROUTES.filter((route) => route.method === 'get' && !IN_AUTH_MATRIX.includes(routeName(route)) && !walkedAbove.has(routeName(route))).flatMap((route) => {
    switch (route.access) {
      case 'meetingRead':
        return [read(route, false, SIGNED_IN, ' (not webcast)'), read(route, true, PUBLIC, ' (webcast)')];
      case 'officer':
        return [read(route, false, OFFICER_ONLY)];
      case 'signedIn':
        return [read(route, false, SIGNED_IN)];
      default:
        return [read(route, false, PUBLIC)];
    }
  });
}

/**
 * Only a caller expected to succeed changes anything, so only its request needs fixtures of its own;
 * the callers expected to be refused share one per route (a wrongly accepted one fails the case anyway).
 */
export function sharingRefusedFixtures(route: MatrixRoute): MatrixRoute {
  let shared: Promise<string> | undefined;
  return {
    ...route,
    path: (context) => {
      if (statusMatches(200, route.expected[context.caller])) return route.path(context);
      shared ??= Promise.resolve(route.path(context));
      return shared;
    },
  };
}
