import { describe, expect, it } from 'vitest';
import { fractionAfterKey, fractionAtPointer, swipeClipPath, swipePercent } from './swipe-clip.ts';

describe('swipe divider', () => {
  it('follows the pointer inside the map and stops at its edges', () => {
    expect(fractionAtPointer(600, { left: 400, width: 800 })).toBe(0.25);
    expect(fractionAtPointer(100, { left: 400, width: 800 })).toBe(0);
    expect(fractionAtPointer(5000, { left: 400, width: 800 })).toBe(1);
    expect(fractionAtPointer(500, { left: 400, width: 0 })).toBe(0.5);
  });

  it('moves by keyboard in steps, pages and to the ends', () => {
    expect(fractionAfterKey(0.5, 'ArrowLeft')).toBe(0.45);
    expect(fractionAfterKey(0.5, 'ArrowRight')).toBe(0.55);
    expect(fractionAfterKey(0.9, 'PageUp')).toBe(1);
    expect(fractionAfterKey(0.3, 'PageDown')).toBe(0.05);
    expect(fractionAfterKey(0.3, 'Home')).toBe(0);
    expect(fractionAfterKey(0.3, 'End')).toBe(1);
    expect(fractionAfterKey(0.02, 'ArrowLeft')).toBe(0);
    expect(fractionAfterKey(0.3, 'Enter')).toBeUndefined();
  });

  it('clips the top map left of the divider', () => {
    expect(swipeClipPath(0.5)).toBe('inset(0 0 0 50%)');
    expect(swipeClipPath(1 / 3)).toBe('inset(0 0 0 33.33%)');
    expect(swipeClipPath(-1)).toBe('inset(0 0 0 0%)');
    expect(swipePercent(0.456)).toBe(46);
  });
});
