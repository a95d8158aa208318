import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';

export const JWT_SECRET_FILE = 'jwt-secret';

/** JWT_SECRET, else a random secret generated once and kept beside the database, so tokens survive a restart. */
export function resolveJwtSecret(config: Pick<AppConfig, 'jwtSecret' | 'dataDirectory'>): string {
  if (config.jwtSecret) return config.jwtSecret;
  const path = join(config.dataDirectory, JWT_SECRET_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(config.dataDirectory, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
