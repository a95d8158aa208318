import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DELEGATION_KINDS } from '../domain/capacity';

export const delegationsQuerySchema = z
  .object({
    kind: z.enum(DELEGATION_KINDS).optional(),
    q: z.string().max(100).optional(),
  })
  .strict();

export class DelegationsQueryDto extends createZodDto(delegationsQuerySchema) {}
