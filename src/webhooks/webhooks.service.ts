import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConferencesService } from '../conferences/conferences.service';
import { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { epochMsToIso } from '../domain/timetable/venue-time';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import type { WebhookDeliveryView, WebhookView } from '../shared/api-types';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import type { CreateWebhookBody } from './webhooks.dto';

const DELIVERIES_SHOWN = 50;

const toView = (webhook: WebhookEntity): WebhookView => ({
  id: webhook.id,
  url: webhook.url,
  events: webhook.events,
  createdAt: epochMsToIso(webhook.createdAt),
});

const iso = (epochMs: number | null) => (epochMs === null ? null : epochMsToIso(epochMs));

/** A conference's webhooks: registered, listed and removed by officers. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    private readonly conferences: ConferencesService,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(slug: string, body: CreateWebhookBody): Promise<WebhookView> {
    const conference = await this.conferences.getBySlug(slug);
    const row = { conferenceId: conference.id, ...body, createdAt: this.clock.now() };
    const saved = await this.transactions.write(async (manager) => {
      const { identifiers } = await manager.insert(WebhookEntity, row);
      return { ...row, id: Number(identifiers[0].id) };
    });
    return toView(saved);
  }

  async list(slug: string): Promise<WebhookView[]> {
    const conference = await this.conferences.getBySlug(slug);
    return (await this.webhooks.find({ where: { conferenceId: conference.id }, order: { id: 'ASC' } })).map(toView);
  }

  async remove(slug: string, id: number): Promise<void> {
    const webhook = await this.find(slug, id);
    await this.transactions.write(async (manager) => {
      await manager.delete(WebhookDeliveryEntity, { webhookId: webhook.id });
      await manager.delete(WebhookEntity, { id: webhook.id });
    });
  }

  /** The latest deliveries, newest first, with each one's last result. */
  async deliveriesOf(slug: string, id: number): Promise<WebhookDeliveryView[]> {
    const webhook = await this.find(slug, id);
    const rows = await this.deliveries.find({ where: { webhookId: webhook.id }, order: { createdAt: 'DESC' }, take: DELIVERIES_SHOWN });
    return rows.map((row) => ({
      id: row.id,
      event: row.event,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.lastStatusCode,
      lastError: row.lastError,
      createdAt: epochMsToIso(row.createdAt),
      lastAttemptAt: iso(row.lastAttemptAt),
      nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
      body: JSON.parse(row.body) as unknown,
    }));
  }

  private async find(slug: string, id: number): Promise<WebhookEntity> {
    const conference = await this.conferences.getBySlug(slug);
    const webhook = await this.webhooks.findOneBy({ id, conferenceId: conference.id });
    if (!webhook) throw new DomainError('WEBHOOK_NOT_FOUND', `Webhook ${id} not found in conference "${slug}"`);
    return webhook;
  }
}
