import { z } from 'zod';
import { ENFORCEMENT_MODES, MAX_GRACE_SECONDS } from '../domain/timer/enforcement';

/** Commands whose body is optional: no body reads as {} (a JSON `null` is a body, and refused). */
export const optionalBody = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === undefined ? {} : value), schema);

/** A row id in a body: a positive integer that fits the database's integer column. */
export const bodyId = z.number().int().positive().max(2 ** 31 - 1);

/** A whole number in a query string: decimal digits only (Number() would read 0x31 as 49, 1e3 as 1000). */
export const queryInteger = z
  .string()
  .regex(/^[0-9]{1,15}$/, 'must be a whole number in decimal digits')
  .transform(Number);

/** The version a write was based on; a stale one is refused with 409. */
export const bodyVersion = z.number().int().nonnegative().optional();

/** What happens at zero: `graceSeconds` left out keeps the grace in force (0 when none). */
export const enforcementSchema = z
  .object({
    mode: z.enum(ENFORCEMENT_MODES),
    graceSeconds: z.number().int().min(0).max(MAX_GRACE_SECONDS).optional(),
  })
  .strict();
