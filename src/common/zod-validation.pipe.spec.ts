import { z } from 'zod';
import { describeZodIssues, zodBadInput } from './zod-validation.pipe';

const schema = z.object({ username: z.string(), seconds: z.int().max(600), kind: z.enum(['a', 'b']) }).strict();
const issuesOf = (body: unknown) => schema.safeParse(body).error!;

describe('the 400 of a body zod refuses', () => {
  it('gives every bad field its code: missing, wrong type, too big, not allowed, unknown', () => {
    const body = zodBadInput(issuesOf({ seconds: 601, kind: 'c', colour: 'red' })).getResponse() as { fields: unknown[] };
    expect(body.fields).toEqual([
      { field: 'username', code: 'REQUIRED', message: expect.any(String) },
      { field: 'seconds', code: 'TOO_BIG', message: expect.any(String) },
      { field: 'kind', code: 'INVALID_VALUE', message: expect.any(String) },
      { field: 'colour', code: 'UNKNOWN_FIELD', message: 'unknown field' },
    ]);
  });

  it('lists the same problems in message, one "field: problem" line each', () => {
    const error = issuesOf({ username: 7, seconds: 1, kind: 'a' });
    expect(zodBadInput(error).getResponse()).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      code: 'INVALID_INPUT',
      message: describeZodIssues(error),
      fields: [{ field: 'username', code: 'INVALID_TYPE' }],
    });
    expect(describeZodIssues(error)).toEqual([expect.stringMatching(/^username: /)]);
  });
});
