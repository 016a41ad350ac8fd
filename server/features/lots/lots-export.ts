/**
 * GET /api/lots.csv and /api/lots.geojson — the portal's filtered list for download, with the
 * filters of lots.list as query parameters (lists repeated or comma-separated):
 *   ?landUse=DAT_SX_Congnghiep&status=available&areaHaMin=2&maxDistanceKm=10&distanceTo=gate&sort=distance-gate
 * Public, like the list. CSV for Excel: UTF-8 BOM, formula-injection safe cells (server/http/csv.ts).
 */
import type { Request, RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestSession } from '../../auth/request-session.ts';
import { badRequest } from '../../http/http-error.ts';
import { csvBom, csvRow } from '../../http/csv.ts';
import { landUseClass } from '../../../shared/domain/land-use.ts';
import { lotFiltersSchema, lotSortKeys, type LotFilters, type LotSort, type LotSummary } from '../../../shared/schemas/lots.ts';
import { z } from 'zod';
import { audienceOf } from '../layers/redact.ts';
import { filteredLots } from './lots.service.ts';

const listParams = ['landUse', 'status', 'park', 'readiness'] as const;
const numberParams = { areaHaMin: ['areaHa', 'min'], areaHaMax: ['areaHa', 'max'], maxDistanceKm: ['maxDistanceKm'] } as const;
const knownParams = new Set<string>([...listParams, ...Object.keys(numberParams), 'distanceTo', 'sort']);

function values(raw: unknown, name: string): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every((v): v is string => typeof v === 'string')) throw badRequest(name, 'give plain values');
  return list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function single(query: Request['query'], name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw badRequest(name, 'give the parameter once, as a plain value');
  return raw;
}

/** The query string as lots.list filters; a 400 naming the parameter otherwise. */
export function parseLotQuery(query: Request['query']): LotFilters & { sort: LotSort } {
  for (const name of Object.keys(query)) if (!knownParams.has(name)) throw badRequest(name, `unknown parameter; use ${[...knownParams].join(', ')}`);
  const input: Record<string, unknown> = {};
  for (const name of listParams) if (query[name] !== undefined) input[name] = values(query[name], name);
  for (const [name, path] of Object.entries(numberParams)) {
    const raw = single(query, name);
    if (raw === undefined) continue;
    const value = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) throw badRequest(name, `expected a number, got "${raw}"`);
    if (path.length === 2) input[path[0]] = { ...(input[path[0]] as object | undefined), [path[1]]: value };
    else input[path[0]] = value;
  }
  const distanceTo = single(query, 'distanceTo');
  if (distanceTo !== undefined) input.distanceTo = distanceTo;
  const parsed = lotFiltersSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? 'query';
    const field = path === 'areaHa.min' ? 'areaHaMin' : path === 'areaHa.max' ? 'areaHaMax' : (issue?.path[0]?.toString() ?? 'query');
    throw badRequest(field, issue?.message ?? 'invalid');
  }
  const sort = z.enum(lotSortKeys).default('code').safeParse(single(query, 'sort'));
  if (!sort.success) throw badRequest('sort', `expected one of ${lotSortKeys.join(', ')}`);
  return { ...parsed.data, sort: sort.data };
}

const header = [
  'id', 'code', 'name', 'park', 'park_name', 'commune', 'land_use', 'land_use_name', 'area_m2', 'area_ha', 'status',
  'coverage_percent_max', 'floor_area_ratio_max', 'floors_max', 'setback_m',
  'road', 'power', 'water', 'drainage', 'telecom', 'lease_term_years',
  'clearance_state', 'clearance_stage', 'clearance_boundary',
  'nearest_gate', 'nearest_gate_km', 'nearest_cargo_lane', 'nearest_cargo_lane_km', 'lang_son_city_km',
  'centre_lon', 'centre_lat', 'plan', 'plan_decision', 'contact', 'note', 'source',
];

function csvLine(lot: LotSummary): string {
  return csvRow([
    lot.id, lot.code, lot.name, lot.park, lot.parkName, lot.commune, lot.landUse, landUseClass(lot.landUse)?.vi ?? null, lot.areaM2, lot.areaHa, lot.status,
    lot.coveragePercentMax, lot.floorAreaRatioMax, lot.floorsMax, lot.setbackMetres,
    lot.readiness.road, lot.readiness.power, lot.readiness.water, lot.readiness.drainage, lot.readiness.telecom, lot.leaseTermYears,
    lot.clearance.state, lot.clearance.stage, lot.clearance.boundaryId,
    lot.distances.nearestGate?.name ?? null, lot.distances.nearestGate?.km ?? null, lot.distances.nearestCargoLane?.name ?? null, lot.distances.nearestCargoLane?.km ?? null, lot.distances.cityKm,
    lot.centre[0], lot.centre[1], lot.plan, lot.planDecision, lot.contact, lot.note, lot.source,
  ]);
}

async function lotsFor(deps: AppDeps, req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]): Promise<LotSummary[]> {
  const filters = parseLotQuery(req.query);
  const { user } = await requestSession(deps, req, res);
  return filteredLots(deps.features, filters, audienceOf(user));
}

export function lotsCsvHandler(deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const lots = await lotsFor(deps, req, res);
    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ezgis-lo-dat.csv"',
      'Cache-Control': 'no-store',
    });
    res.end(`${csvBom}${csvRow(header)}${lots.map(csvLine).join('')}`);
  };
}

export function lotsGeoJsonHandler(deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const lots = await lotsFor(deps, req, res);
    res.status(200).set({
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ezgis-lo-dat.geojson"',
      'Cache-Control': 'no-store',
    });
    res.send(
      JSON.stringify({
        type: 'FeatureCollection',
        features: lots.map(({ geometry, bbox, ...properties }) => ({ type: 'Feature', id: properties.id, bbox, geometry, properties })),
      }),
    );
  };
}
