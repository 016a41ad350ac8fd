/**
 * Keeps the URL hash and the stored language in step with the UI state: the state is written to
 * the hash (replaceState: panning does not flood history), and a hash edited by hand or by
 * back/forward is applied to the state.
 */
import { useEffect, type Dispatch } from 'react';
import type { i18n } from 'i18next';
import { formatUrlHash, parseUrlHash } from '../state/url-hash.ts';
import type { UiAction, UiState } from '../state/ui-state.ts';
import { htmlLang, isLanguage, type Language } from '../i18n/languages.ts';

const languageStorageKey = 'ezgis.language';

export function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(languageStorageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be disabled (privacy modes); the default language applies.
    return undefined;
  }
}

export function useUrlHashSync(state: UiState, dispatch: Dispatch<UiAction>): void {
  const { view, visibleLayers, language, selected, projectFilter, asOf } = state;
  useEffect(() => {
    const hash = formatUrlHash({ view, visibleLayers, language, selected, projectFilter, asOf });
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
  }, [view, visibleLayers, language, selected, projectFilter, asOf]);

  useEffect(() => {
    const onHashChange = () => dispatch({ type: 'url-state-applied', urlState: parseUrlHash(window.location.hash) });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [dispatch]);
}

export function useLanguageSync(language: Language, i18n: i18n, title: string): void {
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = htmlLang[language];
    try {
      window.localStorage.setItem(languageStorageKey, language);
    } catch {
      // Not persisted; the URL still carries the language.
    }
  }, [language, i18n]);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
