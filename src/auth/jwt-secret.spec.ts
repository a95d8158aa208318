import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT_SECRET_FILE, resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rostrum-secret-'));
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('uses JWT_SECRET when set, writing nothing', () => {
    const secret = 'x'.repeat(40);
    expect(resolveJwtSecret({ jwtSecret: secret, dataDirectory: folder })).toBe(secret);
    expect(() => statSync(join(folder, JWT_SECRET_FILE))).toThrow();
  });

  it('generates a long random secret once, readable by the owner only, and reads it back', () => {
    const dataDirectory = join(folder, 'data');
    const first = resolveJwtSecret({ jwtSecret: undefined, dataDirectory });
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(statSync(join(dataDirectory, JWT_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveJwtSecret({ jwtSecret: undefined, dataDirectory })).toBe(first);
    expect(readFileSync(join(dataDirectory, JWT_SECRET_FILE), 'utf8').trim()).toBe(first);
  });

  it('draws a different secret for another data folder', () => {
    const one = resolveJwtSecret({ jwtSecret: undefined, dataDirectory: join(folder, 'a') });
    const two = resolveJwtSecret({ jwtSecret: undefined, dataDirectory: join(folder, 'b') });
    expect(one).not.toBe(two);
  });
});
