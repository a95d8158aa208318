import { startHarness, Harness, openingPlenary } from './browser-harness';

// The pages and their assets come from the app's own port; the API keeps its JSON errors.
describe('serving the pages', () => {
  let harness: Harness;
  let url: string;

  beforeAll(async () => {
    harness = await startHarness();
    url = harness.testApp.url;
  });

  afterAll(() => harness?.close());

  it.each(['/', '/officer', '/delegate', '/display/1', '/overlay/1'])('serves %s as html', async (path) => {
    const response = await fetch(`${url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<div id="app"><\/div>/);
  });

  it('serves the hashed assets each page names, cached for good', async () => {
    const html = await (await fetch(`${url}/display/1`)).text();
    const script = /src="(\/assets\/display-[^"]+\.js)"/.exec(html)?.[1];
    const style = /href="(\/assets\/styles-[^"]+\.css)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(style).toBeDefined();
    for (const asset of [script, style]) {
      const response = await fetch(`${url}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/immutable/);
    }
  });

  it('answers an unknown page with a JSON 404', async () => {
    const response = await fetch(`${url}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404 });
  });

  it('answers an unknown asset with a JSON 404', async () => {
    const response = await fetch(`${url}/assets/missing.js`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404 });
  });

  it('answers a display address without a meeting number with a 404 that says how', async () => {
    const response = await fetch(`${url}/display/abc`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, message: expect.stringContaining('/display/<meeting id>') });
  });

  it('keeps API 404s in JSON', async () => {
    const response = await fetch(`${url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('still serves the API beside the pages', async () => {
    const meeting = await openingPlenary(harness);
    const response = await fetch(`${url}/api/meetings/${meeting.id}`);
    expect(response.status).toBe(200);
  });
});
