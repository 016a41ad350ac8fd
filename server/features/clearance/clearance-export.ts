/**
 * GET /api/clearance/boundaries/{boundaryId}/parcels.csv|.geojson?crs=wgs84|vn2000 — the affected-
 * parcel list of a boundary for Excel (UTF-8 BOM, formula-injection safe cells: server/http/csv.ts)
 * or GIS. Access exactly as clearance.parcels: signed in, a commune officer only for their own
 * commune; household names only for those who may see them (clearance-access.ts).
 * VN-2000 output: CSV columns x_northing / y_easting as Vietnamese surveys write them; GeoJSON
 * positions [easting, northing] in metres (GIS order) with a `crs` member naming EPSG:9215.
 */
import type { RequestHandler } from 'express';
import { TRPCError } from '@trpc/server';
import * as turf from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { AppDeps } from '../../app-deps.ts';
import { requestSession } from '../../auth/request-session.ts';
import { HttpError, badRequest } from '../../http/http-error.ts';
import { csvBom, csvRow } from '../../http/csv.ts';
import { singleParam } from '../../http/query-params.ts';
import { exportCrsSchema, type ExportCrs } from '../../../shared/schemas/clearance.ts';
import { wgs84ToTm3 } from '../../../shared/crs/vn2000.ts';
import { asOfDay, exportBoundaryParcels, toVn2000, type ExportRow } from './clearance.service.ts';

const statusOf: Partial<Record<TRPCError['code'], number>> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

function toHttpError(error: unknown): unknown {
  if (error instanceof TRPCError && statusOf[error.code]) return new HttpError(statusOf[error.code] as number, error.code, error.message);
  return error;
}

function projectGeometry(geometry: Geometry, crs: ExportCrs): Geometry {
  if (crs === 'wgs84') return geometry;
  const map = (p: Position): Position => {
    const [easting, northing] = wgs84ToTm3([p[0] as number, p[1] as number]);
    return [Math.round(easting * 1000) / 1000, Math.round(northing * 1000) / 1000];
  };
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(map)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(map))) };
    default:
      return geometry;
  }
}

function interior(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null;
  const point = turf.pointOnFeature(turf.feature(geometry)).geometry.coordinates;
  return [point[0] as number, point[1] as number];
}

function latestStageDate(row: ExportRow): string | null {
  return Object.values(row.item.stageDates).sort().at(-1) ?? null;
}

export function clearanceExportHandler(deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const match = /^parcels\.(csv|geojson)$/.exec(String(req.params.file));
    if (!match) throw new HttpError(404, 'NOT_FOUND', 'Expected parcels.csv or parcels.geojson');
    const format = match[1] as 'csv' | 'geojson';
    const crs = exportCrsSchema.safeParse(singleParam(req.query as Record<string, unknown>, 'crs') ?? 'wgs84');
    if (!crs.success) throw badRequest('crs', 'expected wgs84 or vn2000');
    const { user } = await requestSession(deps, req, res);
    if (!user) throw new HttpError(401, 'UNAUTHORIZED', 'Vui lòng đăng nhập / Please sign in');
    const ctx = { deps, user, communeCode: user.role === 'commune' ? user.communeCode : null };
    if (user.role === 'commune' && !user.communeCode) throw new HttpError(403, 'FORBIDDEN', 'Tài khoản xã chưa gắn với xã nào / This commune account has no commune');
    const boundaryId = String(req.params.boundaryId);
    const { rows } = await exportBoundaryParcels(ctx, boundaryId, asOfDay(deps, undefined)).catch((error: unknown) => {
      throw toHttpError(error);
    });
    const withHouseholds = rows.some((row) => row.item.households !== null);
    res.status(200);
    res.set({ 'Cache-Control': 'no-store', Vary: 'Cookie' });
    const fileName = `ezgis-gpmb-${boundaryId}-${crs.data}`;

    if (format === 'csv') {
      res.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}.csv"` });
      const coordinateHeader = crs.data === 'vn2000' ? ['x_northing_vn2000', 'y_easting_vn2000'] : ['lon_wgs84', 'lat_wgs84'];
      const header = [
        'boundary_id', 'former_commune_code', 'former_commune', 'sheet', 'parcel', 'land_type', 'parcel_area_m2', 'affected_area_m2',
        'remaining_area_m2', 'stage', 'stage_date', 'overdue_step', 'complaint', 'households', ...(withHouseholds ? ['household_heads'] : []), ...coordinateHeader,
      ];
      const lines = rows.map((row) => {
        const point = interior(row.geometry);
        const coordinates = point === null ? [null, null] : crs.data === 'vn2000' ? [toVn2000(point).x, toVn2000(point).y] : [point[0], point[1]];
        return csvRow([
          row.item.boundaryId, row.item.formerCommuneCode, row.item.formerCommuneName, row.item.sheet, row.item.parcelNumber, row.item.landType,
          row.item.parcelAreaM2, row.item.affectedAreaM2, row.item.remainingAreaM2, row.item.stage, latestStageDate(row), row.item.overdue?.step ?? null,
          row.item.complaint ? 'yes' : 'no', row.item.householdCount, ...(withHouseholds ? [(row.item.households ?? []).map((h) => h.headName).join('; ')] : []), ...coordinates,
        ]);
      });
      res.end(`${csvBom}${csvRow(header)}${lines.join('')}`);
      return;
    }

    res.set({ 'Content-Type': 'application/geo+json; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}.geojson"` });
    res.end(
      JSON.stringify({
        type: 'FeatureCollection',
        ...(crs.data === 'vn2000' ? { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9215' } } } : {}),
        features: rows.map((row) => ({
          type: 'Feature',
          id: row.item.id,
          properties: {
            boundaryId: row.item.boundaryId,
            parcelId: row.item.parcelId,
            formerCommuneCode: row.item.formerCommuneCode,
            formerCommune: row.item.formerCommuneName,
            sheet: row.item.sheet,
            parcel: row.item.parcelNumber,
            landType: row.item.landType,
            parcelAreaM2: row.item.parcelAreaM2,
            affectedAreaM2: row.item.affectedAreaM2,
            remainingAreaM2: row.item.remainingAreaM2,
            stage: row.item.stage,
            stageDates: row.item.stageDates,
            complaint: row.item.complaint,
            householdCount: row.item.householdCount,
            ...(row.item.households !== null ? { householdHeads: row.item.households.map((h) => h.headName) } : {}),
          },
          geometry: row.geometry ? projectGeometry(row.geometry, crs.data) : null,
        })),
      }),
    );
  };
}
