/** The UI languages; Vietnamese is the default. (Chinese joins later: DESIGN §2.) */
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The BCP 47 locale used to format numbers and dates in each UI language. */
export const numberLocale: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

/** Picks the text of a `{ vi, en }` pair (layer titles, domain tables). */
export function localised(text: { readonly vi: string; readonly en: string }, language: Language): string {
  return text[language];
}
