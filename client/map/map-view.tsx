/**
 * The one MapLibre map of the page: created once, shared through MapContext with the tools and
 * popups rendered as children. It applies what it is given — the style (diffed against the last
 * one applied, see style-update.ts), the view, hover/selection feature-state — and reports back
 * what happens on the map. It holds no app state of its own.
 */
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { ErrorEvent, GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureRef, MapView as MapViewState, TileSummary } from '../state/ui-state.ts';
import { featureIdProperty } from './build-style.ts';
import { MapContext } from './map-context.ts';
import { minZoom, zoneBBox, zoneFitPadding } from './initial-view.ts';
import { hatchImage, hatchNameOf, hatchPatterns, hatchImageId, type HatchName } from './hatch-pattern.ts';
import { installLayerDataProtocol, type LayerDataLoader } from './layer-data-protocol.ts';
import { layerModules } from './layers/index.ts';
import { planStyleUpdate, type StyleOperation } from './style-update.ts';

// MapLibre 6 under Vite: the worker is not bundled automatically (TOOLCHAIN.md).
maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /**
     * Test hook: the page's MapLibre map, read by the e2e tests (e2e/map.e2e.test.ts) to wait for
     * `idle` and call `queryRenderedFeatures`. Not an API for app code — use MapContext.
     */
    __ezgisMap?: maplibregl.Map;
    /** Test hook: the second map of the planning page's comparison (the "before" revision). */
    __ezgisCompareMap?: maplibregl.Map;
  }
}

export interface ControlLabels {
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
}

export interface MapViewProps {
  style: StyleSpecification;
  /** The view to open at; null opens on the economic zone. Read once, at creation. */
  initialView: MapViewState | null;
  /** A view to move to when it differs from the map's (links, back button). */
  view: MapViewState | null;
  hovered: FeatureRef | null;
  selected: FeatureRef | null;
  controlLabels: ControlLabels;
  ariaLabel: string;
  loadLayerData: LayerDataLoader;
  onViewChange: (view: MapViewState) => void;
  /** A source failed (tile, data or basemap); the map keeps working. */
  onSourceError: (sourceId: string, message: string) => void;
  /** What the loaded tiles of a vector layer hold (legend values, provenance), after each idle. */
  onTilesSummarised: (layerId: string, summary: TileSummary) => void;
  /** Which test hook names this map: the page's main map, or the second map of a comparison. */
  testHook?: '__ezgisMap' | '__ezgisCompareMap';
  /** Extra class on the map's box (the swipe view clips the top map). */
  className?: string;
  children?: ReactNode;
}

/** Views closer than this are the same view (avoids jump loops from float noise). */
function sameView(a: MapViewState, b: MapViewState): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.005
    && Math.abs(a.center[0] - b.center[0]) < 1e-5
    && Math.abs(a.center[1] - b.center[1]) < 1e-5;
}

function currentView(map: maplibregl.Map): MapViewState {
  const center = map.getCenter();
  return { center: [center.lng, center.lat], zoom: map.getZoom() };
}

function addHatch(map: maplibregl.Map, name: HatchName): void {
  const id = hatchImageId(name);
  if (!map.hasImage(id)) map.addImage(id, hatchImage(hatchPatterns[name]));
}

function featureTarget(map: maplibregl.Map, feature: FeatureRef): maplibregl.FeatureIdentifier | undefined {
  const source = map.getSource(feature.layerId);
  if (!source) return undefined;
  return source.type === 'vector'
    ? { source: feature.layerId, sourceLayer: feature.layerId, id: feature.featureId }
    : { source: feature.layerId, id: feature.featureId };
}

type PaintPropertyName = Parameters<maplibregl.Map['setPaintProperty']>[1];
type LayoutPropertyName = Parameters<maplibregl.Map['setLayoutProperty']>[1];
// The planner copies values from layer specs built by build-style, so they are spec values.
type PaintPropertyValue = Parameters<maplibregl.Map['setPaintProperty']>[2];
type LayoutPropertyValue = Parameters<maplibregl.Map['setLayoutProperty']>[2];

/** Runs planned style operations; returns false when the style was replaced and is loading again. */
function applyStyleOperations(map: maplibregl.Map, operations: readonly StyleOperation[]): boolean {
  for (const operation of operations) {
    switch (operation.op) {
      case 'replaceStyle':
        map.setStyle(operation.style, { diff: false });
        return false;
      case 'removeLayer':
        map.removeLayer(operation.layerId);
        break;
      case 'removeSource':
        map.removeSource(operation.sourceId);
        break;
      case 'addSource':
        map.addSource(operation.sourceId, operation.source);
        break;
      case 'setGeoJSONData':
        map.getSource<GeoJSONSource>(operation.sourceId)?.setData(operation.data);
        break;
      case 'addLayer':
        map.addLayer(operation.layer, operation.beforeId);
        break;
      case 'setPaintProperty':
        map.setPaintProperty(operation.layerId, operation.name as PaintPropertyName, operation.value as PaintPropertyValue);
        break;
      case 'setLayoutProperty':
        map.setLayoutProperty(operation.layerId, operation.name as LayoutPropertyName, operation.value as LayoutPropertyValue);
        break;
      case 'setFilter':
        map.setFilter(operation.layerId, operation.filter);
        break;
    }
  }
  return true;
}

/** Sets or clears one feature-state key as the referenced feature changes. */
function useFeatureState(map: maplibregl.Map | null, styleReady: boolean, key: 'hover' | 'selected', feature: FeatureRef | null): void {
  const layerId = feature?.layerId;
  const featureId = feature?.featureId;
  useEffect(() => {
    if (!map || !styleReady || layerId === undefined || featureId === undefined) return;
    const target = featureTarget(map, { layerId, featureId });
    if (!target) return;
    map.setFeatureState(target, { [key]: true });
    return () => {
      // The source may be gone by now (style change, map removed).
      if (map.getStyle() && map.getSource(target.source)) map.removeFeatureState(target, key);
    };
  }, [map, styleReady, key, layerId, featureId]);
}

export function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  /** The style the map shows now, as we built it (not as MapLibre serialises it). */
  const appliedStyle = useRef<StyleSpecification | null>(null);

  const loadLayerData = useEffectEvent((layerId: string, signal: AbortSignal) => props.loadLayerData(layerId, signal));
  const reportView = useEffectEvent((view: MapViewState) => props.onViewChange(view));
  const reportSourceError = useEffectEvent((sourceId: string, message: string) => props.onSourceError(sourceId, message));
  const reportTiles = useEffectEvent((layerId: string, summary: TileSummary) => props.onTilesSummarised(layerId, summary));
  const creationInputs = useEffectEvent(() => ({ style: props.style, initialView: props.initialView, controlLabels: props.controlLabels, ariaLabel: props.ariaLabel, testHook: props.testHook ?? '__ezgisMap' }));

  // The map: created once per mount.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const removeProtocol = installLayerDataProtocol((layerId, signal) => loadLayerData(layerId, signal));
    const { style, initialView, controlLabels, ariaLabel, testHook } = creationInputs();
    const created = new maplibregl.Map({
      container,
      style,
      ...(initialView
        ? { center: initialView.center, zoom: initialView.zoom }
        : { bounds: zoneBBox, fitBoundsOptions: { padding: zoneFitPadding } }),
      minZoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      locale: {
        'NavigationControl.ZoomIn': controlLabels.zoomIn,
        'NavigationControl.ZoomOut': controlLabels.zoomOut,
        'NavigationControl.ResetBearing': controlLabels.resetBearing,
        'Map.Title': ariaLabel,
      },
    });
    created.touchZoomRotate.disableRotation();
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    // Compact (an ⓘ button) only on narrow maps, where the credits would cover the scale.
    created.addControl(new maplibregl.AttributionControl(), 'bottom-right');

    appliedStyle.current = style;
    // Fires for the first style and again after a full replacement (replaceStyle).
    created.on('style.load', () => {
      for (const name of Object.keys(hatchPatterns) as HatchName[]) addHatch(created, name);
      setStyleReady(true);
    });
    created.on('styleimagemissing', (event) => {
      const name = hatchNameOf(event.id);
      if (name) addHatch(created, name);
    });
    created.on('load', () => reportView(currentView(created)));
    created.on('moveend', () => reportView(currentView(created)));
    created.on('error', (event: ErrorEvent & { sourceId?: string }) => {
      const message = event.error?.message ?? String(event.error);
      if (event.sourceId) reportSourceError(event.sourceId, message);
      else console.warn('[map]', message);
    });
    created.on('idle', () => {
      for (const module of layerModules) {
        if (created.getSource(module.id)?.type !== 'vector') continue;
        const property = module.legendProperty;
        const values = new Set<string>();
        // A feature cut across tiles comes back once per tile: count ids, not pieces.
        const seen = new Set<unknown>();
        const illustrative = new Set<unknown>();
        for (const feature of created.querySourceFeatures(module.id, { sourceLayer: module.id })) {
          const id = feature.properties[featureIdProperty] ?? feature.id;
          seen.add(id);
          if (feature.properties['illustrative'] === true) illustrative.add(id);
          const value = property === undefined ? undefined : feature.properties[property];
          if (typeof value === 'string') values.add(value);
        }
        reportTiles(module.id, { legendValues: [...values], illustrativeCount: illustrative.size, featureCount: seen.size });
      }
    });

    window[testHook] = created;
    setMap(created);
    return () => {
      setMap(null);
      setStyleReady(false);
      if (window[testHook] === created) delete window[testHook];
      created.remove();
      removeProtocol();
    };
  }, []);

  // The style: only what changed since the last one applied is touched.
  useEffect(() => {
    if (!map || !styleReady || !appliedStyle.current) return;
    const operations = planStyleUpdate(appliedStyle.current, props.style);
    appliedStyle.current = props.style;
    if (!applyStyleOperations(map, operations)) setStyleReady(false);
  }, [map, styleReady, props.style]);

  // The view: follow links and history, not our own moves (those arrive back equal).
  useEffect(() => {
    if (!map || !props.view) return;
    if (!sameView(props.view, currentView(map))) map.jumpTo({ center: props.view.center, zoom: props.view.zoom });
  }, [map, props.view]);

  // Control labels follow the UI language (MapLibre reads its locale only when adding controls).
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const label = (selector: string, text: string) => {
      const button = container.querySelector<HTMLButtonElement>(selector);
      if (!button) return;
      button.title = text;
      button.setAttribute('aria-label', text);
    };
    label('.maplibregl-ctrl-zoom-in', props.controlLabels.zoomIn);
    label('.maplibregl-ctrl-zoom-out', props.controlLabels.zoomOut);
    label('.maplibregl-ctrl-compass', props.controlLabels.resetBearing);
    map.getCanvas().setAttribute('aria-label', props.ariaLabel);
  }, [map, props.controlLabels, props.ariaLabel]);

  useFeatureState(map, styleReady, 'hover', props.hovered);
  useFeatureState(map, styleReady, 'selected', props.selected);

  return (
    <div className={props.className ? `map-view ${props.className}` : 'map-view'}>
      <div ref={containerRef} className="map-view__canvas" />
      <MapContext.Provider value={map}>{map && styleReady ? props.children : null}</MapContext.Provider>
    </div>
  );
}
