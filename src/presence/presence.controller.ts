import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import type { PresenceView } from '../shared/api-types';
import { DeclarePresenceDto } from './presence.dto';
import { PresenceService } from './presence.service';

const meetingId = new IdParamPipe('id');

@ApiTags('presence')
@ApiBearerAuth()
@Controller('meetings/:id/presence')
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  @Get()
  @RequireRole('officer')
  list(@Param('id', meetingId) id: number): Promise<PresenceView[]> {
    return this.presence.list(id);
  }

  @Post()
  @HttpCode(200)
  @RequireRole('officer', 'delegate')
  declare(@Param('id', meetingId) id: number, @Body() body: DeclarePresenceDto, @CurrentPrincipal() principal: Principal): Promise<PresenceView> {
    return this.presence.declare(id, principal, body);
  }
}
