/**
 * The one interface to stored features, whatever the engine. Implementations: SQLite
 * (GeoJSON text + R*Tree, exact predicates with Turf) and PostGIS (geometry + GiST, predicates
 * and tiles in SQL). Both pass the same test suite.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { LayerDefinition } from '../../shared/layers/registry.ts';
import type { BBox } from '../../shared/geo/bbox.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/create-db.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { createSqliteFeatureStore } from './sqlite-feature-store.ts';
import { createPostgisFeatureStore } from './postgis-feature-store.ts';

export interface StoredFeature extends Feature<Geometry, Record<string, unknown>> {
  id: string;
}

export interface FeatureQuery {
  /** Features whose geometry intersects [west, south, east, north]. */
  bbox?: BBox | undefined;
  limit: number;
  offset: number;
  /** Equality on top-level properties: key → value as written in a URL. */
  filters?: Readonly<Record<string, string>> | undefined;
}

export interface FeaturePage {
  features: StoredFeature[];
  numberMatched: number;
}

export interface LayerStats {
  count: number;
  bbox: BBox | null;
  version: number;
}

export interface TileCoordinates {
  z: number;
  x: number;
  y: number;
}

/** A feature met by a polygon, with the area they share on the VN-2000 TM-3 plane (EPSG:9215). */
export interface IntersectionArea {
  id: string;
  properties: Record<string, unknown>;
  areaSquareMeters: number;
}

/** Rows per INSERT when loading many features: well under both engines' bound-parameter limits. */
export const INSERT_BATCH_ROWS = 500;

export interface FeatureStore {
  engine: Database['engine'];
  query(layer: LayerDefinition, query: FeatureQuery): Promise<FeaturePage>;
  /** One live feature by id; inside a transaction pass it (on SQLite the outer database would wait for it). */
  get(layer: LayerDefinition, id: string, transaction?: Kysely<DatabaseSchema>): Promise<StoredFeature | undefined>;
  /**
   * Inserts features (already validated) and bumps the layer version, in one transaction: the
   * caller's when given, else its own.
   */
  insertMany(layer: LayerDefinition, features: readonly StoredFeature[], transaction?: Kysely<DatabaseSchema>): Promise<void>;
  /**
   * Replaces a live feature's properties (geometry untouched) after validating them with the layer's
   * schema (a ZodError when invalid), bumps the feature's and the layer's versions (tile caches key on
   * the latter), in the caller's transaction. Returns the updated feature, or undefined when there
   * is no live feature with that id.
   */
  updateProperties(layer: LayerDefinition, id: string, properties: Record<string, unknown>, transaction: Kysely<DatabaseSchema>): Promise<StoredFeature | undefined>;
  /**
   * Replaces a live feature's geometry and properties (validated with the layer's schema), bumps the
   * feature's and the layer's versions, in the caller's transaction. Undefined when there is no such feature.
   */
  updateGeometry(layer: LayerDefinition, id: string, geometry: Geometry, properties: Record<string, unknown>, transaction: Kysely<DatabaseSchema>): Promise<StoredFeature | undefined>;
  /**
   * Live features of `layer` that share area with `polygon`, each with that shared area in m² on the
   * EPSG:9215 plane (SQLite: clipping on the plane, Turf for non-convex features; PostGIS:
   * ST_Intersection + ST_Transform in SQL). Features that only touch it are left out; float noise
   * can still bring a few with ~0 m²: the caller decides what counts.
   */
  intersectionAreas(layer: LayerDefinition, polygon: Polygon | MultiPolygon, transaction?: Kysely<DatabaseSchema>): Promise<IntersectionArea[]>;
  stats(layer: LayerDefinition): Promise<LayerStats>;
  /** The layer's data version alone: cheap, asked on every tile request. */
  version(layer: LayerDefinition): Promise<number>;
  /** A Mapbox Vector Tile (uncompressed) with one layer named after the layer id; `filters` as in query. */
  tile(layer: LayerDefinition, coordinates: TileCoordinates, filters?: FeatureQuery['filters']): Promise<Uint8Array>;
}

export function createFeatureStore(database: Database): FeatureStore {
  return database.engine === 'postgres' ? createPostgisFeatureStore(database) : createSqliteFeatureStore(database);
}
