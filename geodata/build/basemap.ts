/** Outlines the offline basemap draws: Vietnam's land (to shade the Chinese side) and the province. */
import type { Feature, MultiPolygon } from 'geojson';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';
import { COMMUNES_LICENSE, communeSource } from './provenance.ts';
import type { ReferenceData } from './reference-data.ts';

export interface BasemapProperties {
  name: string;
  source: string;
  license: string;
  attribution?: string;
  illustrative: false;
}

/**
 * The 10 m country outline carries dozens of 3-vertex inner rings — artefacts of the clip, not
 * enclaves — that would draw as grey triangles on the map: keep outer rings only.
 */
function withoutInnerRings(geometry: MultiPolygon): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.slice(0, 1)) };
}

export function buildVietnamLand(reference: ReferenceData): Feature<DemoGeometry, BasemapProperties>[] {
  const land = reference.vietnamLand;
  return [
    demoFeature('vietnam-land', withoutInnerRings(land.geometry), {
      name: 'Lãnh thổ đất liền Việt Nam khu vực Lạng Sơn (cắt theo khung 106,0–107,6 E; 21,3–22,75 N)',
      source: land.properties.source,
      license: land.properties.license,
      attribution: land.properties.attribution,
      illustrative: false,
    }),
  ];
}

export function buildProvinceOutline(reference: ReferenceData): Feature<DemoGeometry, BasemapProperties>[] {
  return [
    demoFeature('langson-province', reference.province.geometry, {
      name: 'Tỉnh Lạng Sơn',
      source: communeSource(reference),
      license: COMMUNES_LICENSE,
      illustrative: false,
    }),
  ];
}
