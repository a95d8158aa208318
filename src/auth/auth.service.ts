import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DelegationEntity } from '../conferences/delegation.entity';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AccessCodeEntity } from './access-code.entity';
import { hashAccessCode, normaliseAccessCode } from './access-code-format';
import type { DelegateSession, OfficerSession } from './auth.dto';
import { accessCodeStatus } from './auth.mapper';
import { OfficersService } from './officers.service';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

// One message whatever went wrong, so a failure tells nothing about which usernames or codes exist.
const BAD_CREDENTIALS = 'Username or password is incorrect';
const BAD_CODE = 'Access code is not valid, or no longer active';

@Injectable()
export class AuthService {
  constructor(
    private readonly officers: OfficersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly transactions: TransactionRunner,
    @InjectRepository(AccessCodeEntity) private readonly accessCodes: Repository<AccessCodeEntity>,
    @InjectRepository(DelegationEntity) private readonly delegations: Repository<DelegationEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async login(username: string, password: string): Promise<OfficerSession> {
    const officer = await this.officers.findByUsername(username);
    const { matched, upgradedHash } = await this.hasher.check(password, officer?.passwordHash);
    if (!officer || !matched) throw new DomainError('BAD_CREDENTIALS', BAD_CREDENTIALS);
    if (upgradedHash) await this.officers.replacePasswordHash(officer.id, upgradedHash);
    const issued = await this.tokens.issueWithExpiry({ role: 'officer', officerId: officer.id, username: officer.username });
    return { ...issued, role: 'officer', officer: { id: officer.id, username: officer.username } };
  }

  async redeem(code: string): Promise<DelegateSession> {
    const canonical = normaliseAccessCode(code);
    if (canonical === null) throw new DomainError('ACCESS_CODE_INVALID', BAD_CODE);
    const changesBefore = this.tokens.accessCodeChanges();
    const row = await this.accessCodes.findOneBy({ codeHash: hashAccessCode(canonical) });
    const nowMs = this.clock.now();
    if (!row || accessCodeStatus(row, nowMs) !== 'active') throw new DomainError('ACCESS_CODE_INVALID', BAD_CODE);
    const delegation = await this.delegations.findOneBy({ id: row.delegationId });
    if (!delegation) throw new DomainError('ACCESS_CODE_INVALID', BAD_CODE);
    await this.transactions.write((manager) => manager.update(AccessCodeEntity, { id: row.id }, { lastUsedAt: nowMs }));
    this.tokens.rememberAccessCode(row, changesBefore);
    const issued = await this.tokens.issueWithExpiry({ role: 'delegate', delegationId: delegation.id, accessCodeId: row.id }, row.expiresAt);
    return { ...issued, role: 'delegate', delegation: { id: delegation.id, name: delegation.name } };
  }
}
