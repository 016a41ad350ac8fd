import { describe, expect, it } from 'vitest';
import { formatVietnamTime } from './format-time.ts';

describe('formatVietnamTime', () => {
  it('shows a UTC instant in Vietnam time, on the Vietnamese day', () => {
    const text = formatVietnamTime('2026-11-24T18:30:05Z', 'vi');
    expect(text).toContain('01:30:05');
    expect(text).toContain('25');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatVietnamTime('not a date', 'en')).toBe('not a date');
  });
});
