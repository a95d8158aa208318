import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../domain/webhooks/webhook-events';

export const createWebhookSchema = z
  .object({
    url: z
      .string()
      .max(2000)
      .url()
      // zod runs this even when .url() failed: a text that is no URL must not throw here (a 500).
      .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), 'must be an http or https URL'),
    /** Keys the HMAC-SHA256 signature of every delivery. */
    secret: z.string().min(16).max(200),
    events: z
      .array(z.enum(WEBHOOK_EVENTS))
      .min(1)
      .refine((events) => new Set(events).size === events.length, 'must not name an event twice'),
  })
  .strict();

export type CreateWebhookBody = z.infer<typeof createWebhookSchema>;
export class CreateWebhookDto extends createZodDto(createWebhookSchema) {}
