import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { AccessCodeView, AccessCodeViewDto } from './access-codes.dto';
import { IssueAccessCodesDto, IssuedAccessCodes, IssuedAccessCodesDto } from './conference-access-codes.dto';
import { ConferenceAccessCodesService } from './conference-access-codes.service';
import { RequireRole } from './require-role.decorator';

@ApiTags('auth')
@RequireRole('officer')
@Controller('conferences/:slug/access-codes')
export class ConferenceAccessCodesController {
  constructor(private readonly accessCodes: ConferenceAccessCodesService) {}

  @Get()
  @ApiAnswers({ summary: "Every delegation's access codes (never the codes themselves)", access: 'officer' })
  @ZodResponse({ status: 200, type: [AccessCodeViewDto], description: 'Every code made in the conference' })
  list(@Param('slug') slug: string): Promise<AccessCodeView[]> {
    return this.accessCodes.list(slug);
  }

  @Post()
  @ApiAnswers({ summary: 'Issue access codes to every delegation (of some kinds, or named) that has no active one', access: 'officer' })
  @ApiBody({ type: IssueAccessCodesDto, required: false })
  @ZodResponse({ status: 201, type: IssuedAccessCodesDto, description: 'The new codes, shown this once, and the delegations skipped' })
  issue(@Param('slug') slug: string, @Body() body: IssueAccessCodesDto): Promise<IssuedAccessCodes> {
    return this.accessCodes.issue(slug, body);
  }
}
