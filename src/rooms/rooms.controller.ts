import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import type { RoomView } from '../shared/api-types';
import { RoomBodyDto } from './rooms.dto';
import { RoomsService } from './rooms.service';

@ApiTags('rooms')
@Controller('conferences/:slug/rooms')
export class RoomsController {
  constructor(private readonly rooms: RoomsService) {}

  @Get()
  list(@Param('slug') slug: string): Promise<RoomView[]> {
    return this.rooms.list(slug);
  }

  @Post()
  @ApiBearerAuth()
  @RequireRole('officer')
  create(@Param('slug') slug: string, @Body() body: RoomBodyDto): Promise<RoomView> {
    return this.rooms.create(slug, body);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @RequireRole('officer')
  rename(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number, @Body() body: RoomBodyDto): Promise<RoomView> {
    return this.rooms.rename(slug, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiBearerAuth()
  @RequireRole('officer')
  remove(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.rooms.remove(slug, id);
  }
}
