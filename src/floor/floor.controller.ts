import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { MeetingReadGuard } from '../auth/meeting-read.guard';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { SIMPLE_FLOOR_COMMANDS, SimpleFloorCommand } from '../domain/meeting/meeting-command';
import type { FloorStateView } from '../shared/api-types';
import { ExtendDto, FloorCommandDto, MessageDto, PointOfOrderDto, SkipDto } from './floor.dto';
import { FloorService } from './floor.service';

const meetingId = new IdParamPipe('id');

const isSimpleCommand = (command: string): command is SimpleFloorCommand => (SIMPLE_FLOOR_COMMANDS as readonly string[]).includes(command);

@ApiTags('floor')
@ApiBearerAuth()
@Controller('meetings/:id/floor')
export class FloorController {
  constructor(private readonly floor: FloorService) {}

  @Get()
  @UseGuards(MeetingReadGuard)
  get(@Param('id', meetingId) id: number): Promise<FloorStateView> {
    return this.floor.snapshot(id);
  }

  @Post('extend')
  @HttpCode(200)
  @RequireRole('officer')
  extend(@Param('id', meetingId) id: number, @Body() body: ExtendDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'extend', seconds: body.seconds, version: body.version });
  }

  @Post('skip')
  @HttpCode(200)
  @RequireRole('officer')
  skip(@Param('id', meetingId) id: number, @Body() body: SkipDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'skip', after: body.after, version: body.version });
  }

  @Post('message')
  @HttpCode(200)
  @RequireRole('officer')
  message(@Param('id', meetingId) id: number, @Body() body: MessageDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'message', text: body.text, version: body.version });
  }

  /** Inscribes a point of order and calls it at once, interrupting the statement on the floor. */
  @Post('point-of-order')
  @HttpCode(200)
  @RequireRole('officer')
  pointOfOrder(@Param('id', meetingId) id: number, @Body() body: PointOfOrderDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'point-of-order', delegationId: body.delegationId, version: body.version });
  }

  /** next, start, pause, resume, stop: the commands that carry nothing but an optional version. */
  @Post(':command')
  @ApiParam({ name: 'command', enum: SIMPLE_FLOOR_COMMANDS })
  @HttpCode(200)
  @RequireRole('officer')
  simple(@Param('id', meetingId) id: number, @Param('command') command: string, @Body() body: FloorCommandDto): Promise<FloorStateView> {
    if (!isSimpleCommand(command)) throw new NotFoundException(`Unknown floor command "${command}"`);
    return this.floor.command(id, { kind: command, version: body.version });
  }
}
