/** The UI languages; Vietnamese is the default, then English and Simplified Chinese (DESIGN §2). */
export const languages = ['vi', 'en', 'zh'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The BCP 47 locale used to format numbers and dates in each UI language. */
export const numberLocale: Record<Language, string> = { vi: 'vi-VN', en: 'en-US', zh: 'zh-CN' };

/** The value of `<html lang>` for each UI language: Chinese is written in simplified script. */
export const htmlLang: Record<Language, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans' };

/** A text in the UI languages; Chinese may be missing on staff-only texts and then falls back to English. */
export interface LocalisedText {
  readonly vi: string;
  readonly en: string;
  readonly zh?: string;
}

/** Picks the text of a `{ vi, en, zh }` entry (layer titles, domain tables). */
export function localised(text: LocalisedText, language: Language): string {
  if (language === 'zh') return text.zh ?? text.en;
  return text[language];
}
