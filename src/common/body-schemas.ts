import { z } from 'zod';

/** Commands whose body is optional: no body reads as {} (a JSON `null` is a body, and refused). */
export const optionalBody = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === undefined ? {} : value), schema);

/** A row id in a body: a positive integer that fits the database's integer column. */
export const bodyId = z.number().int().positive().max(2 ** 31 - 1);

/** The version a write was based on; a stale one is refused with 409. */
export const bodyVersion = z.number().int().nonnegative().optional();
