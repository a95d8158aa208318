import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { WebhookDeliveryViewDto, WebhookViewDto } from '../openapi/response-dtos';
import type { WebhookDeliveryView, WebhookView } from '../shared/api-types';
import { CreateWebhookDto } from './webhooks.dto';
import { WebhooksService } from './webhooks.service';

const webhookId = new IdParamPipe('id');

@ApiTags('webhooks')
@RequireRole('officer')
@Controller('conferences/:slug/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiAnswers({ summary: 'Add a webhook: floor events POSTed, signed, to a URL', access: 'officer' })
  @ZodResponse({ status: 201, type: WebhookViewDto, description: 'The new webhook (never its secret)' })
  create(@Param('slug') slug: string, @Body() body: CreateWebhookDto): Promise<WebhookView> {
    return this.webhooks.create(slug, body);
  }

  @Get()
  @ApiAnswers({ summary: "The conference's webhooks", access: 'officer' })
  @ZodResponse({ status: 200, type: [WebhookViewDto], description: 'Every webhook' })
  list(@Param('slug') slug: string): Promise<WebhookView[]> {
    return this.webhooks.list(slug);
  }

  @Delete(':id')
  @ApiAnswers({ summary: 'Remove a webhook', access: 'officer' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; nothing more is sent to it' })
  async remove(@Param('slug') slug: string, @Param('id', webhookId) id: number): Promise<void> {
    await this.webhooks.remove(slug, id);
  }

  @Get(':id/deliveries')
  @ApiAnswers({ summary: "A webhook's deliveries and their tries", access: 'officer' })
  @ZodResponse({ status: 200, type: [WebhookDeliveryViewDto], description: 'The deliveries' })
  deliveries(@Param('slug') slug: string, @Param('id', webhookId) id: number): Promise<WebhookDeliveryView[]> {
    return this.webhooks.deliveriesOf(slug, id);
  }
}
