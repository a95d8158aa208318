import { generateScreenKey, hashScreenKey } from './screen-key';

describe('screen keys', () => {
  it('are 192 random bits written in base64url', () => {
    const key = generateScreenKey(() => Buffer.alloc(24, 0xfb));
    expect(key).toBe('-_v7'.repeat(8));
    expect(generateScreenKey()).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('differ each time', () => {
    expect(new Set(Array.from({ length: 50 }, () => generateScreenKey())).size).toBe(50);
  });

  it('are kept as a SHA-256 hash, the same for the same key', () => {
    const key = generateScreenKey();
    expect(hashScreenKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashScreenKey(key)).toBe(hashScreenKey(key));
  });

  it.each(['', 'short', 'a'.repeat(33), `${'a'.repeat(31)}=`, `${'a'.repeat(31)}+`])('refuse %j without hashing it', (text) => {
    expect(hashScreenKey(text)).toBeNull();
  });
});
