import { describe, expect, it } from 'vitest';
import { apiErrorInfo, errorKind, messageInLanguage } from './api-error.ts';

describe('messageInLanguage', () => {
  const message = 'Sai tên đăng nhập hoặc mật khẩu / Wrong username or password';

  it('picks the Vietnamese part', () => {
    expect(messageInLanguage(message, 'vi')).toBe('Sai tên đăng nhập hoặc mật khẩu');
  });

  it('picks the English part', () => {
    expect(messageInLanguage(message, 'en')).toBe('Wrong username or password');
  });

  it('splits on the last separator, so a slash inside the Vietnamese part survives', () => {
    expect(messageInLanguage('Mã 1088/2 / A / B', 'vi')).toBe('Mã 1088/2 / A');
  });

  it('returns a message without a separator whole', () => {
    expect(messageInLanguage('password: use at least 10 characters', 'vi')).toBe('password: use at least 10 characters');
  });
});

describe('apiErrorInfo', () => {
  it('reads code and field from a tRPC client error', () => {
    const error = Object.assign(new Error('Tên đăng nhập "a" đã được dùng / Username "a" is taken'), { data: { code: 'CONFLICT', field: 'username', httpStatus: 409 } });
    expect(apiErrorInfo(error)).toEqual({ code: 'CONFLICT', field: 'username', message: 'Tên đăng nhập "a" đã được dùng / Username "a" is taken' });
  });

  it('reads a network failure as having no code', () => {
    const info = apiErrorInfo(new TypeError('Failed to fetch'));
    expect(info.code).toBeUndefined();
    expect(errorKind(info)).toBe('network');
  });

  it('classifies throttling', () => {
    expect(errorKind({ code: 'TOO_MANY_REQUESTS', field: undefined, message: '' })).toBe('throttled');
  });
});
