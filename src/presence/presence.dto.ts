import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { bodyId } from '../common/body-schemas';
import { PRESENCE_MODES } from '../domain/presence/presence';

export const declarePresenceSchema = z
  .object({
    /** Officers name the delegation; a delegate may only name its own, or leave it out. */
    delegationId: bodyId.optional(),
    mode: z.enum(PRESENCE_MODES).nullable().optional(),
    ready: z.boolean().optional(),
  })
  .strict()
  .refine((body) => body.mode !== undefined || body.ready !== undefined, { path: ['mode'], message: 'send mode, ready or both' });
export class DeclarePresenceDto extends createZodDto(declarePresenceSchema) {}
export type DeclarePresence = z.infer<typeof declarePresenceSchema>;
