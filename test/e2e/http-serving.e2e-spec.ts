import { aMeeting } from '../factories/meeting';
import { useBms7App } from '../helpers/use-bms7-app';

const OVERLAY_SITE = 'https://overlay.example.org';

describe('HTTP: compression, caching, 405, CORS for Socket.IO, CSP', () => {
  const suite = useBms7App({ env: { CORS_ORIGINS: OVERLAY_SITE } });
  const meetingId = () => suite.bms7.meetingId((meeting) => meeting.kind === 'plenary');
  // A list long enough (over 1 kB as CSV) to be worth compressing.
  let listedMeetingId: number;
  beforeAll(async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    const states = ((await suite.api().get('/api/conferences/bms7/delegations?kind=member-state').expect(200)).body as { name: string }[]).slice(0, 20);
    for (const state of states) await meeting.inscribe(state.name);
    listedMeetingId = meeting.meetingId;
  });

  describe('compression', () => {
    it.each([
      ['the delegations (JSON)', '/api/conferences/bms7/delegations'],
      ['the calendar', '/api/conferences/bms7/calendar.ics'],
      ['a CSV file', () => `/api/meetings/${listedMeetingId}/speakers.csv`],
      // The page itself is under compression's 1 kB threshold; its script is not.
      ['a page\'s script', async () => /src="(\/assets\/[^"]+\.js)"/.exec((await suite.api().get('/').expect(200)).text)![1]],
    ] as const)('sends %s as brotli or gzip, as asked', async (_what, path) => {
      const url = typeof path === 'function' ? await path() : path;
      const brotli = await suite.api().get(url).set('Accept-Encoding', 'br, gzip').expect(200);
      expect(brotli.headers['content-encoding']).toBe('br');
      const gzip = await suite.api().get(url).set('Accept-Encoding', 'gzip').expect(200);
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    });

    it('decodes to the same body the uncompressed answer has', async () => {
      const plain = await suite.api().get('/api/conferences/bms7/delegations').set('Accept-Encoding', 'identity').expect(200);
      const gzip = await suite.api().get('/api/conferences/bms7/delegations').set('Accept-Encoding', 'gzip').expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gzip.body).toEqual(plain.body);
    });
  });

  describe('caching', () => {
    it('marks public answers no-cache, with an ETag that answers 304', async () => {
      const first = await suite.api().get('/api/conferences/bms7').expect(200);
      expect(first.headers['cache-control']).toBe('no-cache');
      expect(first.headers.etag).toBeDefined();
      await suite.api().get('/api/conferences/bms7').set('If-None-Match', first.headers.etag).expect(304);
    });

    it('never lets a signed-in answer be stored', async () => {
      const response = await suite.api().get('/api/officers').set('Authorization', `Bearer ${suite.officer}`).expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const floor = await suite.api().get(`/api/meetings/${meetingId()}/floor`).set('Authorization', `Bearer ${suite.officer}`).expect(200);
      expect(floor.headers['cache-control']).toBe('no-store');
    });

    it('gives no ETag to answers carrying serverNow, which differ every time', async () => {
      for (const path of [`/api/meetings/${meetingId()}/floor`, '/api/health']) {
        const response = await suite.api().get(path).expect(200);
        expect({ path, etag: response.headers.etag }).toEqual({ path, etag: undefined });
      }
    });

    it('never lets a refusal be stored, even from a route that allows caching its file', async () => {
      const response = await suite.api().get('/api/conferences/nope/calendar.ics').expect(404);
      expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  describe('methods', () => {
    it.each([
      ['PUT', '/api/conferences/bms7', 'GET, PATCH, HEAD'],
      ['DELETE', '/api/health', 'GET, HEAD'],
      ['PATCH', '/api/conferences/bms7/calendar.ics', 'GET, HEAD'],
      ['PUT', '/api/meetings/1', 'GET, DELETE, PATCH, HEAD'],
    ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
      const response = await suite.api()[method.toLowerCase() as 'put' | 'delete' | 'patch'](path).expect(405);
      expect(response.headers.allow).toBe(allow);
      expect(response.body).toMatchObject({ statusCode: 405, error: 'Method Not Allowed' });
    });

    it('keeps 404 for a path that does not exist', async () => {
      await suite.api().put('/api/nowhere').expect(404);
    });
  });

  it('reads a JSON null body as a body of the wrong type, not as bad JSON', async () => {
    const response = await suite
      .api()
      .post(`/api/meetings/${meetingId()}/speakers`)
      .set('Authorization', `Bearer ${suite.officer}`)
      .set('Content-Type', 'application/json')
      .send('null')
      .expect(400);
    expect(response.body.message).toEqual([expect.stringMatching(/^body: .*object/)]);
    expect(JSON.stringify(response.body.message)).not.toMatch(/not valid JSON/);
  });

  describe('Socket.IO polling handshake', () => {
    const handshake = (origin: string) => suite.api().get('/socket.io/?EIO=4&transport=polling').set('Origin', origin).expect(200);

    it('allows the origins of CORS_ORIGINS', async () => {
      const response = await handshake(OVERLAY_SITE);
      expect(response.headers['access-control-allow-origin']).toBe(OVERLAY_SITE);
    });

    it('allows no other site', async () => {
      const response = await handshake('https://elsewhere.example.com');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it("lets pages connect to this server's own origin and the allowed origins only", async () => {
    const response = await suite.api().get('/').set('Host', 'rostrum.example.org:8080').expect(200);
    const policy = String(response.headers['content-security-policy']);
    const connectSrc = /connect-src ([^;]*)/.exec(policy)![1].split(' ');
    expect(connectSrc).toEqual(["'self'", 'ws://rostrum.example.org:8080', 'wss://rostrum.example.org:8080', OVERLAY_SITE]);
  });
});
