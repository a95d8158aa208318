import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AgendaItemView, ConferenceDetail, ConferenceSummary, DelegationView } from '../shared/api-types';
import { toConferenceDetail, toConferenceSummary } from './conference.mapper';
import { DelegationsQueryDto } from './conferences.dto';
import { ConferencesService } from './conferences.service';

@ApiTags('conferences')
@Controller('conferences')
export class ConferencesController {
  constructor(private readonly conferences: ConferencesService) {}

  @Get()
  async list(): Promise<ConferenceSummary[]> {
    return (await this.conferences.list()).map(toConferenceSummary);
  }

  @Get(':slug')
  async get(@Param('slug') slug: string): Promise<ConferenceDetail> {
    return toConferenceDetail(await this.conferences.getBySlug(slug));
  }

  @Get(':slug/agenda')
  agenda(@Param('slug') slug: string): Promise<AgendaItemView[]> {
    return this.conferences.agenda(slug);
  }

  @Get(':slug/delegations')
  delegations(@Param('slug') slug: string, @Query() query: DelegationsQueryDto): Promise<DelegationView[]> {
    return this.conferences.listDelegations(slug, query);
  }
}
