import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { isWorthRetrying, readableError } from './api-error.ts';
import { httpFailure } from './use-layer-data.ts';

function sentence(error: unknown, language: Language): string {
  const { t } = createI18n(language);
  return readableError(error, language, (key, values) => t(key, values ?? {}));
}

/** What the tRPC client makes of the server's 429 envelope (server/http/rate-limit-trpc.test.ts). */
const tooMany = Object.assign(new Error('Quá nhiều yêu cầu, thử lại sau 42 giây / Too many requests, retry in 42 s'), {
  data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, retryAfterSeconds: 42 },
});

describe('readableError', () => {
  it('says how long to wait when the server refuses with 429', () => {
    expect(sentence(tooMany, 'vi')).toBe('Quá nhiều yêu cầu. Vui lòng thử lại sau 42 giây.');
    expect(sentence(tooMany, 'en')).toBe('Too many requests. Please try again in 42 s.');
    expect(sentence(tooMany, 'zh')).toBe('请求过多，请在 42 秒后重试。');
  });

  it('does not call a 429 a network failure when the wait is unknown', () => {
    const error = Object.assign(new Error('429'), { data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429 } });
    expect(sentence(error, 'en')).toBe('Too many requests. Please try again in a few minutes.');
  });

  it('reads a plain fetch 429 with its Retry-After the same way', () => {
    const failure = httpFailure({ status: 429, statusText: 'Too Many Requests', headers: new Headers({ 'Retry-After': '7' }) });
    expect(sentence(failure, 'en')).toBe('Too many requests. Please try again in 7 s.');
  });

  it('still calls a failure without any answer a network failure', () => {
    expect(sentence(new TypeError('Failed to fetch'), 'en')).toBe('Cannot reach the server. Check the network and try again.');
  });

  it('gives Chinese readers the kind in Chinese with the English detail', () => {
    const error = Object.assign(new Error('Tên đăng nhập "a" đã được dùng / Username "a" is taken'), { data: { code: 'CONFLICT', httpStatus: 409 } });
    expect(sentence(error, 'zh')).toBe('数据已更改或已存在。（Username "a" is taken）');
    expect(sentence(error, 'vi')).toBe('Tên đăng nhập "a" đã được dùng');
  });
});

describe('isWorthRetrying', () => {
  it('does not repeat a refused request at once', () => {
    expect(isWorthRetrying(tooMany)).toBe(false);
  });
  it('retries network and server failures', () => {
    expect(isWorthRetrying(new TypeError('Failed to fetch'))).toBe(true);
    expect(isWorthRetrying(Object.assign(new Error('x'), { data: { httpStatus: 502 } }))).toBe(true);
  });
});
