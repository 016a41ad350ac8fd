/**
 * Numbers, areas and dates in each UI language, all through Intl with the locale of
 * languages.ts: 12.345,6 (vi), 12,345.6 (en, zh); dates 05/11/2025 (vi), Nov 5, 2025 (en),
 * 2025年11月5日 (zh). Areas are given in square metres and shown in m² below one hectare, in
 * hectares from there. Pure; formatters are cached per locale and options.
 */
import { numberLocale, type Language } from './languages.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number in the locale, at most `maximumFractionDigits` decimals (2 by default). */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  return numberFormat(language, options).format(value);
}

/** The area units as each language writes them: Chinese planning texts write 平方米 and 公顷. */
export const areaUnits: Readonly<Record<Language, { squareMetres: string; hectares: string }>> = {
  vi: { squareMetres: 'm²', hectares: 'ha' },
  en: { squareMetres: 'm²', hectares: 'ha' },
  zh: { squareMetres: '平方米', hectares: '公顷' },
};

export const SQUARE_METRES_PER_HECTARE = 10_000;

/** Hectares with two decimals and the unit: "1,23 ha", "1.23 ha", "1.23 公顷". */
export function formatHectares(hectares: number, language: Language): string {
  return `${numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(hectares)} ${areaUnits[language].hectares}`;
}

/** An area given in m²: whole m² below one hectare ("12.345 m²" is 1,23 ha, so from 10 000 m² on hectares). */
export function formatArea(squareMetres: number, language: Language): string {
  if (Math.abs(squareMetres) >= SQUARE_METRES_PER_HECTARE) return formatHectares(squareMetres / SQUARE_METRES_PER_HECTARE, language);
  return `${numberFormat(language, { maximumFractionDigits: 0 }).format(squareMetres)} ${areaUnits[language].squareMetres}`;
}

/** A percentage of 0–100 (not a fraction): "12,5%" / "12.5%". */
export function formatPercent(value: number, language: Language, maximumFractionDigits = 1): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits }).format(value / 100);
}

const dateOptions: Readonly<Record<Language, Intl.DateTimeFormatOptions>> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
  zh: { day: 'numeric', month: 'long', year: 'numeric' },
};

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day: "2025-11-05" is read as that day wherever the browser is; an instant (ISO
 * timestamp or Date) is shown as its day in Vietnam. Text that is no date comes back unchanged.
 */
export function formatDate(value: string | Date, language: Language): string {
  if (typeof value === 'string') {
    const day = CALENDAR_DATE.exec(value);
    if (day) {
      const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      return new Intl.DateTimeFormat(numberLocale[language], { ...dateOptions[language], timeZone: 'UTC' }).format(date);
    }
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(numberLocale[language], { ...dateOptions[language], timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

/** An instant as day and minute in Vietnam time. */
export function formatDateTime(value: string | Date, language: Language): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(numberLocale[language], { ...dateOptions[language], hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}
