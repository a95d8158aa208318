import {
  ACCESS_CODE_BYTES,
  ACCESS_CODE_LENGTH,
  formatAccessCode,
  generateAccessCode,
  hashAccessCode,
  normaliseAccessCode,
} from './access-code-format';

const fixedBytes = (fill: number) => (size: number) => Buffer.alloc(size, fill);

describe('access code format', () => {
  it('carries at least 80 random bits', () => {
    expect(ACCESS_CODE_BYTES * 8).toBeGreaterThanOrEqual(80);
    expect(ACCESS_CODE_LENGTH).toBe(16);
  });

  it('prints four groups of four Crockford base32 symbols', () => {
    expect(generateAccessCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('encodes every bit of the random bytes', () => {
    expect(generateAccessCode(fixedBytes(0x00))).toBe('0000-0000-0000-0000');
    expect(generateAccessCode(fixedBytes(0xff))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    expect(generateAccessCode(() => Buffer.from([0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10]))).toBe('GGGG-GGGG-GGGG-GGGG');
  });

  it('draws a different code each time', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateAccessCode()));
    expect(codes.size).toBe(1000);
  });

  it('reads codes case-insensitively, with or without dashes and spaces', () => {
    expect(normaliseAccessCode('k7qx-m2pd-9wrt-hf4n')).toBe('K7QXM2PD9WRTHF4N');
    expect(normaliseAccessCode('K7QXM2PD9WRTHF4N')).toBe('K7QXM2PD9WRTHF4N');
    expect(normaliseAccessCode(' K7QX M2PD 9WRT HF4N ')).toBe('K7QXM2PD9WRTHF4N');
  });

  it('reads the look-alike letters O, I and L as 0 and 1', () => {
    expect(normaliseAccessCode('OOOO-IIII-LLLL-0000')).toBe('0000111111110000');
  });

  it('rejects a code of the wrong length or with a foreign symbol', () => {
    expect(normaliseAccessCode('K7QX-M2PD-9WRT')).toBeNull();
    expect(normaliseAccessCode('K7QX-M2PD-9WRT-HF4NX')).toBeNull();
    expect(normaliseAccessCode('K7QX-M2PD-9WRT-HF4U')).toBeNull();
    expect(normaliseAccessCode('K7QX-M2PD-9WRT-HF4!')).toBeNull();
    expect(normaliseAccessCode('')).toBeNull();
  });

  it('round-trips a generated code', () => {
    const code = generateAccessCode();
    expect(formatAccessCode(normaliseAccessCode(code)!)).toBe(code);
  });

  it('hashes the canonical form with SHA-256, so any spelling of a code finds the same row', () => {
    const hash = hashAccessCode(normaliseAccessCode('k7qx m2pd 9wrt hf4n')!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashAccessCode(normaliseAccessCode('K7QX-M2PD-9WRT-HF4N')!));
    expect(hash).not.toBe(hashAccessCode(normaliseAccessCode('K7QX-M2PD-9WRT-HF4M')!));
  });
});
