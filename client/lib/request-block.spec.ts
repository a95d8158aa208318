import { requestBlock } from './request-block';

const open = { closed: false, meetingEnded: false };

describe('whether a delegate can ask for the floor', () => {
  it('can on an open list of a meeting that goes ahead', () => {
    expect(requestBlock({ cancelled: false }, open, 'national')).toBeNull();
  });

  it('cannot in a cancelled meeting, whatever the capacity', () => {
    expect(requestBlock({ cancelled: true }, open, 'right-of-reply')).toBe('cancelled');
  });

  it('cannot once the meeting has ended', () => {
    expect(requestBlock({ cancelled: false }, { closed: false, meetingEnded: true }, 'national')).toBe('ended');
  });

  it('cannot make a statement on a closed list, but can still ask for a right of reply or a point of order', () => {
    const closed = { closed: true, meetingEnded: false };
    expect(requestBlock({ cancelled: false }, closed, 'national')).toBe('closed');
    expect(requestBlock({ cancelled: false }, closed, 'group')).toBe('closed');
    expect(requestBlock({ cancelled: false }, closed, null)).toBe('closed');
    expect(requestBlock({ cancelled: false }, closed, 'right-of-reply')).toBeNull();
    expect(requestBlock({ cancelled: false }, closed, 'point-of-order')).toBeNull();
  });

  it('can while the meeting and list are still loading: the server has the last word', () => {
    expect(requestBlock(null, null, 'national')).toBeNull();
  });
});
