import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { CreatedScreenLinkDto, ScreenLinkViewDto } from '../openapi/response-dtos';
import type { CreatedScreenLink, ScreenLinkView } from '../shared/api-types';
import { CreateScreenLinkDto } from './screen-links.dto';
import { ScreenLinksService } from './screen-links.service';

const meetingId = new IdParamPipe('id');

@ApiTags('screens')
@RequireRole('officer')
@Controller('meetings/:id/screen-links')
export class ScreenLinksController {
  constructor(private readonly links: ScreenLinksService) {}

  @Post()
  @ApiAnswers({ summary: "Make a read-only screen link for the meeting's display and overlay", access: 'officer' })
  @ApiBody({ type: CreateScreenLinkDto, required: false })
  @ZodResponse({ status: HttpStatus.CREATED, type: CreatedScreenLinkDto, description: 'The new link; its key is shown this once' })
  create(@Param('id', meetingId) id: number, @Body() body: CreateScreenLinkDto): Promise<CreatedScreenLink> {
    return this.links.create(id, body.label ?? null);
  }

  @Get()
  @ApiAnswers({ summary: "The meeting's screen links (never their keys)", access: 'officer' })
  @ZodResponse({ status: HttpStatus.OK, type: [ScreenLinkViewDto], description: 'Every screen link made for the meeting, revoked ones included' })
  list(@Param('id', meetingId) id: number): Promise<ScreenLinkView[]> {
    return this.links.list(id);
  }

  @Delete(':linkId')
  @ApiAnswers({ summary: 'Revoke a screen link', access: 'officer' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked; the screens following with it stop at once' })
  revoke(@Param('id', meetingId) id: number, @Param('linkId', new IdParamPipe('linkId')) linkId: number): Promise<void> {
    return this.links.revoke(id, linkId);
  }
}
