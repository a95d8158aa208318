import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { IdParamPipe } from '../common/id-param.pipe';
import { CreateOfficerDto, OfficerView } from './officers.dto';
import { OfficersService } from './officers.service';
import { RequireRole } from './require-role.decorator';

@ApiTags('auth')
@ApiBearerAuth()
@RequireRole('officer')
@Controller('officers')
export class OfficersController {
  constructor(private readonly officers: OfficersService) {}

  @Post()
  @ApiCreatedResponse({ description: 'The new officer: {id, username, createdAt}' })
  @ApiConflictResponse({ description: 'The username is taken' })
  create(@Body() body: CreateOfficerDto): Promise<OfficerView> {
    return this.officers.create(body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed: its tokens and live connections end at once' })
  @ApiConflictResponse({ description: 'The last officer cannot be removed' })
  remove(@Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.officers.remove(id);
  }

  @Get()
  list(): Promise<OfficerView[]> {
    return this.officers.list();
  }
}
