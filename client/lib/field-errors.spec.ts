import { ApiError } from './api';
import { fieldErrors } from './field-errors';

const FIELDS = ['title', 'room', 'startsAt', 'endsAt'];
// Without a catalogue installed t() answers the key: the key says which sentence was chosen.
const english = (text: string) => `(\u2068${text}\u2069)`;

describe('fieldErrors', () => {
  it('puts each named problem of a 400 beside its field, by its code, the English kept', () => {
    const error = new ApiError(400, ['startsAt: happens twice', 'title: too short'], 'Bad Request', 'INVALID_INPUT', [
      { field: 'startsAt', code: 'INVALID_TIME', message: 'happens twice' },
      { field: 'title', code: 'TOO_SMALL', message: 'too short' },
    ]);
    expect(fieldErrors(error, FIELDS)).toEqual({
      fields: { startsAt: [`errors.field.INVALID_TIME ${english('startsAt: happens twice')}`], title: [`errors.field.TOO_SMALL ${english('title: too short')}`] },
      general: [],
    });
  });

  it('puts a room clash beside the room', () => {
    const message = 'Room "Conference Room 4" is already booked by meeting 9';
    expect(fieldErrors(new ApiError(409, [message], 'Conflict', 'ROOM_BOOKED'), FIELDS).fields.room).toEqual([`errors.code.ROOM_BOOKED ${english(message)}`]);
  });

  it('keeps a problem of no field on the form, such as a stale version, for the form as a whole', () => {
    const error = new ApiError(409, ['Meeting 4 has changed since you loaded it'], 'Conflict', 'STALE_VERSION');
    expect(fieldErrors(error, FIELDS)).toEqual({ fields: {}, general: [`errors.code.STALE_VERSION ${english('Meeting 4 has changed since you loaded it')}`] });
  });

  it('keeps a field the form does not show for the form as a whole', () => {
    const error = new ApiError(400, ['colour: unknown field'], 'Bad Request', 'INVALID_INPUT', [{ field: 'colour', code: 'UNKNOWN_FIELD', message: 'unknown field' }]);
    expect(fieldErrors(error, FIELDS).general).toEqual([`errors.badFields ${english('colour: unknown field')}`]);
  });
});
