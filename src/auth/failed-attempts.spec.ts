import { describeFailureCounterRules, RULES_LIMIT } from '../../test/helpers/failure-counter-rules';
import { FailedAttempts } from './failed-attempts';

describe('FailedAttempts', () => {
  describeFailureCounterRules(() => new FailedAttempts(RULES_LIMIT));

  it('drops idle keys when many are tracked, keeping blocked ones', async () => {
    const attempts = new FailedAttempts(RULES_LIMIT);
    for (let i = 0; i < 3; i += 1) await attempts.begin('blocked', `b${i}`, 1_000_000);
    for (let i = 0; i <= 10_000; i += 1) await attempts.begin(`spray-${i}`, `s${i}`, 1_000_000);
    await attempts.begin('late', 'late', 1_061_000);
    await expect(attempts.begin('blocked', 'again', 1_061_000)).resolves.toBe(59_000);
    expect(attempts.trackedKeys).toBe(2);
  });
});
