import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import type { OfficerSession } from './auth.dto';
import { OfficerEntity } from './officer.entity';
import { PasswordHasher } from './password-hasher';
import { SETUP_TOKEN_ROW_ID, SetupTokenEntity } from './setup-token.entity';
import { TokenService } from './token.service';

export const SETUP_TOKEN_FILE = 'setup-token';

/**
 * The first-run set-up link: while no officer exists (and ADMIN_* are not set) a random token is
 * kept in the database and in the data folder (owner-only), and POST /api/auth/setup with it
 * creates the first officer once. Consuming the token and creating the officer are one transaction:
 * of two requests racing, on one instance or several on one PostgreSQL, one creates and one gets 409.
 */
@Injectable()
export class FirstOfficerSetup {
  private issued: { token: string; file: string } | null = null;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'dataDirectory'>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get file(): string {
    return join(this.config.dataDirectory, SETUP_TOKEN_FILE);
  }

  /** The token to print after the start, or null once an officer exists. */
  pending(): { token: string; file: string } | null {
    return this.issued;
  }

  /** Keeps the stored token (every instance prints the same link) or stores a new one. */
  async issue(): Promise<void> {
    const token = await this.transactions.write(async (manager) => {
      const stored = await manager.findOneBy(SetupTokenEntity, { id: SETUP_TOKEN_ROW_ID });
      if (stored) return stored.token;
      const fresh = randomBytes(24).toString('base64url');
      await manager.insert(SetupTokenEntity, { id: SETUP_TOKEN_ROW_ID, token: fresh });
      return fresh;
    });
    mkdirSync(this.config.dataDirectory, { recursive: true });
    rmSync(this.file, { force: true });
    writeFileSync(this.file, `${token}\n`, { mode: 0o600 });
    this.issued = { token, file: this.file };
  }

  /** An officer exists: no link any more. */
  async withdraw(): Promise<void> {
    await this.transactions.write((manager) => manager.delete(SetupTokenEntity, { id: SETUP_TOKEN_ROW_ID }));
    rmSync(this.file, { force: true });
    this.issued = null;
  }

  /** 401 for a wrong token, 409 once an officer exists; else the new officer, signed in. */
  async complete(input: { token: string; username: string; password: string }): Promise<OfficerSession> {
    const passwordHash = await this.hasher.hash(input.password);
    const officer = await this.transactions.write(async (manager) => {
      const stored = await manager.findOneBy(SetupTokenEntity, { id: SETUP_TOKEN_ROW_ID });
      if (!stored || !sameToken(stored.token, input.token)) {
        if (await manager.exists(OfficerEntity)) throw setupDone();
        throw new DomainError('SETUP_LINK_INVALID', 'This set-up link is not valid: use the link the first start printed');
      }
      // The row lock taken by the delete makes a concurrent set-up wait, then find it gone.
      const consumed = await manager.delete(SetupTokenEntity, { id: SETUP_TOKEN_ROW_ID, token: stored.token });
      if (consumed.affected === 0 || (await manager.exists(OfficerEntity))) throw setupDone();
      return manager.save(
        OfficerEntity,
        manager.create(OfficerEntity, { username: input.username, passwordHash, createdAt: this.clock.now() }),
      );
    });
    rmSync(this.file, { force: true });
    this.issued = null;
    const session = await this.tokens.issueWithExpiry({ role: 'officer', officerId: officer.id, username: officer.username });
    return { ...session, role: 'officer', officer: { id: officer.id, username: officer.username } };
  }
}

function sameToken(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function setupDone(): DomainError {
  return new DomainError('SETUP_DONE', 'An officer account already exists: sign in at /officer');
}
