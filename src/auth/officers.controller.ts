import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
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

  @Get()
  list(): Promise<OfficerView[]> {
    return this.officers.list();
  }
}
