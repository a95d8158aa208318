import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cleanText } from '../shared/clean-text';

export const roomBodySchema = z.object({ name: cleanText(z.string().trim().min(1).max(200)) }).strict();

export type RoomBody = z.infer<typeof roomBodySchema>;
export class RoomBodyDto extends createZodDto(roomBodySchema) {}
