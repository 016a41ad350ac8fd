/** One i18next instance per app; strings live in vi.ts, en.ts and zh.ts. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';
import { defaultLanguage, type Language } from './languages.ts';

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
  zh: { translation: zh },
} as const;

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    // Resources are bundled: initialise synchronously so the first render is already translated.
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
