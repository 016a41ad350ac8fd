/**
 * The investor portal's map: created once, restyled with `setStyle(…, {diff: true})` when the
 * filtered lots change. The hovered and selected lots are feature-state on the lots source (the
 * land-lots module draws them emphasised); pointer hover and click on a lot are reported up, so
 * the list and the map stay in step. `fit` zooms to an area each time its `key` changes.
 * `data-ready` tells tests the first style has been drawn.
 */
import { useEffect, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';
import type { BBox } from '../../shared/geo/bbox.ts';
import { hatchImage, hatchImageId, hatchNameOf, hatchPatterns } from './hatch-pattern.ts';
import { portalLotSourceIds, portalLotsInteractiveLayerIds } from './lots-map-style.ts';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** Test hook: the portal's map, read by e2e/portal.e2e.test.ts. Not an API for app code. */
    __ezgisLotsMap?: maplibregl.Map;
  }
}

/** Room for the legend (top left), the zoom buttons (top right) and the scale (bottom). */
const fitPadding = { top: 72, right: 60, bottom: 48, left: 48 };

export interface FitRequest {
  bbox: BBox;
  /** A new key fits again, even to the same area ("fit to results" pressed twice). */
  key: number;
}

export function LotsMap({ style, fit, hoveredId, selectedId, onHover, onSelect, ariaLabel, zoomInLabel, zoomOutLabel }: {
  style: StyleSpecification;
  fit: FitRequest | null;
  hoveredId: string | null;
  selectedId: string | null;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  ariaLabel: string;
  zoomInLabel: string;
  zoomOutLabel: string;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);
  const [initial] = useState(() => ({ style, fit }));
  const handlers = useRef({ onHover, onSelect });
  useEffect(() => {
    handlers.current = { onHover, onSelect };
  }, [onHover, onSelect]);
  const states = useRef<{ hover: string | null; selected: string | null }>({ hover: null, selected: null });
  const wanted = useRef({ hover: hoveredId, selected: selectedId });
  const lastFit = useRef<BBox | null>(fit?.bbox ?? null);

  /** Moves the hover and selected feature-states to the wanted lots (after a restyle too). */
  const applyStates = useRef(() => {
    const map = mapRef.current;
    if (!map || portalLotSourceIds.some((source) => !map.getSource(source))) return;
    for (const key of ['hover', 'selected'] as const) {
      const previous = states.current[key];
      const next = wanted.current[key];
      for (const source of portalLotSourceIds) {
        if (previous && previous !== next) map.setFeatureState({ source, id: previous }, { [key]: false });
        if (next) map.setFeatureState({ source, id: next }, { [key]: true });
      }
      states.current[key] = next;
    }
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = new maplibregl.Map({
      container,
      style: initial.style,
      ...(initial.fit ? { bounds: initial.fit.bbox, fitBoundsOptions: { padding: fitPadding, maxZoom: 15 } } : { center: [106.74, 21.96], zoom: 9 }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      locale: { 'NavigationControl.ZoomIn': zoomInLabel, 'NavigationControl.ZoomOut': zoomOutLabel, 'Map.Title': ariaLabel },
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
    map.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');
    map.on('styleimagemissing', (event) => {
      const name = hatchNameOf(event.id);
      if (name && !map.hasImage(event.id)) map.addImage(hatchImageId(name), hatchImage(hatchPatterns[name]));
    });
    const interactive = [...portalLotsInteractiveLayerIds];
    map.on('mousemove', interactive, (event) => {
      const id = event.features?.[0]?.id;
      map.getCanvas().style.cursor = 'pointer';
      handlers.current.onHover(id === undefined ? null : String(id));
    });
    map.on('mouseleave', interactive, () => {
      map.getCanvas().style.cursor = '';
      handlers.current.onHover(null);
    });
    map.on('click', interactive, (event) => {
      const id = event.features?.[0]?.id;
      if (id !== undefined) handlers.current.onSelect(String(id));
    });
    // A restyle may re-create the lots source: put the states back.
    map.on('styledata', () => applyStates.current());
    map.once('idle', () => setReady(true));
    // The map may start hidden (the phone's list tab): size it when it is shown, and frame the
    // last area asked for, which could not be fitted into a zero-sized map.
    let wasHidden = container.clientWidth === 0 || container.clientHeight === 0;
    const resize = new ResizeObserver(() => {
      map.resize();
      const hidden = container.clientWidth === 0 || container.clientHeight === 0;
      if (wasHidden && !hidden && lastFit.current) map.fitBounds(lastFit.current, { padding: fitPadding, maxZoom: 15, animate: false });
      wasHidden = hidden;
    });
    resize.observe(container);
    mapRef.current = map;
    window.__ezgisLotsMap = map;
    return () => {
      resize.disconnect();
      mapRef.current = null;
      if (window.__ezgisLotsMap === map) delete window.__ezgisLotsMap;
      map.remove();
    };
    // Created once; later props are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (map && style !== initial.style) map.setStyle(style, { diff: true });
  }, [style, initial.style]);

  useEffect(() => {
    wanted.current = { hover: hoveredId, selected: selectedId };
    applyStates.current();
  }, [hoveredId, selectedId, style]);

  const fitKey = fit ? `${fit.key}:${fit.bbox.join(',')}` : null;
  useEffect(() => {
    const map = mapRef.current;
    if (fit) lastFit.current = fit.bbox;
    if (!map || !fit || fit === initial.fit) return;
    map.fitBounds(fit.bbox, { padding: fitPadding, maxZoom: 15, essential: true });
    // The key says when; the request's value is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey]);

  return <div ref={containerRef} className="lots-map" role="region" aria-label={ariaLabel} data-ready={ready ? 'true' : undefined} />;
}
