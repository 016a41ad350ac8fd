/**
 * The communes' site-clearance workspace: boundaries with their progress, the parcels each takes
 * and their legal stage, "check a place", households, resettlement and land-use quotas. Who sees
 * what is decided in clearance-access.ts; every change runs in withAudit with a history row.
 */
import * as turf from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { TRPCError } from '@trpc/server';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import type { ClearanceBoundaryProperties, CommuneProperties, ParcelProperties, ResettlementAreaProperties } from '../../../shared/schemas/layer-properties.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type { CheckPlaceInput, ClearanceParcelsInput, UpdateBoundaryGeometryInput, UpdateClearanceParcelInput } from '../../../shared/schemas/clearance.ts';
import { clearanceStages, type ClearanceStage } from '../../../shared/domain/clearance-stage.ts';
import { nextStage, overdueStep, parcelStages, stageIndex, type ParcelStage } from '../../../shared/domain/clearance-schedule.ts';
import { vietnamDate } from '../../../shared/domain/project-timing.ts';
import { tm3ToWgs84, wgs84ToTm3 } from '../../../shared/crs/vn2000.ts';
import { areaHectares } from '../../../shared/geo/area-square-meters.ts';
import { geometryBBox, type BBox } from '../../../shared/geo/bbox.ts';
import { maxMetresOutside } from '../../../shared/geo/max-metres-outside.ts';
import { validateFeatureGeometry } from '../../../shared/geo/validate-geojson.ts';
import { now, type AppDeps } from '../../app-deps.ts';
import { withAudit, type AuditContext } from '../../audit/with-audit.ts';
import type { StoredFeature } from '../../geo-store/feature-store.ts';
import { assertInCommune } from '../../trpc/init.ts';
import { refuse } from '../../trpc/errors.ts';
import { parcelId as cadastralParcelId } from '../../../geodata/build/parcels.ts';
import { clearanceParcelId, parcelLayer, recomputeAffectedParcels, roundArea } from './affected-parcels.ts';
import { canEditClearance, canSeeHouseholds, canSeeParcelDetail } from './clearance-access.ts';
import {
  affectedAreaByCommuneAndLandType,
  communeFormedFrom,
  findClearanceParcel,
  insertBoundaryHistory,
  insertHouseholds,
  insertParcelHistory,
  listAllocations,
  listBoundaryHistory,
  listClearanceParcels,
  listHouseholds,
  listParcelHistory,
  listQuotas,
  removeHousehold,
  updateClearanceParcel,
  updateHousehold,
  type BoundaryHistoryEntry,
  type ClearanceParcelRecord,
  type HouseholdRecord,
  type ParcelHistoryEntry,
  type StageDates,
} from './clearance.repository.ts';
import { formerCommuneName, type FormedFrom } from './former-communes.ts';

const boundaryLayer = findLayer('clearance-boundaries') as LayerDefinition;
const resettlementLayer = findLayer('resettlement-areas') as LayerDefinition;
const communeLayer = findLayer('communes') as LayerDefinition;

/** How far (m) an edited boundary may stray outside its commune: drawing and rounding noise. */
export const COMMUNE_TOLERANCE_METRES = 0.5;

type Deps = Pick<AppDeps, 'database' | 'features' | 'clock'>;
type ClearanceContext = AuditContext & { deps: Deps; user: SessionUser | null };

export function asOfDay(deps: Pick<AppDeps, 'clock'>, asOf: string | undefined): string {
  return asOf ?? vietnamDate(now(deps));
}

const hectares = (m2: number) => Math.round(m2 / 100) / 100;

interface BoundaryRef {
  feature: StoredFeature;
  properties: ClearanceBoundaryProperties;
  communeCode: string;
}

async function communeCodesByName(deps: Deps): Promise<Map<string, string>> {
  const formed = await communeFormedFrom(deps.database.db);
  return new Map([...formed].map(([code, { name }]) => [name, code]));
}

async function allBoundaries(deps: Deps): Promise<BoundaryRef[]> {
  const codes = await communeCodesByName(deps);
  const { features } = await deps.features.query(boundaryLayer, { limit: 10_000, offset: 0 });
  return features.map((feature) => {
    const properties = feature.properties as ClearanceBoundaryProperties;
    return { feature, properties, communeCode: codes.get(properties.commune) ?? '' };
  });
}

async function boundaryOrThrow(deps: Deps, boundaryId: string): Promise<BoundaryRef> {
  const found = (await allBoundaries(deps)).find((b) => b.feature.id === boundaryId);
  if (!found) throw refuse('NOT_FOUND', `Không có ranh giới GPMB ${boundaryId} / no clearance boundary ${boundaryId}`, 'boundaryId');
  return found;
}

// ——— progress ———

export interface StageCount {
  stage: ParcelStage;
  parcels: number;
  hectares: number;
}

export interface Progress {
  parcels: number;
  affectedHa: number;
  byStage: StageCount[];
  handedOver: { parcels: number; hectares: number; percentByArea: number; percentByParcels: number };
  complaints: number;
  overdue: { parcels: number; byStep: { step: ClearanceStage; parcels: number }[] };
}

function progressOf(records: readonly ClearanceParcelRecord[], targetOf: (record: ClearanceParcelRecord) => string | null, asOf: string): Progress {
  const total = records.reduce((sum, r) => sum + r.affectedAreaM2, 0);
  const handed = records.filter((r) => r.stage === 'handed-over');
  const handedArea = handed.reduce((sum, r) => sum + r.affectedAreaM2, 0);
  const overdue = records.map((r) => overdueStep(r.stage, targetOf(r), asOf)).filter((o) => o !== null);
  return {
    parcels: records.length,
    affectedHa: hectares(total),
    byStage: parcelStages.map(({ code }) => {
      const inStage = records.filter((r) => r.stage === code);
      return { stage: code, parcels: inStage.length, hectares: hectares(inStage.reduce((sum, r) => sum + r.affectedAreaM2, 0)) };
    }),
    handedOver: {
      parcels: handed.length,
      hectares: hectares(handedArea),
      percentByArea: total > 0 ? Math.round((handedArea / total) * 1000) / 10 : 0,
      percentByParcels: records.length > 0 ? Math.round((handed.length / records.length) * 1000) / 10 : 0,
    },
    complaints: records.filter((r) => r.complaint).length,
    overdue: {
      parcels: overdue.length,
      byStep: clearanceStages.map(({ code }) => ({ step: code, parcels: overdue.filter((o) => o.step === code).length })).filter((s) => s.parcels > 0),
    },
  };
}

export interface BoundarySummary {
  id: string;
  name: string;
  projectId: string;
  commune: string;
  communeCode: string;
  stage: ClearanceStage;
  targetHandoverDate: string | null;
  areaHa: number;
  illustrative: boolean;
  bbox: BBox;
  geometry: Geometry;
  progress: Progress;
  /** What the caller may do: see parcel stages, see households, change parcels and geometry. */
  access: { parcels: boolean; households: boolean; edit: boolean };
}

function boundarySummary(ref: BoundaryRef, records: readonly ClearanceParcelRecord[], asOf: string, user: SessionUser | null): BoundarySummary {
  const target = ref.properties.targetHandoverDate ?? null;
  return {
    id: ref.feature.id,
    name: ref.properties.name,
    projectId: ref.properties.projectId,
    commune: ref.properties.commune,
    communeCode: ref.communeCode,
    stage: ref.properties.stage,
    targetHandoverDate: target,
    areaHa: ref.properties.areaHa,
    illustrative: ref.properties.illustrative,
    bbox: geometryBBox(ref.feature.geometry),
    geometry: ref.feature.geometry,
    progress: progressOf(records, () => target, asOf),
    access: { parcels: canSeeParcelDetail(user, ref.communeCode), households: canSeeHouseholds(user, ref.communeCode), edit: canEditClearance(user, ref.communeCode) },
  };
}

/** Boundaries with their overall progress (public); a commune officer gets their own commune's. */
export async function listBoundaries(deps: Deps, user: SessionUser | null, asOf: string): Promise<BoundarySummary[]> {
  const refs = (await allBoundaries(deps)).filter((ref) => user?.role !== 'commune' || ref.communeCode === user.communeCode);
  const records = await listClearanceParcels(deps.database.db, { boundaryIds: refs.map((r) => r.feature.id) });
  return refs
    .map((ref) => boundarySummary(ref, records.filter((r) => r.boundaryId === ref.feature.id), asOf, user))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export interface ClearanceDashboard extends Progress {
  asOf: string;
  boundaryId: string | null;
  communeCode: string | null;
  targetHandoverDate: string | null;
  boundaries: Pick<BoundarySummary, 'id' | 'name' | 'commune' | 'communeCode' | 'stage' | 'targetHandoverDate' | 'progress'>[];
}

/** Aggregates only (public): parcels and hectares by stage, handed over, overdue steps, complaints. */
export async function clearanceDashboard(deps: Deps, input: { boundaryId?: string | undefined; communeCode?: string | undefined }, asOf: string): Promise<ClearanceDashboard> {
  let refs = await allBoundaries(deps);
  if (input.boundaryId !== undefined) refs = [await boundaryOrThrow(deps, input.boundaryId)];
  if (input.communeCode !== undefined) refs = refs.filter((ref) => ref.communeCode === input.communeCode);
  const targets = new Map(refs.map((ref) => [ref.feature.id, ref.properties.targetHandoverDate ?? null]));
  const records = await listClearanceParcels(deps.database.db, { boundaryIds: refs.map((r) => r.feature.id) });
  return {
    asOf,
    boundaryId: input.boundaryId ?? null,
    communeCode: input.communeCode ?? null,
    targetHandoverDate: input.boundaryId !== undefined ? (refs[0]?.properties.targetHandoverDate ?? null) : null,
    ...progressOf(records, (r) => targets.get(r.boundaryId) ?? null, asOf),
    boundaries: refs.map((ref) => {
      const { id, name, commune, communeCode, stage, targetHandoverDate, progress } = boundarySummary(ref, records.filter((r) => r.boundaryId === ref.feature.id), asOf, null);
      return { id, name, commune, communeCode, stage, targetHandoverDate, progress };
    }),
  };
}

// ——— parcels ———

export interface Household {
  id: string;
  headName: string;
  members: number;
  address: string;
  note: string;
  illustrative: boolean;
  resettlement: { areaId: string; lotCode: string; allocatedOn: string } | null;
}

export interface ClearanceParcelItem {
  id: string;
  boundaryId: string;
  parcelId: string;
  communeCode: string;
  formerCommuneCode: string;
  formerCommuneName: string | null;
  sheet: number;
  parcelNumber: number;
  landType: string;
  parcelAreaM2: number;
  affectedAreaM2: number;
  remainingAreaM2: number;
  stage: ParcelStage;
  stageDates: StageDates;
  nextStage: ClearanceStage | null;
  overdue: { step: ClearanceStage; dueDate: string } | null;
  complaint: boolean;
  complaintNote: string | null;
  householdCount: number;
  /** null when the caller may not see personal data. */
  households: Household[] | null;
}

async function householdsOf(deps: Deps, records: readonly ClearanceParcelRecord[]): Promise<Map<string, Household[]>> {
  const rows = await listHouseholds(deps.database.db, records.map((r) => r.id));
  const allocations = new Map((await listAllocations(deps.database.db)).map((a) => [a.householdId, a]));
  const result = new Map<string, Household[]>();
  for (const row of rows) {
    const allocation = allocations.get(row.id);
    const list = result.get(row.clearanceParcelId) ?? [];
    list.push({
      id: row.id,
      headName: row.headName,
      members: row.members,
      address: row.address,
      note: row.note,
      illustrative: row.illustrative,
      resettlement: allocation ? { areaId: allocation.resettlementAreaId, lotCode: allocation.lotCode, allocatedOn: allocation.allocatedOn } : null,
    });
    result.set(row.clearanceParcelId, list);
  }
  return result;
}

function parcelItem(record: ClearanceParcelRecord, formedFrom: FormedFrom, target: string | null, asOf: string, households: Household[] | undefined, showHouseholds: boolean): ClearanceParcelItem {
  return {
    id: record.id,
    boundaryId: record.boundaryId,
    parcelId: record.parcelId,
    communeCode: record.communeCode,
    formerCommuneCode: record.formerCommuneCode,
    formerCommuneName: formerCommuneName(record.formerCommuneCode, formedFrom),
    sheet: record.sheet,
    parcelNumber: record.parcelNumber,
    landType: record.landType,
    parcelAreaM2: record.parcelAreaM2,
    affectedAreaM2: record.affectedAreaM2,
    remainingAreaM2: record.remainingAreaM2,
    stage: record.stage,
    stageDates: record.stageDates,
    nextStage: nextStage(record.stage),
    overdue: overdueStep(record.stage, target, asOf),
    complaint: record.complaint,
    complaintNote: record.complaintNote,
    householdCount: households?.length ?? 0,
    households: showHouseholds ? (households ?? []) : null,
  };
}

/** Commune-scoped: the parcels a boundary takes, with stages; households for those who may see them. */
export async function listBoundaryParcels(
  ctx: { deps: Deps; user: SessionUser; communeCode: string | null },
  input: ClearanceParcelsInput,
  asOf: string,
): Promise<{ boundaryId: string; total: number; items: ClearanceParcelItem[] }> {
  const ref = await boundaryOrThrow(ctx.deps, input.boundaryId);
  assertInCommune(ctx, ref.communeCode);
  const target = ref.properties.targetHandoverDate ?? null;
  const formedFrom = await communeFormedFrom(ctx.deps.database.db);
  let records = await listClearanceParcels(ctx.deps.database.db, { boundaryId: ref.feature.id });
  if (input.stage) records = records.filter((r) => r.stage === input.stage);
  if (input.complaintOnly) records = records.filter((r) => r.complaint);
  if (input.overdueOnly) records = records.filter((r) => overdueStep(r.stage, target, asOf) !== null);
  const page = records.slice(input.offset, input.offset + input.limit);
  const showHouseholds = canSeeHouseholds(ctx.user, ref.communeCode);
  const households = await householdsOf(ctx.deps, page);
  return { boundaryId: ref.feature.id, total: records.length, items: page.map((r) => parcelItem(r, formedFrom, target, asOf, households.get(r.id), showHouseholds)) };
}

// ——— check a place ———

export interface Vn2000Coordinates {
  /** Northing (m), as Vietnamese surveys write X. */
  x: number;
  /** Easting (m), as Vietnamese surveys write Y. */
  y: number;
}

export function toVn2000([lon, lat]: readonly [number, number]): Vn2000Coordinates {
  const [easting, northing] = wgs84ToTm3([lon, lat]);
  return { x: Math.round(northing * 1000) / 1000, y: Math.round(easting * 1000) / 1000 };
}

/** 1e-9° ≈ 0.1 mm: rounding must not cost the millimetre VN-2000 round trips keep. */
const roundDegrees = (value: number) => Math.round(value * 1e9) / 1e9;

/** Lạng Sơn on the TM-3 107°15′ plane (REFERENCE.md §6.1): northing ~2.38–2.47 M, easting ~0.39–0.51 M, with margin. */
const NORTHING_RANGE = [2_300_000, 2_550_000] as const;
const EASTING_RANGE = [300_000, 600_000] as const;

function pointOfVn2000(x: number, y: number): [number, number] {
  const inRange = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;
  if (!inRange(x, NORTHING_RANGE) || !inRange(y, EASTING_RANGE)) {
    const swapped = inRange(y, NORTHING_RANGE) && inRange(x, EASTING_RANGE);
    throw refuse(
      'BAD_REQUEST',
      swapped
        ? 'x: X và Y có vẻ bị đảo: X là tọa độ Bắc (~2 4xx xxx m), Y là tọa độ Đông (~4xx xxx m) / X and Y look swapped: X is the northing (~2 4xx xxx m), Y the easting (~4xx xxx m)'
        : 'x: tọa độ VN-2000 (TM-3 107°15′) nằm ngoài tỉnh Lạng Sơn / VN-2000 (TM-3 107°15′) coordinates outside Lạng Sơn province',
      'x',
    );
  }
  return tm3ToWgs84([y, x]);
}

export interface PlaceParcel {
  id: string;
  name: string;
  formerCommuneCode: string;
  formerCommuneName: string;
  sheet: number;
  parcelNumber: number;
  communeCode: string;
  commune: string;
  landType: string;
  areaM2: number;
  illustrative: boolean;
  geometry: Geometry;
  /** A point inside the parcel, in both systems. */
  wgs84: [number, number];
  vn2000: Vn2000Coordinates;
  /** The corners as a VN-2000 coordinate table (bảng tọa độ), X = northing, Y = easting. */
  vertices: Vn2000Coordinates[];
}

export interface PlaceBoundary {
  id: string;
  name: string;
  projectId: string;
  commune: string;
  communeCode: string;
  boundaryStage: ClearanceStage;
  targetHandoverDate: string | null;
  /** Null when the place is in the boundary but no parcel was found there (a road, a gap). */
  affectedAreaM2: number | null;
  remainingAreaM2: number | null;
  /** Parcel-level detail: null for callers who may not see it (the public, other communes). */
  parcelStage: ParcelStage | null;
  stageDates: StageDates | null;
  complaint: boolean | null;
  households: Household[] | null;
}

export interface CheckPlaceResult {
  /** The place asked about (for a cadastral key: a point inside the parcel). */
  wgs84: [number, number];
  vn2000: Vn2000Coordinates;
  parcel: PlaceParcel | null;
  boundaries: PlaceBoundary[];
}

function interiorPoint(geometry: Geometry): [number, number] {
  const point = turf.pointOnFeature(turf.feature(geometry)).geometry.coordinates;
  return [point[0] as number, point[1] as number];
}

async function parcelAt(deps: Deps, point: [number, number]): Promise<StoredFeature | null> {
  const [lon, lat] = point;
  const epsilon = 1e-7;
  const { features } = await deps.features.query(parcelLayer, { bbox: [lon - epsilon, lat - epsilon, lon + epsilon, lat + epsilon], limit: 50, offset: 0 });
  return features.find((f) => turf.booleanPointInPolygon(point, f.geometry as Polygon | MultiPolygon)) ?? null;
}

export async function checkPlace(deps: Deps, user: SessionUser | null, input: CheckPlaceInput): Promise<CheckPlaceResult> {
  let point: [number, number];
  let parcel: StoredFeature | null;
  if ('formerCommuneCode' in input) {
    parcel = (await deps.features.get(parcelLayer, cadastralParcelId(input.formerCommuneCode, input.sheet, input.parcel))) ?? null;
    if (!parcel) {
      throw refuse('NOT_FOUND', `Không có thửa ${input.parcel}, tờ ${input.sheet} của xã cũ ${input.formerCommuneCode} / no parcel ${input.parcel} on sheet ${input.sheet} of former commune ${input.formerCommuneCode}`, 'parcel');
    }
    point = interiorPoint(parcel.geometry);
  } else {
    point = 'lon' in input ? [input.lon, input.lat] : pointOfVn2000(input.x, input.y);
    parcel = await parcelAt(deps, point);
  }

  const refs = await allBoundaries(deps);
  const boundaries: PlaceBoundary[] = [];
  if (parcel) {
    const records = await listClearanceParcels(deps.database.db, { parcelId: parcel.id });
    const households = await householdsOf(deps, records.filter((r) => canSeeHouseholds(user, r.communeCode)));
    for (const record of records) {
      const ref = refs.find((r) => r.feature.id === record.boundaryId);
      if (!ref) continue;
      const detail = canSeeParcelDetail(user, record.communeCode);
      boundaries.push({
        ...placeBoundary(ref),
        affectedAreaM2: record.affectedAreaM2,
        remainingAreaM2: record.remainingAreaM2,
        parcelStage: detail ? record.stage : null,
        stageDates: detail ? record.stageDates : null,
        complaint: detail ? record.complaint : null,
        households: canSeeHouseholds(user, record.communeCode) ? (households.get(record.id) ?? []) : null,
      });
    }
  } else {
    for (const ref of refs) {
      if (turf.booleanPointInPolygon(point, ref.feature.geometry as Polygon | MultiPolygon)) {
        boundaries.push({ ...placeBoundary(ref), affectedAreaM2: null, remainingAreaM2: null, parcelStage: null, stageDates: null, complaint: null, households: null });
      }
    }
  }
  // VN-2000 input is echoed as given: converting it back would add the ~0.9 mm of the two datum shifts.
  const vn2000 = 'x' in input ? { x: input.x, y: input.y } : toVn2000(point);
  return { wgs84: [roundDegrees(point[0]), roundDegrees(point[1])], vn2000, parcel: parcel ? placeParcel(parcel) : null, boundaries };
}

function placeBoundary(ref: BoundaryRef) {
  return {
    id: ref.feature.id,
    name: ref.properties.name,
    projectId: ref.properties.projectId,
    commune: ref.properties.commune,
    communeCode: ref.communeCode,
    boundaryStage: ref.properties.stage,
    targetHandoverDate: ref.properties.targetHandoverDate ?? null,
  };
}

function placeParcel(feature: StoredFeature): PlaceParcel {
  const p = feature.properties as ParcelProperties;
  const inside = interiorPoint(feature.geometry);
  const ring = (feature.geometry as Polygon).coordinates[0] ?? [];
  return {
    id: feature.id,
    name: p.name,
    formerCommuneCode: p.formerCommuneCode,
    formerCommuneName: p.formerCommuneName,
    sheet: p.sheet,
    parcelNumber: p.parcelNumber,
    communeCode: p.communeCode,
    commune: p.commune,
    landType: p.landType,
    areaM2: p.areaM2,
    illustrative: p.illustrative,
    geometry: feature.geometry,
    wgs84: [roundDegrees(inside[0]), roundDegrees(inside[1])],
    vn2000: toVn2000(inside),
    vertices: ring.slice(0, -1).map((position: Position) => toVn2000([position[0] as number, position[1] as number])),
  };
}

// ——— changes ———

function refuseUnlessEditor(user: SessionUser, communeCode: string): void {
  if (!canEditClearance(user, communeCode)) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message:
        user.role === 'commune'
          ? 'Thửa đất, ranh giới này thuộc xã, phường khác: chỉ cán bộ xã đó được cập nhật / This parcel or boundary belongs to another commune: only that commune may update it'
          : 'Tài khoản của bạn không được cập nhật dữ liệu GPMB / Your account may not change site-clearance data',
    });
  }
}

export interface ParcelDetail extends ClearanceParcelItem {
  history: ParcelHistoryEntry[];
}

/**
 * Commune-scoped. Moves a parcel one stage forward (with the day it was reached), sets the
 * complaint flag, replaces the household list; one history row and one audit row.
 */
export async function updateParcel(ctx: ClearanceContext & { user: SessionUser; communeCode: string | null }, input: UpdateClearanceParcelInput): Promise<ParcelDetail> {
  const ref = await boundaryOrThrow(ctx.deps, input.boundaryId);
  const today = vietnamDate(now(ctx.deps));
  const at = now(ctx.deps).toISOString();
  await withAudit(ctx, { entityType: 'clearance-parcel', entityId: clearanceParcelId(input.boundaryId, input.parcelId) }, async (trx) => {
    const record = await findClearanceParcel(trx, input.boundaryId, input.parcelId);
    if (!record) throw refuse('NOT_FOUND', `Thửa ${input.parcelId} không nằm trong ranh giới ${input.boundaryId} / parcel ${input.parcelId} is not in boundary ${input.boundaryId}`, 'parcelId');
    // The parcel's own commune decides (a boundary may, within tolerance, touch a neighbour's parcel).
    refuseUnlessEditor(ctx.user, record.communeCode);
    assertInCommune(ctx, record.communeCode);
    if (input.households !== undefined && !canSeeHouseholds(ctx.user, record.communeCode)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Thông tin hộ gia đình chỉ do xã, phường quản lý / Household data is kept by the commune only' });
    }
    const changes: ParcelHistoryEntry['changes'] = {};
    const update: Parameters<typeof updateClearanceParcel>[2] = {};
    if (input.stage !== undefined && input.stage !== record.stage) {
      const expected = nextStage(record.stage);
      if (stageIndex(input.stage) < stageIndex(record.stage)) {
        throw refuse('BAD_REQUEST', `stage: không thể lùi bước GPMB (hiện tại: ${record.stage}) / a clearance stage cannot go back (now ${record.stage})`, 'stage');
      }
      if (input.stage !== expected) {
        throw refuse('BAD_REQUEST', `stage: phải qua từng bước, bước tiếp theo là ${expected ?? '—'} / stages go one step at a time; the next one is ${expected ?? 'none'}`, 'stage');
      }
      if (!input.stageDate) throw refuse('BAD_REQUEST', 'stageDate: cần ngày hoàn thành bước / the day the stage was reached is required', 'stageDate');
      if (input.stageDate > today) throw refuse('BAD_REQUEST', 'stageDate: ngày không thể ở tương lai / the day cannot be in the future', 'stageDate');
      const previousDate = Object.values(record.stageDates).sort().at(-1);
      if (previousDate && input.stageDate < previousDate) {
        throw refuse('BAD_REQUEST', `stageDate: trước ngày của bước trước (${previousDate}) / before the previous step's day (${previousDate})`, 'stageDate');
      }
      update.stage = input.stage;
      update.stageDates = { ...record.stageDates, [input.stage as ClearanceStage]: input.stageDate };
      changes.stage = { from: record.stage, to: input.stage };
      changes[`stageDates.${input.stage}`] = { from: null, to: input.stageDate };
    } else if (input.stageDate !== undefined) {
      throw refuse('BAD_REQUEST', 'stageDate: chỉ ghi ngày khi chuyển bước / a day goes with a new stage', 'stageDate');
    }
    if (input.complaint !== undefined && input.complaint !== record.complaint) {
      update.complaint = input.complaint;
      changes.complaint = { from: record.complaint, to: input.complaint };
    }
    if (input.complaintNote !== undefined && (input.complaintNote || null) !== record.complaintNote) {
      update.complaintNote = input.complaintNote || null;
      changes.complaintNote = { from: record.complaintNote, to: input.complaintNote || null };
    }
    if (Object.keys(update).length > 0) await updateClearanceParcel(trx, record.id, update, at);
    if (input.households !== undefined) {
      const current = await listHouseholds(trx, [record.id]);
      const kept = new Set(input.households.flatMap((h) => (h.id ? [h.id] : [])));
      for (const household of current) {
        if (!kept.has(household.id)) {
          await removeHousehold(trx, household.id, at);
          changes[`households.${household.id}`] = { from: 'present', to: 'removed' };
        }
      }
      const fresh: HouseholdRecord[] = [];
      for (const [index, household] of input.households.entries()) {
        const existing = household.id ? current.find((h) => h.id === household.id) : undefined;
        if (household.id && !existing) throw refuse('BAD_REQUEST', `households.${index}.id: không có hộ này trên thửa / no such household on this parcel`, `households.${index}.id`);
        if (existing) {
          if (existing.headName !== household.headName || existing.members !== household.members || existing.address !== household.address || existing.note !== household.note) {
            await updateHousehold(trx, existing.id, household, at);
            changes[`households.${existing.id}`] = { from: 'changed', to: 'changed' };
          }
        } else {
          const id = `household-${record.id.replace(/[^a-z0-9]+/gi, '-')}-${Date.parse(at)}-${index}`;
          fresh.push({ id, clearanceParcelId: record.id, communeCode: record.communeCode, headName: household.headName, members: household.members, address: household.address, note: household.note, illustrative: false });
          changes[`households.${id}`] = { from: null, to: 'added' };
        }
      }
      await insertHouseholds(trx, fresh, at);
    }
    await insertParcelHistory(trx, { clearanceParcelId: record.id, at, actorId: ctx.user.id, actorUsername: ctx.user.username, changes, note: input.note });
    // Household names stay out of the audit log: it records which households changed, not who they are.
    return { before: { stage: record.stage, complaint: record.complaint }, after: { changes, note: input.note }, result: null };
  });
  const formedFrom = await communeFormedFrom(ctx.deps.database.db);
  const record = (await findClearanceParcel(ctx.deps.database.db, input.boundaryId, input.parcelId)) as ClearanceParcelRecord;
  const households = await householdsOf(ctx.deps, [record]);
  return {
    ...parcelItem(record, formedFrom, ref.properties.targetHandoverDate ?? null, today, households.get(record.id), canSeeHouseholds(ctx.user, record.communeCode)),
    history: await listParcelHistory(ctx.deps.database.db, record.id),
  };
}

export interface BoundaryGeometryChange {
  boundaryId: string;
  areaBeforeHa: number;
  areaAfterHa: number;
  added: string[];
  removed: string[];
  resized: string[];
  parcels: number;
  affectedHa: number;
  history: BoundaryHistoryEntry[];
}

/**
 * Commune-scoped. Replaces a boundary's geometry: it must be valid and stay inside the boundary's
 * commune (0.5 m tolerance); the affected parcels are recomputed in the same transaction; the old
 * geometry is kept in the boundary's history.
 */
export async function updateBoundaryGeometry(ctx: ClearanceContext & { user: SessionUser; communeCode: string | null }, input: UpdateBoundaryGeometryInput): Promise<BoundaryGeometryChange> {
  const ref = await boundaryOrThrow(ctx.deps, input.boundaryId);
  refuseUnlessEditor(ctx.user, ref.communeCode);
  assertInCommune(ctx, ref.communeCode);
  const geometry = input.geometry as Polygon | MultiPolygon;
  const problems = validateFeatureGeometry({ type: 'Feature', properties: {}, geometry });
  if (problems.length > 0) throw refuse('BAD_REQUEST', `geometry: ${problems[0]?.path} ${problems[0]?.message}`, 'geometry');
  const communes = (await ctx.deps.features.query(communeLayer, { limit: 1000, offset: 0 })).features;
  const commune = communes.find((c) => (c.properties as CommuneProperties).code === ref.communeCode);
  if (!commune) throw refuse('BAD_REQUEST', `boundaryId: không tìm thấy xã của ranh giới / the boundary's commune ${ref.communeCode} is unknown`, 'boundaryId');
  const outside = maxMetresOutside(geometry, commune.geometry as Polygon | MultiPolygon);
  if (outside > COMMUNE_TOLERANCE_METRES) {
    const shown = Number.isFinite(outside) ? `${outside.toFixed(1)} m` : 'xa / far';
    throw refuse(
      'BAD_REQUEST',
      `geometry: ranh giới ra ngoài địa giới xã ${ref.properties.commune} ${shown} (cho phép ${COMMUNE_TOLERANCE_METRES} m) / the boundary leaves ${ref.properties.commune} by ${shown} (${COMMUNE_TOLERANCE_METRES} m allowed)`,
      'geometry',
    );
  }
  const at = now(ctx.deps).toISOString();
  const areaAfterHa = areaHectares(geometry);
  const result = await withAudit(ctx, { entityType: 'clearance-boundary', entityId: input.boundaryId }, async (trx) => {
    const current = await ctx.deps.features.get(boundaryLayer, input.boundaryId, trx);
    if (!current) throw refuse('NOT_FOUND', `no clearance boundary ${input.boundaryId}`, 'boundaryId');
    const before = current.properties as ClearanceBoundaryProperties;
    const updated = await ctx.deps.features.updateGeometry(boundaryLayer, input.boundaryId, geometry, { ...before, areaHa: areaAfterHa }, trx);
    if (!updated) throw refuse('NOT_FOUND', `no clearance boundary ${input.boundaryId}`, 'boundaryId');
    const change = await recomputeAffectedParcels(trx, ctx.deps.features, updated, at);
    await insertBoundaryHistory(trx, {
      boundaryId: input.boundaryId,
      at,
      actorId: ctx.user.id,
      actorUsername: ctx.user.username,
      geometryBefore: JSON.stringify(current.geometry),
      geometryAfter: JSON.stringify(geometry),
      areaBeforeHa: before.areaHa,
      areaAfterHa,
      note: input.note,
    });
    const summary = { areaHa: areaAfterHa, parcels: change.parcels, affectedM2: change.affectedM2, added: change.added, removed: change.removed, resized: change.resized.length };
    return { before: { areaHa: before.areaHa }, after: { ...summary, note: input.note }, result: { areaBeforeHa: before.areaHa, change } };
  });
  return {
    boundaryId: input.boundaryId,
    areaBeforeHa: result.areaBeforeHa,
    areaAfterHa,
    added: result.change.added,
    removed: result.change.removed,
    resized: result.change.resized,
    parcels: result.change.parcels,
    affectedHa: hectares(result.change.affectedM2),
    history: await listBoundaryHistory(ctx.deps.database.db, input.boundaryId),
  };
}

// ——— resettlement and quotas ———

export interface ResettlementAreaSummary {
  id: string;
  name: string;
  commune: string;
  communeCode: string;
  capacityLots: number;
  allocatedLots: number;
  freeLots: number;
  areaHa: number;
  forProjects: string[];
  illustrative: boolean;
  /** Who got which lot: null for callers who may not see households. */
  allocations: { lotCode: string; householdId: string; headName: string; allocatedOn: string }[] | null;
}

export async function resettlementAreas(deps: Deps, user: SessionUser | null, communeCode: string | undefined): Promise<ResettlementAreaSummary[]> {
  const codes = await communeCodesByName(deps);
  const { features } = await deps.features.query(resettlementLayer, { limit: 1000, offset: 0 });
  const allocations = await listAllocations(deps.database.db);
  const householdIds = new Set(allocations.map((a) => a.householdId));
  const names = new Map<string, string>();
  if (householdIds.size > 0) {
    const parcels = await listClearanceParcels(deps.database.db, {});
    for (const household of await listHouseholds(deps.database.db, parcels.map((p) => p.id))) names.set(household.id, household.headName);
  }
  return features
    .map((feature) => {
      const p = feature.properties as ResettlementAreaProperties;
      const code = codes.get(p.commune) ?? '';
      const own = allocations.filter((a) => a.resettlementAreaId === feature.id);
      return {
        id: feature.id,
        name: p.name,
        commune: p.commune,
        communeCode: code,
        capacityLots: p.capacityLots,
        allocatedLots: own.length,
        freeLots: p.capacityLots - own.length,
        areaHa: p.areaHa,
        forProjects: p.forProjects,
        illustrative: p.illustrative,
        allocations: canSeeHouseholds(user, code)
          ? own.map((a) => ({ lotCode: a.lotCode, householdId: a.householdId, headName: names.get(a.householdId) ?? '', allocatedOn: a.allocatedOn }))
          : null,
      };
    })
    .filter((area) => communeCode === undefined || area.communeCode === communeCode)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export interface LandUseQuotaRow {
  communeCode: string;
  commune: string;
  landType: string;
  period: string | null;
  quotaM2: number | null;
  /** m² the clearance boundaries of the commune's projects take of this land type. */
  neededM2: number;
  shortfallM2: number;
  /** Needed more than the quota (or no quota at all): the commune must report it to the province. */
  shortfall: boolean;
  source: string | null;
  illustrative: boolean;
}

export async function landUseQuotas(deps: Deps, communeCode: string | undefined): Promise<LandUseQuotaRow[]> {
  const formed = await communeFormedFrom(deps.database.db);
  const quotas = await listQuotas(deps.database.db);
  const needs = await affectedAreaByCommuneAndLandType(deps.database.db);
  const keys = new Set([...quotas.map((q) => `${q.communeCode}|${q.landType}`), ...needs.map((n) => `${n.communeCode}|${n.landType}`)]);
  return [...keys]
    .map((key) => {
      const [code, landType] = key.split('|') as [string, string];
      const quota = quotas.find((q) => q.communeCode === code && q.landType === landType);
      const neededM2 = roundArea(needs.find((n) => n.communeCode === code && n.landType === landType)?.areaM2 ?? 0);
      const shortfallM2 = roundArea(Math.max(0, neededM2 - (quota?.quotaM2 ?? 0)));
      return {
        communeCode: code,
        commune: formed.get(code)?.name ?? code,
        landType,
        period: quota?.period ?? null,
        quotaM2: quota?.quotaM2 ?? null,
        neededM2,
        shortfallM2,
        shortfall: shortfallM2 > 0,
        source: quota?.source ?? null,
        illustrative: quota?.illustrative ?? true,
      };
    })
    .filter((row) => communeCode === undefined || row.communeCode === communeCode)
    .sort((a, b) => a.communeCode.localeCompare(b.communeCode) || a.landType.localeCompare(b.landType));
}

// ——— exports ———

export interface ExportRow {
  item: ClearanceParcelItem;
  geometry: Geometry | null;
}

/** Commune-scoped, as listBoundaryParcels: every parcel of a boundary with its geometry. */
export async function exportBoundaryParcels(ctx: { deps: Deps; user: SessionUser; communeCode: string | null }, boundaryId: string, asOf: string): Promise<{ boundary: BoundaryRef; rows: ExportRow[] }> {
  const boundary = await boundaryOrThrow(ctx.deps, boundaryId);
  const { items } = await listBoundaryParcels(ctx, { boundaryId, limit: 100_000, offset: 0 }, asOf);
  const { features } = await ctx.deps.features.query(parcelLayer, { bbox: geometryBBox(boundary.feature.geometry), limit: 100_000, offset: 0 });
  const geometries = new Map(features.map((f) => [f.id, f.geometry]));
  return { boundary, rows: items.map((item) => ({ item, geometry: geometries.get(item.parcelId) ?? null })) };
}
