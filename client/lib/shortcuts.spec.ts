import { isTypingTarget, KeyPress, SHORTCUTS, shortcutFor } from './shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('officer shortcuts', () => {
  it.each([
    ['n', 'next'],
    ['N', 'next'],
    [' ', 'toggle'],
    ['r', 'resume'],
    ['e', 'extend30'],
    ['s', 'stop'],
    ['d', 'takeAway30'],
    ['t', 'setTime'],
    ['u', 'undo'],
    ['k', 'skip'],
    ['p', 'pointOfOrder'],
    ['c', 'conclude'],
    ['m', 'message'],
    ['Escape', 'clearMessage'],
  ])('maps %p to %s', (key, action) => {
    expect(shortcutFor(press(key))).toBe(action);
  });

  it('extends by a minute with Shift+E', () => {
    expect(shortcutFor(press('E', { shiftKey: true }))).toBe('extend60');
  });

  it('leaves browser shortcuts and held keys alone', () => {
    expect(shortcutFor(press('n', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('s', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { repeat: true }))).toBeNull();
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('lists every action once in the on-screen help', () => {
    const actions = SHORTCUTS.map((shortcut) => shortcut.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions).toHaveLength(14);
  });

  it('does not fire while typing in a text field', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('fires on buttons, checkboxes and the page', () => {
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
