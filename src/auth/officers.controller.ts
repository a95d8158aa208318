import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
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

  @Get()
  @ApiAnswers({ summary: 'The officer accounts', access: 'officer' })
  @ZodResponse({ status: 200, type: [OfficerViewDto], description: 'Every officer' })
  list(): Promise<OfficerView[]> {
    return this.officers.list();
  }
}
