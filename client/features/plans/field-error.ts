/**
 * A server refusal of a plan form as a sentence for the field it names: the server writes
 * "decisionNumber: phê duyệt cần số quyết định / approval needs the decision number"; zod's own
 * messages are English only, so a field with a text of ours gets ours. Pure.
 */
import { apiErrorInfo, isBilingualMessage, messageInLanguage } from '../../app/api-error.ts';
import type { Language } from '../../i18n/languages.ts';

export interface FieldError {
  field: string | undefined;
  message: string;
}

export function planFieldError(error: unknown, language: Language, ownTexts: Readonly<Record<string, string>>, fallback: string): FieldError {
  const info = apiErrorInfo(error);
  if (info.code !== undefined && isBilingualMessage(info.message)) {
    const text = messageInLanguage(info.message, language);
    // "field: reason" → "Reason", the field is shown by the form itself.
    const withoutField = info.field && text.startsWith(`${info.field}: `) ? text.slice(info.field.length + 2) : text;
    return { field: info.field, message: withoutField.charAt(0).toUpperCase() + withoutField.slice(1) };
  }
  if (info.field && ownTexts[info.field]) return { field: info.field, message: ownTexts[info.field] as string };
  return { field: info.field, message: fallback };
}
