import { ApiError } from './api';
import { fieldErrors } from './field-errors';

const FIELDS = ['title', 'room', 'startsAt', 'endsAt'];

describe('fieldErrors', () => {
  it('puts each named problem of a 400 beside its field', () => {
    const error = new ApiError(400, ['startsAt: happens twice in America/New_York', 'title: too short'], 'Bad Request');
    expect(fieldErrors(error, FIELDS)).toEqual({ fields: { startsAt: ['happens twice in America/New_York'], title: ['too short'] }, general: [] });
  });

  it('puts a room clash beside the room, naming the other meeting', () => {
    const message = 'Room "Conference Room 4" is already booked by meeting 9 "3rd plenary" on 2021-07-27 10:00-13:00 America/New_York';
    expect(fieldErrors(new ApiError(409, [message], 'Conflict'), FIELDS).fields.room).toEqual([message]);
  });

  it('keeps a problem of no field on the form, such as a stale version, for the form as a whole', () => {
    const error = new ApiError(409, ['Meeting 4 has changed since you loaded it'], 'Conflict');
    expect(fieldErrors(error, FIELDS)).toEqual({ fields: {}, general: ['Meeting 4 has changed since you loaded it'] });
  });

  it('keeps a field the form does not show for the form as a whole', () => {
    expect(fieldErrors(new ApiError(400, ['colour: unknown field'], 'Bad Request'), FIELDS).general).toEqual(['colour: unknown field']);
  });
});
