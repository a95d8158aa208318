import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParamPipe } from '../common/id-param.pipe';
import { AccessCodeView, CreateAccessCodeDto, CreatedAccessCode } from './access-codes.dto';
import { AccessCodesService } from './access-codes.service';
import { RequireRole } from './require-role.decorator';

@ApiTags('auth')
@ApiBearerAuth()
@RequireRole('officer')
@Controller('conferences/:slug/delegations/:delegationId/access-codes')
export class AccessCodesController {
  constructor(private readonly accessCodes: AccessCodesService) {}

  @Post()
  create(
    @Param('slug') slug: string,
    @Param('delegationId', new IdParamPipe('delegationId')) delegationId: number,
    @Body() body: CreateAccessCodeDto,
  ): Promise<CreatedAccessCode> {
    return this.accessCodes.create(slug, delegationId, body);
  }

  @Get()
  list(
    @Param('slug') slug: string,
    @Param('delegationId', new IdParamPipe('delegationId')) delegationId: number,
  ): Promise<AccessCodeView[]> {
    return this.accessCodes.list(slug, delegationId);
  }

  @Delete(':codeId')
  @HttpCode(HttpStatus.NO_CONTENT)
  revoke(
    @Param('slug') slug: string,
    @Param('delegationId', new IdParamPipe('delegationId')) delegationId: number,
    @Param('codeId', new IdParamPipe('codeId')) codeId: number,
  ): Promise<void> {
    return this.accessCodes.revoke(slug, delegationId, codeId);
  }
}
