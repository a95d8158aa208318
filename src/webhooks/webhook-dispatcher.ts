import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, LessThan, LessThanOrEqual, Or, Repository } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { Clock } from '../domain/clock';
import type { MeetingState } from '../domain/meeting/meeting-state';
import { epochMsToIso } from '../domain/timetable/venue-time';
import { FloorEvent, floorEvents, retryAt } from '../domain/webhooks/webhook-events';
import { Committed, MeetingCore } from '../meeting-core/meeting-core.service';
import type { MeetingSettings } from '../meeting-core/meeting-settings';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import { signatureOf } from './webhook-signature';

const ATTEMPT_TIMEOUT_MS = 5_000;
// Held by one instance while it sends; after that another may take it over.
const CLAIM_MS = 30_000;
const POLL_INTERVAL_MS = 5_000;

/**
 * Sends the floor's moments to the conference's webhooks. Deliveries are stored first and sent
 * after the floor command's commit, never in its way; each is retried with backoff on a timeout,
 * a network error or a 5xx (at most five tries), and a restart resumes what was pending.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly retries = new Set<NodeJS.Timeout>();
  private poll: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly core: MeetingCore,
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.core.onCommitted((committed) => void this.dispatch(committed).catch((error: Error) => this.logger.error(`Webhook dispatch failed: ${error.message}`)));
    this.poll = setInterval(() => void this.resumePending(), POLL_INTERVAL_MS);
    this.poll.unref();
    void this.resumePending();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    for (const retry of this.retries) clearTimeout(retry);
  }

  private async dispatch({ settings, steps }: Committed): Promise<void> {
    const events = steps.flatMap(({ before, decision, nowMs }) =>
      floorEvents(before.floor, decision.state.floor, decision.ended, settings.rules, nowMs).map((event) => ({ event, state: decision.state })),
    );
    if (events.length === 0) return;
    const hooks = await this.webhooks.findBy({ conferenceId: settings.conferenceId });
    const subscribed = hooks.filter((hook) => events.some(({ event }) => hook.events.includes(event.event)));
    if (subscribed.length === 0) return;
    const conference = await this.conferences.findOneByOrFail({ id: settings.conferenceId });
    const now = this.clock.now();
    const rows = subscribed.flatMap((hook) =>
      events
        .filter(({ event }) => hook.events.includes(event.event))
        .map(({ event, state }) => {
          const id = randomUUID();
          const body = JSON.stringify({ id, conference: conference.slug, ...payloadOf(event, state, settings) });
          const row: WebhookDeliveryEntity = {
            id,
            webhookId: hook.id,
            event: event.event,
            body,
            status: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            claimedUntil: now + CLAIM_MS,
            lastStatusCode: null,
            lastError: null,
            createdAt: now,
            lastAttemptAt: null,
          };
          return row;
        }),
    );
    // Copies: TypeORM writes what it reads back into the objects it inserts, and on sqlite mixes up rows of one INSERT.
    await this.transactions.write((manager) => manager.insert(WebhookDeliveryEntity, rows.map((row) => ({ ...row }))));
    // One receiver at a time, in order: a microphone system hears "ended" after "time-up".
    for (const hook of subscribed) void this.sendInOrder(hook, rows.filter((row) => row.webhookId === hook.id));
  }

  private async sendInOrder(hook: WebhookEntity, rows: WebhookDeliveryEntity[]): Promise<void> {
    for (const row of rows) await this.attempt(hook, row);
  }

  /** Pending deliveries whose retry is due and that no instance holds: after a restart, or another instance's. */
  private async resumePending(): Promise<void> {
    if (this.stopped) return;
    try {
      const now = this.clock.now();
      const due = await this.deliveries.find({
        where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now), claimedUntil: Or(IsNull(), LessThan(now)) },
        order: { createdAt: 'ASC' },
        take: 100,
      });
      for (const row of due) {
        if (!(await this.claim(row.id, now))) continue;
        const hook = await this.webhooks.findOneBy({ id: row.webhookId });
        if (hook) await this.attempt(hook, row);
      }
    } catch (error) {
      this.logger.warn(`Could not resume webhook deliveries: ${(error as Error).message}`);
    }
  }

  private async claim(id: string, now: number): Promise<boolean> {
    const claimed = await this.transactions.write((manager) =>
      manager.update(WebhookDeliveryEntity, { id, status: 'pending', claimedUntil: Or(IsNull(), LessThan(now)) }, { claimedUntil: now + CLAIM_MS }),
    );
    return claimed.affected === 1;
  }

  private async attempt(hook: WebhookEntity, row: WebhookDeliveryEntity): Promise<void> {
    if (this.stopped) return;
    const attempts = row.attempts + 1;
    const { statusCode, error } = await post(hook, row);
    const now = this.clock.now();
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const next = ok ? null : retryAt(attempts, statusCode, now);
    const status = ok ? 'delivered' : next === null ? 'failed' : 'pending';
    const update = { attempts, status, lastStatusCode: statusCode, lastError: error, lastAttemptAt: now, nextAttemptAt: next, claimedUntil: next === null ? null : next + CLAIM_MS } as const;
    await this.transactions.write((manager) => manager.update(WebhookDeliveryEntity, { id: row.id }, update));
    if (next !== null && !this.stopped) {
      const retry = setTimeout(() => {
        this.retries.delete(retry);
        void this.attempt(hook, { ...row, ...update });
      }, next - now);
      this.retries.add(retry);
    }
  }
}

async function post(hook: WebhookEntity, row: WebhookDeliveryEntity): Promise<{ statusCode: number | null; error: string | null }> {
  try {
    const response = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Rostrum-Webhooks',
        'X-Rostrum-Event': row.event,
        'X-Rostrum-Delivery': row.id,
        'X-Rostrum-Signature': signatureOf(hook.secret, row.body),
      },
      body: row.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message;
    return { statusCode: null, error: `${(error as Error).message}${cause ? `: ${cause}` : ''}`.slice(0, 500) };
  }
}

function payloadOf(event: FloorEvent, state: MeetingState, settings: MeetingSettings): Record<string, unknown> {
  const entry = event.entryId === null ? undefined : state.entries.find((candidate) => candidate.id === event.entryId);
  const ref = settings.view.delegationRef;
  const speaker = entry
    ? {
        entryId: entry.id,
        delegation: { id: entry.delegationId, name: ref(entry.delegationId).name },
        capacity: entry.capacity,
        onBehalfOf: entry.onBehalfOfId === null ? null : { id: entry.onBehalfOfId, name: ref(entry.onBehalfOfId).name },
      }
    : null;
  const common = { event: event.event, occurredAt: epochMsToIso(event.atMs), meetingId: state.meetingId, rehearsal: settings.rehearsal, speaker };
  switch (event.event) {
    case 'statement.started':
    case 'statement.warning':
    case 'statement.time-up':
      return { ...common, limitMs: event.limitMs };
    case 'statement.ended':
      return {
        ...common,
        endedBy: event.endedBy,
        limitMs: event.limitMs,
        usedMs: event.usedMs,
        overtimeMs: event.overtimeMs,
        startedAt: event.startedAt === null ? null : epochMsToIso(event.startedAt),
      };
    case 'floor.message':
      return { ...common, message: event.message };
  }
}
