import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../domain/domain-error';
import type { AgendaItemView, DelegationView } from '../shared/api-types';
import { AgendaItemEntity } from './agenda-item.entity';
import { ConferenceEntity } from './conference.entity';
import { toAgendaItemView, toDelegationView } from './conference.mapper';
import { DelegationEntity, DelegationMembershipEntity } from './delegation.entity';
import { groupsOfMembers } from './membership-index';

@Injectable()
export class ConferencesService {
  constructor(
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
    @InjectRepository(AgendaItemEntity) private readonly agendaItems: Repository<AgendaItemEntity>,
    @InjectRepository(DelegationEntity) private readonly delegationRows: Repository<DelegationEntity>,
    @InjectRepository(DelegationMembershipEntity) private readonly memberships: Repository<DelegationMembershipEntity>,
  ) {}

  list(): Promise<ConferenceEntity[]> {
    return this.conferences.find({ order: { startsOn: 'ASC', id: 'ASC' } });
  }

  async getBySlug(slug: string): Promise<ConferenceEntity> {
    const conference = await this.conferences.findOneBy({ slug });
    if (!conference) throw new DomainError('CONFERENCE_NOT_FOUND', `Conference "${slug}" not found`);
    return conference;
  }

  async getById(id: number): Promise<ConferenceEntity> {
    const conference = await this.conferences.findOneBy({ id });
    if (!conference) throw new DomainError('CONFERENCE_NOT_FOUND', `Conference ${id} not found`);
    return conference;
  }

  async agenda(slug: string): Promise<AgendaItemView[]> {
    const conference = await this.getBySlug(slug);
    const items = await this.agendaItems.find({ where: { conferenceId: conference.id }, order: { position: 'ASC' } });
    return items.map(toAgendaItemView);
  }

  async listDelegations(slug: string, filter: { kind?: string; q?: string } = {}): Promise<DelegationView[]> {
    const conference = await this.getBySlug(slug);
    const rows = await this.delegationRows.find({ where: { conferenceId: conference.id }, order: { name: 'ASC' } });
    const groupsOf = groupsOfMembers(await this.memberships.find({ order: { groupId: 'ASC' } }));
    const needle = filter.q?.toLocaleLowerCase();
    return rows
      .filter((row) => !filter.kind || row.kind === filter.kind)
      .filter((row) => !needle || row.name.toLocaleLowerCase().includes(needle))
      .map((row) => toDelegationView(row, groupsOf(row.id)));
  }

  async getDelegation(conferenceId: number, delegationId: number): Promise<DelegationView> {
    const row = await this.delegationRows.findOneBy({ id: delegationId, conferenceId });
    if (!row) throw new DomainError('DELEGATION_NOT_FOUND', `Delegation ${delegationId} not found`);
    const groups = await this.memberships.find({ where: { memberId: delegationId }, order: { groupId: 'ASC' } });
    return toDelegationView(row, groupsOfMembers(groups)(delegationId));
  }
}
