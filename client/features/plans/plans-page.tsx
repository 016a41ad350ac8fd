/**
 * The planning page (/quy-hoach): the zone's plans and their revisions on the map. Pick a revision
 * or move along the timeline (the plan in force on a day, or a horizon to 2045); compare two
 * revisions by swipe or side by side with the change layer; read the land-use balance; ask what
 * applies at a point; see an adjustment's impact; and, for the Board, comment and move a revision
 * through its stages. Everything shown is in the link (plan-url-state.ts). The second map exists
 * only while comparing; both are removed when the page is left.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection, Geometry } from 'geojson';
import { isApprovedStage } from '../../../shared/domain/plans.ts';
import { geometryBBox } from '../../../shared/geo/bbox.ts';
import { useTRPC } from '../../app/trpc.ts';
import { useLayerData } from '../../app/use-layer-data.ts';
import { useNavigation } from '../../app/navigation.ts';
import { routePaths } from '../../app/routes.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { AppHeader } from '../../app/app-header.tsx';
import { MapView, type ControlLabels } from '../../map/map-view.tsx';
import { MapHandle, type MaplibreMap } from '../../map/tools/map-handle.tsx';
import { PointClick } from '../../map/tools/point-click.tsx';
import { syncMaps } from '../../map/sync-maps.ts';
import type { PlanOverlays } from '../../map/plan-overlays.ts';
import type { MapView as MapViewState } from '../../state/ui-state.ts';
import type { Language } from '../../i18n/languages.ts';
import { BlockingMessage } from '../../ui/blocking-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { vietnamToday } from '../projects/projects-search.ts';
import { BalancePanel } from './balance-panel.tsx';
import { ChangeLegend } from './change-legend.tsx';
import { CommentsPanel } from './comments-panel.tsx';
import { ImpactPanel } from './impact-panel.tsx';
import { PlanTimeline } from './plan-timeline.tsx';
import { ReviewPanel } from './review-panel.tsx';
import { RevisionCard, RevisionSelect, revisionName } from './revision-picker.tsx';
import { ExportButton } from '../imports/export-dialog.tsx';
import { SwipeDivider } from './swipe-divider.tsx';
import { swipeClipPath } from './swipe-clip.ts';
import { activeStopIndex, selectionOfStop, timelineStops, type TimelineStop } from './timeline-stops.ts';
import { usePlanMapStyle, useZoneTiles } from './use-plan-map-style.ts';
import { WhatAppliesPanel } from './what-applies-panel.tsx';
import { formatPlanSearch, parsePlanSearch, zoneTileQuery, type CompareMode, type PlanPanel, type PlanUrlState } from './plan-url-state.ts';

/** The plan whose zones the planning-zones collection holds (server: ZONED_PLAN_ID). */
const zonedPlanId = 'dd-ls-general';

export type FlyTarget = { geometry: Geometry } | { point: [number, number] };

export function PlansPage({ language, onLanguageChange }: { language: Language; onLanguageChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const trpc = useTRPC();
  const origin = window.location.origin;
  const [today] = useState(() => vietnamToday(new Date()));
  const [state, setState] = useState<PlanUrlState>(() => parsePlanSearch(window.location.search));
  const update = useCallback((patch: Partial<PlanUrlState>) => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      navigate(`${routePaths.plans}${formatPlanSearch(next)}`, { replace: true });
      return next;
    });
  }, [navigate]);

  const me = useCurrentUser();
  const role = me.data?.role;
  const isStaff = role === 'planner' || role === 'officer' || role === 'admin';
  const canComment = role === 'planner' || role === 'officer';
  const canReview = role === 'planner' || role === 'admin';

  const plansQuery = useQuery(trpc.plans.list.queryOptions());
  const catalogueQuery = useQuery(trpc.layers.list.queryOptions());
  const configQuery = useQuery(trpc.config.client.queryOptions());
  const layerData = useLayerData(catalogueQuery.data, origin);
  const plans = useMemo(() => plansQuery.data ?? [], [plansQuery.data]);
  const revisions = useMemo(() => plans.flatMap((plan) => plan.revisions.map((revision) => ({ plan, revision }))), [plans]);
  const findRevision = useCallback((id: string | undefined) => revisions.find((entry) => entry.revision.id === id), [revisions]);

  // The zones shown: a picked revision, the plan in force on a day, or today's.
  const afterTiles = useZoneTiles(zoneTileQuery(state), origin);
  const shownRevisionId = state.revisionId ?? afterTiles.revisionId;
  const shown = findRevision(shownRevisionId);
  const comparing = state.compareWithId !== undefined && shownRevisionId !== undefined;
  const beforeTiles = useZoneTiles(state.compareWithId ? `revision=${encodeURIComponent(state.compareWithId)}` : '', origin, comparing);
  const before = findRevision(state.compareWithId);

  const comparisonQuery = useQuery({
    ...trpc.plans.compare.queryOptions({ fromRevisionId: state.compareWithId ?? '', toRevisionId: shownRevisionId ?? '' }),
    enabled: comparing,
  });
  const changedZones = comparing ? comparisonQuery.data?.changedZones : undefined;

  // Comments pinned on the revision shown, for the Board.
  const commentsQuery = useQuery({ ...trpc.plans.comments.list.queryOptions({ revisionId: shownRevisionId ?? '' }), enabled: isStaff && shownRevisionId !== undefined });
  const [pinning, setPinning] = useState(false);
  const [pendingPin, setPendingPin] = useState<[number, number] | undefined>();
  const [focusedComment, setFocusedComment] = useState<string | undefined>();

  const overlays = useMemo<PlanOverlays>(() => {
    const value: PlanOverlays = {};
    if (state.horizonYear !== undefined) value.horizonYear = state.horizonYear;
    if (changedZones) {
      value.changes = {
        type: 'FeatureCollection',
        features: changedZones.map((zone) => ({ type: 'Feature', id: zone.id, properties: { id: zone.id, change: zone.change, zoneCode: zone.zoneCode, name: zone.name }, geometry: zone.geometry })),
      } satisfies FeatureCollection;
    }
    const threads = commentsQuery.data;
    if (isStaff && (threads || pendingPin)) {
      const pins: FeatureCollection = { type: 'FeatureCollection', features: (threads ?? []).map((thread) => ({ type: 'Feature', properties: { id: thread.id, resolved: thread.resolved }, geometry: { type: 'Point', coordinates: [thread.lon, thread.lat] } })) };
      if (pendingPin) pins.features.push({ type: 'Feature', properties: { id: '', resolved: false }, geometry: { type: 'Point', coordinates: pendingPin } });
      value.comments = pins;
    }
    const point = pendingPin ?? state.point;
    if (point && !pendingPin) value.point = point;
    return value;
  }, [state.horizonYear, state.point, changedZones, commentsQuery.data, isStaff, pendingPin]);
  const beforeOverlays = useMemo<PlanOverlays>(() => (state.horizonYear === undefined ? {} : { horizonYear: state.horizonYear }), [state.horizonYear]);

  const styleInputs = { catalogue: catalogueQuery.data, layerData, basemap: configQuery.data?.basemap, origin };
  const afterStyle = usePlanMapStyle({ ...styleInputs, zoneSource: afterTiles.source, overlays });
  const beforeStyle = usePlanMapStyle({ ...styleInputs, zoneSource: beforeTiles.source, overlays: beforeOverlays });

  const [view, setView] = useState<MapViewState | null>(null);
  const [afterMap, setAfterMap] = useState<MaplibreMap | null>(null);
  const [beforeMap, setBeforeMap] = useState<MaplibreMap | null>(null);
  const [swipe, setSwipe] = useState(0.5);
  useEffect(() => {
    if (!afterMap || !beforeMap) return;
    return syncMaps(afterMap, beforeMap);
  }, [afterMap, beforeMap]);

  // Open on the planning zones (or the point of the link), and on the changes of a new comparison.
  const zonesBBox = catalogueQuery.data?.find((layer) => layer.id === 'planning-zones')?.bbox;
  const framed = useRef(false);
  useEffect(() => {
    // After the register: the timeline it brings takes height from the map.
    if (!afterMap || framed.current || !zonesBBox || !plansQuery.data) return;
    framed.current = true;
    const point = state.point;
    if (point) afterMap.jumpTo({ center: point, zoom: 15 });
    else if (!state.compareWithId) afterMap.fitBounds(zonesBBox, { padding: 40, duration: 0 });
  }, [afterMap, zonesBBox, plansQuery.data, state.point, state.compareWithId]);
  const framedComparison = useRef<string | undefined>(undefined);
  useEffect(() => {
    const data = comparisonQuery.data;
    if (!afterMap || !comparing || !data || data.changedZones.length === 0) return;
    const key = `${data.fromRevisionId}>${data.toRevisionId}`;
    if (framedComparison.current === key) return;
    framedComparison.current = key;
    afterMap.fitBounds(geometryBBox({ type: 'GeometryCollection', geometries: data.changedZones.map((zone) => zone.geometry) }), { padding: 80, maxZoom: 15, duration: 0 });
  }, [afterMap, comparing, comparisonQuery.data]);

  const flyTo = useCallback((target: FlyTarget) => {
    if (!afterMap) return;
    if ('point' in target) afterMap.flyTo({ center: target.point, zoom: Math.max(afterMap.getZoom(), 15), essential: true });
    else afterMap.fitBounds(geometryBBox(target.geometry), { padding: 60, maxZoom: 16, essential: true });
  }, [afterMap]);

  const featureGeometry = useCallback((layerId: string, featureId: string) => layerData.features(layerId)?.find((feature) => String(feature.id) === featureId)?.geometry ?? undefined, [layerData]);

  const onPoint = useCallback((lngLat: [number, number]) => {
    if (pinning) {
      setPendingPin(lngLat);
      setPinning(false);
      return;
    }
    update({ point: lngLat, panel: 'here' });
  }, [pinning, update]);
  const onPin = useCallback((commentId: string) => {
    setFocusedComment(commentId);
    update({ panel: 'comments' });
  }, [update]);

  const controlLabels = useMemo<ControlLabels>(() => ({ zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), resetBearing: t('map.resetBearing') }), [t]);
  const onViewChange = useCallback((next: MapViewState) => setView(next), []);
  const onSourceError = useCallback((sourceId: string, message: string) => console.warn(`[plans map] ${sourceId}: ${message}`), []);
  const ignoreTiles = useCallback(() => undefined, []);

  const zonedPlan = plans.find((plan) => plan.id === zonedPlanId);
  const stops = useMemo<TimelineStop[]>(() => timelineStops(zonedPlan?.revisions ?? [], today, shownRevisionId), [zonedPlan, today, shownRevisionId]);
  const activeStop = activeStopIndex(stops, { revisionId: state.revisionId, asOf: state.asOf, horizonYear: state.horizonYear });

  const panels: { id: PlanPanel; label: string }[] = [
    { id: 'balance', label: t('plans.tabs.balance') },
    { id: 'impact', label: t('plans.tabs.impact') },
    { id: 'here', label: t('plans.tabs.here') },
    ...(isStaff ? [{ id: 'comments' as const, label: t('plans.tabs.comments') }] : []),
    ...(canReview ? [{ id: 'review' as const, label: t('plans.tabs.review') }] : []),
  ];
  const panel = panels.some((entry) => entry.id === state.panel) ? state.panel : 'balance';
  const selectTab = (id: PlanPanel) => update({ panel: id });
  const onTabKey = (event: React.KeyboardEvent<HTMLButtonElement>) => {
    const index = panels.findIndex((entry) => entry.id === panel);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = panels[(index + step + panels.length) % panels.length];
    if (next) {
      selectTab(next.id);
      document.getElementById(`plans-tab-${next.id}`)?.focus();
    }
  };

  const inForceLabel = state.revisionId === undefined && shown
    ? (state.asOf ? t('plans.inForceOn', { date: state.asOf.split('-').reverse().join('/') }) : t('plans.inForceToday'))
    : undefined;
  const compareMode = state.compareMode;
  const parentId = shown?.revision.parentRevisionId ?? undefined;

  const mapBusy = catalogueQuery.isPending || plansQuery.isPending;
  const mapError = catalogueQuery.error ?? plansQuery.error ?? (afterTiles.status === 'error' ? afterTiles.error : null);

  return (
    <div className="app plans-app">
      <AppHeader language={language} onLanguageChange={onLanguageChange} />
      <div className="app-body plans-body">
        <aside className="app-sidebar plans-sidebar" aria-labelledby="plans-title">
          <div className="plans-sidebar__top">
            <h1 id="plans-title" className="plans-sidebar__title">{t('plans.title')}</h1>
            {plansQuery.isPending && <div className="plans-panel__loading"><Spinner label={t('panel.loading')} /><span>{t('plans.loading')}</span></div>}
            {plansQuery.isError && <p className="app-sidebar__error" role="alert">{t('plans.loadError')}</p>}
            {plansQuery.data && (
              <>
                {!isStaff && <p className="plans-sidebar__public">{t('plans.publicNote')}</p>}
                <RevisionSelect
                  id="plan-revision"
                  label={t('plans.revision')}
                  plans={plans}
                  value={shownRevisionId ?? ''}
                  language={language}
                  onChange={(revisionId) => update({ revisionId, asOf: undefined, horizonYear: undefined, point: undefined, ...(revisionId === state.compareWithId ? { compareWithId: undefined } : {}) })}
                />
                {shown && <RevisionCard plan={shown.plan} revision={shown.revision} language={language} inForce={inForceLabel} />}
                {shown && <ExportButton layerId="planning-zones" layerTitle={revisionName(shown.revision, language)} revisionId={shown.revision.id} revisionLabel={revisionName(shown.revision, language)} />}
                <div className="plans-compare">
                  <RevisionSelect
                    id="plan-compare"
                    label={t('plans.compareWith')}
                    plans={plans}
                    value={state.compareWithId ?? ''}
                    emptyLabel={t('plans.noCompare')}
                    language={language}
                    {...(shownRevisionId ? { exclude: shownRevisionId } : {})}
                    onChange={(compareWithId) => update({ revisionId: shownRevisionId, asOf: undefined, compareWithId: compareWithId || undefined })}
                  />
                  {!comparing && parentId && findRevision(parentId) && (
                    <button type="button" className="button button--small" onClick={() => update({ revisionId: shownRevisionId, asOf: undefined, compareWithId: parentId })}>
                      {t('plans.compareWithParent')}
                    </button>
                  )}
                  {comparing && (
                    <fieldset className="segmented">
                      <legend className="visually-hidden">{t('plans.compareMode')}</legend>
                      {(['swipe', 'side-by-side'] as CompareMode[]).map((mode) => (
                        <label key={mode} className={`segmented__option${compareMode === mode ? ' segmented__option--on' : ''}`}>
                          <input type="radio" name="compare-mode" value={mode} checked={compareMode === mode} onChange={() => update({ compareMode: mode })} />
                          {t(`plans.modes.${mode}`)}
                        </label>
                      ))}
                    </fieldset>
                  )}
                </div>
              </>
            )}
          </div>

          {shownRevisionId && (
            <>
              <div className="plans-tabs" role="tablist" aria-label={t('plans.tabsLabel')}>
                {panels.map((entry) => (
                  <button
                    key={entry.id}
                    id={`plans-tab-${entry.id}`}
                    type="button"
                    role="tab"
                    className="plans-tabs__tab"
                    aria-selected={panel === entry.id}
                    aria-controls="plans-tabpanel"
                    tabIndex={panel === entry.id ? 0 : -1}
                    onClick={() => selectTab(entry.id)}
                    onKeyDown={onTabKey}
                  >
                    {entry.label}
                  </button>
                ))}
              </div>
              <div className="plans-panel" id="plans-tabpanel" role="tabpanel" aria-labelledby={`plans-tab-${panel}`}>
                {panel === 'balance' && (
                  <BalancePanel
                    key={`${shownRevisionId}-${state.compareWithId ?? ''}`}
                    revisionId={shownRevisionId}
                    comparison={comparing ? comparisonQuery.data : undefined}
                    comparisonState={comparing ? { pending: comparisonQuery.isPending, error: comparisonQuery.error, retry: () => void comparisonQuery.refetch() } : undefined}
                    language={language}
                  />
                )}
                {panel === 'impact' && shown && <ImpactPanel revision={shown.revision} language={language} onFly={flyTo} featureGeometry={featureGeometry} catalogue={catalogueQuery.data} />}
                {panel === 'here' && <WhatAppliesPanel point={state.point} revisionId={shownRevisionId} language={language} catalogue={catalogueQuery.data} layerData={layerData} onAsk={(point) => { update({ point }); flyTo({ point }); }} />}
                {panel === 'comments' && isStaff && (
                  <CommentsPanel
                    revisionId={shownRevisionId}
                    canWrite={canComment}
                    pinning={pinning}
                    pendingPin={pendingPin}
                    focused={focusedComment}
                    onStartPin={() => { setPinning(true); setPendingPin(undefined); }}
                    onCancelPin={() => { setPinning(false); setPendingPin(undefined); }}
                    onPinned={() => setPendingPin(undefined)}
                    onFly={(point) => flyTo({ point })}
                    language={language}
                  />
                )}
                {panel === 'review' && canReview && shown && <ReviewPanel revision={shown.revision} language={language} />}
              </div>
            </>
          )}
        </aside>

        <main className="map-area plans-map" aria-label={t('plans.mapLabel')}>
          <div className={`plans-maps${comparing ? ` plans-maps--${compareMode}` : ''}`}>
            {comparing && (
              <div className="plans-maps__pane plans-maps__pane--before">
                <MapView
                  style={beforeStyle}
                  initialView={view}
                  view={null}
                  hovered={null}
                  selected={null}
                  controlLabels={controlLabels}
                  ariaLabel={t('plans.beforeMapLabel', { name: before ? revisionName(before.revision, language) : '' })}
                  loadLayerData={layerData.load}
                  onViewChange={() => undefined}
                  onSourceError={onSourceError}
                  onTilesSummarised={ignoreTiles}
                  testHook="__ezgisCompareMap"
                >
                  <MapHandle onMap={setBeforeMap} />
                  <PointClick pinning={pinning} onPoint={onPoint} onPin={onPin} />
                </MapView>
                <span className="plans-maps__caption plans-maps__caption--before">{t('plans.before')}: {before ? revisionName(before.revision, language) : state.compareWithId}</span>
              </div>
            )}
            <div className="plans-maps__pane plans-maps__pane--after" style={comparing && compareMode === 'swipe' ? { clipPath: swipeClipPath(swipe) } : undefined}>
              <MapView
                style={afterStyle}
                initialView={null}
                view={null}
                hovered={null}
                selected={null}
                controlLabels={controlLabels}
                ariaLabel={t('plans.mapLabel')}
                loadLayerData={layerData.load}
                onViewChange={onViewChange}
                onSourceError={onSourceError}
                onTilesSummarised={ignoreTiles}
              >
                <MapHandle onMap={setAfterMap} />
                <PointClick pinning={pinning} onPoint={onPoint} onPin={onPin} />
              </MapView>
              {comparing && <span className="plans-maps__caption plans-maps__caption--after">{t('plans.after')}: {shown ? revisionName(shown.revision, language) : shownRevisionId}</span>}
            </div>
            {comparing && compareMode === 'swipe' && (
              <SwipeDivider
                fraction={swipe}
                onChange={setSwipe}
                label={t('plans.swipeLabel')}
                valueText={t('plans.swipeValue', { percent: Math.round(swipe * 100) })}
              />
            )}
          </div>

          {pinning && <p className="plans-map__hint" role="status">{t('plans.comments.pinHint')}</p>}
          {changedZones && <ChangeLegend zones={changedZones} />}
          {comparisonQuery.isError && comparing && <p className="plans-map__hint plans-map__hint--error" role="alert">{t('plans.compareError')}</p>}
          <PlanTimeline stops={stops} active={activeStop} language={language} onChange={(stop) => update({ ...selectionOfStop(stop), point: undefined })} />

          {mapBusy && (
            <BlockingMessage title={t('plans.loading')}>
              <Spinner label={t('plans.loading')} size="large" />
            </BlockingMessage>
          )}
          {!mapBusy && mapError && (
            <BlockingMessage
              tone="error"
              title={t('plans.loadError')}
              actions={<button type="button" className="button button--primary" onClick={() => { void plansQuery.refetch(); void catalogueQuery.refetch(); afterTiles.refetch(); }}>{t('catalogue.retry')}</button>}
            >
              <p className="blocking-message__detail">{mapError.message}</p>
            </BlockingMessage>
          )}
          {!isStaff && shown && !isApprovedStage(shown.revision.stage) && <p className="plans-map__hint">{t('plans.publicNote')}</p>}
        </main>
      </div>
    </div>
  );
}
