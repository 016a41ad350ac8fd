/**
 * The land-use balance as people read it: hectares in the locale (1.234,56 ha / 1,234.56 ha),
 * signed changes with a real minus sign, land-use names and TT 16/2025 colours from the domain
 * table, and the rows of the before/after chart. Pure.
 */
import { landUseClass } from '../../../shared/domain/land-use.ts';
import { numberLocale, type Language } from '../../i18n/languages.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language): Intl.NumberFormat {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(language, format);
  }
  return format;
}

/** Hectares with two decimals, without the unit. */
export function formatHectares(value: number, language: Language): string {
  return formatter(language).format(value);
}

/** A change of hectares: "+12,34", "−3,20" (U+2212), "0,00". */
export function formatDeltaHectares(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return formatter(language).format(0);
  return `${rounded > 0 ? '+' : '−'}${formatter(language).format(Math.abs(rounded))}`;
}

export function formatPercent(value: number, language: Language): string {
  return `${new Intl.NumberFormat(numberLocale[language], { maximumFractionDigits: 2 }).format(value)}%`;
}

/** Fallback colour of a class missing from the legend table (same as the map's). */
const unknownColour = '#ff00aa';

export function landUseName(code: string, language: Language): string {
  return landUseClass(code)?.[language] ?? code;
}

export function landUseColourOf(code: string): string {
  return landUseClass(code)?.colour ?? unknownColour;
}

export type DeltaDirection = 'gain' | 'loss' | 'none';

export function deltaDirection(delta: number): DeltaDirection {
  const rounded = Math.round(delta * 100) / 100;
  return rounded > 0 ? 'gain' : rounded < 0 ? 'loss' : 'none';
}

export interface BalanceDeltaInput {
  landUse: string;
  fromHectares: number;
  toHectares: number;
  deltaHectares: number;
}

/** The classes that changed, largest change first: what the diverging chart draws. */
export function changedClasses<T extends BalanceDeltaInput>(rows: readonly T[]): T[] {
  return rows.filter((row) => deltaDirection(row.deltaHectares) !== 'none').sort((a, b) => Math.abs(b.deltaHectares) - Math.abs(a.deltaHectares) || a.landUse.localeCompare(b.landUse));
}

/** A CSV link of the server: one revision's balance, or before/after/change of two. */
export function balanceCsvHref(revisionId: string, compareWithId?: string): string {
  const query = compareWithId === undefined
    ? new URLSearchParams({ revision: revisionId })
    : new URLSearchParams({ from: compareWithId, to: revisionId });
  return `/api/plans/balance.csv?${query.toString()}`;
}
