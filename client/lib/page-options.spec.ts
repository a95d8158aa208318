import { meetingIdFromPath, parseDisplayOptions, parseNowOption, parseOverlayOptions, screenKeyFromSearch, withScreenKey } from './page-options';

describe('page options', () => {
  it('reads the meeting id from the path', () => {
    expect(meetingIdFromPath('/display/12')).toBe(12);
    expect(meetingIdFromPath('/overlay/7/')).toBe(7);
    expect(meetingIdFromPath('/display/abc')).toBeNull();
    expect(meetingIdFromPath('/display/0')).toBeNull();
    expect(meetingIdFromPath('/display/')).toBeNull();
  });

  it('reads a screen link key from ?key=, and nothing from an empty one', () => {
    expect(screenKeyFromSearch('?key=abc_-9&position=top')).toBe('abc_-9');
    expect(screenKeyFromSearch('?key=')).toBeNull();
    expect(screenKeyFromSearch('')).toBeNull();
  });

  it('sends the key as ?screenKey= on the reads, escaped, and nothing without one', () => {
    expect(withScreenKey('/api/meetings/3/floor', 'a+b')).toBe('/api/meetings/3/floor?screenKey=a%2Bb');
    expect(withScreenKey('/api/meetings/3/floor', null)).toBe('/api/meetings/3/floor');
  });

  it('defaults the overlay to the bottom, scale 1, with next speakers', () => {
    expect(parseOverlayOptions('')).toEqual({ position: 'bottom', scale: 1, showNext: true });
  });

  it('reads position, scale and next', () => {
    expect(parseOverlayOptions('?position=top&scale=1.5&next=0')).toEqual({ position: 'top', scale: 1.5, showNext: false });
  });

  it('clamps the scale to 0.5..2 and ignores nonsense', () => {
    expect(parseOverlayOptions('?scale=9').scale).toBe(2);
    expect(parseOverlayOptions('?scale=0.1').scale).toBe(0.5);
    expect(parseOverlayOptions('?scale=big').scale).toBe(1);
    expect(parseOverlayOptions('?scale=').scale).toBe(1);
    expect(parseOverlayOptions('?position=left').position).toBe('bottom');
  });

  it('plays the chime only when asked', () => {
    expect(parseDisplayOptions('').sound).toBe(false);
    expect(parseDisplayOptions('?sound=1').sound).toBe(true);
    expect(parseDisplayOptions('?sound=0').sound).toBe(false);
  });

  it('takes ?now= as the page’s now when it is an ISO instant with its offset', () => {
    expect(parseNowOption('?now=2021-07-28T19:30:00Z')).toBe(Date.parse('2021-07-28T19:30:00Z'));
    expect(parseNowOption('?now=2021-07-28T15:30-04:00')).toBe(Date.parse('2021-07-28T19:30:00Z'));
    expect(parseNowOption('')).toBeNull();
    expect(parseNowOption('?now=2021-07-28')).toBeNull();
    expect(parseNowOption('?now=2021-13-45T99:00:00Z')).toBeNull();
  });

  it('reads the flash at zero and the projector list, both off by default', () => {
    expect(parseDisplayOptions('')).toEqual({ sound: false, flash: false, list: false });
    expect(parseDisplayOptions('?flash=1&list=yes')).toEqual({ sound: false, flash: true, list: true });
    expect(parseDisplayOptions('?list=0&flash=off').list).toBe(false);
  });
});
