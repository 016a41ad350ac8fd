/**
 * SQL of the site-clearance workspace: the parcels each boundary takes, their households (personal
 * data), histories, resettlement allocations and land-use quotas. Boundaries, parcels' geometry and
 * resettlement areas are features (geo-store). JSON columns are text on both engines.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { ParcelStage } from '../../../shared/domain/clearance-schedule.ts';
import type { ClearanceStage } from '../../../shared/domain/clearance-stage.ts';

type Db = Kysely<DatabaseSchema>;

export type StageDates = Partial<Record<ClearanceStage, string>>;

export interface ClearanceParcelRecord {
  id: string;
  boundaryId: string;
  parcelId: string;
  communeCode: string;
  formerCommuneCode: string;
  sheet: number;
  parcelNumber: number;
  landType: string;
  parcelAreaM2: number;
  affectedAreaM2: number;
  remainingAreaM2: number;
  stage: ParcelStage;
  stageDates: StageDates;
  complaint: boolean;
  complaintNote: string | null;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
}

const parcelColumns = [
  'id', 'boundary_id', 'parcel_id', 'commune_code', 'former_commune_code', 'sheet', 'parcel_number', 'land_type', 'parcel_area_m2',
  'affected_area_m2', 'remaining_area_m2', 'stage', 'stage_dates', 'complaint', 'complaint_note', 'version', 'updated_at', 'deleted_at',
] as const;

type ParcelRow = Pick<DatabaseSchema['clearance_parcels'], (typeof parcelColumns)[number]> & { version: number };

function toRecord(row: ParcelRow): ClearanceParcelRecord {
  return {
    id: row.id,
    boundaryId: row.boundary_id,
    parcelId: row.parcel_id,
    communeCode: row.commune_code,
    formerCommuneCode: row.former_commune_code,
    sheet: Number(row.sheet),
    parcelNumber: Number(row.parcel_number),
    landType: row.land_type,
    parcelAreaM2: Number(row.parcel_area_m2),
    affectedAreaM2: Number(row.affected_area_m2),
    remainingAreaM2: Number(row.remaining_area_m2),
    stage: row.stage as ParcelStage,
    stageDates: JSON.parse(row.stage_dates) as StageDates,
    complaint: Number(row.complaint) === 1,
    complaintNote: row.complaint_note,
    version: Number(row.version),
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export interface ClearanceParcelFilter {
  boundaryId?: string | undefined;
  boundaryIds?: readonly string[] | undefined;
  parcelId?: string | undefined;
  communeCode?: string | undefined;
  /** Also the rows a geometry edit left out. */
  includeRemoved?: boolean;
}

/** Rows by boundary, then sheet and parcel number. */
export async function listClearanceParcels(db: Db, filter: ClearanceParcelFilter): Promise<ClearanceParcelRecord[]> {
  let query = db.selectFrom('clearance_parcels').select([...parcelColumns]);
  if (!filter.includeRemoved) query = query.where('deleted_at', 'is', null);
  if (filter.boundaryId !== undefined) query = query.where('boundary_id', '=', filter.boundaryId);
  if (filter.boundaryIds !== undefined) {
    if (filter.boundaryIds.length === 0) return [];
    query = query.where('boundary_id', 'in', [...filter.boundaryIds]);
  }
  if (filter.parcelId !== undefined) query = query.where('parcel_id', '=', filter.parcelId);
  if (filter.communeCode !== undefined) query = query.where('commune_code', '=', filter.communeCode);
  const rows = await query.orderBy('boundary_id').orderBy('former_commune_code').orderBy('sheet').orderBy('parcel_number').execute();
  return rows.map((row) => toRecord(row as ParcelRow));
}

export async function findClearanceParcel(db: Db, boundaryId: string, parcelId: string): Promise<ClearanceParcelRecord | undefined> {
  const [record] = await listClearanceParcels(db, { boundaryId, parcelId });
  return record;
}

export type NewClearanceParcel = Omit<ClearanceParcelRecord, 'version' | 'deletedAt'>;

export async function insertClearanceParcels(db: Db, records: readonly NewClearanceParcel[]): Promise<void> {
  for (let start = 0; start < records.length; start += 200) {
    await db
      .insertInto('clearance_parcels')
      .values(
        records.slice(start, start + 200).map((r) => ({
          id: r.id,
          boundary_id: r.boundaryId,
          parcel_id: r.parcelId,
          commune_code: r.communeCode,
          former_commune_code: r.formerCommuneCode,
          sheet: r.sheet,
          parcel_number: r.parcelNumber,
          land_type: r.landType,
          parcel_area_m2: r.parcelAreaM2,
          affected_area_m2: r.affectedAreaM2,
          remaining_area_m2: r.remainingAreaM2,
          stage: r.stage,
          stage_dates: JSON.stringify(r.stageDates),
          complaint: r.complaint ? 1 : 0,
          complaint_note: r.complaintNote,
          updated_at: r.updatedAt,
          deleted_at: null,
        })),
      )
      .execute();
  }
}

export interface ClearanceParcelChanges {
  affectedAreaM2?: number;
  remainingAreaM2?: number;
  stage?: ParcelStage;
  stageDates?: StageDates;
  complaint?: boolean;
  complaintNote?: string | null;
  /** null: live again (a geometry edit took the parcel back in). */
  deletedAt?: string | null;
}

/** Writes the changes and bumps the row's version. */
export async function updateClearanceParcel(db: Db, id: string, changes: ClearanceParcelChanges, now: string): Promise<void> {
  await db
    .updateTable('clearance_parcels')
    .set((eb) => ({
      ...(changes.affectedAreaM2 !== undefined ? { affected_area_m2: changes.affectedAreaM2 } : {}),
      ...(changes.remainingAreaM2 !== undefined ? { remaining_area_m2: changes.remainingAreaM2 } : {}),
      ...(changes.stage !== undefined ? { stage: changes.stage } : {}),
      ...(changes.stageDates !== undefined ? { stage_dates: JSON.stringify(changes.stageDates) } : {}),
      ...(changes.complaint !== undefined ? { complaint: changes.complaint ? 1 : 0 } : {}),
      ...(changes.complaintNote !== undefined ? { complaint_note: changes.complaintNote } : {}),
      ...(changes.deletedAt !== undefined ? { deleted_at: changes.deletedAt } : {}),
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

export interface HouseholdRecord {
  id: string;
  clearanceParcelId: string;
  communeCode: string;
  headName: string;
  members: number;
  address: string;
  note: string;
  illustrative: boolean;
}

export async function listHouseholds(db: Db, clearanceParcelIds: readonly string[]): Promise<HouseholdRecord[]> {
  if (clearanceParcelIds.length === 0) return [];
  const rows: HouseholdRecord[] = [];
  // Chunks keep the IN list within both engines' parameter limits.
  for (let start = 0; start < clearanceParcelIds.length; start += 500) {
    const chunk = await db
      .selectFrom('clearance_households')
      .select(['id', 'clearance_parcel_id', 'commune_code', 'head_name', 'members', 'address', 'note', 'illustrative'])
      .where('deleted_at', 'is', null)
      .where('clearance_parcel_id', 'in', clearanceParcelIds.slice(start, start + 500))
      .orderBy('id')
      .execute();
    rows.push(
      ...chunk.map((row) => ({
        id: row.id,
        clearanceParcelId: row.clearance_parcel_id,
        communeCode: row.commune_code,
        headName: row.head_name,
        members: Number(row.members),
        address: row.address,
        note: row.note,
        illustrative: Number(row.illustrative) === 1,
      })),
    );
  }
  return rows;
}

export async function insertHouseholds(db: Db, households: readonly HouseholdRecord[], now: string): Promise<void> {
  for (let start = 0; start < households.length; start += 200) {
    await db
      .insertInto('clearance_households')
      .values(
        households.slice(start, start + 200).map((h) => ({
          id: h.id,
          clearance_parcel_id: h.clearanceParcelId,
          commune_code: h.communeCode,
          head_name: h.headName,
          members: h.members,
          address: h.address,
          note: h.note,
          illustrative: h.illustrative ? 1 : 0,
          updated_at: now,
          deleted_at: null,
        })),
      )
      .execute();
  }
}

export async function updateHousehold(db: Db, id: string, changes: Pick<HouseholdRecord, 'headName' | 'members' | 'address' | 'note'>, now: string): Promise<void> {
  await db
    .updateTable('clearance_households')
    .set({ head_name: changes.headName, members: changes.members, address: changes.address, note: changes.note, illustrative: 0, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function removeHousehold(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('clearance_households').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
}

export interface ParcelHistoryEntry {
  at: string;
  actorUsername: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  note: string;
}

export async function insertParcelHistory(db: Db, entry: ParcelHistoryEntry & { clearanceParcelId: string; actorId: string | null }): Promise<void> {
  await db
    .insertInto('clearance_parcel_history')
    .values({
      clearance_parcel_id: entry.clearanceParcelId,
      at: entry.at,
      actor_id: entry.actorId,
      actor_username: entry.actorUsername,
      changes: JSON.stringify(entry.changes),
      note: entry.note,
    })
    .execute();
}

export async function listParcelHistory(db: Db, clearanceParcelId: string): Promise<ParcelHistoryEntry[]> {
  const rows = await db
    .selectFrom('clearance_parcel_history')
    .select(['at', 'actor_username', 'changes', 'note'])
    .where('clearance_parcel_id', '=', clearanceParcelId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ at: row.at, actorUsername: row.actor_username, changes: JSON.parse(row.changes) as ParcelHistoryEntry['changes'], note: row.note }));
}

export interface BoundaryHistoryEntry {
  at: string;
  actorUsername: string | null;
  areaBeforeHa: number;
  areaAfterHa: number;
  note: string;
}

export async function insertBoundaryHistory(
  db: Db,
  entry: BoundaryHistoryEntry & { boundaryId: string; actorId: string | null; geometryBefore: string; geometryAfter: string },
): Promise<void> {
  await db
    .insertInto('clearance_boundary_history')
    .values({
      boundary_id: entry.boundaryId,
      at: entry.at,
      actor_id: entry.actorId,
      actor_username: entry.actorUsername,
      geometry_before: entry.geometryBefore,
      geometry_after: entry.geometryAfter,
      area_before_ha: entry.areaBeforeHa,
      area_after_ha: entry.areaAfterHa,
      note: entry.note,
    })
    .execute();
}

export async function listBoundaryHistory(db: Db, boundaryId: string): Promise<BoundaryHistoryEntry[]> {
  const rows = await db
    .selectFrom('clearance_boundary_history')
    .select(['at', 'actor_username', 'area_before_ha', 'area_after_ha', 'note'])
    .where('boundary_id', '=', boundaryId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ at: row.at, actorUsername: row.actor_username, areaBeforeHa: Number(row.area_before_ha), areaAfterHa: Number(row.area_after_ha), note: row.note }));
}

export interface AllocationRecord {
  id: string;
  resettlementAreaId: string;
  householdId: string;
  communeCode: string;
  lotCode: string;
  allocatedOn: string;
}

export async function insertAllocations(db: Db, allocations: readonly AllocationRecord[]): Promise<void> {
  if (allocations.length === 0) return;
  await db
    .insertInto('resettlement_allocations')
    .values(allocations.map((a) => ({ id: a.id, resettlement_area_id: a.resettlementAreaId, household_id: a.householdId, commune_code: a.communeCode, lot_code: a.lotCode, allocated_on: a.allocatedOn, deleted_at: null })))
    .execute();
}

export async function listAllocations(db: Db): Promise<AllocationRecord[]> {
  const rows = await db
    .selectFrom('resettlement_allocations')
    .select(['id', 'resettlement_area_id', 'household_id', 'commune_code', 'lot_code', 'allocated_on'])
    .where('deleted_at', 'is', null)
    .orderBy('resettlement_area_id')
    .orderBy('lot_code')
    .execute();
  return rows.map((row) => ({ id: row.id, resettlementAreaId: row.resettlement_area_id, householdId: row.household_id, communeCode: row.commune_code, lotCode: row.lot_code, allocatedOn: row.allocated_on }));
}

export interface QuotaRecord {
  communeCode: string;
  landType: string;
  period: string;
  quotaM2: number;
  source: string;
  illustrative: boolean;
}

export async function insertQuotas(db: Db, quotas: readonly QuotaRecord[]): Promise<void> {
  if (quotas.length === 0) return;
  await db
    .insertInto('land_use_quotas')
    .values(quotas.map((q) => ({ id: `${q.communeCode}:${q.landType}:${q.period}`, commune_code: q.communeCode, land_type: q.landType, period: q.period, quota_m2: q.quotaM2, source: q.source, illustrative: q.illustrative ? 1 : 0 })))
    .execute();
}

export async function listQuotas(db: Db): Promise<QuotaRecord[]> {
  const rows = await db.selectFrom('land_use_quotas').select(['commune_code', 'land_type', 'period', 'quota_m2', 'source', 'illustrative']).orderBy('commune_code').orderBy('land_type').execute();
  return rows.map((row) => ({ communeCode: row.commune_code, landType: row.land_type, period: row.period, quotaM2: Number(row.quota_m2), source: row.source, illustrative: Number(row.illustrative) === 1 }));
}

/** m² the live affected parcels take, by commune and land type. */
export async function affectedAreaByCommuneAndLandType(db: Db): Promise<{ communeCode: string; landType: string; areaM2: number }[]> {
  const rows = await db
    .selectFrom('clearance_parcels')
    .select((eb) => ['commune_code', 'land_type', eb.fn.sum<number>('affected_area_m2').as('area')])
    .where('deleted_at', 'is', null)
    .groupBy(['commune_code', 'land_type'])
    .execute();
  return rows.map((row) => ({ communeCode: row.commune_code, landType: row.land_type, areaM2: Number(row.area) }));
}

/** Ids of the live features of a layer table, inside a transaction where the store's query cannot run. */
export async function liveFeatureIds(db: Db, table: 'clearance_boundaries' | 'resettlement_areas'): Promise<string[]> {
  const rows = await db.selectFrom(table).select('id').where('deleted_at', 'is', null).orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** Each 2025 commune's name and its pre-2025 units (`formedFrom`, in order), by code. */
export async function communeFormedFrom(db: Db): Promise<Map<string, { name: string; units: string[] }>> {
  const rows = await db.selectFrom('communes').select(['name', 'properties']).where('deleted_at', 'is', null).execute();
  const result = new Map<string, { name: string; units: string[] }>();
  for (const row of rows) {
    const properties = (typeof row.properties === 'string' ? JSON.parse(row.properties) : row.properties) as { code?: unknown; formedFrom?: unknown };
    if (typeof properties.code === 'string') result.set(properties.code, { name: row.name, units: typeof properties.formedFrom === 'string' ? properties.formedFrom.split(', ') : [] });
  }
  return result;
}
