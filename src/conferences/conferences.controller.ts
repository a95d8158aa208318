import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/require-role.decorator';
import type { AgendaItemView, ConferenceDetail, ConferenceSummary, DelegationView } from '../shared/api-types';
import { toConferenceDetail, toConferenceSummary } from './conference.mapper';
import { DelegationsQueryDto, UpdateConferenceDto } from './conferences.dto';
import { ConferenceSettingsService } from './conference-settings.service';
import { ConferencesService } from './conferences.service';

@ApiTags('conferences')
@Controller('conferences')
export class ConferencesController {
  constructor(
    private readonly conferences: ConferencesService,
    private readonly settings: ConferenceSettingsService,
  ) {}

  @Get()
  async list(): Promise<ConferenceSummary[]> {
    return (await this.conferences.list()).map(toConferenceSummary);
  }

  @Get(':slug')
  async get(@Param('slug') slug: string): Promise<ConferenceDetail> {
    return toConferenceDetail(await this.conferences.getBySlug(slug));
  }

  /** Statement limits, the warning and the enforcement mode: officer only; new limits apply to later inscriptions. */
  @Patch(':slug')
  @ApiBearerAuth()
  @RequireRole('officer')
  async update(@Param('slug') slug: string, @Body() body: UpdateConferenceDto): Promise<ConferenceDetail> {
    return toConferenceDetail(await this.settings.update(slug, body));
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
