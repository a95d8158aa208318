import { hash as bcryptHash } from 'bcryptjs';
import { ARGON2_COST, passwordTooLong, PasswordHasher } from './password-hasher';

const LOW_COST = { memoryKiB: 64, passes: 1 };
const PASSWORD = 'correct horse battery staple';

describe('PasswordHasher', () => {
  it('uses argon2id at OWASP\'s baseline outside tests', async () => {
    expect(ARGON2_COST.memoryKiB).toBeGreaterThanOrEqual(19_456);
    expect(await new PasswordHasher(ARGON2_COST).hash(PASSWORD)).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const hasher = new PasswordHasher(LOW_COST);
    const stored = await hasher.hash(PASSWORD);
    await expect(hasher.check(PASSWORD, stored)).resolves.toEqual({ matched: true });
    await expect(hasher.check('wrong horse battery staple', stored)).resolves.toEqual({ matched: false });
  });

  it('says no when there is no stored hash', async () => {
    await expect(new PasswordHasher(LOW_COST).check('anything at all', undefined)).resolves.toEqual({ matched: false });
  });

  it('accepts a bcrypt hash from before argon2 and hands back its argon2id replacement', async () => {
    const hasher = new PasswordHasher(LOW_COST);
    const legacy = await bcryptHash(PASSWORD, 4);
    const check = await hasher.check(PASSWORD, legacy);
    expect(check.matched).toBe(true);
    expect(check.upgradedHash).toMatch(/^\$argon2id\$/);
    await expect(hasher.check(PASSWORD, check.upgradedHash)).resolves.toEqual({ matched: true });
    await expect(hasher.check('wrong horse battery staple', legacy)).resolves.toEqual({ matched: false });
  });

  it('rehashes a password stored at a lower cost than the one configured', async () => {
    const weak = await new PasswordHasher(LOW_COST).hash(PASSWORD);
    const check = await new PasswordHasher({ memoryKiB: 128, passes: 1 }).check(PASSWORD, weak);
    expect(check.upgradedHash).toMatch(/m=128,p=1,t=1/);
  });

  it('counts the password limit in UTF-8 bytes', () => {
    expect(passwordTooLong('a'.repeat(72))).toBe(false);
    expect(passwordTooLong('a'.repeat(73))).toBe(true);
    expect(passwordTooLong('é'.repeat(37))).toBe(true);
  });
});
