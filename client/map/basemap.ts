/**
 * The basemap under the data layers. Offline (default): the Chinese side is the muted background,
 * Vietnam's land polygon is drawn lighter on top, and the province outline over it — all served
 * by our own server, so the map works with no internet. An online raster basemap, when configured,
 * is drawn over the land shading — which shows through wherever its tiles fail to load; an
 * online style replaces it. The province outline stays in every case.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

export const basemapBackgroundLayerId = 'basemap-background';
export const basemapLandLayerId = 'basemap-vietnam-land';
export const basemapProvinceLayerId = 'basemap-province-outline';
export const basemapRasterLayerId = 'basemap-raster';

export const basemapLandSourceId = 'basemap-vietnam-land';
export const basemapProvinceSourceId = 'basemap-province';
export const basemapRasterSourceId = 'basemap-raster';

export const basemapColours = {
  /** The Chinese side and anything outside the land clip. */
  china: '#d5d6d2',
  vietnam: '#f7f5ef',
  province: '#7d6e5d',
} as const;

export const openStreetMapAttribution = '© OpenStreetMap contributors';

/** What build-style needs to draw the basemap; URLs absolute. */
export type BasemapInput =
  | { kind: 'offline'; landUrl: string; provinceUrl: string }
  | { kind: 'raster'; tiles: readonly string[]; attribution: string; landUrl: string; provinceUrl: string }
  | { kind: 'style'; style: StyleSpecification; provinceUrl: string };

export interface BasemapParts {
  sources: Record<string, SourceSpecification>;
  /** Drawn under every data layer. */
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
}

function provinceParts(provinceUrl: string): BasemapParts {
  return {
    sources: {
      [basemapProvinceSourceId]: { type: 'geojson', data: provinceUrl },
    },
    layers: [
      {
        id: basemapProvinceLayerId,
        type: 'line',
        source: basemapProvinceSourceId,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': basemapColours.province, 'line-width': 2.2, 'line-opacity': 0.75 },
      },
    ],
  };
}

export function basemapParts(input: BasemapInput): BasemapParts {
  const background: LayerSpecification = {
    id: basemapBackgroundLayerId,
    type: 'background',
    paint: { 'background-color': basemapColours.china },
  };
  const province = provinceParts(input.provinceUrl);
  switch (input.kind) {
    case 'offline':
    case 'raster': {
      const parts: BasemapParts = {
        sources: {
          [basemapLandSourceId]: { type: 'geojson', data: input.landUrl, attribution: openStreetMapAttribution },
          ...province.sources,
        },
        layers: [
          background,
          {
            id: basemapLandLayerId,
            type: 'fill',
            source: basemapLandSourceId,
            paint: { 'fill-color': basemapColours.vietnam, 'fill-antialias': false },
          },
          ...province.layers,
        ],
      };
      if (input.kind === 'raster') {
        parts.sources[basemapRasterSourceId] = { type: 'raster', tiles: [...input.tiles], tileSize: 256, attribution: input.attribution };
        parts.layers.splice(2, 0, { id: basemapRasterLayerId, type: 'raster', source: basemapRasterSourceId, paint: { 'raster-saturation': -0.3 } });
      }
      return parts;
    }
    case 'style': {
      const parts: BasemapParts = {
        sources: { ...input.style.sources, ...province.sources },
        layers: [...input.style.layers, ...province.layers],
      };
      if (input.style.glyphs !== undefined) parts.glyphs = input.style.glyphs;
      if (input.style.sprite !== undefined) parts.sprite = input.style.sprite;
      return parts;
    }
  }
}
