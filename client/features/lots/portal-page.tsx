/**
 * The investor portal (`/dat-dau-tu`): filters, the matching lots as a list and on a map kept in
 * step (hovering a row lights its lot, hovering a lot lights its row; selecting either shows the
 * lot and links to its sheet), "fit to results", CSV / GeoJSON of the filtered list and up to three
 * lots picked for comparison. Everything a visitor would share is in the query string
 * (portal-url-state.ts). On a phone the filters open in a dialog and a tab switches list and map.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { MAX_COMPARED_LOTS, type LotSummary } from '../../../shared/schemas/lots.ts';
import type { BBox } from '../../../shared/geo/bbox.ts';
import { FEATURE_LIMIT_MAX } from '../../../shared/layers/limits.ts';
import type { Language } from '../../i18n/languages.ts';
import { AppHeader } from '../../app/app-header.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { lotComparePath, lotPath, routePaths } from '../../app/routes.ts';
import { basemapInput } from '../../app/basemap-input.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { LegendSwatch } from '../../ui/legend-swatch.tsx';
import { LotsMap, type FitRequest } from '../../map/lots-map.tsx';
import { lotsMapStyle } from '../../map/lots-map-style.ts';
import { landLotStatusSymbols } from '../../map/layers/land-lots.ts';
import { LotFilters } from './lot-filters.tsx';
import { activeFilterCount, exportSearch, formatPortalSearch, listInputOf, parsePortalSearch, toggleCompared, type PortalState } from './portal-url-state.ts';
import { formatDecimal, formatHa, formatKm } from './portal-format.ts';
import { landUseLabel, lotStatusLabel } from './lot-labels.ts';
import { useMediaQuery } from './use-media-query.ts';
import { rememberPortalSearch } from './last-portal-search.ts';

/** Below this width the portal takes its phone layout. */
const compactQuery = '(max-width: 900px)';

function unionBBox(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

function usePortalState(): [PortalState, (next: PortalState) => void] {
  const [state, setState] = useState(() => parsePortalSearch(window.location.search));
  useEffect(() => {
    rememberPortalSearch(formatPortalSearch(state));
  }, [state]);
  useEffect(() => {
    const onPopState = () => setState(parsePortalSearch(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const update = useCallback((next: PortalState) => {
    setState(next);
    // Replace, not push: a filter change is not a page; the link still reproduces the view.
    const url = `${routePaths.portal}${formatPortalSearch(next)}`;
    if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(window.history.state, '', url);
  }, []);
  return [state, update];
}

export function PortalPage({ language, onLanguageChange }: { language: Language; onLanguageChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { onLinkClick } = useNavigation();
  const compact = useMediaQuery(compactQuery);
  const [state, update] = usePortalState();
  const [view, setView] = useState<'list' | 'map'>('list');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [compareRefused, setCompareRefused] = useState(false);
  const [fit, setFit] = useState<FitRequest | null>(null);

  const listInput = useMemo(() => listInputOf(state), [state]);
  const lots = useQuery(trpc.lots.list.queryOptions(listInput, { placeholderData: keepPreviousData }));
  const facets = useQuery(trpc.lots.parks.queryOptions());
  const config = useQuery(trpc.config.client.queryOptions());
  const gates = useQuery({ ...trpc.layers.features.queryOptions({ layerId: 'border-gates', limit: FEATURE_LIMIT_MAX }), structuralSharing: false });
  const lanes = useQuery({ ...trpc.layers.features.queryOptions({ layerId: 'cargo-lanes', limit: FEATURE_LIMIT_MAX }), structuralSharing: false });

  const items = useMemo(() => lots.data?.items ?? [], [lots.data]);
  const total = lots.data?.total ?? 0;
  const resultsBox = useMemo(() => unionBBox(items.map((lot) => lot.bbox)), [items]);
  const selected = items.find((lot) => lot.id === state.selected);

  // The first results frame the map; later filter changes leave the view to the user ("fit to results").
  if (fit === null && resultsBox) setFit({ bbox: resultsBox, key: 0 });

  const style = useMemo(() => lotsMapStyle({
    basemap: basemapInput(window.location.origin, config.data?.basemap?.kind === 'style' ? undefined : config.data?.basemap, undefined),
    lots: items.map((lot) => ({ id: lot.id, code: lot.code, status: lot.status, geometry: lot.geometry, centre: lot.centre })),
    gates: gates.data as FeatureCollection | undefined,
    cargoLanes: lanes.data as FeatureCollection | undefined,
  }), [config.data, items, gates.data, lanes.data]);

  const listRef = useRef<HTMLOListElement>(null);
  const select = useCallback((id: string | undefined, from: 'list' | 'map') => {
    update({ ...state, selected: id });
    if (!id) return;
    const lot = items.find((item) => item.id === id);
    if (from === 'list' && lot) {
      setFit((previous) => ({ bbox: lot.bbox, key: (previous?.key ?? 0) + 1 }));
      if (compact) setView('map');
    }
    if (from === 'map') {
      listRef.current?.querySelector(`[data-lot-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }, [update, state, items, compact]);

  const fitToResults = () => {
    if (resultsBox) setFit((previous) => ({ bbox: resultsBox, key: (previous?.key ?? 0) + 1 }));
    if (compact) setView('map');
  };

  const toggleCompare = (id: string) => {
    const result = toggleCompared(state.compare, id);
    setCompareRefused(result.refused);
    if (!result.refused) update({ ...state, compare: result.ids });
  };

  const filterCount = activeFilterCount(state);
  const exportQuery = exportSearch(state);
  const filters = <LotFilters state={state} facets={facets.data} onChange={update} />;

  const countText = lots.isSuccess ? (items.length < total ? t('portal.resultCountCapped', { shown: formatDecimal(items.length, lang), count: total }) : t('portal.resultCount', { count: total })) : '';

  const listPanel = (
    <section
      className="portal__results"
      id="portal-list"
      aria-label={t('portal.listLabel')}
      {...(compact ? { role: 'tabpanel', 'aria-labelledby': 'portal-tab-list', hidden: view !== 'list' } : {})}
    >
      <div className="portal__toolbar">
        <p className="portal__count" role="status" aria-live="polite" data-testid="portal-count">
          {lots.isFetching && <Spinner label={t('portal.loading')} />}
          <span>{countText}</span>
        </p>
        <div className="portal__actions">
          <button type="button" className="button button--small" onClick={fitToResults} disabled={!resultsBox} data-testid="portal-fit">{t('portal.fitToResults')}</button>
          <span className="portal__exports" role="group" aria-label={t('portal.exportLabel')}>
            <a className="button button--small" href={`/api/lots.csv${exportQuery}`} download data-testid="portal-export-csv">{t('portal.exportCsv')}</a>
            <a className="button button--small" href={`/api/lots.geojson${exportQuery}`} download data-testid="portal-export-geojson">{t('portal.exportGeoJson')}</a>
          </span>
        </div>
      </div>

      <CompareBar ids={state.compare} refused={compareRefused} items={items} onClear={() => { setCompareRefused(false); update({ ...state, compare: [] }); }} onLinkClick={onLinkClick} />

      {lots.isPending && <div className="portal__state"><Spinner label={t('portal.loading')} /><span>{t('portal.loading')}</span></div>}
      {lots.isError && (
        <div className="portal__state portal__state--error" role="alert">
          <p><strong>{t('portal.loadFailed')}</strong> {errorMessage(lots.error)}</p>
          <button type="button" className="button" onClick={() => void lots.refetch()}>{t('errors.retry')}</button>
        </div>
      )}
      {lots.isSuccess && items.length === 0 && (
        <div className="portal__state" data-testid="portal-empty">
          <p><strong>{t('portal.empty')}</strong></p>
          <p>{t('portal.emptyHint')}</p>
        </div>
      )}
      {items.length > 0 && (
        <ol className="lot-list" ref={listRef} aria-label={t('portal.listLabel')} aria-busy={lots.isFetching || undefined}>
          {items.map((lot) => (
            <LotRow
              key={lot.id}
              lot={lot}
              hovered={hoveredId === lot.id}
              selected={state.selected === lot.id}
              compared={state.compare.includes(lot.id)}
              onHover={setHoveredId}
              onSelect={(id) => select(id, 'list')}
              onToggleCompare={toggleCompare}
              onLinkClick={onLinkClick}
            />
          ))}
        </ol>
      )}
    </section>
  );

  const mapPanel = (
    <section
      className="portal__map"
      id="portal-map"
      aria-label={t('portal.mapLabel')}
      {...(compact ? { role: 'tabpanel', 'aria-labelledby': 'portal-tab-map', hidden: view !== 'map' } : {})}
    >
      {config.isSuccess ? (
        <LotsMap
          style={style}
          fit={fit}
          hoveredId={hoveredId}
          selectedId={state.selected ?? null}
          onHover={setHoveredId}
          onSelect={(id) => select(id, 'map')}
          ariaLabel={t('portal.mapLabel')}
          zoomInLabel={t('map.zoomIn')}
          zoomOutLabel={t('map.zoomOut')}
        />
      ) : (
        <div className="lots-map lots-map--loading"><Spinner label={t('portal.mapLoading')} /></div>
      )}
      <ul className="portal__legend" aria-label={t('portal.filters.status')}>
        {landLotStatusSymbols.map((symbol) => (
          <li key={symbol.code}>
            <LegendSwatch swatch={{ kind: 'fill', fill: symbol.fill, stroke: symbol.outline }} />
            <span>{lotStatusLabel(symbol.code, lang)}</span>
          </li>
        ))}
      </ul>
      {selected && (
        <div className="portal__selected" role="group" aria-label={t('portal.selectedLot')} data-testid="portal-selected">
          <p className="portal__selected-title"><strong>{selected.code}</strong> · {t(`portal.parks.${selected.park}`)}</p>
          <p>{formatHa(selected.areaHa, lang)} · {lotStatusLabel(selected.status, lang)} · {landUseLabel(selected.landUse, lang)}</p>
          <div className="portal__selected-actions">
            <a className="button button--primary button--small" href={lotPath(selected.id)} onClick={onLinkClick}>{t('portal.openSheet')}</a>
            <button type="button" className="button button--small" onClick={() => select(undefined, 'map')}>{t('portal.closeSelection')}</button>
          </div>
        </div>
      )}
    </section>
  );

  return (
    <div className="app portal-app">
      <a className="skip-link" href="#portal-main">{t('nav.skipToContent')}</a>
      <AppHeader language={language} onLanguageChange={onLanguageChange} />
      <main className={`portal${compact ? ' portal--compact' : ''}`} id="portal-main" tabIndex={-1}>
        <div className="portal__intro">
          <h1 className="portal__title">{t('portal.title')}</h1>
          <p className="portal__lead">{t('portal.intro')}</p>
          <p className="portal__note">{t('portal.illustrative')}</p>
        </div>
        {compact ? (
          <div className="portal__compact-bar">
            <button type="button" className="button" onClick={() => setFiltersOpen(true)} aria-haspopup="dialog" data-testid="portal-filters-open">
              {filterCount > 0 ? t('portal.filters.openWithCount', { count: filterCount }) : t('portal.filters.open')}
            </button>
            <div className="portal__tabs" role="tablist" aria-label={t('portal.viewTabs')}>
              {(['list', 'map'] as const).map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  id={`portal-tab-${name}`}
                  aria-controls={`portal-${name}`}
                  aria-selected={view === name}
                  tabIndex={view === name ? 0 : -1}
                  className="portal__tab"
                  onClick={() => setView(name)}
                  onKeyDown={(event) => {
                    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                      const next = name === 'list' ? 'map' : 'list';
                      setView(next);
                      document.getElementById(`portal-tab-${next}`)?.focus();
                    }
                  }}
                >
                  {name === 'list' ? t('portal.viewList') : t('portal.viewMap')}
                </button>
              ))}
            </div>
          </div>
        ) : (
          <aside className="portal__filters" aria-label={t('portal.filters.title')}>
            <h2 className="portal__filters-title">{t('portal.filters.title')}</h2>
            {filters}
          </aside>
        )}
        {listPanel}
        {mapPanel}
        {compact && filtersOpen && (
          <Dialog title={t('portal.filters.title')} onClose={() => setFiltersOpen(false)}>
            <div className="portal__filter-sheet">
              {filters}
            </div>
            <div className="dialog__actions portal__filter-sheet-actions">
              <span className="portal__count" aria-live="polite">{countText}</span>
              <button type="button" className="button button--primary" onClick={() => setFiltersOpen(false)} data-testid="portal-filters-done">{t('portal.filters.close')}</button>
            </div>
          </Dialog>
        )}
      </main>
    </div>
  );
}

function LotRow({ lot, hovered, selected, compared, onHover, onSelect, onToggleCompare, onLinkClick }: {
  lot: LotSummary;
  hovered: boolean;
  selected: boolean;
  compared: boolean;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  onToggleCompare: (id: string) => void;
  onLinkClick: ReturnType<typeof useNavigation>['onLinkClick'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const gate = lot.distances.nearestGate;
  return (
    <li
      className={`lot-row${hovered ? ' lot-row--hovered' : ''}${selected ? ' lot-row--selected' : ''}`}
      data-lot-id={lot.id}
      data-testid="lot-row"
      onMouseEnter={() => onHover(lot.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(lot.id)}
      onBlur={() => onHover(null)}
    >
      <div className="lot-row__head">
        <a className="lot-row__code" href={lotPath(lot.id)} onClick={onLinkClick}>{lot.code}</a>
        <span className={`lot-status lot-status--${lot.status}`}>{lotStatusLabel(lot.status, lang)}</span>
      </div>
      <p className="lot-row__park">{t(`portal.parks.${lot.park}`)}</p>
      <p className="lot-row__facts">
        <span>{formatHa(lot.areaHa, lang)}</span>
        <span>{landUseLabel(lot.landUse, lang)}</span>
        {gate && <span>{t('portal.list.nearestGate', { km: formatKm(gate.km, lang), name: gate.name })}</span>}
      </p>
      <div className="lot-row__actions">
        <button type="button" className="button button--small" aria-pressed={selected} onClick={() => onSelect(lot.id)} data-testid="lot-show">
          {/* The visible words start the accessible name (WCAG 2.5.3); the code tells the rows apart. */}
          {t('portal.list.showOnMap')}<span className="visually-hidden"> {lot.code}</span>
        </button>
        <label className="check lot-row__compare">
          <input type="checkbox" checked={compared} onChange={() => onToggleCompare(lot.id)} aria-label={t('portal.list.compareLot', { code: lot.code })} data-testid="lot-compare" />
          <span aria-hidden="true">{t('portal.list.compare')}</span>
        </label>
      </div>
    </li>
  );
}

function CompareBar({ ids, refused, items, onClear, onLinkClick }: {
  ids: readonly string[];
  refused: boolean;
  items: readonly LotSummary[];
  onClear: () => void;
  onLinkClick: ReturnType<typeof useNavigation>['onLinkClick'];
}) {
  const { t } = useTranslation();
  if (ids.length === 0 && !refused) return null;
  const codes = ids.map((id) => items.find((lot) => lot.id === id)?.code ?? id);
  return (
    <div className="compare-bar" data-testid="compare-bar">
      <p className="compare-bar__picked" aria-live="polite">
        {t('portal.list.comparePicked', { count: ids.length, max: MAX_COMPARED_LOTS })}
        {codes.length > 0 && <>: <strong>{codes.join(', ')}</strong></>}
      </p>
      {refused && <p className="compare-bar__limit" role="alert" data-testid="compare-limit">{t('portal.list.compareLimit', { max: MAX_COMPARED_LOTS })}</p>}
      <div className="compare-bar__actions">
        {ids.length >= 2 ? (
          <a className="button button--primary button--small" href={lotComparePath(ids)} onClick={onLinkClick} data-testid="compare-open">{t('portal.list.compareOpen')}</a>
        ) : (
          <span className="compare-bar__hint">{t('portal.list.compareNeedTwo')}</span>
        )}
        {ids.length > 0 && <button type="button" className="button button--small" onClick={onClear}>{t('portal.list.compareClear')}</button>}
      </div>
    </div>
  );
}
