/**
 * The map page: header with the language switch, the layer panel, and the map with its tools and
 * popup. Wires server data (query cache) and UI state (reducer) to the components; owns neither
 * the map (map/map-view.tsx) nor any formatting (features/).
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { buildStyle, type StyleInput, type StyleSpecification } from '../map/build-style.ts';
import { MapView, type ControlLabels } from '../map/map-view.tsx';
import { MapPopup } from '../map/map-popup.tsx';
import { SelectTool } from '../map/tools/select.tsx';
import { FitTo, type FitRequest } from '../map/tools/fit-to.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { searchTarget } from '../features/search/search-results.ts';
import type { SearchItem } from '../../shared/schemas/search.ts';
import { representativePoint } from '../map/tools/anchor-point.ts';
import { basemapLandSourceId, basemapProvinceSourceId } from '../map/basemap.ts';
import { LayersPanel } from '../features/layers-panel/layers-panel.tsx';
import { ProjectsMapFilter } from '../features/layers-panel/projects-map-filter.tsx';
import { projectFilterExpression } from '../map/layers/projects.ts';
import { panelItems } from '../features/layers-panel/panel-items.ts';
import { basemapLegendEntries } from '../features/layers-panel/legend-entries.ts';
import { FeaturePopup } from '../features/feature-popup/feature-popup.tsx';
import { featureTitle } from '../features/feature-popup/format-value.ts';
import { isLayerVisible, layerOpacity, uiReducer, type FeatureRef, type MapView as MapViewState, type Selection, type TileSummary, type UiState } from '../state/ui-state.ts';
import { BlockingMessage } from '../ui/blocking-message.tsx';
import { Notice } from '../ui/notice.tsx';
import { Spinner } from '../ui/spinner.tsx';
import { useTRPC, type LayerSummary } from './trpc.ts';
import { useLayerData } from './use-layer-data.ts';
import { useErrorMessage } from './use-error-message.ts';
import { apiErrorInfo } from './api-error.ts';
import { useUrlHashSync } from './use-url-state.ts';
import type { Language } from '../i18n/languages.ts';
import { basemapInput } from './basemap-input.ts';
import { AppHeader } from './app-header.tsx';

async function fetchStyle(url: string, signal: AbortSignal): Promise<StyleSpecification> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return (await response.json()) as StyleSpecification;
}

/**
 * The language belongs to the app (every page has it); the map's state carries it too, for the
 * link: a `lang=` edited into the hash reaches the app through onLanguageChange.
 */
export function MapPage({ initialState, language, onLanguageChange }: {
  initialState: UiState;
  language: Language;
  onLanguageChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(uiReducer, initialState);
  const [initialView] = useState(initialState.view);
  // Open beside the map on laptops; on a narrow screen the panel would cover the map.
  const [panelOpen, setPanelOpen] = useState(() => window.matchMedia('(min-width: 761px)').matches);
  const origin = window.location.origin;

  const trpc = useTRPC();
  const catalogueQuery = useQuery(trpc.layers.list.queryOptions());
  const configQuery = useQuery(trpc.config.client.queryOptions());
  const catalogue = catalogueQuery.data;
  const errorMessage = useErrorMessage();
  // A refused request (too many requests) is no network failure: say so, and when to retry.
  const catalogueThrottled = catalogueQuery.isError && apiErrorInfo(catalogueQuery.error).code === 'TOO_MANY_REQUESTS';
  const catalogueErrorTitle = catalogueThrottled ? errorMessage(catalogueQuery.error) : t('catalogue.errorTitle');
  const basemapConfig = configQuery.data?.basemap;
  const onlineStyleUrl = basemapConfig?.kind === 'style' ? basemapConfig.url : undefined;
  const onlineStyleQuery = useQuery({
    queryKey: ['basemap-style', onlineStyleUrl],
    queryFn: ({ signal }) => fetchStyle(onlineStyleUrl ?? '', signal),
    enabled: onlineStyleUrl !== undefined,
    retry: 0,
    staleTime: Infinity,
  });
  const layerData = useLayerData(catalogue, origin, state.asOf);

  useUrlHashSync(state, dispatch);
  useEffect(() => {
    dispatch({ type: 'language-set', language });
  }, [language]);
  const hashLanguage = state.language;
  useEffect(() => {
    onLanguageChange(hashLanguage);
    // Only a change of the map state's language (a hand-edited link) is reported.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hashLanguage]);

  useEffect(() => {
    if (!catalogue) return;
    dispatch({
      type: 'catalogue-loaded',
      defaultVisibleLayers: catalogue.filter((layer) => layer.visibleByDefault).map((layer) => layer.id),
      layerIds: catalogue.map((layer) => layer.id),
    });
  }, [catalogue]);

  useEffect(() => {
    if (onlineStyleQuery.isError) dispatch({ type: 'notice-shown', notice: 'basemap-failed' });
  }, [onlineStyleQuery.isError]);

  // A selection named by the link: open it once its layer's features are here.
  const pending = state.pendingSelection;
  const pendingFeatures = pending ? layerData.features(pending.layerId) : undefined;
  const pendingLayerFailed = pending ? layerData.states[pending.layerId]?.status === 'error' : false;
  useEffect(() => {
    if (!pending || !catalogue) return;
    const layer = catalogue.find((candidate) => candidate.id === pending.layerId);
    if (!layer || layer.delivery === 'tiles' || pendingLayerFailed) {
      // Tiled features cannot be found by id without a view; an unknown layer never will be.
      dispatch({ type: 'selection-cleared' });
      return;
    }
    if (!pendingFeatures) return;
    const feature = pendingFeatures.find((candidate) => String(candidate.id) === pending.featureId);
    const point = feature ? representativePoint(feature.geometry) : undefined;
    if (!feature || !point) {
      dispatch({ type: 'selection-cleared' });
      return;
    }
    dispatch({ type: 'feature-selected', selection: { ...pending, lngLat: point, properties: feature.properties ?? {} } });
  }, [pending, catalogue, pendingFeatures, pendingLayerFailed]);

  // The style: rebuilt only when its inputs change (compared as JSON: they are small).
  const styleInput: StyleInput = {
    basemap: basemapInput(origin, basemapConfig, onlineStyleQuery.data),
    layers: (catalogue ?? []).map((layer) => {
      const filter = layer.id === 'projects' ? projectFilterExpression(state.projectFilter) : undefined;
      return {
        id: layer.id,
        visible: isLayerVisible(state, layer.id),
        opacity: layerOpacity(state, layer.id),
        source: layerData.sources[layer.id] ?? null,
        ...(filter === undefined ? {} : { filter }),
      };
    }),
  };
  const styleKey = JSON.stringify(styleInput);
  const style = useMemo(() => buildStyle(JSON.parse(styleKey) as StyleInput), [styleKey]);

  const controlLabels = useMemo<ControlLabels>(
    () => ({ zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), resetBearing: t('map.resetBearing') }),
    [t],
  );

  const layerById = useMemo(() => new Map<string, LayerSummary>((catalogue ?? []).map((layer) => [layer.id, layer])), [catalogue]);
  const projectFeatures = layerData.features('projects');
  const projectNames = useMemo(() => {
    const names = new Map<string, string>();
    const projects = layerById.get('projects');
    if (!projects || !projectFeatures) return names;
    for (const feature of projectFeatures) {
      const name = featureTitle(projects, feature.properties ?? {}, language);
      if (feature.id !== undefined && name) names.set(String(feature.id), name);
    }
    return names;
  }, [layerById, projectFeatures, language]);

  const featureName = useCallback((layerId: string, properties: Record<string, unknown>) => {
    const layer = layerById.get(layerId);
    return layer ? featureTitle(layer, properties, language) : undefined;
  }, [layerById, language]);

  const onViewChange = useCallback((view: MapViewState) => dispatch({ type: 'view-changed', view }), []);
  const onHover = useCallback((feature: FeatureRef | null) => dispatch({ type: 'feature-hovered', feature }), []);
  const onSelect = useCallback((selection: Selection) => dispatch({ type: 'feature-selected', selection }), []);
  const onClear = useCallback(() => dispatch({ type: 'selection-cleared' }), []);
  const [fitRequest, setFitRequest] = useState<FitRequest | null>(null);
  const onSearchChoose = useCallback((item: SearchItem) => {
    const target = searchTarget(item);
    for (const layerId of target.showLayers) dispatch({ type: 'layer-visibility-set', layerId, visible: true });
    if (target.feature) dispatch({ type: 'feature-requested', feature: target.feature });
    else dispatch({ type: 'selection-cleared' });
    setFitRequest({ bbox: target.bbox });
  }, []);
  const onFitDone = useCallback(() => setFitRequest(null), []);
  const onTilesSummarised = useCallback((layerId: string, summary: TileSummary) => dispatch({ type: 'tiles-summarised', layerId, summary }), []);
  const onSourceError = useCallback((sourceId: string, message: string) => {
    if (layerById.has(sourceId)) dispatch({ type: 'render-error', layerId: sourceId, message });
    else if (sourceId === basemapLandSourceId || sourceId === basemapProvinceSourceId) console.warn(`[basemap] ${sourceId}: ${message}`);
    else dispatch({ type: 'notice-shown', notice: 'basemap-failed' });
  }, [layerById]);

  const items = panelItems(catalogue ?? [], state, layerData.states, language);
  const selected = state.selected;
  const selectedLayer = selected ? layerById.get(selected.layerId) : undefined;
  const selectedFeature = selected ? layerData.features(selected.layerId)?.find((feature) => String(feature.id) === selected.featureId) : undefined;

  return (
    <div className={`app${panelOpen ? '' : ' app--panel-closed'}`}>
      <AppHeader language={language} onLanguageChange={onLanguageChange} />

      <div className="app-body">
        <aside className="app-sidebar" id="layers-sidebar" hidden={!panelOpen}>
          {catalogue && (
            <LayersPanel
              items={items}
              basemapLegend={basemapLegendEntries(language)}
              onVisibilityChange={(layerId, visible) => dispatch({ type: 'layer-visibility-set', layerId, visible })}
              onOpacityChange={(layerId, opacity) => dispatch({ type: 'layer-opacity-set', layerId, opacity })}
              onRetry={layerData.retry}
              layerControls={{
                projects: (
                  <ProjectsMapFilter
                    filter={state.projectFilter}
                    asOf={state.asOf}
                    features={layerData.features('projects')}
                    language={language}
                    onFilterChange={(filter) => dispatch({ type: 'project-filter-set', filter })}
                    onAsOfChange={(asOf) => dispatch({ type: 'as-of-set', asOf })}
                  />
                ),
              }}
            />
          )}
          {catalogueQuery.isError && <p className="app-sidebar__error" role="alert">{catalogueErrorTitle}</p>}
          {catalogueQuery.isPending && (
            <div className="app-sidebar__loading">
              <Spinner label={t('catalogue.loading')} />
              <span>{t('catalogue.loading')}</span>
            </div>
          )}
        </aside>

        <main className="map-area" aria-label={t('app.mapLabel')}>
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panelOpen}
            aria-controls="layers-sidebar"
            onClick={() => setPanelOpen((open) => !open)}
            title={panelOpen ? t('panel.collapse') : t('panel.expand')}
          >
            <span aria-hidden="true">{panelOpen ? '‹' : '☰'}</span>
            <span className="visually-hidden">{panelOpen ? t('panel.collapse') : t('panel.expand')}</span>
          </button>

          <SearchBox language={language} onChoose={onSearchChoose} />

          <MapView
            style={style}
            initialView={initialView}
            view={state.view}
            hovered={state.hovered}
            selected={state.selected}
            controlLabels={controlLabels}
            ariaLabel={t('app.mapLabel')}
            loadLayerData={layerData.load}
            onViewChange={onViewChange}
            onSourceError={onSourceError}
            onTilesSummarised={onTilesSummarised}
          >
            <SelectTool featureName={featureName} onHover={onHover} onSelect={onSelect} onClear={onClear} />
            <FitTo request={fitRequest} onDone={onFitDone} />
            {selected && selectedLayer && (
              <MapPopup key={`${selected.layerId}:${selected.featureId}`} lngLat={selected.lngLat} onClose={onClear}>
                <FeaturePopup
                  layer={selectedLayer}
                  properties={selectedFeature?.properties ?? selected.properties}
                  language={language}
                  references={projectNames}
                  onClose={onClear}
                />
              </MapPopup>
            )}
          </MapView>

          <div className="notices">
            {state.notices.map((notice) => (
              <Notice key={notice} dismissLabel={t('notice.dismiss')} onDismiss={() => dispatch({ type: 'notice-dismissed', notice })}>
                {t('notice.basemapFailed')}
              </Notice>
            ))}
          </div>

          {catalogueQuery.isPending && (
            <BlockingMessage title={t('catalogue.loading')}>
              <Spinner label={t('catalogue.loading')} size="large" />
            </BlockingMessage>
          )}
          {catalogueQuery.isError && (
            <BlockingMessage
              tone="error"
              title={catalogueErrorTitle}
              actions={(
                <button type="button" className="button button--primary" onClick={() => void catalogueQuery.refetch()}>
                  {t('catalogue.retry')}
                </button>
              )}
            >
              {!catalogueThrottled && (
                <>
                  <p>{t('catalogue.errorBody')}</p>
                  <p className="blocking-message__detail">{t('catalogue.errorDetail', { message: catalogueQuery.error.message })}</p>
                </>
              )}
            </BlockingMessage>
          )}
        </main>
      </div>
    </div>
  );
}
