import { ARGON2_COST } from '../../src/auth/password-hasher';
import { LOGIN_FAILURES_PER_ACCOUNT } from '../../src/auth/sign-in-limits';
import { TEST_ADMIN } from '../helpers/create-test-app';
import { aMeeting } from '../factories/meeting';
import { useBms7App } from '../helpers/use-bms7-app';

// Production's hash cost: what is measured is the event loop while real password checks run.
describe('auth: bursts of sign-ins', () => {
  const suite = useBms7App({ passwordHashCost: ARGON2_COST });
  const login = (body: object) => suite.api().post('/api/auth/login').send(body);

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const timed = async (send: () => Promise<unknown>) => {
    const startedAt = performance.now();
    await send();
    return performance.now() - startedAt;
  };

  it("keeps an officer's floor command at its idle latency during a burst of 50 sign-ins", async () => {
    const meeting = await aMeeting(suite);
    for (const name of ['Kenya', 'Algeria', 'Germany']) await meeting.inscribe(name);
    await meeting.command('next').expect(200);
    await meeting.command('start').expect(200);
    let paused = false;
    const toggle = () => meeting.command((paused = !paused) ? 'pause' : 'resume').expect(200);
    const idle: number[] = [];
    for (let i = 0; i < 7; i += 1) idle.push(await timed(toggle));

    const burst = Promise.all(Array.from({ length: 50 }, (_, i) => login({ username: `visitor-${i}`, password: 'not a password of ours' })));
    const during: number[] = [];
    for (let i = 0; i < 7; i += 1) during.push(await timed(toggle));
    const answers = await burst;
    expect(answers.filter((answer) => answer.status === 401).length).toBeGreaterThan(7);
    // Twice the idle median, and a few milliseconds of slack for a machine that is busy anyway.
    expect(median(during)).toBeLessThanOrEqual(2 * median(idle) + 15);
  });

  it('checks at most the limit of 200 parallel wrong passwords for one account; the rest are refused unchecked', async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => login({ username: TEST_ADMIN.username, password: 'a wrong guess, sent at once' })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT.maxFailures);
    expect(statuses.filter((status) => status === 429)).toHaveLength(200 - LOGIN_FAILURES_PER_ACCOUNT.maxFailures);
    suite.testApp.clock.advance(LOGIN_FAILURES_PER_ACCOUNT.blockMs);
    await login(TEST_ADMIN).expect(200);
  });
});
