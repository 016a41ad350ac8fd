/**
 * The parcels a clearance boundary takes, computed by the engine (intersection area on the
 * VN-2000 TM-3 plane) and stored: at seed time and, in the same transaction, after every geometry
 * edit. A parcel newly taken starts "not notified"; one no longer taken is soft-deleted with its
 * stage and history kept (and comes back with them if a later edit takes it again).
 */
import type { Kysely } from 'kysely';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import type { ParcelProperties } from '../../../shared/schemas/layer-properties.ts';
import type { FeatureStore, StoredFeature } from '../../geo-store/feature-store.ts';
import { insertClearanceParcels, listClearanceParcels, updateClearanceParcel, type NewClearanceParcel } from './clearance.repository.ts';

export const parcelLayer = findLayer('parcels') as LayerDefinition;

/** Shared areas below this are edges touching or float noise, not land taken (they round to 0.0 m²). */
export const MIN_AFFECTED_M2 = 0.05;

/** m² to 0.1 m², as the cadastre records areas. */
export function roundArea(m2: number): number {
  return Math.round(m2 * 10) / 10;
}

export function clearanceParcelId(boundaryId: string, parcelId: string): string {
  return `${boundaryId}/${parcelId}`;
}

export interface AffectedChange {
  added: string[];
  removed: string[];
  resized: string[];
  /** Live parcels and their total affected area after the change. */
  parcels: number;
  affectedM2: number;
}

export async function recomputeAffectedParcels(
  trx: Kysely<DatabaseSchema>,
  store: FeatureStore,
  boundary: StoredFeature,
  now: string,
): Promise<AffectedChange> {
  const geometry = boundary.geometry as Polygon | MultiPolygon;
  const shared = (await store.intersectionAreas(parcelLayer, geometry, trx)).filter((hit) => hit.areaSquareMeters >= MIN_AFFECTED_M2);
  const existing = new Map((await listClearanceParcels(trx, { boundaryId: boundary.id, includeRemoved: true })).map((r) => [r.parcelId, r]));
  const change: AffectedChange = { added: [], removed: [], resized: [], parcels: 0, affectedM2: 0 };
  const fresh: NewClearanceParcel[] = [];
  const taken = new Set<string>();
  for (const hit of shared) {
    const parcel = hit.properties as ParcelProperties;
    const affected = Math.min(parcel.areaM2, roundArea(hit.areaSquareMeters));
    const remaining = roundArea(Math.max(0, parcel.areaM2 - affected));
    taken.add(hit.id);
    change.parcels += 1;
    change.affectedM2 += affected;
    const record = existing.get(hit.id);
    if (!record) {
      change.added.push(hit.id);
      fresh.push({
        id: clearanceParcelId(boundary.id, hit.id),
        boundaryId: boundary.id,
        parcelId: hit.id,
        communeCode: parcel.communeCode,
        formerCommuneCode: parcel.formerCommuneCode,
        sheet: parcel.sheet,
        parcelNumber: parcel.parcelNumber,
        landType: parcel.landType,
        parcelAreaM2: parcel.areaM2,
        affectedAreaM2: affected,
        remainingAreaM2: remaining,
        stage: 'not-notified',
        stageDates: {},
        complaint: false,
        complaintNote: null,
        updatedAt: now,
      });
    } else if (record.deletedAt !== null || record.affectedAreaM2 !== affected) {
      if (record.deletedAt !== null) change.added.push(hit.id);
      else change.resized.push(hit.id);
      await updateClearanceParcel(trx, record.id, { affectedAreaM2: affected, remainingAreaM2: remaining, deletedAt: null }, now);
    }
  }
  for (const record of existing.values()) {
    if (record.deletedAt === null && !taken.has(record.parcelId)) {
      change.removed.push(record.parcelId);
      await updateClearanceParcel(trx, record.id, { deletedAt: now }, now);
    }
  }
  await insertClearanceParcels(trx, fresh);
  change.affectedM2 = roundArea(change.affectedM2);
  return change;
}
