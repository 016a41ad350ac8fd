/**
 * Errors of the enquiry form by field, from the shared zod schema (before sending) or from the
 * server's answer (after): the server's own bilingual sentence in Vietnamese or English, our own
 * sentence per field in other languages (the schema's messages are "vi / en" only). Pure.
 */
import type { ZodError } from 'zod';
import { apiErrorInfo, isBilingualMessage } from '../../app/api-error.ts';

export const enquiryFields = ['name', 'organisation', 'contact', 'message', 'website', 'lotId'] as const;
export type EnquiryField = (typeof enquiryFields)[number];
export type EnquiryErrors = Partial<Record<EnquiryField, string>>;

function isEnquiryField(value: unknown): value is EnquiryField {
  return typeof value === 'string' && (enquiryFields as readonly string[]).includes(value);
}

/** The part of a "Tiếng Việt / English" sentence in the UI language; undefined for languages the server does not write. */
export function serverSentence(message: string, language: string): string | undefined {
  if (!isBilingualMessage(message)) return undefined;
  const separator = message.lastIndexOf(' / ');
  const part = (language === 'vi' ? message.slice(0, separator) : language === 'en' ? message.slice(separator + 3) : '').trim();
  if (part === '') return undefined;
  return part.charAt(0).toUpperCase() + part.slice(1);
}

/** One message per field (the first issue of each), from the client-side schema check. */
export function errorsFromZod(error: ZodError, language: string, ownTexts: Readonly<Record<EnquiryField, string>>): EnquiryErrors {
  const errors: EnquiryErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (!isEnquiryField(field) || errors[field]) continue;
    errors[field] = serverSentence(issue.message, language) ?? ownTexts[field];
  }
  return errors;
}

export type EnquiryFailure =
  | { kind: 'fields'; errors: EnquiryErrors }
  | { kind: 'throttled'; detail: string | undefined }
  | { kind: 'other'; detail: string | undefined };

/** What a refused submit means for the form: errors at fields, a rate limit, or something else. */
export function enquiryFailure(error: unknown, language: string, ownTexts: Readonly<Record<EnquiryField, string>>): EnquiryFailure {
  const info = apiErrorInfo(error);
  if (info.code === 'TOO_MANY_REQUESTS') return { kind: 'throttled', detail: serverSentence(info.message, language) };
  const data = typeof error === 'object' && error !== null && 'data' in error ? (error as { data?: { issues?: { field: string; message: string }[] } }).data : undefined;
  const errors: EnquiryErrors = {};
  for (const issue of data?.issues ?? []) {
    const field = issue.field.split('.')[0];
    if (isEnquiryField(field) && !errors[field]) errors[field] = serverSentence(issue.message, language) ?? ownTexts[field];
  }
  if (Object.keys(errors).length === 0 && isEnquiryField(info.field)) {
    // "field: sentence" or a sentence naming the field (NOT_FOUND lotId).
    const text = info.message.startsWith(`${info.field}: `) ? info.message.slice(info.field.length + 2) : info.message;
    errors[info.field] = serverSentence(text, language) ?? ownTexts[info.field];
  }
  if (Object.keys(errors).length > 0) return { kind: 'fields', errors };
  return { kind: 'other', detail: info.code === undefined ? undefined : serverSentence(info.message, language) };
}
