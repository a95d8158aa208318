import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ConferencesService } from '../conferences/conferences.service';
import { DelegationEntity } from '../conferences/delegation.entity';
import type { Clock } from '../domain/clock';
import { invalidInput } from '../domain/domain-error';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AccessCodeEntity } from './access-code.entity';
import { generateAccessCode, hashAccessCode, normaliseAccessCode } from './access-code-format';
import type { AccessCodeView } from './access-codes.dto';
import { accessCodeStatus, toAccessCodeView } from './auth.mapper';
import { IssueAccessCodesBody, IssuedAccessCodes, KINDS_ISSUED_BY_DEFAULT } from './conference-access-codes.dto';

/** The access codes of a whole conference: listed together and issued to many delegations at once. */
@Injectable()
export class ConferenceAccessCodesService {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly transactions: TransactionRunner,
    @InjectRepository(AccessCodeEntity) private readonly accessCodes: Repository<AccessCodeEntity>,
    @InjectRepository(DelegationEntity) private readonly delegations: Repository<DelegationEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(slug: string): Promise<AccessCodeView[]> {
    const ids = await this.delegationIds(slug);
    const nowMs = this.clock.now();
    const rows = await this.accessCodes.find({ where: { delegationId: In(ids) }, order: { id: 'ASC' } });
    return rows.map((row) => toAccessCodeView(row, nowMs));
  }

  /** A code for each chosen delegation holding no active one; calling twice issues nothing new. */
  async issue(slug: string, body: IssueAccessCodesBody): Promise<IssuedAccessCodes> {
    const conference = await this.conferences.getBySlug(slug);
    const nowMs = this.clock.now();
    const expiresAt = body.expiresAt ? Date.parse(body.expiresAt) : null;
    if (expiresAt !== null && expiresAt <= nowMs) throw invalidInput([{ field: 'expiresAt', code: 'NOT_IN_FUTURE', message: 'must be in the future' }]);
    const chosen = await this.chosenDelegations(conference.id, body);
    const codes = new Map<number, string>();
    const { rows, skipped } = await this.transactions.write(async (manager) => {
      const held = await manager.findBy(AccessCodeEntity, { delegationId: In(chosen.map((d) => d.id)) });
      const covered = new Set(held.filter((row) => accessCodeStatus(row, nowMs) === 'active').map((row) => row.delegationId));
      const toIssue = chosen.filter((delegation) => !covered.has(delegation.id));
      const created = toIssue.map((delegation) => {
        const code = generateAccessCode();
        codes.set(delegation.id, code);
        return manager.create(AccessCodeEntity, {
          delegationId: delegation.id,
          codeHash: hashAccessCode(normaliseAccessCode(code)!),
          label: body.label ?? null,
          createdAt: nowMs,
          expiresAt,
          revokedAt: null,
          lastUsedAt: null,
        });
      });
      const saved = created.length > 0 ? await manager.save(AccessCodeEntity, created, { chunk: 100 }) : [];
      return { rows: saved, skipped: chosen.filter((delegation) => covered.has(delegation.id)).map((d) => d.id) };
    });
    return {
      issued: rows.map((row) => ({ ...toAccessCodeView(row, nowMs), code: codes.get(row.delegationId)! })),
      skippedDelegationIds: skipped,
    };
  }

  private async chosenDelegations(conferenceId: number, body: IssueAccessCodesBody): Promise<DelegationEntity[]> {
    const all = await this.delegations.find({ where: { conferenceId }, order: { name: 'ASC' } });
    if (body.delegationIds) {
      const byId = new Map(all.map((delegation) => [delegation.id, delegation]));
      const unknown = body.delegationIds.filter((id) => !byId.has(id));
      if (unknown.length > 0) throw invalidInput([{ field: 'delegationIds', code: 'NOT_IN_CONFERENCE', message: `${unknown.join(', ')} not in this conference` }]);
      return body.delegationIds.map((id) => byId.get(id)!);
    }
    const kinds: readonly string[] = body.kinds ?? KINDS_ISSUED_BY_DEFAULT;
    return all.filter((delegation) => kinds.includes(delegation.kind));
  }

  private async delegationIds(slug: string): Promise<number[]> {
    const conference = await this.conferences.getBySlug(slug);
    const rows = await this.delegations.find({ where: { conferenceId: conference.id }, select: { id: true } });
    return rows.map((row) => row.id);
  }
}
