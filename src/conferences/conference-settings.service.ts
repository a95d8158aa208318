import { Injectable } from '@nestjs/common';
import { DomainError } from '../domain/domain-error';
import { MeetingCore } from '../meeting-core/meeting-core.service';
import { TransactionRunner } from '../persistence/transaction-runner';
import { ConferenceEntity } from './conference.entity';
import type { UpdateConferenceBody } from './conferences.dto';
import { confirmLimitNotes } from './limit-notes';

/** The officer's settings of a conference: statement limits, the warning, the enforcement mode. */
@Injectable()
export class ConferenceSettingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly core: MeetingCore,
  ) {}

  async update(slug: string, body: UpdateConferenceBody): Promise<ConferenceEntity> {
    const saved = await this.transactions.write(async (manager) => {
      const current = await manager.findOneBy(ConferenceEntity, { slug });
      if (!current) throw new DomainError('CONFERENCE_NOT_FOUND', `Conference "${slug}" not found`);
      if (body.version !== undefined && body.version !== current.version) {
        throw new DomainError('STALE_VERSION', `Conference "${slug}" has changed (now version ${current.version}, you sent ${body.version}): reload and retry`);
      }
      const next = settingsPatch(current, body);
      const result = await manager.update(ConferenceEntity, { id: current.id, version: current.version }, next);
      if (result.affected !== 1) throw new DomainError('STALE_VERSION', `Conference "${slug}" changed while this request ran: reload and retry`);
      return { ...current, ...next };
    });
    this.core.forgetConference(saved.id);
    return saved;
  }
}

function settingsPatch(current: ConferenceEntity, body: UpdateConferenceBody): Partial<ConferenceEntity> {
  const { 'right-of-reply': firstReply, ...statementLimits } = body.statementLimits ?? {};
  return {
    statementLimits: { ...current.statementLimits, ...statementLimits },
    rightOfReplySeconds: firstReply === undefined ? current.rightOfReplySeconds : [firstReply, ...current.rightOfReplySeconds.slice(1)],
    warningSeconds: body.warningSeconds ?? current.warningSeconds,
    enforcementMode: body.enforcement?.mode ?? current.enforcementMode,
    enforcementGraceSeconds: body.enforcement?.graceSeconds ?? current.enforcementGraceSeconds,
    limitNotes: confirmLimitNotes(current.limitNotes, [...Object.keys(body.statementLimits ?? {}), ...(body.warningSeconds === undefined ? [] : ['warning'])]),
    version: current.version + 1,
  };
}
