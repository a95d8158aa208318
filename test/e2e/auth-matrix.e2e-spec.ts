import { TEST_ADMIN } from '../helpers/create-test-app';
import { describeAuthorizationMatrix, MatrixContext, MatrixRoute, OFFICER_ONLY } from '../helpers/authorization-matrix';

// Sign-in routes ignore any token a client still sends, so a stale one never blocks signing in again.
const ANYONE = { none: '2xx', bad: '2xx', expired: '2xx', otherDelegate: '2xx', delegate: '2xx', officer: '2xx' } as const;

const accessCodesPath = ({ slug, delegation }: MatrixContext) => `/api/conferences/${slug}/delegations/${delegation.id}/access-codes`;

async function freshCode(context: MatrixContext): Promise<{ id: number; code: string }> {
  const response = await context
    .api()
    .post(accessCodesPath(context))
    .set('Authorization', `Bearer ${context.officerToken}`)
    .send({ label: `matrix ${context.caller}` })
    .expect(201);
  return response.body;
}

let officersCreated = 0;

export const AUTH_ROUTES: MatrixRoute[] = [
  { name: 'POST /api/auth/login', method: 'post', path: () => '/api/auth/login', body: () => TEST_ADMIN, expected: ANYONE },
  {
    name: 'POST /api/auth/delegate',
    method: 'post',
    path: () => '/api/auth/delegate',
    body: async (context) => ({ code: (await freshCode(context)).code }),
    expected: ANYONE,
  },
  // The test app's first officer exists from the start: set-up is over for every caller, token or not.
  {
    name: 'POST /api/auth/setup',
    method: 'post',
    path: () => '/api/auth/setup',
    body: () => ({ token: 'any-token', username: 'second-chief', password: 'a long enough password' }),
    expected: { none: 409, bad: 409, expired: 409, otherDelegate: 409, delegate: 409, officer: 409 },
  },
  { name: 'POST .../access-codes', method: 'post', path: accessCodesPath, body: () => ({ label: 'desk' }), expected: OFFICER_ONLY },
  { name: 'GET .../access-codes', method: 'get', path: accessCodesPath, expected: OFFICER_ONLY },
  {
    name: 'DELETE .../access-codes/:codeId',
    method: 'delete',
    path: async (context) => `${accessCodesPath(context)}/${(await freshCode(context)).id}`,
    expected: OFFICER_ONLY,
  },
  {
    name: 'POST /api/officers',
    method: 'post',
    path: () => '/api/officers',
    body: () => ({ username: `desk-officer-${++officersCreated}`, password: 'a long enough password' }),
    expected: OFFICER_ONLY,
  },
  { name: 'GET /api/officers', method: 'get', path: () => '/api/officers', expected: OFFICER_ONLY },
  {
    name: 'DELETE /api/officers/:id',
    method: 'delete',
    path: async (context) => {
      const created = await context
        .api()
        .post('/api/officers')
        .set('Authorization', `Bearer ${context.officerToken}`)
        .send({ username: `leaving-officer-${++officersCreated}`, password: 'a long enough password' })
        .expect(201);
      return `/api/officers/${created.body.id}`;
    },
    expected: OFFICER_ONLY,
  },
];

describeAuthorizationMatrix('authorization matrix: auth routes', AUTH_ROUTES);
