/**
 * Reads errors from the API as values users can read (STYLE §7). The server writes messages as
 * "Vietnamese / English"; `data.code` is the tRPC code and `data.field` the input at fault. Pure:
 * duck-typed on the TRPCClientError shape so tests need no client.
 */
import type { Language } from '../i18n/languages.ts';

export interface ApiErrorInfo {
  /** tRPC code, e.g. UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS; undefined for network failures. */
  code: string | undefined;
  /** The input field at fault, e.g. "username", when the server names one. */
  field: string | undefined;
  message: string;
  /** For TOO_MANY_REQUESTS: the seconds the server asks to wait (its Retry-After). */
  retryAfterSeconds?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function apiErrorInfo(error: unknown): ApiErrorInfo {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const data = isRecord(error) && isRecord(error['data']) ? error['data'] : undefined;
  const code = typeof data?.['code'] === 'string' ? data['code'] : undefined;
  const field = typeof data?.['field'] === 'string' && data['field'] !== '' ? data['field'] : undefined;
  const wait = data?.['retryAfterSeconds'];
  return { code, field, message, ...(typeof wait === 'number' && wait > 0 ? { retryAfterSeconds: Math.ceil(wait) } : {}) };
}

/**
 * The part of a bilingual "Tiếng Việt / English" message for `language`. A message without the
 * separator is returned whole (zod messages are English only: callers prefer their own text).
 */
export function messageInLanguage(message: string, language: Language): string {
  const separator = message.lastIndexOf(' / ');
  if (separator < 0) return message.trim();
  const vietnamese = message.slice(0, separator).trim();
  const english = message.slice(separator + 3).trim();
  return (language === 'vi' ? vietnamese : english) || vietnamese || english;
}

/** Whether the server wrote this message for people (bilingual), not a zod or transport detail. */
export function isBilingualMessage(message: string): boolean {
  return message.includes(' / ');
}

export type ErrorKind = 'network' | 'unauthorized' | 'forbidden' | 'throttled' | 'invalid' | 'conflict' | 'not-found' | 'server';

/** What kind of failure this is, for a fallback text when the server's message is not for people. */
export function errorKind(info: ApiErrorInfo): ErrorKind {
  switch (info.code) {
    case undefined:
      return 'network';
    case 'UNAUTHORIZED':
      return 'unauthorized';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'TOO_MANY_REQUESTS':
      return 'throttled';
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
    case 'PAYLOAD_TOO_LARGE':
      return 'invalid';
    case 'CONFLICT':
      return 'conflict';
    case 'NOT_FOUND':
      return 'not-found';
    default:
      return 'server';
  }
}

/** The message keys `readableError` may ask for, with their values. */
export type ErrorTextKey = `errors.${ErrorKind}` | 'errors.throttledRetry';
export type ErrorTranslate = (key: ErrorTextKey, values?: { seconds: number }) => string;

/**
 * The sentence to show for an API error: "too many requests, try again in N s" when the server
 * says how long to wait; the server's own message when it wrote one for people (in Chinese, the
 * kind of failure with the English detail); else the text for the kind of failure.
 */
export function readableError(error: unknown, language: Language, translate: ErrorTranslate): string {
  const info = apiErrorInfo(error);
  if (info.code === 'TOO_MANY_REQUESTS') {
    return info.retryAfterSeconds !== undefined ? translate('errors.throttledRetry', { seconds: info.retryAfterSeconds }) : translate('errors.throttled');
  }
  const kind = translate(`errors.${errorKind(info)}`);
  if (info.code === undefined || !isBilingualMessage(info.message)) return kind;
  // The server writes Vietnamese and English: Chinese readers get the kind in Chinese and the English detail.
  return language === 'zh' ? `${kind}（${messageInLanguage(info.message, 'en')}）` : messageInLanguage(info.message, language);
}

/** Whether trying the same request again at once may help: not for refusals of the request itself (4xx). */
export function isWorthRetrying(error: unknown): boolean {
  const data = isRecord(error) && isRecord(error['data']) ? error['data'] : undefined;
  const status = typeof data?.['httpStatus'] === 'number' ? data['httpStatus'] : undefined;
  return status === undefined || status >= 500;
}
