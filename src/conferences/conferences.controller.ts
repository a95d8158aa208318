import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { RequireRole } from '../auth/require-role.decorator';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { AgendaItemViewDto, ConferenceDetailDto, ConferenceSummaryDto, DelegationViewDto } from '../openapi/response-dtos';
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
  @ApiAnswers({ summary: 'The conferences', access: 'public' })
  @ZodResponse({ status: 200, type: [ConferenceSummaryDto], description: 'Every conference' })
  async list(): Promise<ConferenceSummary[]> {
    return (await this.conferences.list()).map(toConferenceSummary);
  }

  @Get(':slug')
  @ApiAnswers({ summary: 'One conference, with its statement limits', access: 'public' })
  @ZodResponse({ status: 200, type: ConferenceDetailDto, description: 'The conference' })
  async get(@Param('slug') slug: string): Promise<ConferenceDetail> {
    return toConferenceDetail(await this.conferences.getBySlug(slug));
  }

  /** Statement limits, the warning and the enforcement mode: officer only; new limits apply to later inscriptions. */
  @Patch(':slug')
  @RequireRole('officer')
  @ApiAnswers({
    summary: "Change the conference's statement limits, warning or enforcement",
    description: 'New limits apply to entries inscribed afterwards. 409: stale version.',
    access: 'officer',
    errors: [409],
  })
  @ZodResponse({ status: 200, type: ConferenceDetailDto, description: 'The conference as changed' })
  async update(@Param('slug') slug: string, @Body() body: UpdateConferenceDto): Promise<ConferenceDetail> {
    return toConferenceDetail(await this.settings.update(slug, body));
  }

  @Get(':slug/agenda')
  @ApiAnswers({ summary: "The conference's agenda", access: 'public' })
  @ZodResponse({ status: 200, type: [AgendaItemViewDto], description: 'The agenda items, in order' })
  agenda(@Param('slug') slug: string): Promise<AgendaItemView[]> {
    return this.conferences.agenda(slug);
  }

  @Get(':slug/delegations')
  @ApiAnswers({ summary: 'The delegations, by kind or name', access: 'public' })
  @ZodResponse({ status: 200, type: [DelegationViewDto], description: 'The delegations that match' })
  delegations(@Param('slug') slug: string, @Query() query: DelegationsQueryDto): Promise<DelegationView[]> {
    return this.conferences.listDelegations(slug, query);
  }
}
