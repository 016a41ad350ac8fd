/**
 * Pure land-use balance and zone diff of plan revisions (bảng cân bằng sử dụng đất): hectares per
 * land-use class computed from each zone's geometry on the VN-2000 TM-3 plane (EPSG:9215), and the
 * zones that changed between two revisions, matched by zone code.
 */
import type { Geometry, Position } from 'geojson';
import { areaSquareMeters } from '../../../shared/geo/area-square-meters.ts';
import { landUseClass, landUseClasses } from '../../../shared/domain/land-use.ts';
import type { BalanceRow, ChangedZone, RevisionBalance, ZoneChangeKind, ZoneIndicators } from '../../../shared/schemas/plans.ts';
import type { StoredFeature } from '../../geo-store/feature-store.ts';
import type { Audience } from '../layers/redact.ts';

const legendOrder = new Map<string, number>(landUseClasses.map((c, i) => [c.code, i]));

function hectares(squareMeters: number): number {
  return Math.round(squareMeters / 100) / 100;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function byLegend(a: string, b: string): number {
  return (legendOrder.get(a) ?? 999) - (legendOrder.get(b) ?? 999) || a.localeCompare(b);
}

/** Square metres per land-use class. */
export function squareMetersByLandUse(zones: readonly StoredFeature[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const zone of zones) {
    const landUse = String(zone.properties.landUse);
    totals.set(landUse, (totals.get(landUse) ?? 0) + areaSquareMeters(zone.geometry));
  }
  return totals;
}

export function revisionBalance(revisionId: string, zones: readonly StoredFeature[]): RevisionBalance {
  const totals = squareMetersByLandUse(zones);
  const totalSquareMeters = [...totals.values()].reduce((a, b) => a + b, 0);
  return {
    revisionId,
    rows: [...totals.keys()].sort(byLegend).map((landUse) => ({
      landUse,
      hectares: hectares(totals.get(landUse) ?? 0),
      sharePercent: totalSquareMeters > 0 ? Math.round(((totals.get(landUse) ?? 0) / totalSquareMeters) * 10_000) / 100 : 0,
    })),
    totalHectares: hectares(totalSquareMeters),
  };
}

/** One row per class in either revision; delta is after − before of the rounded figures, so the table adds up. */
export function balanceDifference(fromZones: readonly StoredFeature[], toZones: readonly StoredFeature[]): BalanceRow[] {
  const from = squareMetersByLandUse(fromZones);
  const to = squareMetersByLandUse(toZones);
  return [...new Set([...from.keys(), ...to.keys()])].sort(byLegend).map((landUse) => {
    const fromHectares = hectares(from.get(landUse) ?? 0);
    const toHectares = hectares(to.get(landUse) ?? 0);
    return { landUse, fromHectares, toHectares, deltaHectares: round2(toHectares - fromHectares) };
  });
}

export function balanceTotals(rows: readonly BalanceRow[]) {
  const fromHectares = round2(rows.reduce((sum, r) => sum + r.fromHectares, 0));
  const toHectares = round2(rows.reduce((sum, r) => sum + r.toHectares, 0));
  return { fromHectares, toHectares, deltaHectares: round2(toHectares - fromHectares) };
}

function indicatorsOf(properties: Record<string, unknown>): ZoneIndicators {
  const value = (key: string) => (typeof properties[key] === 'number' ? (properties[key] as number) : null);
  return {
    coveragePercentMax: value('coveragePercentMax'),
    floorAreaRatioMax: value('floorAreaRatioMax'),
    floorsMin: value('floorsMin'),
    floorsMax: value('floorsMax'),
  };
}

/** Geometry as text with coordinates at 6 decimals: engines print the last digits differently. */
function geometryKey(geometry: Geometry): string {
  const round = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(round) : typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value;
  return JSON.stringify(round((geometry as { coordinates?: Position[] }).coordinates ?? null));
}

export function isRestrictedLandUse(landUse: unknown): boolean {
  return typeof landUse === 'string' && landUseClass(landUse)?.restricted === true;
}

/**
 * Zones added, removed, with land use or indicators changed, or reshaped, matched by zone code; in
 * zone-code order. For the public, restricted land (security, defence) is only "restricted land":
 * no zone code, name or indicators.
 */
export function changedZones(fromZones: readonly StoredFeature[], toZones: readonly StoredFeature[], audience: Audience): ChangedZone[] {
  const fromByCode = new Map(fromZones.map((z) => [String(z.properties.zoneCode), z]));
  const toByCode = new Map(toZones.map((z) => [String(z.properties.zoneCode), z]));
  const codes = [...new Set([...fromByCode.keys(), ...toByCode.keys()])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const changed: ChangedZone[] = [];
  for (const code of codes) {
    const before = fromByCode.get(code);
    const after = toByCode.get(code);
    const changes: ZoneChangeKind[] = [];
    if (!before) changes.push('added');
    else if (!after) changes.push('removed');
    else {
      if (before.properties.landUse !== after.properties.landUse) changes.push('land-use-changed');
      if (JSON.stringify(indicatorsOf(before.properties)) !== JSON.stringify(indicatorsOf(after.properties))) changes.push('indicators-changed');
      if (geometryKey(before.geometry) !== geometryKey(after.geometry)) changes.push('reshaped');
    }
    const shown = (after ?? before) as StoredFeature;
    const restricted = isRestrictedLandUse(before?.properties.landUse) || isRestrictedLandUse(after?.properties.landUse);
    const hidden = restricted && audience === 'public';
    // The public does not learn that a restricted zone's indicators changed.
    if (hidden) changes.splice(0, changes.length, ...changes.filter((c) => c !== 'indicators-changed'));
    const change = changes[0];
    if (!change) continue;
    changed.push({
      id: shown.id,
      zoneCode: hidden ? null : code,
      name: hidden ? (landUseClass(String(shown.properties.landUse))?.vi ?? 'Đất hạn chế') : String(shown.properties.name),
      change,
      changes,
      fromLandUse: before ? String(before.properties.landUse) : null,
      toLandUse: after ? String(after.properties.landUse) : null,
      fromHectares: before ? hectares(areaSquareMeters(before.geometry)) : 0,
      toHectares: after ? hectares(areaSquareMeters(after.geometry)) : 0,
      fromIndicators: before && !hidden ? indicatorsOf(before.properties) : null,
      toIndicators: after && !hidden ? indicatorsOf(after.properties) : null,
      horizonYear: typeof after?.properties.horizonYear === 'number' ? after.properties.horizonYear : null,
      restricted,
      geometry: shown.geometry,
    });
  }
  return changed;
}
