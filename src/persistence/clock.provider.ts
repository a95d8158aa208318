import { systemClock } from '../domain/clock';

/** Injection token for the Clock: tests swap in a fakeClock. */
export const CLOCK = Symbol('CLOCK');

export const clockProvider = { provide: CLOCK, useValue: systemClock };
