/**
 * Mapbox Vector Tiles at /tiles/{collection}/{z}/{x}/{y}.mvt with TileJSON 3.0 at
 * /tiles/{collection}.json. TileJSON hands out URLs carrying the layer version (`?v=`): those
 * are immutable and cached for a year; unversioned requests get an ETag instead. Tiles depend on
 * the caller's audience (features/layers/redact.ts): cache keys, ETags and `Vary: Cookie` say so,
 * and staff tiles are `private`.
 *
 * planning-zones serves one plan revision at a time: `?revision=<id>` or `?datetime=<instant>` (the
 * revision in force then), by default the one in force today. TileJSON hands out tile URLs naming
 * the resolved revision, so each revision has its own URLs, ETags and cache keys.
 */
import { Router, type Request } from 'express';
import { findLayer, layers, type LayerDefinition } from '../../shared/layers/registry.ts';
import type { AppDeps } from '../app-deps.ts';
import { badRequest, notFound } from '../http/http-error.ts';
import { parseIntegerParam, singleParam } from '../http/query-params.ts';
import { TileCache } from './tile-cache.ts';
import { requestSession } from '../auth/request-session.ts';
import { audienceOf, layerIsRedactedFor, redactFeatures, type Audience } from '../features/layers/redact.ts';
import { encodeTile, tileQueryBBox } from '../geo-store/encode-tile.ts';
import type { TileCoordinates } from '../geo-store/feature-store.ts';
import { resolveZoneRevision } from '../features/plans/zone-revision.ts';
import { zoneLayer } from '../features/plans/plans.service.ts';

export const TILE_MIN_ZOOM = 0;
export const TILE_MAX_ZOOM = 18;

function layerOrThrow(id: string): LayerDefinition {
  const layer = findLayer(id);
  if (!layer) throw notFound(`Unknown collection "${id}". Collections: ${layers.map((l) => l.id).join(', ')}`);
  return layer;
}

function origin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export function createTilesRouter(deps: AppDeps, cache = new TileCache()): Router {
  const tiles = Router();

  /** The engine's own tile, unless some features must be redacted for this audience: then built from redacted features. */
  async function buildTile(layer: LayerDefinition, coordinates: TileCoordinates, audience: Audience, filters: Record<string, string>): Promise<Uint8Array> {
    if (coordinates.z < (layer.tileMinZoom ?? TILE_MIN_ZOOM)) return new Uint8Array();
    if (!layerIsRedactedFor(layer, audience)) return deps.features.tile(layer, coordinates, filters);
    const { features } = await deps.features.query(layer, { bbox: tileQueryBBox(coordinates), limit: 1_000_000, offset: 0, filters });
    return encodeTile(layer.id, redactFeatures(layer, features, audience), coordinates);
  }

  /** The revision whose zones a planning-zones request wants (null: every zone); refuses the parameters elsewhere. */
  async function revisionOf(layer: LayerDefinition, req: Request, audience: Audience): Promise<string | null> {
    const query = req.query as Record<string, unknown>;
    const revision = singleParam(query, 'revision');
    const datetime = singleParam(query, 'datetime');
    if (layer.id !== zoneLayer.id) {
      if (revision !== undefined) throw badRequest('revision', `only ${zoneLayer.id} has plan revisions`);
      if (datetime !== undefined) throw badRequest('datetime', `only ${zoneLayer.id} varies in time`);
      return null;
    }
    return resolveZoneRevision(deps, { revision, datetime }, audience);
  }

  tiles.get('/:file', async (req, res) => {
    const match = /^(.+)\.json$/.exec(req.params.file);
    if (!match?.[1]) throw notFound('Expected /tiles/{collection}.json');
    const layer = layerOrThrow(match[1]);
    const revisionId = await revisionOf(layer, req, audienceOf((await requestSession(deps, req, res)).user));
    res.vary('Cookie');
    const stats = await deps.features.stats(layer);
    const revisionParam = revisionId === null ? '' : `revision=${encodeURIComponent(revisionId)}&`;
    res.set('Cache-Control', 'no-cache');
    res.json({
      tilejson: '3.0.0',
      name: revisionId === null ? layer.title.vi : `${layer.title.vi} — ${revisionId}`,
      description: layer.description.vi,
      version: '1.0.0',
      scheme: 'xyz',
      tiles: [`${origin(req)}/tiles/${layer.id}/{z}/{x}/{y}.mvt?${revisionParam}v=${stats.version}`],
      minzoom: layer.tileMinZoom ?? TILE_MIN_ZOOM,
      maxzoom: TILE_MAX_ZOOM,
      bounds: stats.bbox ?? [-180, -85.0511, 180, 85.0511],
      vector_layers: [
        {
          id: layer.id,
          description: layer.title.en,
          minzoom: layer.tileMinZoom ?? TILE_MIN_ZOOM,
          maxzoom: TILE_MAX_ZOOM,
          fields: Object.fromEntries(['id', ...Object.keys(layer.fields)].map((key) => [key, layer.fields[key]?.en ?? 'Feature id'])),
        },
      ],
    });
  });

  tiles.get('/:collection/:z/:x/:file', async (req, res) => {
    const layer = layerOrThrow(req.params.collection);
    const yMatch = /^(-?\d+)\.mvt$/.exec(req.params.file);
    if (!yMatch?.[1]) throw badRequest('y', 'expected {y}.mvt with a whole number y');
    const z = parseIntegerParam(req.params.z, 'z', { min: TILE_MIN_ZOOM, max: TILE_MAX_ZOOM, fallback: 0 });
    const limit = 2 ** z - 1;
    const x = parseIntegerParam(req.params.x, 'x', { min: 0, max: limit, fallback: 0 });
    const y = parseIntegerParam(yMatch[1], 'y', { min: 0, max: limit, fallback: 0 });
    const requestedVersion = singleParam(req.query as Record<string, unknown>, 'v');

    const audience = audienceOf((await requestSession(deps, req, res)).user);
    const revisionId = await revisionOf(layer, req, audience);
    const version = await deps.features.version(layer);
    const etag = `"${layer.id}${revisionId === null ? '' : `~${revisionId}`}-${version}-${audience}-${z}-${x}-${y}"`;
    // Staff tiles carry details the public must not see: no shared cache may keep them.
    const scope = audience === 'staff' ? 'private' : 'public';
    // Without an explicit revision the default one may change (an approval): such URLs are never immutable.
    const pinned = revisionId === null || (req.query as Record<string, unknown>).revision !== undefined;
    if (pinned && requestedVersion !== undefined && requestedVersion === String(version)) {
      res.set('Cache-Control', `${scope}, max-age=31536000, immutable`);
    } else {
      res.set('Cache-Control', audience === 'staff' ? 'private, no-cache' : 'no-cache');
    }
    res.vary('Cookie');
    res.set('ETag', etag);
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }

    const key = TileCache.key(revisionId === null ? layer.id : `${layer.id}~${revisionId}`, version, z, x, y, audience);
    let tile = cache.get(key);
    if (!tile) {
      tile = await buildTile(layer, { z, x, y }, audience, revisionId === null ? {} : { revisionId });
      cache.set(key, tile);
    }
    res.type('application/vnd.mapbox-vector-tile').send(Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength));
  });

  return tiles;
}
