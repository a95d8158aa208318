import { DocumentedAnswers } from '../helpers/documented-answers';
import { useBms7App } from '../helpers/use-bms7-app';

/** The checker every suite runs through: it must refuse what the document does not describe. */
describe('the check of answers against the OpenAPI document', () => {
  const suite = useBms7App();
  let answers: DocumentedAnswers;
  beforeAll(async () => {
    answers = new DocumentedAnswers((await suite.api().get('/api/docs-json').expect(200)).body);
  });
  const answer = (statusCode: number, headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' }) => ({
    statusCode,
    getHeader: (name: string) => headers[name],
  });
  const error = (status: number) => JSON.stringify({ statusCode: status, error: 'Error', message: ['x: bad'], code: 'NOT_FOUND' });
  const room = JSON.stringify([{ id: 1, name: 'Conference Room 4' }]);

  it('accepts a documented status with a body its schema accepts', () => {
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(200), room)).toBeNull();
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(404), error(404))).toBeNull();
  });

  it('refuses a status the operation does not list', () => {
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(409), error(409))).toMatch(/status 409 is not listed/);
  });

  it('refuses a body the schema does not accept: a missing field, an extra one, a wrong type', () => {
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(200), JSON.stringify([{ id: 1 }]))).toMatch(/does not match/);
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(200), JSON.stringify([{ id: 1, name: 'A', extra: 1 }]))).toMatch(/does not match/);
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(200), JSON.stringify([{ id: 0, name: 'A' }]))).toMatch(/does not match/);
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(400), JSON.stringify({ message: 'no status' }))).toMatch(/does not match/);
  });

  it('refuses a content type the answer does not document', () => {
    expect(answers.check('GET', '/api/conferences/bms7/rooms', answer(200, { 'Content-Type': 'text/csv' }), 'a,b')).toMatch(/Content-Type/);
  });

  it('refuses an answer on a path the document does not list, unless it is a 404', () => {
    expect(answers.check('GET', '/api/conferences/bms7/things', answer(200), '[]')).toMatch(/does not list/);
    expect(answers.check('GET', '/api/conferences/bms7/things', answer(404), error(404))).toBeNull();
  });

  it('refuses an undocumented method unless it is a 405 with Allow', () => {
    expect(answers.check('PUT', '/api/conferences/bms7/rooms', answer(200), room)).toMatch(/not documented/);
    expect(answers.check('PUT', '/api/conferences/bms7/rooms', answer(405), error(405))).toMatch(/without Allow/);
    const allowed = answer(405, { 'Content-Type': 'application/json', Allow: 'GET, POST, HEAD' });
    expect(answers.check('PUT', '/api/conferences/bms7/rooms', allowed, error(405))).toBeNull();
  });
});
