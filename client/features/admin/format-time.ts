/** Instants shown in Vietnam time (Asia/Ho_Chi_Minh), whatever the browser's own zone. Pure. */
import { numberLocale, type Language } from '../../i18n/languages.ts';

export const displayTimeZone = 'Asia/Ho_Chi_Minh';

export function formatVietnamTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(numberLocale[language], {
    timeZone: displayTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}
