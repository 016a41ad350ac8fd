/**
 * What the search box does with the server's answers (search.query): the label of a result's
 * kind, where the map goes when one is chosen, and how the arrow keys move through the list. Pure.
 */
import type { SearchItem } from '../../../shared/schemas/search.ts';
import type { FeatureRef } from '../../state/ui-state.ts';
import type { Language } from '../../i18n/languages.ts';
import { vi, type Messages } from '../../i18n/vi.ts';
import { en } from '../../i18n/en.ts';
import { zh } from '../../i18n/zh.ts';

const messages: Record<Language, Messages> = { vi, en, zh };

export type SearchKind = SearchItem['kind'];

/** What a result is (lot, gate, …), in the UI language. */
export function searchKindLabel(kind: SearchKind, language: Language): string {
  return messages[language].search.kinds[kind];
}

/** Where choosing a result takes the map. */
export interface SearchTarget {
  bbox: SearchItem['bbox'];
  /** The feature whose popup opens; null for a park (its lots are shown instead). */
  feature: FeatureRef | null;
  /** Layers switched on so the result can be seen. */
  showLayers: string[];
}

export function searchTarget(item: SearchItem): SearchTarget {
  if (item.layerId === null) return { bbox: item.bbox, feature: null, showLayers: item.kind === 'park' ? ['land-lots'] : [] };
  return { bbox: item.bbox, feature: { layerId: item.layerId, featureId: item.id }, showLayers: [item.layerId] };
}

/** The option the arrow keys move to: down from nothing is the first, up from nothing the last; wraps. -1: none. */
export function moveActive(key: 'ArrowDown' | 'ArrowUp', active: number, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown': return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp': return active <= 0 ? count - 1 : active - 1;
  }
}

/** The query sent to the server, or null when there is nothing to search for (blank, or too long for the schema). */
export function searchableQuery(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length === 0 ? null : trimmed.slice(0, 100);
}
