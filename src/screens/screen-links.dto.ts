import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { optionalBody } from '../common/body-schemas';
import { cleanText } from '../shared/clean-text';

/** An empty POST makes a link with no label. */
export const createScreenLinkSchema = optionalBody(
  z.object({ label: cleanText(z.string().trim().min(1).max(100)).nullable().optional() }).strict(),
);
export class CreateScreenLinkDto extends createZodDto(createScreenLinkSchema) {}
