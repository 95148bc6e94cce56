import { describe, expect, it } from 'vitest';
import { slideCommand, type KeyContext } from '../../src/features/slides/present-keys';

const at = (key: string, context: Partial<KeyContext> = {}) =>
  slideCommand({
    key,
    shift: false,
    inTextField: false,
    inExercise: false,
    onControl: false,
    blanked: false,
    typed: '',
    presenterView: false,
    ...context,
  });

describe('slideCommand', () => {
  it('moves slides with the keys a clicker sends, wherever the focus is', () => {
    for (const where of [{}, { inExercise: true }, { inTextField: true }, { onControl: true }]) {
      expect(at('PageDown', where)).toEqual({ type: 'next' });
      expect(at('PageUp', where)).toEqual({ type: 'prev' });
    }
  });

  it('leaves arrow keys and typing to an exercise or a text field; Esc leaves the exercise', () => {
    expect(at('ArrowRight', { inExercise: true })).toBeNull();
    expect(at('b', { inTextField: true })).toBeNull();
    expect(at('3', { inExercise: true })).toBeNull();
    expect(at('Escape', { inExercise: true })).toEqual({ type: 'leave-exercise' });
    expect(at('Escape', { inExercise: true, inTextField: true })).toEqual({ type: 'leave-exercise' });
    expect(at('Escape')).toBeNull();
  });

  it('blanks the screen black with b or . and white with w; any key then only brings the slide back', () => {
    expect(at('b')).toEqual({ type: 'blank', colour: 'black' });
    expect(at('.')).toEqual({ type: 'blank', colour: 'black' });
    expect(at('w')).toEqual({ type: 'blank', colour: 'white' });
    for (const key of ['b', 'PageDown', 'ArrowRight', 'x'])
      expect(at(key, { blanked: true })).toEqual({ type: 'unblank' });
  });

  it('jumps to a typed slide number on Enter, keeping at most four digits', () => {
    expect(at('1')).toEqual({ type: 'digits', typed: '1' });
    expect(at('2', { typed: '1' })).toEqual({ type: 'digits', typed: '12' });
    expect(at('9', { typed: '1234' })).toEqual({ type: 'digits', typed: '2349' });
    expect(at('Enter', { typed: '12' })).toEqual({ type: 'jump', slide: 11 });
    expect(at('Enter')).toBeNull();
    // Enter on a focused button presses the button, even with digits typed.
    expect(at('Enter', { typed: '12', onControl: true })).toBeNull();
  });

  it('keeps Space for buttons and links, Shift+Space goes back, P opens the presenter once', () => {
    expect(at(' ')).toEqual({ type: 'next' });
    expect(at(' ', { onControl: true })).toBeNull();
    expect(at(' ', { shift: true })).toEqual({ type: 'prev' });
    expect(at('p')).toEqual({ type: 'presenter' });
    expect(at('p', { presenterView: true })).toBeNull();
    expect(at('q')).toBeNull();
  });
});
