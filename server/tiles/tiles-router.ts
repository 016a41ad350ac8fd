/**
 * Mapbox Vector Tiles at /tiles/{collection}/{z}/{x}/{y}.mvt with TileJSON 3.0 at
 * /tiles/{collection}.json. TileJSON hands out URLs carrying the layer version (`?v=`): those
 * are immutable and cached for a year; unversioned requests get an ETag instead. Tiles depend on
 * the caller's audience (features/layers/redact.ts): cache keys, ETags and `Vary: Cookie` say so,
 * and staff tiles are `private`.
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
  async function buildTile(layer: LayerDefinition, coordinates: TileCoordinates, audience: Audience): Promise<Uint8Array> {
    if (coordinates.z < (layer.tileMinZoom ?? TILE_MIN_ZOOM)) return new Uint8Array();
    if (!layerIsRedactedFor(layer, audience)) return deps.features.tile(layer, coordinates);
    const { features } = await deps.features.query(layer, { bbox: tileQueryBBox(coordinates), limit: 1_000_000, offset: 0 });
    return encodeTile(layer.id, redactFeatures(layer, features, audience), coordinates);
  }

  tiles.get('/:file', async (req, res) => {
    const match = /^(.+)\.json$/.exec(req.params.file);
    if (!match?.[1]) throw notFound('Expected /tiles/{collection}.json');
    const layer = layerOrThrow(match[1]);
    const stats = await deps.features.stats(layer);
    res.set('Cache-Control', 'no-cache');
    res.json({
      tilejson: '3.0.0',
      name: layer.title.vi,
      description: layer.description.vi,
      version: '1.0.0',
      scheme: 'xyz',
      tiles: [`${origin(req)}/tiles/${layer.id}/{z}/{x}/{y}.mvt?v=${stats.version}`],
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
    const version = await deps.features.version(layer);
    const etag = `"${layer.id}-${version}-${audience}-${z}-${x}-${y}"`;
    // Staff tiles carry details the public must not see: no shared cache may keep them.
    const scope = audience === 'staff' ? 'private' : 'public';
    if (requestedVersion !== undefined && requestedVersion === String(version)) {
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

    const key = TileCache.key(layer.id, version, z, x, y, audience);
    let tile = cache.get(key);
    if (!tile) {
      tile = await buildTile(layer, { z, x, y }, audience);
      cache.set(key, tile);
    }
    res.type('application/vnd.mapbox-vector-tile').send(Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength));
  });

  return tiles;
}
