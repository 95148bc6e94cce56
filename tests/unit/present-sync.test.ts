import { describe, expect, it } from 'vitest';
import { channelName, gotoMessage, helloMessage, receive } from '../../src/features/slides/present-sync';

describe('receive', () => {
  const self = 'me';

  it('follows another window to a slide in the deck', () => {
    expect(receive(gotoMessage('other', 4), self, 0, 10)).toEqual({ action: 'goto', slide: 4, step: 0 });
    expect(receive(gotoMessage('other', 0), self, 3, 10)).toEqual({ action: 'goto', slide: 0, step: 0 });
    expect(receive(gotoMessage('other', 9), self, 3, 10)).toEqual({ action: 'goto', slide: 9, step: 0 });
  });

  it('follows a step on the same slide, and reads a message without a step as step 0', () => {
    expect(receive(gotoMessage('other', 4, 2), self, 4, 10, 1)).toEqual({ action: 'goto', slide: 4, step: 2 });
    expect(receive(gotoMessage('other', 4, 1), self, 4, 10, 1)).toEqual({ action: 'ignore' });
    expect(receive({ type: 'goto', sender: 'other', slide: 4 }, self, 4, 10, 2)).toEqual({
      action: 'goto',
      slide: 4,
      step: 0,
    });
    for (const step of [-1, 1.5, '2', 100])
      expect(receive({ type: 'goto', sender: 'other', slide: 4, step }, self, 0, 10)).toEqual({ action: 'ignore' });
  });

  it('ignores its own echo and the slide it already shows', () => {
    expect(receive(gotoMessage(self, 4), self, 0, 10)).toEqual({ action: 'ignore' });
    expect(receive(gotoMessage('other', 4), self, 4, 10)).toEqual({ action: 'ignore' });
  });

  it('ignores slides outside the deck and non-integer slides', () => {
    for (const slide of [-1, 10, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(receive({ type: 'goto', sender: 'other', slide }, self, 0, 10), String(slide)).toEqual({
        action: 'ignore',
      });
    }
    expect(receive(gotoMessage('other', 0), self, 0, 0)).toEqual({ action: 'ignore' });
  });

  it('answers a hello from another window but not its own', () => {
    expect(receive(helloMessage('other'), self, 2, 10)).toEqual({ action: 'answer' });
    expect(receive(helloMessage(self), self, 2, 10)).toEqual({ action: 'ignore' });
  });

  it('ignores malformed messages', () => {
    for (const data of [
      null,
      undefined,
      4,
      'goto',
      [],
      {},
      { type: 'goto', slide: 3 },
      { type: 'goto', sender: '', slide: 3 },
      { type: 'goto', sender: 5, slide: 3 },
      { type: 'goto', sender: 'other', slide: '3' },
      { type: 'jump', sender: 'other', slide: 3 },
    ]) {
      expect(receive(data, self, 0, 10), JSON.stringify(data)).toEqual({ action: 'ignore' });
    }
  });

  it('names one channel per module', () => {
    expect(channelName('m3')).not.toBe(channelName('m4'));
    expect(channelName('m3')).toContain('m3');
  });
});
