import { getRounds } from 'bcryptjs';
import { BCRYPT_COST, DUMMY_PASSWORD_HASH, passwordTooLong, PasswordHasher } from './password-hasher';

const LOW_COST = 4;

describe('PasswordHasher', () => {
  it('checks unknown users against a dummy hash of the same cost as real ones', () => {
    expect(getRounds(DUMMY_PASSWORD_HASH)).toBe(BCRYPT_COST);
  });

  it('uses a cost of at least 12 outside tests', () => {
    expect(BCRYPT_COST).toBeGreaterThanOrEqual(12);
  });

  it('hashes at the cost it is given', async () => {
    const stored = await new PasswordHasher(LOW_COST).hash('correct horse battery staple');
    expect(getRounds(stored)).toBe(LOW_COST);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const hasher = new PasswordHasher(LOW_COST);
    const stored = await hasher.hash('correct horse battery staple');
    await expect(hasher.matches('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(hasher.matches('wrong horse battery staple', stored)).resolves.toBe(false);
  });

  it('says no when there is no stored hash', async () => {
    await expect(new PasswordHasher(LOW_COST).matches('anything at all', undefined)).resolves.toBe(false);
  });

  it('counts the password limit in UTF-8 bytes, as bcrypt does', () => {
    expect(passwordTooLong('a'.repeat(72))).toBe(false);
    expect(passwordTooLong('a'.repeat(73))).toBe(true);
    expect(passwordTooLong('é'.repeat(37))).toBe(true);
  });
});
