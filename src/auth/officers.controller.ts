import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { CreateOfficerDto, OfficerView, OfficerViewDto } from './officers.dto';
import { OfficersService } from './officers.service';
import { RequireRole } from './require-role.decorator';

@ApiTags('auth')
@RequireRole('officer')
@Controller('officers')
export class OfficersController {
  constructor(private readonly officers: OfficersService) {}

  @Post()
  @ApiAnswers({ summary: 'Create an officer account', description: '409: the username is taken.', access: 'officer', errors: [409] })
  @ZodResponse({ status: 201, type: OfficerViewDto, description: 'The new officer' })
  create(@Body() body: CreateOfficerDto): Promise<OfficerView> {
    return this.officers.create(body);
  }

  @Delete(':id')
  @ApiAnswers({ summary: 'Remove an officer account', description: '409: the last officer cannot be removed.', access: 'officer', errors: [409] })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed: its tokens and live connections end at once' })
  remove(@Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.officers.remove(id);
  }

  @Get()
  @ApiAnswers({ summary: 'The officer accounts', access: 'officer' })
  @ZodResponse({ status: 200, type: [OfficerViewDto], description: 'Every officer' })
  list(): Promise<OfficerView[]> {
    return this.officers.list();
  }
}
