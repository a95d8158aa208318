import { ApiError, errorText } from './api';

export interface FieldErrors {
  /** Messages by field name, as a 400 names them ("startsAt: ..."). */
  fields: Record<string, string[]>;
  /** What belongs to no field on the form. */
  general: string[];
}

/**
 * Splits an API error over a form's fields: a 400's "field: message" lines by their field, and a
 * 409 room clash ("Room "X" is already booked by meeting 9 ...") beside the room.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  const result: FieldErrors = { fields: {}, general: [] };
  if (!(error instanceof ApiError) || error.status === 0) {
    result.general.push(errorText(error));
    return result;
  }
  for (const message of error.messages) {
    const named = /^([A-Za-z]+)(?:\.\d+)?: (.*)$/s.exec(message);
    const field = named && fields.includes(named[1]) ? named[1] : error.status === 409 && /^Room /.test(message) && fields.includes('room') ? 'room' : null;
    if (field) (result.fields[field] ??= []).push(named && named[1] === field ? named[2] : message);
    else result.general.push(message);
  }
  return result;
}
