import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { rowIdSchema } from '../shared/api-schemas';

const TAGS: Record<string, string> = {
  health: 'Is the server up',
  auth: 'Signing in, officer accounts and delegations\' access codes',
  conferences: 'Conferences, their agenda and delegations',
  meetings: 'The timetable and its calendar file',
  rooms: 'Conference rooms',
  speakers: "A meeting's speakers' list",
  floor: 'The floor and the statement timer',
  statements: 'Statements delivered, and how the limits were kept',
  audit: "Who changed a meeting's list and floor",
  presence: "Hybrid presence: who is on line, in the room or remote, and ready",
  webhooks: 'Floor events sent to other systems',
};

/** The OpenAPI 3.1 document served at /api/docs-json, with what Nest cannot infer filled in. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Rostrum API')
    .setDescription('Speakers list, floor and timer, timetable. The contract, with the live events: docs/contract.md in the repository.')
    .setVersion('1.1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'This server')
    .addBearerAuth();
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const document = cleanupOpenApiDoc(SwaggerModule.createDocument(app, builder.build()));
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations) as [string, OperationLike][]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      typePathIds(operation);
      if (method === 'get') operation.responses['304'] = { description: 'Not Modified: the ETag sent in If-None-Match still matches' };
      // Every path parameter names a conference or a row, which may not exist.
      if (path.includes('{') && !operation.responses['404']) {
        operation.responses['404'] = { description: 'Unknown id or slug', content: errorContent(document) };
      }
    }
  }
  return document;
}

interface OperationLike {
  parameters?: { in: string; name: string; schema?: Record<string, unknown> }[];
  responses: Record<string, unknown>;
}

const ROW_ID = rowIdSchema.toJSONSchema();

/** Path ids are typed number by Nest; IdParamPipe admits integers from 1 that fit the column. */
function typePathIds(operation: OperationLike): void {
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'path' && parameter.schema?.type === 'number') {
      parameter.schema = { type: 'integer', minimum: ROW_ID.minimum, maximum: ROW_ID.maximum };
    }
  }
}

function errorContent(document: OpenAPIObject): unknown {
  const ref = Object.keys(document.components?.schemas ?? {}).find((name) => name.startsWith('ErrorBodyDto'));
  return { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } };
}
