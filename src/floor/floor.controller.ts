import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBody, ApiParam, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { DomainError } from '../domain/domain-error';
import { SIMPLE_FLOOR_COMMANDS, SimpleFloorCommand } from '../domain/meeting/meeting-command';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { AcceptsScreenKey } from '../screens/screen-key.guard';
import { FloorStateViewDto } from '../openapi/response-dtos';
import type { FloorStateView } from '../shared/api-types';
import { AdjustDto, ExtendDto, FloorCommandDto, MessageDto, OverlayDto, PointOfOrderDto, SetTimeDto, SkipDto } from './floor.dto';
import { FloorService } from './floor.service';

const meetingId = new IdParamPipe('id');

const isSimpleCommand = (command: string): command is SimpleFloorCommand => (SIMPLE_FLOOR_COMMANDS as readonly string[]).includes(command);

const CONFLICT = '409: stale version, or the floor does not allow it now.';
const FLOOR_ANSWER = { status: 200, type: FloorStateViewDto, description: 'The floor as it now is' } as const;

@ApiTags('floor')
@Controller('meetings/:id/floor')
export class FloorController {
  constructor(private readonly floor: FloorService) {}

  @Get()
  @ApiAnswers({ summary: 'The floor and its timer', access: 'public', errors: [403] })
  @ZodResponse({ ...FLOOR_ANSWER, description: 'The floor' })
  @AcceptsScreenKey({ readRule: true })
  get(@Param('id', meetingId) id: number): Promise<FloorStateView> {
    return this.floor.snapshot(id);
  }

  @Post('extend')
  @RequireRole('officer')
  @ApiAnswers({ summary: "Give the speaker more time", description: CONFLICT, access: 'officer', errors: [409] })
  @ZodResponse(FLOOR_ANSWER)
  extend(@Param('id', meetingId) id: number, @Body() body: ExtendDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'extend', seconds: body.seconds, version: body.version });
  }

  /** Adds time to the statement on the floor, or takes it away (never below zero left). */
  @Post('adjust')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Add time to the statement on the floor, or take it away', description: CONFLICT, access: 'officer', errors: [409] })
  @ZodResponse(FLOOR_ANSWER)
  adjust(@Param('id', meetingId) id: number, @Body() body: AdjustDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'adjust', seconds: body.seconds, version: body.version });
  }

  /** Sets the time left exactly. */
  @Post('set')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Set the time left on the statement exactly', description: CONFLICT, access: 'officer', errors: [409] })
  @ZodResponse(FLOOR_ANSWER)
  set(@Param('id', meetingId) id: number, @Body() body: SetTimeDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'set', remainingSeconds: body.remainingSeconds, version: body.version });
  }

  @Post('skip')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Send the speaker back into the list and call the next', description: CONFLICT, access: 'officer', errors: [409] })
  @ApiBody({ type: SkipDto, required: false })
  @ZodResponse(FLOOR_ANSWER)
  skip(@Param('id', meetingId) id: number, @Body() body: SkipDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'skip', after: body.after, version: body.version });
  }

  @Post('message')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Show a message to the speaker (null clears it)', description: CONFLICT, access: 'officer', errors: [409] })
  @ZodResponse(FLOOR_ANSWER)
  message(@Param('id', meetingId) id: number, @Body() body: MessageDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'message', text: body.text, version: body.version });
  }

  /** Inscribes a point of order and calls it at once, interrupting the statement on the floor. */
  @Post('point-of-order')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Inscribe a point of order and call it at once', description: CONFLICT, access: 'officer', errors: [409] })
  @ZodResponse(FLOOR_ANSWER)
  pointOfOrder(@Param('id', meetingId) id: number, @Body() body: PointOfOrderDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'point-of-order', delegationId: body.delegationId, version: body.version });
  }

  /** Puts the broadcast overlays on or off air; keeps the floor's version, so it never makes another command stale. */
  @Post('overlay')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Put the broadcast overlays on or off air', access: 'officer' })
  @ZodResponse(FLOOR_ANSWER)
  overlay(@Param('id', meetingId) id: number, @Body() body: OverlayDto): Promise<FloorStateView> {
    return this.floor.command(id, { kind: 'overlay', onAir: body.onAir });
  }

  /** next, start, pause, resume, stop, undo: the commands that carry nothing but an optional version. */
  @Post(':command')
  @ApiParam({ name: 'command', enum: SIMPLE_FLOOR_COMMANDS })
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Next, start, pause, resume, stop or undo', description: CONFLICT, access: 'officer', errors: [409] })
  @ApiBody({ type: FloorCommandDto, required: false })
  @ZodResponse(FLOOR_ANSWER)
  simple(@Param('id', meetingId) id: number, @Param('command') command: string, @Body() body: FloorCommandDto): Promise<FloorStateView> {
    if (!isSimpleCommand(command)) throw new DomainError('FLOOR_COMMAND_UNKNOWN', `Unknown floor command "${command}"`);
    return this.floor.command(id, { kind: command, version: body.version });
  }
}
