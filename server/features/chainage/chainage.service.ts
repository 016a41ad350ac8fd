/**
 * Chainage on road centrelines (the road-centrelines layer): text or metres → a point or a segment,
 * and a point → its chainage. Distances are on the VN-2000 TM-3 plane (shared/geo).
 */
import type { LineString, Position } from 'geojson';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { ChainageError } from '../../../shared/geo/chainage-error.ts';
import { centrelineOnPlane } from '../../../shared/geo/centreline-on-plane.ts';
import { chainageOfPoint } from '../../../shared/geo/chainage-of-point.ts';
import { formatChainage } from '../../../shared/geo/format-chainage.ts';
import { parseChainage } from '../../../shared/geo/parse-chainage.ts';
import { pointAtChainage } from '../../../shared/geo/point-at-chainage.ts';
import { segmentBetweenChainages } from '../../../shared/geo/segment-between-chainages.ts';
import type { ChainageOfPointInput, ChainageSegmentInput, LocateChainageInput } from '../../../shared/schemas/chainage.ts';
import type { FeatureStore } from '../../geo-store/feature-store.ts';
import { refuse } from '../../trpc/errors.ts';

const roadLayer = findLayer('road-centrelines') as LayerDefinition;

export interface Road {
  id: string;
  name: string;
  nameEn: string;
  roadCode: string;
  lengthMeters: number;
  lengthFormatted: string;
}

async function centreline(store: FeatureStore, roadId: string): Promise<Position[]> {
  const feature = await store.get(roadLayer, roadId);
  if (!feature || feature.geometry.type !== 'LineString') throw refuse('NOT_FOUND', `Không có tuyến đường ${roadId} / no road ${roadId}`, 'roadId');
  return feature.geometry.coordinates;
}

/** Metres from text or a number; a BAD_REQUEST naming `field` when unreadable. */
function metres(value: string | number, field: string): number {
  if (typeof value === 'number') return value;
  try {
    return parseChainage(value);
  } catch (error) {
    if (error instanceof ChainageError) throw refuse('BAD_REQUEST', error.message, field);
    throw error;
  }
}

/** Runs a chainage computation, turning a ChainageError into a BAD_REQUEST naming `field`. */
function onRoad<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ChainageError) throw refuse('BAD_REQUEST', error.message, field);
    throw error;
  }
}

export async function listRoads(store: FeatureStore): Promise<Road[]> {
  const { features } = await store.query(roadLayer, { limit: 1000, offset: 0 });
  return features
    .filter((f) => f.geometry.type === 'LineString')
    .map((f) => {
      const { lengthMeters } = centrelineOnPlane((f.geometry as LineString).coordinates);
      return {
        id: f.id,
        name: String(f.properties.name),
        nameEn: String(f.properties.nameEn),
        roadCode: String(f.properties.roadCode),
        lengthMeters,
        lengthFormatted: formatChainage(lengthMeters),
      };
    });
}

export async function locateChainage(store: FeatureStore, input: LocateChainageInput) {
  const line = await centreline(store, input.roadId);
  const chainage = metres(input.chainage, 'chainage');
  const point = onRoad('chainage', () => pointAtChainage(line, chainage));
  return { roadId: input.roadId, point, chainage, formatted: formatChainage(chainage) };
}

export async function chainageSegment(store: FeatureStore, input: ChainageSegmentInput) {
  const line = await centreline(store, input.roadId);
  const from = metres(input.from, 'from');
  const to = metres(input.to, 'to');
  const { lengthMeters: roadLength } = centrelineOnPlane(line);
  onRoad('from', () => pointAtChainage(line, from));
  onRoad('to', () => pointAtChainage(line, to));
  if (!(from < to)) throw refuse('BAD_REQUEST', 'Lý trình đầu phải nhỏ hơn lý trình cuối / the start chainage must come before the end', 'to');
  const segment = segmentBetweenChainages(line, from, Math.min(to, roadLength));
  return {
    roadId: input.roadId,
    from,
    to,
    fromFormatted: formatChainage(from),
    toFormatted: formatChainage(to),
    geometry: segment.geometry,
    lengthMeters: segment.lengthMeters,
  };
}

export async function chainageAtPoint(store: FeatureStore, input: ChainageOfPointInput) {
  const line = await centreline(store, input.roadId);
  const { chainageMeters, offsetMeters } = chainageOfPoint(line, input.point);
  return { roadId: input.roadId, chainage: chainageMeters, formatted: formatChainage(chainageMeters), offsetMeters };
}
