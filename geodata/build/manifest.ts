/** manifest.json: one entry per dataset file, with its layer, provenance, licence and CRS. */
import type { LayerId } from '../../shared/layers/registry.ts';
import { COMMUNES_LICENSE, DERIVED_ATTRIBUTION, DERIVED_LICENSE, GENERATED_BY, OSM_ATTRIBUTION, OSM_LICENSE, communeSource, osmSource } from './provenance.ts';
import { PLANNING_ZONE_SOURCE } from './planning-zones.ts';
import { LAND_LOTS_SOURCE } from './land-lots.ts';
import type { ReferenceData } from './reference-data.ts';
import { DRAFT_2045_SOURCE, LOCAL_ADJUSTMENT_SOURCE } from './planning-zone-revisions.ts';

/** The plan register (geodata/plans.json): not a layer; the seed loads it into plans and plan_revisions. */
export const PLAN_REGISTER_ID = 'plan-register';

export interface ManifestEntry {
  id: string;
  file: string;
  layer: LayerId | null;
  title: string;
  source: string;
  license: string;
  attribution?: string;
  crs: 'EPSG:4326';
  illustrative: boolean;
  generatedBy: typeof GENERATED_BY;
  /** Made at seed time, not written by build-demo: `file` names the generator (server/db/seed.ts). */
  generator?: 'parcels' | 'clearance-demo';
}

type EntryFields = Omit<ManifestEntry, 'crs' | 'generatedBy'>;

export function manifestEntries(reference: ReferenceData): ManifestEntry[] {
  const osm = osmSource(reference);
  const entries: EntryFields[] = [
    {
      id: 'communes',
      file: 'communes.geojson',
      layer: 'communes',
      title: 'Xã, phường tỉnh Lạng Sơn từ 1/7/2025 — 65 commune-level units since 1 Jul 2025 (9 cover the zone)',
      source: `${communeSource(reference)}. Zone membership: REFERENCE.md §5.3. One ~0 m² sliver part of xã Đồng Đăng dropped.`,
      license: COMMUNES_LICENSE,
      illustrative: false,
    },
    {
      id: 'border-line',
      file: 'border-line.geojson',
      layer: 'border-line',
      title: 'Đường biên giới Việt Nam – Trung Quốc — Vietnam–China land border (2 segments)',
      source: osm,
      license: OSM_LICENSE,
      attribution: OSM_ATTRIBUTION,
      illustrative: false,
    },
    {
      id: 'border-gates',
      file: 'border-gates.geojson',
      layer: 'border-gates',
      title: 'Cửa khẩu, lối thông quan — border gates and crossings (approximate; Co Sa – Nà Ủ not agreed)',
      source: 'Gates, pairs, markers: provincial notices 2024–2026 (../shared/domain/seeds); positions: REFERENCE.md §5.1 (Wikipedia coordinates for Hữu Nghị Quan and Tân Thanh, estimates ±2–4 km for Cốc Nam, Chi Ma, Bình Nghi), moved just onto the Vietnamese side of the OSM border and into the commune; Co Sa – Nà Ủ: illustrative area of uncertainty',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'border-markers',
      file: 'border-markers.geojson',
      layer: 'border-markers',
      title: 'Mốc biên giới — border markers near the gates (approximate positions)',
      source: 'Marker numbers and roles: provincial notices 2024 and REFERENCE.md §5.1; positions: placed on the OSM border line near the gates, approximate (official coordinates are in the 2009 demarcation protocol, not public here)',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'cargo-lanes',
      file: 'cargo-lanes.geojson',
      layer: 'cargo-lanes',
      title: 'Đường chuyên dụng, lối thông quan — cargo roads and clearance paths',
      source: 'Names, markers, lane counts per phase, smart-gate pilot: provincial notices of May and Aug 2024 and a Nov 2025 news report (each phase names its source); alignments illustrative, ending on the OSM border between the two markers',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'planning-zones',
      file: 'planning-zones.geojson',
      layer: 'planning-zones',
      title: 'Phân khu chức năng quy hoạch chung (minh họa) — illustrative general-plan zones',
      source: `${PLANNING_ZONE_SOURCE}; indicators within QCVN 01:2021/BXD limits; clipped to Vietnam (OSM) and to the zone communes`,
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'planning-zone-revisions',
      file: 'planning-zone-revisions.geojson',
      layer: 'planning-zones',
      title: 'Phân khu chức năng của các phương án điều chỉnh quy hoạch chung (minh họa) — illustrative zones of the local adjustment and the 2045 draft',
      source: `${LOCAL_ADJUSTMENT_SOURCE}. ${DRAFT_2045_SOURCE}. Built from the current illustrative zones; adjusted areas drawn on the VN-2000 TM-3 plane`,
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: PLAN_REGISTER_ID,
      file: 'plans.json',
      layer: null,
      title: 'Sổ đăng ký quy hoạch — the plan register: every plan named in BRIEF.md with its revisions, stages and decisions',
      source: 'BRIEF.md, REFERENCE.md §3 and the provincial notices in ../shared/domain/seeds; decision numbers and dates only where a source gives them (never invented); each plan and revision names its own source',
      license: 'Facts from public Vietnamese government documents; compiled for EZ-GIS',
      illustrative: false,
    },
    {
      id: 'projects',
      file: 'projects.geojson',
      layer: 'projects',
      title: 'Dự án đầu tư — investment projects named in the provincial notices',
      source: 'Names, kinds, status, deadlines, investors, decisions, capital: provincial notices 2024–2026 (../shared/domain/seeds) and a Nov 2025 news report (capital of the 1119–1120 road); locations illustrative',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'land-lots',
      file: 'land-lots.geojson',
      layer: 'land-lots',
      title: 'Lô đất cho nhà đầu tư (minh họa) — illustrative lots in the parks and zones the brief names',
      source: `${LAND_LOTS_SOURCE} Placed inside Vietnam (OSM) and the park's commune, clear of project footprints, lanes and restricted zones; lot CC7 of Chi Ma is the CC7 project's footprint.`,
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'road-centrelines',
      file: 'road-centrelines.geojson',
      layer: 'road-centrelines',
      title: 'Tim đường tính lý trình — road centrelines that chainage is measured along (illustrative)',
      source: 'Illustrative alignment of the Hữu Nghị gate road drawn for this demo (geodata/build/cargo-lane-routes.ts), Km0 at the gate; the Km1+106.19 – Km1+838.85 upgrade of the Sep 2025 notice is cut from it on the VN-2000 TM-3 plane',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'clearance-boundaries',
      file: 'clearance-boundaries.geojson',
      layer: 'clearance-boundaries',
      title: 'Ranh giới giải phóng mặt bằng (minh họa) — illustrative site-clearance boundaries',
      source: 'Illustrative corridors around the illustrative smart-border-gate works, clipped to the commune and to Vietnam; stages and handover dates assumed',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'resettlement-areas',
      file: 'resettlement-areas.geojson',
      layer: 'resettlement-areas',
      title: 'Khu tái định cư (minh họa) — illustrative resettlement sites',
      source: 'Illustrative: positions, sizes, lot capacities and allocations assumed; no resettlement site is named in the sources',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
    },
    {
      id: 'parcels',
      file: 'build/parcels.ts',
      layer: 'parcels',
      title: 'Thửa đất địa chính (minh họa) — illustrative cadastral parcels, generated at seed time',
      source: 'Illustrative: ~35 000 parcels generated deterministically at seed time by geodata/build/parcels.ts from the committed commune outlines, Vietnam land polygon and clearance boundaries (about 20 MB of GeoJSON, not committed); sizes and shapes of rural and peri-urban parcels; key (pre-2025 commune code, 500 m map sheet, parcel number) with illustrative former-commune codes <2025 code>.<n>; areas on VN-2000 TM-3 107°15′ (EPSG:9215)',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
      generator: 'parcels',
    },
    {
      id: 'clearance-demo',
      file: 'build/clearance-demo.ts',
      layer: null,
      title: 'Tiến độ GPMB (minh họa) — illustrative clearance state: affected parcels, stages, households, resettlement lots, land-use quotas',
      source: 'Affected parcels and areas computed at seed time by intersecting the parcels with the clearance boundaries on the EPSG:9215 plane; stages, dates, complaints, households (not real people), lot allocations and quotas are illustrative assumptions (geodata/build/clearance-demo.ts)',
      license: DERIVED_LICENSE,
      attribution: DERIVED_ATTRIBUTION,
      illustrative: true,
      generator: 'clearance-demo',
    },
    {
      id: 'basemap-vietnam-land',
      file: 'basemap/vietnam-land.geojson',
      layer: null,
      title: 'Lãnh thổ đất liền Việt Nam (khung Lạng Sơn) — Vietnam land polygon for the offline basemap',
      source: `${osm}; empty parts left by the clip removed`,
      license: OSM_LICENSE,
      attribution: OSM_ATTRIBUTION,
      illustrative: false,
    },
    {
      id: 'basemap-langson-province',
      file: 'basemap/langson-province.geojson',
      layer: null,
      title: 'Ranh giới tỉnh Lạng Sơn — province outline for the offline basemap',
      source: communeSource(reference),
      license: COMMUNES_LICENSE,
      illustrative: false,
    },
  ];
  return entries.map((entry) => ({ ...entry, crs: 'EPSG:4326', generatedBy: GENERATED_BY }));
}
