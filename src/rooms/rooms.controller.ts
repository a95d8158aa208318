import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { RoomViewDto } from '../openapi/response-dtos';
import type { RoomView } from '../shared/api-types';
import { RoomBodyDto } from './rooms.dto';
import { RoomsService } from './rooms.service';

@ApiTags('rooms')
@Controller('conferences/:slug/rooms')
export class RoomsController {
  constructor(private readonly rooms: RoomsService) {}

  @Get()
  @ApiAnswers({ summary: "The conference's rooms", access: 'public' })
  @ZodResponse({ status: 200, type: [RoomViewDto], description: 'The rooms' })
  list(@Param('slug') slug: string): Promise<RoomView[]> {
    return this.rooms.list(slug);
  }

  @Post()
  @ApiAnswers({ summary: 'Add a room', description: '409: a room of that name exists.', access: 'officer', errors: [409] })
  @ZodResponse({ status: 201, type: RoomViewDto, description: 'The new room' })
  @RequireRole('officer')
  create(@Param('slug') slug: string, @Body() body: RoomBodyDto): Promise<RoomView> {
    return this.rooms.create(slug, body);
  }

  @Patch(':id')
  @ApiAnswers({ summary: 'Rename a room', description: '409: a room of that name exists.', access: 'officer', errors: [409] })
  @ZodResponse({ status: 200, type: RoomViewDto, description: 'The room as renamed' })
  @RequireRole('officer')
  rename(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number, @Body() body: RoomBodyDto): Promise<RoomView> {
    return this.rooms.rename(slug, id, body);
  }

  @Delete(':id')
  @ApiAnswers({ summary: 'Remove a room', description: '409: meetings are booked in it.', access: 'officer', errors: [409] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @RequireRole('officer')
  remove(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.rooms.remove(slug, id);
  }
}
