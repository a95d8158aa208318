import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { AccessCodeView, AccessCodeViewDto, CreateAccessCodeDto, CreatedAccessCode, CreatedAccessCodeDto } from './access-codes.dto';
import { AccessCodesService } from './access-codes.service';
import { RequireRole } from './require-role.decorator';

@ApiTags('auth')
@RequireRole('officer')
@Controller('conferences/:slug/delegations/:delegationId/access-codes')
export class AccessCodesController {
  constructor(private readonly accessCodes: AccessCodesService) {}

  @Post()
  @ApiAnswers({ summary: 'Create an access code for a delegation', access: 'officer' })
  @ApiBody({ type: CreateAccessCodeDto, required: false })
  @ZodResponse({ status: HttpStatus.CREATED, type: CreatedAccessCodeDto, description: 'The new code, shown this once' })
  create(
    @Param('slug') slug: string,
    @Param('delegationId', new IdParamPipe('delegationId')) delegationId: number,
    @Body() body: CreateAccessCodeDto,
  ): Promise<CreatedAccessCode> {
    return this.accessCodes.create(slug, delegationId, body);
  }

  @Get()
  @ApiAnswers({ summary: "A delegation's access codes (never the codes themselves)", access: 'officer' })
  @ZodResponse({ status: HttpStatus.OK, type: [AccessCodeViewDto], description: 'Every code made for the delegation' })
  list(
    @Param('slug') slug: string,
    @Param('delegationId', new IdParamPipe('delegationId')) delegationId: number,
  ): Promise<AccessCodeView[]> {
    return this.accessCodes.list(slug, delegationId);
  }

  @Delete(':codeId')
  @ApiAnswers({ summary: 'Revoke an access code', access: 'officer' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked; sessions signed in with it end' })
  revoke(
    @Param('slug') slug: string,
    @Param('delegationId', new IdParamPipe('delegationId')) delegationId: number,
    @Param('codeId', new IdParamPipe('codeId')) codeId: number,
  ): Promise<void> {
    return this.accessCodes.revoke(slug, delegationId, codeId);
  }
}
