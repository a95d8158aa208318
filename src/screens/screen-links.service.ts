import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { LiveAccess } from '../live/live-access';
import { MeetingEntity } from '../meetings/meeting.entity';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import type { CreatedScreenLink, ScreenLinkView } from '../shared/api-types';
import { generateScreenKey, hashScreenKey } from './screen-key';
import { ScreenLinkEntity } from './screen-link.entity';

const isoOrNull = (epochMs: number | null): string | null => (epochMs === null ? null : new Date(epochMs).toISOString());

function toScreenLinkView(row: ScreenLinkEntity): ScreenLinkView {
  return {
    id: row.id,
    meetingId: row.meetingId,
    label: row.label,
    createdAt: new Date(row.createdAt).toISOString(),
    lastUsedAt: isoOrNull(row.lastUsedAt),
    revokedAt: isoOrNull(row.revokedAt),
  };
}

/** The page addresses a screen opens: the meeting id in the path (client/lib/page-options.ts), the key in the query. */
const screenPath = (page: 'display' | 'overlay', meetingId: number, key: string) => `/${page}/${meetingId}?key=${key}`;

/** The officer's screen links of a meeting: made with a key shown once, listed without it, revoked live. */
@Injectable()
export class ScreenLinksService {
  constructor(
    @InjectRepository(ScreenLinkEntity) private readonly links: Repository<ScreenLinkEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly transactions: TransactionRunner,
    private readonly liveAccess: LiveAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(meetingId: number, label: string | null): Promise<CreatedScreenLink> {
    await this.assertMeeting(meetingId);
    const key = generateScreenKey();
    const row = await this.transactions.write((manager) =>
      manager.save(
        ScreenLinkEntity,
        manager.create(ScreenLinkEntity, { meetingId, keyHash: hashScreenKey(key)!, label, createdAt: this.clock.now(), lastUsedAt: null, revokedAt: null }),
      ),
    );
    return {
      id: row.id,
      meetingId,
      label: row.label,
      key,
      createdAt: new Date(row.createdAt).toISOString(),
      displayPath: screenPath('display', meetingId, key),
      overlayPath: screenPath('overlay', meetingId, key),
    };
  }

  async list(meetingId: number): Promise<ScreenLinkView[]> {
    await this.assertMeeting(meetingId);
    const rows = await this.links.find({ where: { meetingId }, order: { id: 'ASC' } });
    return rows.map(toScreenLinkView);
  }

  /** Revoking twice keeps the first time. The screens following with it stop at once. */
  async revoke(meetingId: number, linkId: number): Promise<void> {
    await this.assertMeeting(meetingId);
    const nowMs = this.clock.now();
    await this.transactions.write(async (manager) => {
      const row = await manager.findOneBy(ScreenLinkEntity, { id: linkId, meetingId });
      if (!row) throw new DomainError('SCREEN_LINK_NOT_FOUND', `Screen link ${linkId} of meeting ${meetingId} not found`);
      if (row.revokedAt === null) await manager.update(ScreenLinkEntity, { id: linkId }, { revokedAt: nowMs });
    });
    this.liveAccess.endScreenLink(linkId, meetingId);
  }

  private async assertMeeting(meetingId: number): Promise<void> {
    if (!(await this.meetings.existsBy({ id: meetingId }))) throw new DomainError('MEETING_NOT_FOUND', `Meeting ${meetingId} not found`);
  }
}
