import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import type { Principal } from '../../src/auth/principal';
import { claimsFor } from '../../src/auth/token.service';
import { TEST_ADMIN, TestApp } from './create-test-app';

export const DEFAULT_SLUG = 'bms7';

export interface DelegateSession {
  accessToken: string;
  delegation: { id: number; name: string };
  accessCodeId: number;
  code: string;
}

// One officer sign-in per app: each is a password check.
const officerTokens = new WeakMap<TestApp['app'], Promise<string>>();

/** An officer access token for the bootstrap account (TEST_ADMIN), signed in once per app. */
export function loginAsOfficer(testApp: TestApp): Promise<string> {
  let token = officerTokens.get(testApp.app);
  if (!token) {
    token = request(testApp.app.getHttpServer())
      .post('/api/auth/login')
      .send(TEST_ADMIN)
      .then((response) => expectStatus(response, 200, 'officer login').body.accessToken as string);
    token.catch(() => officerTokens.delete(testApp.app));
    officerTokens.set(testApp.app, token);
  }
  return token;
}

/** The id of a delegation of the conference, by exact name. */
export async function delegationIdByName(testApp: TestApp, name: string, slug = DEFAULT_SLUG): Promise<number> {
  const response = await request(testApp.app.getHttpServer()).get(`/api/conferences/${slug}/delegations`).query({ q: name });
  const match = (expectStatus(response, 200, 'delegation lookup').body as { id: number; name: string }[]).find((d) => d.name === name);
  if (!match) throw new Error(`No delegation named "${name}" in ${slug}`);
  return match.id;
}

/** Creates an access code for the delegation through the API, as an officer, and redeems it. */
export async function delegateSessionFor(testApp: TestApp, delegationName: string, slug = DEFAULT_SLUG): Promise<DelegateSession> {
  const api = () => request(testApp.app.getHttpServer());
  const [officer, delegationId] = await Promise.all([loginAsOfficer(testApp), delegationIdByName(testApp, delegationName, slug)]);
  const created = await api()
    .post(`/api/conferences/${slug}/delegations/${delegationId}/access-codes`)
    .set('Authorization', `Bearer ${officer}`)
    .send({ label: 'test helper' });
  const { id: accessCodeId, code } = expectStatus(created, 201, 'access code creation').body as { id: number; code: string };
  const redeemed = await api().post('/api/auth/delegate').send({ code });
  const { accessToken, delegation } = expectStatus(redeemed, 200, 'access code redemption').body;
  return { accessToken, delegation, accessCodeId, code };
}

/** A delegate access token for the named delegation (see delegateSessionFor). */
export async function delegateTokenFor(testApp: TestApp, delegationName: string, slug = DEFAULT_SLUG): Promise<string> {
  return (await delegateSessionFor(testApp, delegationName, slug)).accessToken;
}

/** A token for the principal signed with the app's own secret, already expired a minute ago. */
export function expiredTokenFor(testApp: TestApp, principal: Principal): Promise<string> {
  return testApp.app.get(JwtService).signAsync(claimsFor(principal), { expiresIn: -60 });
}

/** The officer principal of the bootstrap account, read from a real sign-in, for expiredTokenFor. */
export async function officerPrincipal(testApp: TestApp): Promise<Principal> {
  const token = await loginAsOfficer(testApp);
  const claims = testApp.app.get(JwtService).decode<{ sub: string; username: string }>(token);
  return { role: 'officer', officerId: Number(claims.sub), username: claims.username };
}

/** Well-formed and unexpired, but signed with a secret no app has: always 401. */
export const badToken = new JwtService({ secret: 'not-the-secret-of-any-rostrum-instance' }).sign(
  claimsFor({ role: 'officer', officerId: 1, username: TEST_ADMIN.username }),
  { issuer: 'rostrum', expiresIn: '1h' },
);

function expectStatus(response: request.Response, status: number, what: string): request.Response {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response;
}
