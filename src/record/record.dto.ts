import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const conferenceStatementsQuerySchema = z
  .object({ delegationId: z.string().regex(/^[1-9][0-9]{0,9}$/, 'must be a positive integer').optional() })
  .strict();

export class ConferenceStatementsQueryDto extends createZodDto(conferenceStatementsQuerySchema) {}
