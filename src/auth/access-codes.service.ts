import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConferencesService } from '../conferences/conferences.service';
import type { Clock } from '../domain/clock';
import { DomainError, invalidInput } from '../domain/domain-error';
import { accessCodeRoom, LiveAccess } from '../live/live-access';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AccessCodeEntity } from './access-code.entity';
import { TokenService } from './token.service';
import { generateAccessCode, hashAccessCode, normaliseAccessCode } from './access-code-format';
import type { AccessCodeView, CreatedAccessCode } from './access-codes.dto';
import { toAccessCodeView } from './auth.mapper';

@Injectable()
export class AccessCodesService {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly transactions: TransactionRunner,
    @InjectRepository(AccessCodeEntity) private readonly accessCodes: Repository<AccessCodeEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly liveAccess: LiveAccess,
  ) {}

  async create(
    slug: string,
    delegationId: number,
    input: { label?: string | null; expiresAt?: string | null },
  ): Promise<CreatedAccessCode> {
    await this.assertDelegation(slug, delegationId);
    const nowMs = this.clock.now();
    const expiresAt = input.expiresAt ? Date.parse(input.expiresAt) : null;
    if (expiresAt !== null && expiresAt <= nowMs) throw invalidInput([{ field: 'expiresAt', code: 'NOT_IN_FUTURE', message: 'must be in the future' }]);
    const code = generateAccessCode();
    const row = await this.transactions.write((manager) =>
      manager.save(
        AccessCodeEntity,
        manager.create(AccessCodeEntity, {
          delegationId,
          codeHash: hashAccessCode(normaliseAccessCode(code)!),
          label: input.label ?? null,
          createdAt: nowMs,
          expiresAt,
          revokedAt: null,
          lastUsedAt: null,
        }),
      ),
    );
    return { ...toAccessCodeView(row, nowMs), code };
  }

  async list(slug: string, delegationId: number): Promise<AccessCodeView[]> {
    await this.assertDelegation(slug, delegationId);
    const nowMs = this.clock.now();
    const rows = await this.accessCodes.find({ where: { delegationId }, order: { id: 'ASC' } });
    return rows.map((row) => toAccessCodeView(row, nowMs));
  }

  /** Revoking twice keeps the first revocation time. Tokens the code opened stop working at once. */
  async revoke(slug: string, delegationId: number, codeId: number): Promise<void> {
    await this.assertDelegation(slug, delegationId);
    const nowMs = this.clock.now();
    await this.transactions.write(async (manager) => {
      const row = await manager.findOneBy(AccessCodeEntity, { id: codeId, delegationId });
      if (!row) throw new DomainError('ACCESS_CODE_NOT_FOUND', `Access code ${codeId} not found`);
      if (row.revokedAt === null) await manager.update(AccessCodeEntity, { id: codeId }, { revokedAt: nowMs });
    });
    this.tokens.forgetAccessCode(codeId);
    this.liveAccess.endPrincipal(accessCodeRoom(codeId), 'code-revoked');
  }

  private async assertDelegation(slug: string, delegationId: number): Promise<void> {
    const conference = await this.conferences.getBySlug(slug);
    await this.conferences.getDelegation(conference.id, delegationId);
  }
}
