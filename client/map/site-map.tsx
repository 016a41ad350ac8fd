/**
 * A small map of one project: created once, given its style (site-map-style.ts) and applied with
 * `setStyle(…, {diff: true})`; fits the segment (or footprint) once, flies to `focus` when it
 * changes. `data-ready` tells tests when the style with the segment has been drawn.
 */
import { useEffect, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';
import type { Polygon } from 'geojson';
import type { BBox } from '../../shared/geo/bbox.ts';
import { startPolygonEdit } from './boundary-editor.ts';
import { hatchImage, hatchImageId, hatchNameOf, hatchPatterns } from './hatch-pattern.ts';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** Test hook: the project sheet's small map, read by e2e/projects.e2e.test.ts. Not an API for app code. */
    __ezgisSiteMap?: maplibregl.Map;
  }
}

export function SiteMap({ style, bbox, focus, fitTo = null, fitMaxZoom = 15, ariaLabel, zoomInLabel, zoomOutLabel, onMapClick, editing = null }: {
  style: StyleSpecification;
  /** Shown at first; [west, south, east, north]. */
  bbox: BBox | null;
  /** [lon, lat] to fly to. */
  focus: [number, number] | null;
  /** An area to show whole when it changes (an area rather than a point: Co Sa – Nà Ủ). */
  fitTo?: BBox | null;
  /** The closest `fitTo` may zoom (a small feature of an import preview may go closer than an area). */
  fitMaxZoom?: number;
  ariaLabel: string;
  zoomInLabel: string;
  zoomOutLabel: string;
  /** [lon, lat] of a click on the map ("check a place" by clicking). */
  onMapClick?: (lngLat: [number, number]) => void;
  /** A polygon to edit with terra-draw (the style must not change meanwhile: setStyle would drop its layers). */
  editing?: { polygon: Polygon; onChange: (polygon: Polygon) => void } | null;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);
  const [initial] = useState(() => ({ style, bbox }));
  const onMapClickRef = useRef(onMapClick);
  useEffect(() => {
    onMapClickRef.current = onMapClick;
  }, [onMapClick]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = new maplibregl.Map({
      container,
      style: initial.style,
      ...(initial.bbox ? { bounds: initial.bbox, fitBoundsOptions: { padding: 40, maxZoom: 16 } } : { center: [106.74, 21.96], zoom: 11 }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      locale: { 'NavigationControl.ZoomIn': zoomInLabel, 'NavigationControl.ZoomOut': zoomOutLabel, 'Map.Title': ariaLabel },
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
    map.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');
    // Hatched areas (a gate whose location is not agreed) use generated pattern images.
    map.on('styleimagemissing', (event) => {
      const name = hatchNameOf(event.id);
      if (name && !map.hasImage(event.id)) map.addImage(hatchImageId(name), hatchImage(hatchPatterns[name]));
    });
    map.on('click', (event) => onMapClickRef.current?.([event.lngLat.lng, event.lngLat.lat]));
    map.once('idle', () => setReady(true));
    mapRef.current = map;
    window.__ezgisSiteMap = map;
    return () => {
      mapRef.current = null;
      if (window.__ezgisSiteMap === map) delete window.__ezgisSiteMap;
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
    const map = mapRef.current;
    if (map && focus) map.flyTo({ center: focus, zoom: Math.max(map.getZoom(), 16), essential: true });
  }, [focus]);

  const editingPolygon = editing?.polygon ?? null;
  const onEditRef = useRef(editing?.onChange);
  useEffect(() => {
    onEditRef.current = editing?.onChange;
  }, [editing?.onChange]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !editingPolygon) return;
    const editor = startPolygonEdit(map, editingPolygon, (polygon) => onEditRef.current?.(polygon));
    return () => editor.stop();
  }, [ready, editingPolygon]);

  const fitKey = fitTo ? fitTo.join(',') : null;
  useEffect(() => {
    const map = mapRef.current;
    if (map && fitKey) map.fitBounds(fitKey.split(',').map(Number) as unknown as BBox, { padding: 60, maxZoom: fitMaxZoom, essential: true });
  }, [fitKey, fitMaxZoom]);

  return <div ref={containerRef} className="site-map" role="region" aria-label={ariaLabel} data-ready={ready ? 'true' : undefined} />;
}
