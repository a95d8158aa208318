import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { bodyId as id, bodyVersion as version, optionalBody } from '../common/body-schemas';
import { CAPACITIES } from '../domain/capacity';

export const inscribeSchema = z
  .object({
    delegationId: id,
    capacity: z.enum(CAPACITIES),
    onBehalfOfId: id.nullable().optional(),
    requestId: z.string().trim().min(1).max(100).optional(),
    /** Officers only: place the entry at this 1-based position instead of by the order policy. */
    position: id.optional(),
    version,
  })
  .strict();
export class InscribeDto extends createZodDto(inscribeSchema) {}

export const moveSchema = z.object({ position: id, version }).strict();
export class MoveDto extends createZodDto(moveSchema) {}

/** Position left out: first in the queue. */
export const callAgainSchema = optionalBody(z.object({ position: id.optional(), version }).strict());
export class CallAgainDto extends createZodDto(callAgainSchema) {}

export const swapSchema = z
  .object({ entryIdA: id, entryIdB: id, version })
  .strict()
  .refine((body) => body.entryIdA !== body.entryIdB, { path: ['entryIdB'], message: 'must differ from entryIdA' });
export class SwapDto extends createZodDto(swapSchema) {}


export const listVersionSchema = optionalBody(z.object({ version }).strict());
export class ListVersionDto extends createZodDto(listVersionSchema) {}
