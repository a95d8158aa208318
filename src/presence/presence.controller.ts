import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { PresenceViewDto } from '../openapi/response-dtos';
import type { PresenceView } from '../shared/api-types';
import { DeclarePresenceDto } from './presence.dto';
import { PresenceService } from './presence.service';

const meetingId = new IdParamPipe('id');

@ApiTags('presence')
@Controller('meetings/:id/presence')
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  @Get()
  @RequireRole('officer')
  @ApiAnswers({ summary: "The delegations' presence in the meeting: on line, in the room or remote, ready", access: 'officer' })
  @ZodResponse({ status: 200, type: [PresenceViewDto], description: 'One row per delegation seen, declared or listed' })
  list(@Param('id', meetingId) id: number): Promise<PresenceView[]> {
    return this.presence.list(id);
  }

  @Post()
  @RequireRole('officer', 'delegate')
  @ApiAnswers({
    summary: "Declare a delegation's mode (in the room or remote) or its readiness to speak",
    description: 'A delegate for its own delegation; an officer names `delegationId`. 403: another delegation, or a meeting of another conference.',
    access: 'signedIn',
  })
  @ZodResponse({ status: 200, type: PresenceViewDto, description: "The delegation's row" })
  declare(@Param('id', meetingId) id: number, @Body() body: DeclarePresenceDto, @CurrentPrincipal() principal: Principal): Promise<PresenceView> {
    return this.presence.declare(id, principal, body);
  }
}
