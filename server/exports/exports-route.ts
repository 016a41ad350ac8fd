/**
 * GET /api/exports/{layerId}.{format}?crs=wgs84|vn2000|vn2000-utm48&bbox=&<filters> — any layer of
 * shared/layers/registry.ts, or a filtered selection of it, as a file (shared/schemas/imports.ts):
 * geojson, csv, kml, shp.zip, gpkg, dxf.
 *
 * Who gets what is what the map and /ogc give: the public redaction (features/layers/redact.ts)
 * unless the session is Board staff; planning-zones serves the revision in force today, or
 * `revision=` when the caller may see it; projects carry their derived status for today.
 * Cadastral parcels are a bulk extract of the whole cadastre: Board staff only (401 anonymous,
 * 403 for other accounts). Filters: land-lots takes the portal's lot filters (lots-export.ts
 * parseLotQuery: landUse, status, park, readiness, areaHaMin/Max, maxDistanceKm, distanceTo,
 * sort); every other layer takes `<property>=<value>` on its popup fields, as /ogc does.
 * Errors: 404 for an unknown layer, 400 naming `format`, `crs`, `bbox` or the filter.
 * GeoJSON, CSV and KML are streamed; shp.zip, gpkg and dxf are written in a worker thread
 * (export-in-worker.ts: 503 EXPORT_BUSY / EXPORT_TIMEOUT, 413 EXPORT_TOO_LARGE).
 */
import type { Request, RequestHandler, Response } from 'express';
import { findLayer, type LayerDefinition } from '../../shared/layers/registry.ts';
import { exportCrsNames, exportFormats, type ExportCrsName, type ExportFormat } from '../../shared/schemas/imports.ts';
import type { AppDeps } from '../app-deps.ts';
import { requestSession } from '../auth/request-session.ts';
import { HttpError, badRequest, notFound } from '../http/http-error.ts';
import { parseBBoxParam, singleParam } from '../http/query-params.ts';
import { audienceOf, layerIsRedactedFor, redactFeatures, type Audience } from '../features/layers/redact.ts';
import { withDerivedStatus } from '../features/projects/derived-status.ts';
import { asOfDay } from '../features/projects/projects.service.ts';
import { resolveZoneRevision } from '../features/plans/zone-revision.ts';
import { zoneLayer } from '../features/plans/plans.service.ts';
import { parseLotQuery } from '../features/lots/lots-export.ts';
import { filteredLots } from '../features/lots/lots.service.ts';
import type { StoredFeature } from '../geo-store/feature-store.ts';
import { exportCrsByName } from './export-crs.ts';
import { exportTextChunks } from './export-file.ts';
import { exportInWorker } from './export-in-worker.ts';

export { exportTextChunks, writeExport } from './export-file.ts';

/** Layers whose bulk export is for Board staff only. */
const staffOnlyExports = new Set(['parcels']);

/** Query parameters every export takes; the rest are filters. */
const commonParams = new Set(['crs', 'bbox']);
const zoneParams = new Set(['revision']);

/** Every feature of a layer in one read: well above the largest layer (~35 000 parcels). */
const EXPORT_FEATURE_MAX = 1_000_000;

export const exportContentTypes: Readonly<Record<ExportFormat, string>> = {
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml; charset=utf-8',
  'shp.zip': 'application/zip',
  gpkg: 'application/geopackage+sqlite3',
  dxf: 'application/dxf',
};

/** "land-lots.shp.zip" → the layer id and the format; 400 naming `format` when none fits. */
export function parseExportFile(file: string): { layerId: string; format: ExportFormat } {
  // Longest first: "shp.zip" before any format it might end with.
  const format = [...exportFormats].sort((a, b) => b.length - a.length).find((f) => file.endsWith(`.${f}`));
  if (!format) {
    throw badRequest('format', `không hỗ trợ định dạng của "${file}"; dùng ${exportFormats.join(', ')} / unsupported format, use one of ${exportFormats.join(', ')}`);
  }
  return { layerId: file.slice(0, -(format.length + 1)), format };
}

function parseCrs(query: Record<string, unknown>): ExportCrsName {
  const crs = singleParam(query, 'crs') ?? 'wgs84';
  if (!(exportCrsNames as readonly string[]).includes(crs)) {
    throw badRequest('crs', `không hỗ trợ hệ tọa độ "${crs}"; dùng ${exportCrsNames.join(', ')} / unsupported CRS, use one of ${exportCrsNames.join(', ')}`);
  }
  return crs as ExportCrsName;
}

/** A property filter as the stores apply it: URL text against the value. */
function matchesFilters(properties: Record<string, unknown>, filters: Record<string, string>): boolean {
  return Object.entries(filters).every(([key, wanted]) => {
    const value = properties[key];
    return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && String(value) === wanted;
  });
}

function propertyFilters(layer: LayerDefinition, query: Record<string, unknown>, skip: ReadonlySet<string>): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of Object.keys(query)) {
    if (commonParams.has(key) || skip.has(key)) continue;
    if (!(key in layer.fields) || key === 'source') {
      throw badRequest(key, `unknown parameter; filterable properties of ${layer.id}: ${Object.keys(layer.fields).filter((k) => k !== 'source').join(', ')}`);
    }
    filters[key] = singleParam(query, key) as string;
  }
  return filters;
}

/** The features the caller may export: filtered, redacted, projects with today's derived status. */
async function selectFeatures(deps: AppDeps, layer: LayerDefinition, query: Record<string, unknown>, audience: Audience): Promise<StoredFeature[]> {
  const bbox = parseBBoxParam(singleParam(query, 'bbox'));

  if (layer.id === 'land-lots') {
    const lotQuery = Object.fromEntries(Object.entries(query).filter(([key]) => !commonParams.has(key)));
    const lots = await filteredLots(deps.features, parseLotQuery(lotQuery as Request['query']), audience);
    const stored = await deps.features.query(layer, { bbox, limit: EXPORT_FEATURE_MAX, offset: 0 });
    const byId = new Map(redactFeatures(layer, stored.features, audience).map((f) => [f.id, f]));
    // In the list's order (its `sort`), only lots inside the bbox.
    return lots.flatMap((lot) => (byId.has(lot.id) ? [byId.get(lot.id) as StoredFeature] : []));
  }

  const zoned = layer.id === zoneLayer.id;
  const filters = propertyFilters(layer, query, zoned ? zoneParams : new Set());
  const scope: Record<string, string> = {};
  if (zoned) {
    // A revisionId filter is a revision request like any other: the same visibility rule.
    const revision = singleParam(query, 'revision') ?? filters.revisionId;
    delete filters.revisionId;
    const revisionId = await resolveZoneRevision(deps, { revision }, audience);
    if (revisionId !== null) scope.revisionId = revisionId;
  }
  const redacted = layerIsRedactedFor(layer, audience);
  // A filter must not find features by what redaction hides: on redacted layers filter afterwards.
  const stored = await deps.features.query(layer, { bbox, limit: EXPORT_FEATURE_MAX, offset: 0, filters: redacted ? scope : { ...filters, ...scope } });
  let features = redactFeatures(layer, stored.features, audience);
  if (redacted) features = features.filter((f) => matchesFilters(f.properties, filters));
  return layer.id === 'projects' ? (withDerivedStatus(features, asOfDay(deps, undefined)) as StoredFeature[]) : features;
}

/** Text is sent in pieces of about this many characters, giving other requests a turn between them. */
const STREAM_CHUNK_CHARS = 256 * 1024;

/**
 * Writes chunks to the response, yielding to the event loop between pieces. No wait for 'drain':
 * behind compression() the listener would be left on the gzip stream; what waits for a slow
 * client is the compressed output, a fraction of the file.
 */
async function streamText(res: Response, chunks: Iterable<string>): Promise<void> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length < STREAM_CHUNK_CHARS) continue;
    res.write(pending);
    pending = '';
    await new Promise((resolve) => setImmediate(resolve));
    if (res.destroyed) return; // the client went away
  }
  res.end(pending);
}

export function exportHandler(deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const { layerId, format } = parseExportFile(String(req.params.file));
    const layer = findLayer(layerId);
    const query = req.query as Record<string, unknown>;
    if (!layer) throw notFound(`Không có lớp dữ liệu "${layerId}" / No layer "${layerId}"`);
    const crs = parseCrs(query);
    if (format === 'kml' && crs !== 'wgs84') throw badRequest('crs', 'KML luôn dùng WGS84; chọn crs=wgs84 / KML is always WGS84: use crs=wgs84');

    const { user } = await requestSession(deps, req, res);
    const audience = audienceOf(user);
    res.vary('Cookie');
    if (audience !== 'staff' && (!layer.public || staffOnlyExports.has(layer.id))) {
      if (!layer.public) throw notFound(`Không có lớp dữ liệu "${layerId}" / No layer "${layerId}"`);
      if (!user) throw new HttpError(401, 'UNAUTHORIZED', 'Vui lòng đăng nhập để tải lớp này / Please sign in to export this layer');
      throw new HttpError(403, 'FORBIDDEN', 'Chỉ cán bộ Ban quản lý được tải toàn bộ lớp này / Only Board staff may export this layer');
    }

    const features = await selectFeatures(deps, layer, query, audience);
    const fileName = `ezgis-${layer.id}-${asOfDay(deps, undefined)}-${crs}.${format}`;
    const startFile = () =>
      res.status(200).set({
        'Content-Type': exportContentTypes[format],
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'no-store',
        'X-Feature-Count': String(features.length),
        'X-Crs': `EPSG:${exportCrsByName[crs].epsg}`,
      });
    if (format === 'geojson' || format === 'csv' || format === 'kml') {
      startFile();
      await streamText(res, exportTextChunks(layer, format, features, crs));
      return;
    }
    // Written whole in a worker before the headers: a refusal (busy, timeout) is a JSON error, not a download.
    const bytes = await exportInWorker(layer, format, features, crs, deps.env.EXPORT_WRITE_TIMEOUT_MS);
    startFile();
    res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  };
}
