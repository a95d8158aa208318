import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookEvent } from '../domain/webhooks/webhook-events';
import { EpochMsColumn } from '../persistence/columns';

/** A receiver of the floor's signals: a conference microphone system, a Stream Deck trigger. */
@Entity('webhook')
export class WebhookEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  conferenceId!: number;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  @Column({ type: 'simple-json' })
  events!: WebhookEvent[];

  @EpochMsColumn()
  createdAt!: number;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one webhook, with every attempt's outcome; kept so a restart resumes retries. */
@Entity('webhook_delivery')
export class WebhookDeliveryEntity {
  /** The `X-Rostrum-Delivery` header: the same on every retry. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'integer' })
  webhookId!: number;

  @Column({ type: 'varchar', length: 32 })
  event!: WebhookEvent;

  /** The raw body sent, so every retry signs and sends the same bytes. */
  @Column({ type: 'text' })
  body!: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @EpochMsColumn({ nullable: true })
  nextAttemptAt!: number | null;

  /** Held by the instance sending it until then, so two instances never send it at once. */
  @EpochMsColumn({ nullable: true })
  claimedUntil!: number | null;

  @Column({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @EpochMsColumn()
  createdAt!: number;

  @EpochMsColumn({ nullable: true })
  lastAttemptAt!: number | null;
}
