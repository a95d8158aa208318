import SwaggerParser from '@apidevtools/swagger-parser';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBms7App } from '../helpers/use-bms7-app';

type Operation = { summary?: string; operationId?: string; tags?: string[]; security?: unknown[]; responses: Record<string, unknown>; requestBody?: { required?: boolean } };

describe('the OpenAPI document at /api/docs-json', () => {
  const suite = useBms7App();
  let document: { paths: Record<string, Record<string, Operation>>; servers?: unknown[]; info: { license?: unknown } };
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method, path, operation })));

  beforeAll(async () => {
    document = (await suite.api().get('/api/docs-json').expect(200)).body;
  });

  it('is valid for swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it("has no error under redocly's recommended rules", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rostrum-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const lint = spawnSync(join(__dirname, '../../node_modules/.bin/redocly'), ['lint', file, '--format=json', '--extends=recommended'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { totals: { errors: number }; problems: { severity: string; ruleId: string; message: string }[] };
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('names a server and a licence', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.info.license).toEqual(expect.objectContaining({ name: 'MIT' }));
  });

  it('gives every operation a summary, a tag, an operationId, a success answer with a schema and its refusals', () => {
    for (const { name, operation } of operations()) {
      expect({ name, summary: typeof operation.summary, tags: operation.tags?.length, id: typeof operation.operationId }).toEqual({ name, summary: 'string', tags: 1, id: 'string' });
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      expect({ name, success: success.length > 0 }).toEqual({ name, success: true });
      for (const [status, answer] of success) {
        const content = (answer as { content?: Record<string, { schema?: unknown }> }).content;
        if (status !== '204') expect({ name, status, schema: Object.values(content ?? {}).every((media) => media.schema !== undefined) && content !== undefined }).toEqual({ name, status, schema: true });
      }
      expect({ name, refusals: ['400', '401', '500'].every((status) => status in operation.responses) }).toEqual({ name, refusals: true });
    }
  });

  it('marks public operations `security: []` and the others bearer', () => {
    const security = Object.fromEntries(operations().map(({ name, operation }) => [name, operation.security]));
    expect(security['GET /api/conferences']).toEqual([]);
    expect(security['POST /api/auth/login']).toEqual([]);
    expect(security['POST /api/meetings/{id}/floor/{command}']).toEqual([{ bearer: [] }]);
    expect(Object.values(security).every((value) => Array.isArray(value))).toBe(true);
  });

  it('lists 201 for an inscription, and 200 for the same requestId again', () => {
    expect(Object.keys(document.paths['/api/meetings/{id}/speakers'].post.responses)).toEqual(expect.arrayContaining(['200', '201', '409', '429']));
  });

  it('requires a body only where the app does', () => {
    const required = (name: string) => operations().find((operation) => operation.name === name)!.operation.requestBody?.required;
    for (const name of [
      'POST /api/meetings/{id}/speakers/close',
      'POST /api/meetings/{id}/speakers/reopen',
      'POST /api/meetings/{id}/floor/{command}',
      'POST /api/meetings/{id}/floor/skip',
      'POST /api/conferences/{slug}/delegations/{delegationId}/access-codes',
    ]) {
      expect({ name, required: required(name) }).toEqual({ name, required: false });
    }
    expect(required('POST /api/meetings/{id}/speakers')).toBe(true);
  });

  it('types path ids as integers from 1, and times and zones in queries by their pattern', () => {
    const parameters = (document.paths['/api/conferences/{slug}/meetings'].get as unknown as { parameters: { name: string; schema: { pattern?: string } }[] }).parameters;
    const byName = Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema]));
    expect(new RegExp(byName.from.pattern!).test('2021-07-27T13:00:00Z')).toBe(true);
    expect(new RegExp(byName.from.pattern!).test('tomorrow')).toBe(false);
    expect(new RegExp(byName.tz.pattern!).test('Asia/Tokyo')).toBe(true);
    const ids = operations().flatMap(({ operation }) =>
      ((operation as unknown as { parameters?: { in: string; name: string; schema: { type: string; minimum?: number } }[] }).parameters ?? []).filter(
        (parameter) => parameter.in === 'path' && parameter.name !== 'slug' && parameter.name !== 'command',
      ),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.every((parameter) => parameter.schema.type === 'integer' && parameter.schema.minimum === 1)).toBe(true);
  });
});
