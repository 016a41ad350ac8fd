/** Turns an API error into a sentence in the UI language (the server's own, or one by error code). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages.ts';
import { readableError } from './api-error.ts';

export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  return useCallback((error: unknown) => readableError(error, language, (key, values) => t(key, values ?? {})), [t, language]);
}
