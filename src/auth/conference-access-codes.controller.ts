import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AccessCodeView } from './access-codes.dto';
import { IssueAccessCodesDto, IssuedAccessCodes } from './conference-access-codes.dto';
import { ConferenceAccessCodesService } from './conference-access-codes.service';
import { RequireRole } from './require-role.decorator';

@ApiTags('auth')
@ApiBearerAuth()
@RequireRole('officer')
@Controller('conferences/:slug/access-codes')
export class ConferenceAccessCodesController {
  constructor(private readonly accessCodes: ConferenceAccessCodesService) {}

  @Get()
  list(@Param('slug') slug: string): Promise<AccessCodeView[]> {
    return this.accessCodes.list(slug);
  }

  @Post()
  issue(@Param('slug') slug: string, @Body() body: IssueAccessCodesDto): Promise<IssuedAccessCodes> {
    return this.accessCodes.issue(slug, body);
  }
}
