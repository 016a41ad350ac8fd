/**
 * Numbers, areas, distances and dates of the portal in the UI language's locale (Intl), and the
 * label of a domain code in that language. Written for any language code so Chinese ('zh' →
 * zh-CN) works as soon as it joins `languages`. Pure.
 */
import { numberLocale } from '../../i18n/languages.ts';

/** Locales of languages the app may gain before languages.ts lists them. */
const pendingLocales: Record<string, string> = { zh: 'zh-CN' };

/** The BCP 47 locale for a UI language code; Vietnamese when unknown. */
export function portalLocale(language: string): string {
  return (numberLocale as Record<string, string>)[language] ?? pendingLocales[language] ?? 'vi-VN';
}

export function formatDecimal(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(portalLocale(language), { maximumFractionDigits }).format(value);
}

/** Hectares with two decimals at most (the server rounds areas computed in EPSG:9215). */
export function formatHa(value: number, language: string): string {
  return `${formatDecimal(value, language, 2)} ha`;
}

/** Square metres as whole numbers with grouping. */
export function formatSquareMetres(value: number, language: string): string {
  return `${formatDecimal(Math.round(value), language, 0)} m²`;
}

export function formatKm(value: number, language: string): string {
  return `${formatDecimal(value, language, value < 10 ? 2 : 1)} km`;
}

export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(portalLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A calendar date (YYYY-MM-DD) in the language's usual order, without a time-zone shift; other text is returned as is. */
export function formatDay(value: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(portalLocale(language), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The label of a domain entry ({ vi, en, zh? }) in the UI language; Vietnamese when it has none. */
export function domainLabel(entry: { readonly vi: string; readonly en: string; readonly zh?: string } | undefined, language: string, fallback = ''): string {
  if (!entry) return fallback;
  if (language === 'en') return entry.en;
  if (language === 'zh') return entry.zh ?? entry.en;
  return entry.vi;
}
