import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { hashScreenKey } from './screen-key';
import { ScreenLinkEntity } from './screen-link.entity';

// A screen joins again on every reconnect: its link's lastUsedAt is written at most this often.
const LAST_USED_STEP_MS = 60_000;

/** Checks the key a display or overlay brings: read-only following of one meeting, nothing else. */
@Injectable()
export class ScreenKeys {
  private readonly logger = new Logger('ScreenKeys');

  constructor(
    @InjectRepository(ScreenLinkEntity) private readonly links: Repository<ScreenLinkEntity>,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The link this key opens for this meeting; SCREEN_LINK_INVALID (403) for any other key. Read every time, so a revocation holds on every instance. */
  async open(meetingId: number, key: string): Promise<ScreenLinkEntity> {
    const keyHash = hashScreenKey(key);
    const link = keyHash === null ? null : await this.links.findOneBy({ keyHash });
    if (!link || link.meetingId !== meetingId || link.revokedAt !== null) {
      throw new DomainError('SCREEN_LINK_INVALID', `This screen link does not open meeting ${meetingId}: the key is wrong, for another meeting, or revoked`);
    }
    return link;
  }

  /** For the officer's list; a screen keeps following when the database cannot note it. */
  async noteUsed(link: ScreenLinkEntity): Promise<void> {
    const nowMs = this.clock.now();
    if (link.lastUsedAt !== null && nowMs - link.lastUsedAt < LAST_USED_STEP_MS) return;
    try {
      await this.transactions.write((manager) => manager.update(ScreenLinkEntity, { id: link.id }, { lastUsedAt: nowMs }));
    } catch (error) {
      this.logger.warn(`Screen link ${link.id}: its use could not be noted (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
