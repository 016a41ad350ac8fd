/**
 * The map's search box (WAI-ARIA combobox with a listbox popup): typing asks search.query after a
 * short pause; ↑/↓ move through the results, Enter chooses, Escape closes the list (a second
 * Escape clears the text). Choosing a result is the page's business (onChoose).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SearchItem } from '../../../shared/schemas/search.ts';
import { useTRPC } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { Spinner } from '../../ui/spinner.tsx';
import type { Language } from '../../i18n/languages.ts';
import { moveActive, searchableQuery, searchKindLabel } from './search-results.ts';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 200;
const RESULT_LIMIT = 10;

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export function SearchBox({ language, onChoose }: { language: Language; onChoose: (item: SearchItem) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // The active option belongs to one list of results: new results start with none active (Enter then takes the first).
  const [activeIn, setActiveIn] = useState<{ items: readonly SearchItem[]; index: number }>({ items: [], index: -1 });

  const query = searchableQuery(useDebounced(text, DEBOUNCE_MS));
  const typing = searchableQuery(text) !== query;
  const results = useQuery({
    ...trpc.search.query.queryOptions({ q: query ?? '', limit: RESULT_LIMIT }),
    enabled: query !== null,
    staleTime: 60_000,
  });
  const items = query === null ? [] : (results.data ?? []);
  const loading = query !== null && (typing || results.isFetching);
  const expanded = open && searchableQuery(text) !== null;

  const active = activeIn.items === items ? activeIn.index : -1;
  const setActive = (index: number) => setActiveIn({ items, index });

  function choose(item: SearchItem) {
    setText(item.name);
    setOpen(false);
    setActive(-1);
    onChoose(item);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive(moveActive(event.key, active, items.length));
        return;
      case 'Enter': {
        const item = items[active >= 0 ? active : 0];
        if (expanded && item && !typing) {
          event.preventDefault();
          choose(item);
        }
        return;
      }
      case 'Escape':
        // Kept from the map's own Escape (which closes a popup) only when the box had something to close.
        if (expanded) {
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          event.stopPropagation();
          setText('');
        }
        return;
    }
  }

  let status: ReactNode = null;
  if (expanded && items.length === 0) {
    if (loading) status = <span className="search-box__status"><Spinner label={t('search.loading')} />{t('search.loading')}</span>;
    else if (results.isError) status = <span className="search-box__status search-box__status--error">{t('search.error', { message: errorMessage(results.error) })}</span>;
    else if (results.isSuccess) status = <span className="search-box__status">{t('search.empty', { query })}</span>;
  }

  return (
    <div className="search-box" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>{t('search.label')}</label>
      <div className="search-box__field">
        <span className="search-box__icon" aria-hidden="true">⌕</span>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          className="search-box__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && active < items.length ? optionId(active) : undefined}
          aria-busy={loading}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {loading && expanded && items.length > 0 && <Spinner label={t('search.loading')} />}
        {text !== '' && (
          <button
            type="button"
            className="search-box__clear"
            aria-label={t('search.clear')}
            title={t('search.clear')}
            // Keeps the focus in the input (a click would blur it first and close the list).
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setText('');
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        )}
      </div>
      <ul id={listId} className="search-box__list" role="listbox" aria-label={t('search.resultsLabel')} hidden={!expanded || items.length === 0}>
        {items.map((item, index) => (
          <li
            key={`${item.kind}:${item.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`search-box__option${index === active ? ' search-box__option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => choose(item)}
          >
            <span className="search-box__name">{item.name}</span>
            <span className={`search-box__kind search-box__kind--${item.kind}`}>{searchKindLabel(item.kind, language)}</span>
          </li>
        ))}
      </ul>
      {/* Present from the start so screen readers announce what arrives in it. */}
      <div className="search-box__popup" aria-live="polite">{status}</div>
    </div>
  );
}
