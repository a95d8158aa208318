import { takeAnswerMismatches } from './documented-answers';

// An answer the OpenAPI document does not describe fails the test that received it.
afterEach(() => {
  const mismatches = takeAnswerMismatches();
  if (mismatches.length > 0) throw new Error(`Answers the OpenAPI document does not describe:\n  ${mismatches.join('\n  ')}`);
});
