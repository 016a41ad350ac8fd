/**
 * The style of a project's small map: the basemap, the project's footprint, a chainage segment
 * and a located point, each an inline GeoJSON source. Pure, like build-style.ts.
 */
import type { Feature, Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { basemapParts, type BasemapInput } from './basemap.ts';

export const siteFootprintSourceId = 'site-footprint';
export const siteSegmentSourceId = 'site-segment';
export const sitePointSourceId = 'site-point';
export const siteSegmentLayerId = 'site-segment-line';

export const siteMapColours = { footprint: '#1f78b4', segment: '#d9480f', point: '#c92a2a' } as const;

function collection(geometry: Geometry | null) {
  const features: Feature[] = geometry ? [{ type: 'Feature', properties: {}, geometry }] : [];
  return { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features } };
}

export interface SiteMapInput {
  basemap: BasemapInput;
  footprint: Geometry | null;
  segment: Geometry | null;
  point: [number, number] | null;
}

export function siteMapStyle(input: SiteMapInput): StyleSpecification {
  const basemap = basemapParts(input.basemap);
  const style: StyleSpecification = {
    version: 8,
    name: 'EZ-GIS site',
    sources: {
      ...basemap.sources,
      [siteFootprintSourceId]: collection(input.footprint),
      [siteSegmentSourceId]: collection(input.segment),
      [sitePointSourceId]: collection(input.point ? { type: 'Point', coordinates: input.point } : null),
    },
    layers: [
      ...basemap.layers,
      { id: 'site-footprint-fill', type: 'fill', source: siteFootprintSourceId, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': siteMapColours.footprint, 'fill-opacity': 0.2 } },
      { id: 'site-footprint-line', type: 'line', source: siteFootprintSourceId, paint: { 'line-color': siteMapColours.footprint, 'line-width': 2, 'line-opacity': 0.7 } },
      { id: 'site-segment-casing', type: 'line', source: siteSegmentSourceId, layout: { 'line-cap': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 9 } },
      { id: siteSegmentLayerId, type: 'line', source: siteSegmentSourceId, layout: { 'line-cap': 'round' }, paint: { 'line-color': siteMapColours.segment, 'line-width': 5 } },
      { id: 'site-point', type: 'circle', source: sitePointSourceId, paint: { 'circle-radius': 7, 'circle-color': siteMapColours.point, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
    ],
  };
  if (basemap.glyphs !== undefined) style.glyphs = basemap.glyphs;
  if (basemap.sprite !== undefined) style.sprite = basemap.sprite;
  return style;
}
