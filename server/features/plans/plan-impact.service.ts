/**
 * "What applies here" and the impact of an adjustment. Both read other layers through one list
 * (`overlayLayerIds`): land lots and parcels join it when those layers exist, and every answer
 * passes the public redaction (security and defence land: "restricted land" only).
 */
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { geometryBBox, type BBox } from '../../../shared/geo/bbox.ts';
import { areaSquareMeters } from '../../../shared/geo/area-square-meters.ts';
import { landUseClass } from '../../../shared/domain/land-use.ts';
import { landUseAllowsProject } from '../../../shared/domain/plans.ts';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import type { FeatureSummary, ImpactConflict, LayerHits, RevisionImpact, WhatApplies } from '../../../shared/schemas/plans.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { StoredFeature } from '../../geo-store/feature-store.ts';
import { refuse } from '../../trpc/errors.ts';
import { redactFeature, type Audience } from '../layers/redact.ts';
import { listPlanRows } from './plans.repository.ts';
import { revisionInForceOn, revisionZones, todayInVietnam, visibleRevisionOrThrow, zoneLayer, ZONED_PLAN_ID } from './plans.service.ts';
import { balanceDifference, changedZones, isRestrictedLandUse } from './zone-balance.ts';

type Deps = Pick<AppDeps, 'database' | 'features' | 'clock'>;

/** Layers "what applies" and "impact" look into (those of them the registry has). */
export const overlayLayerIds = ['projects', 'land-lots', 'clearance-boundaries', 'parcels', 'resettlement-areas'] as const;
/** Overlay layers not in the registry yet: the answer says they were not looked into. */
const pendingLayerIds = overlayLayerIds.filter((id) => findLayer(id) === undefined);

/** At most this many features per layer in an answer (a changed zone can hold thousands of parcels); `total` counts all. */
const MAX_LISTED = 100;

/** Points and lines count as "here" within this distance of the point. */
const NEAR_METRES = 30;

const overlayLayers = (): LayerDefinition[] => overlayLayerIds.map((id) => findLayer(id)).filter((l): l is LayerDefinition => l !== undefined);

function summary(layer: LayerDefinition, feature: StoredFeature, audience: Audience): FeatureSummary {
  const shown = redactFeature(layer, feature, audience);
  const { source: _source, ...properties } = shown.properties;
  return { id: shown.id, name: String(shown.properties[layer.nameProperty] ?? shown.id), properties };
}

function isPolygonal(geometry: Geometry): geometry is Polygon | MultiPolygon {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

function isAt(geometry: Geometry, point: [number, number]): boolean {
  if (isPolygonal(geometry)) return turf.booleanPointInPolygon(point, geometry);
  if (geometry.type === 'Point') return turf.distance(point, geometry.coordinates, { units: 'meters' }) <= NEAR_METRES;
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') return turf.pointToLineDistance(point, turf.feature(geometry) as Feature<never>, { units: 'meters' }) <= NEAR_METRES;
  return false;
}

/** A box around a point wide enough for NEAR_METRES. */
function boxAround([lon, lat]: [number, number]): BBox {
  const dLat = (NEAR_METRES * 2) / 111_320;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

export async function whatApplies(deps: Deps, input: { lon: number; lat: number; revisionId?: string | undefined }, audience: Audience): Promise<WhatApplies> {
  const db = deps.database.db;
  const revision = input.revisionId
    ? await visibleRevisionOrThrow(db, input.revisionId, audience, 'revisionId')
    : await revisionInForceOn(db, ZONED_PLAN_ID, todayInVietnam(deps));
  if (!revision) throw refuse('NOT_FOUND', 'Không có quy hoạch nào đang có hiệu lực / no plan revision is in force', 'revisionId');
  const plan = (await listPlanRows(db)).find((p) => p.id === revision.planId);
  if (!plan) throw refuse('NOT_FOUND', `no plan ${revision.planId}`, 'revisionId');
  const point: [number, number] = [input.lon, input.lat];
  const box = boxAround(point);

  const zones = (await deps.features.query(zoneLayer, { bbox: box, limit: 1000, offset: 0, filters: { revisionId: revision.id } })).features;
  const stored = zones.find((z) => isAt(z.geometry, point));
  let zone: WhatApplies['zone'] = null;
  if (stored) {
    const p = stored.properties;
    const restricted = isRestrictedLandUse(p.landUse);
    const hidden = restricted && audience === 'public';
    const shown = redactFeature(zoneLayer, stored, audience).properties;
    const number = (key: string) => (typeof p[key] === 'number' ? (p[key] as number) : null);
    zone = {
      id: stored.id,
      zoneCode: hidden ? null : String(p.zoneCode),
      name: String(shown.name),
      landUse: String(p.landUse),
      restricted,
      indicators: hidden ? null : { coveragePercentMax: number('coveragePercentMax'), floorAreaRatioMax: number('floorAreaRatioMax'), floorsMin: number('floorsMin'), floorsMax: number('floorsMax') },
      areaHectares: Math.round(areaSquareMeters(stored.geometry) / 100) / 100,
      horizonYear: hidden ? null : number('horizonYear'),
      commune: hidden ? null : typeof p.commune === 'string' ? p.commune : null,
    };
  }

  const alsoHere: LayerHits[] = [];
  for (const layer of overlayLayers()) {
    if (!layer.public && audience === 'public') continue;
    const hits = (await deps.features.query(layer, { bbox: box, limit: 1000, offset: 0 })).features.filter((f) => isAt(f.geometry, point));
    alsoHere.push({ layerId: layer.id, features: hits.slice(0, MAX_LISTED).map((f) => summary(layer, f, audience)), total: hits.length });
  }

  return {
    lon: input.lon,
    lat: input.lat,
    plan: { id: plan.id, name: plan.name, nameEn: plan.nameEn, level: plan.level },
    revision: {
      id: revision.id,
      name: revision.name,
      nameEn: revision.nameEn,
      stage: revision.stage,
      kind: revision.kind,
      decisionNumber: revision.decisionNumber,
      decisionDate: revision.decisionDate,
      validFrom: revision.validFrom,
      horizonYear: revision.horizonYear,
    },
    zone,
    alsoHere,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The revision against its parent: what lies in the changed zones, and what conflicts with the new plan. */
export async function revisionImpact(deps: Deps, revisionId: string, audience: Audience): Promise<RevisionImpact> {
  const db = deps.database.db;
  const revision = await visibleRevisionOrThrow(db, revisionId, audience, 'revisionId');
  if (!revision.parentRevisionId) throw refuse('BAD_REQUEST', 'revisionId: phương án gốc không có phương án trước để so sánh / an original revision has no parent to compare with', 'revisionId');
  const parent = await visibleRevisionOrThrow(db, revision.parentRevisionId, audience, 'revisionId');
  const [fromZones, toZones] = await Promise.all([revisionZones(deps.features, parent.id), revisionZones(deps.features, revision.id)]);
  // Unredacted: conflicts are computed on the full data, then shown to the public without detail.
  const changed = changedZones(fromZones, toZones, 'staff');
  const shownChanged = changedZones(fromZones, toZones, audience);
  const toByCode = new Map(toZones.map((z) => [String(z.properties.zoneCode), z]));
  const conflicts: ImpactConflict[] = [];

  const affected: RevisionImpact['affected'] = [];
  for (const layer of overlayLayers()) {
    if (!layer.public && audience === 'public') continue;
    const hits = new Map<string, { feature: StoredFeature; zoneCodes: (string | null)[] }>();
    for (const zone of changed) {
      const candidates = (await deps.features.query(layer, { bbox: geometryBBox(zone.geometry), limit: 1_000_000, offset: 0 })).features;
      for (const feature of candidates) {
        if (!turf.booleanIntersects(turf.feature(feature.geometry), turf.feature(zone.geometry))) continue;
        const hidden = zone.restricted && audience === 'public';
        const entry = hits.get(feature.id) ?? { feature, zoneCodes: [] };
        entry.zoneCodes.push(hidden ? null : zone.zoneCode);
        hits.set(feature.id, entry);
        const newUse = zone.toLandUse === null ? undefined : landUseClass(zone.toLandUse);
        if (layer.id === 'projects' && zone.toLandUse !== null && zone.changes.includes('land-use-changed') && !landUseAllowsProject(newUse, feature.geometry.type)) {
          const project = summary(layer, feature, audience);
          conflicts.push({
            kind: 'project-land-use',
            zoneCode: hidden ? null : zone.zoneCode,
            featureId: feature.id,
            landUse: zone.toLandUse,
            message: {
              vi: `Dự án "${project.name}" nằm trên đất ${newUse?.vi ?? zone.toLandUse}, chức năng mới không cho phép`,
              en: `Project "${project.name}" stands on ${newUse?.en ?? zone.toLandUse}, which the new plan does not allow for it`,
            },
          });
        }
        // A lot offered for one use on land the adjustment gives another use.
        if (layer.id === 'land-lots' && zone.toLandUse !== null && zone.changes.includes('land-use-changed') && feature.properties.landUse !== zone.toLandUse) {
          const lot = summary(layer, feature, audience);
          conflicts.push({
            kind: 'lot-land-use',
            zoneCode: hidden ? null : zone.zoneCode,
            featureId: feature.id,
            landUse: zone.toLandUse,
            message: {
              vi: `Lô "${lot.name}" (${landUseClass(String(feature.properties.landUse))?.vi ?? feature.properties.landUse}) nằm trên đất quy hoạch mới là ${newUse?.vi ?? zone.toLandUse}`,
              en: `Lot "${lot.name}" (${landUseClass(String(feature.properties.landUse))?.en ?? feature.properties.landUse}) lies on land the new plan gives to ${newUse?.en ?? zone.toLandUse}`,
            },
          });
        }
      }
    }
    const all = [...hits.values()];
    affected.push({ layerId: layer.id, features: all.slice(0, MAX_LISTED).map(({ feature, zoneCodes }) => ({ ...summary(layer, feature, audience), zoneCodes })), total: all.length });
  }

  for (const zone of changed) {
    const stored = zone.toLandUse === null ? undefined : toByCode.get(String(zone.zoneCode));
    const limits = zone.toLandUse === null ? undefined : landUseClass(zone.toLandUse);
    if (!stored || !limits || (zone.restricted && audience === 'public')) continue;
    const checks = [
      { name: 'coveragePercentMax' as const, limit: limits.maxCoveragePercent },
      { name: 'floorAreaRatioMax' as const, limit: limits.maxFloorAreaRatio },
    ];
    for (const { name, limit } of checks) {
      const value = stored.properties[name];
      if (limit === undefined || typeof value !== 'number' || value <= limit) continue;
      conflicts.push({
        kind: 'indicator-above-limit',
        zoneCode: zone.zoneCode,
        featureId: stored.id,
        landUse: zone.toLandUse,
        indicator: { name, value, limit },
        message: {
          vi: `Ô ${zone.zoneCode}: ${name === 'coveragePercentMax' ? 'mật độ xây dựng' : 'hệ số sử dụng đất'} ${value} vượt giới hạn ${limit} (QCVN 01:2021/BXD)`,
          en: `Zone ${zone.zoneCode}: ${name === 'coveragePercentMax' ? 'building coverage' : 'floor-area ratio'} ${value} exceeds the limit ${limit} (QCVN 01:2021/BXD)`,
        },
      });
    }
  }

  for (const row of balanceDifference(fromZones, toZones)) {
    const use = landUseClass(row.landUse);
    if (!use?.protectedClass || row.deltaHectares >= 0) continue;
    conflicts.push({
      kind: 'protected-class-reduced',
      zoneCode: null,
      featureId: null,
      landUse: row.landUse,
      deltaHectares: round2(row.deltaHectares),
      message: { vi: `${use.vi} giảm ${round2(-row.deltaHectares)} ha`, en: `${use.en} reduced by ${round2(-row.deltaHectares)} ha` },
    });
  }

  return { revisionId: revision.id, parentRevisionId: parent.id, changedZones: shownChanged, affected, conflicts, pendingLayers: pendingLayerIds };
}
