/** The 65 commune-level units of Lạng Sơn since 1 July 2025, with the nine covering the zone marked. */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { CommuneProperties } from '../../shared/schemas/layer-properties.ts';
import { areaSquareMeters } from '../../shared/geo/area-square-meters.ts';
import { demoFeature, roundedWithArea, type DemoGeometry } from './demo-feature.ts';
import { COMMUNES_LICENSE, communeSource } from './provenance.ts';
import type { ReferenceData } from './reference-data.ts';

/** REFERENCE.md §5.3: the units covering the economic zone and how much of each it covers. */
export const zoneCommuneRelations: Readonly<Record<string, string>> = {
  'Đồng Đăng': 'Toàn bộ thuộc khu kinh tế',
  'Kỳ Lừa': 'Thuộc khu kinh tế, trừ phần xã Gia Cát cũ',
  'Tam Thanh': 'Toàn bộ thuộc khu kinh tế',
  'Lương Văn Tri': 'Toàn bộ thuộc khu kinh tế',
  'Đông Kinh': 'Toàn bộ thuộc khu kinh tế',
  'Cao Lộc': 'Chỉ phần xã Thạch Đạn cũ',
  'Khánh Khê': 'Chỉ phần xã Bình Trung và xã Đồng Giáp cũ',
  'Hoàng Văn Thụ': 'Chỉ phần xã Tân Thanh và xã Tân Mỹ cũ',
  'Chiến Thắng': 'Chỉ một phần xã Vân An cũ',
};

/** Parts smaller than this are slivers left by the source's generalisation (one in xã Đồng Đăng, ~0 m²). */
const SLIVER_SQUARE_METRES = 100;

export function communeId(code: string): string {
  return `commune-${code.replace(/\./g, '-')}`;
}

function withoutSlivers(geometry: MultiPolygon): MultiPolygon {
  const parts = geometry.coordinates.filter((rings: Position[][]) => areaSquareMeters({ type: 'Polygon', coordinates: rings }) >= SLIVER_SQUARE_METRES);
  return { type: 'MultiPolygon', coordinates: parts };
}

export function buildCommunes(reference: ReferenceData): Feature<DemoGeometry, CommuneProperties>[] {
  const source = communeSource(reference);
  const features = reference.communes.map((commune) => {
    const raw = commune.properties;
    const { geometry, areaHa } = roundedWithArea(withoutSlivers(commune.geometry));
    const zoneRelation = zoneCommuneRelations[raw.name];
    const properties: CommuneProperties = {
      code: raw.code,
      name: raw.name,
      kind: raw.kind,
      formedFrom: raw.formed_from,
      inZone: zoneRelation !== undefined,
      ...(zoneRelation !== undefined ? { zoneRelation } : {}),
      areaHa,
      source,
      license: COMMUNES_LICENSE,
      illustrative: false,
    };
    return demoFeature(communeId(raw.code), geometry as Polygon | MultiPolygon, properties);
  });
  const inZone = features.filter((f) => f.properties.inZone).length;
  if (inZone !== Object.keys(zoneCommuneRelations).length) throw new Error(`communes: ${inZone} zone communes found, expected 9`);
  return features;
}
