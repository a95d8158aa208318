import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cleanText } from '../shared/clean-text';
import { MAX_ADJUST_SECONDS, MAX_EXTENSION_SECONDS, MAX_MESSAGE_LENGTH, MAX_REMAINING_SECONDS } from '../domain/timer/timer';
import { bodyId, bodyVersion as version, optionalBody } from '../common/body-schemas';

export const floorCommandSchema = optionalBody(z.object({ version }).strict());
export class FloorCommandDto extends createZodDto(floorCommandSchema) {}

export const extendSchema = z
  .object({ seconds: z.number().int().min(1).max(MAX_EXTENSION_SECONDS), version })
  .strict();
export class ExtendDto extends createZodDto(extendSchema) {}

export const skipSchema = optionalBody(
  z
    .object({
      /** How many waiting speakers go before the skipped one; default 1 (after the next speaker). */
      after: z.number().int().min(0).max(1000).optional(),
      version,
    })
    .strict(),
);
export class SkipDto extends createZodDto(skipSchema) {}

export const messageSchema = z.object({ text: cleanText(z.string().max(MAX_MESSAGE_LENGTH)).nullable(), version }).strict();
export class MessageDto extends createZodDto(messageSchema) {}

export const pointOfOrderSchema = z.object({ delegationId: bodyId, version }).strict();
export class PointOfOrderDto extends createZodDto(pointOfOrderSchema) {}

export const adjustSchema = z
  .object({
    seconds: z
      .number()
      .int()
      .min(-MAX_ADJUST_SECONDS)
      .max(MAX_ADJUST_SECONDS)
      .refine((seconds) => seconds !== 0, 'must not be 0'),
    version,
  })
  .strict();
export class AdjustDto extends createZodDto(adjustSchema) {}

export const setTimeSchema = z.object({ remainingSeconds: z.number().int().min(0).max(MAX_REMAINING_SECONDS), version }).strict();
export class SetTimeDto extends createZodDto(setTimeSchema) {}

export const overlaySchema = z.object({ onAir: z.boolean() }).strict();
export class OverlayDto extends createZodDto(overlaySchema) {}
