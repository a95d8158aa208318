import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import type { WebhookDeliveryView, WebhookView } from '../shared/api-types';
import { CreateWebhookDto } from './webhooks.dto';
import { WebhooksService } from './webhooks.service';

const webhookId = new IdParamPipe('id');

@ApiTags('webhooks')
@ApiBearerAuth()
@RequireRole('officer')
@Controller('conferences/:slug/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  create(@Param('slug') slug: string, @Body() body: CreateWebhookDto): Promise<WebhookView> {
    return this.webhooks.create(slug, body);
  }

  @Get()
  list(@Param('slug') slug: string): Promise<WebhookView[]> {
    return this.webhooks.list(slug);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('slug') slug: string, @Param('id', webhookId) id: number): Promise<void> {
    await this.webhooks.remove(slug, id);
  }

  @Get(':id/deliveries')
  deliveries(@Param('slug') slug: string, @Param('id', webhookId) id: number): Promise<WebhookDeliveryView[]> {
    return this.webhooks.deliveriesOf(slug, id);
  }
}
