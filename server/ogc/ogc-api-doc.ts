/**
 * What desktop clients read to learn our OGC API: the queryables of each collection (OGC API –
 * Features Part 3, a JSON Schema of the properties `?<property>=<value>` filters on) and an
 * OpenAPI 3.0 definition (`service-desc`) whose per-collection items paths list those filters as
 * query parameters — GDAL's OAPIF driver reads it to send `-where "status='available'"` to the
 * server instead of downloading every feature.
 */
import { z } from 'zod';
import type { LayerDefinition } from '../../shared/layers/registry.ts';
import { FEATURE_LIMIT_MAX } from '../../shared/schemas/layers.ts';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  title?: string;
  description?: string;
  format?: string;
  pattern?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
}

const schemaCache = new Map<string, Record<string, JsonSchema>>();

function propertySchemas(layer: LayerDefinition): Record<string, JsonSchema> {
  let cached = schemaCache.get(layer.id);
  if (!cached) {
    const json = z.toJSONSchema(layer.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cached = json.properties ?? {};
    schemaCache.set(layer.id, cached);
  }
  return cached;
}

/** Properties a collection filters on (`?<property>=<value>`): its popup fields but the source. */
export function queryableNames(layer: LayerDefinition): string[] {
  return Object.keys(layer.fields).filter((key) => key !== 'source');
}

/** Every property a feature of the collection may carry (for `properties=`). */
export function propertyNames(layer: LayerDefinition): string[] {
  const names = new Set([...Object.keys(propertySchemas(layer)), ...Object.keys(layer.fields)]);
  // Projects carry their status derived for today (features/projects/derived-status.ts).
  if (layer.id === 'projects') for (const derived of ['derivedStatus', 'overdue', 'statusAsOf']) names.add(derived);
  return [...names];
}

/** A scalar JSON Schema for one queryable (arrays and objects are not filterable). */
function scalarSchema(schema: JsonSchema | undefined, title: string): JsonSchema {
  const type = Array.isArray(schema?.type) ? schema.type.find((t) => t !== 'null') : schema?.type;
  const scalar = type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string';
  return {
    title,
    type: scalar,
    ...(schema?.enum ? { enum: schema.enum } : {}),
    ...(schema?.pattern === '^\\d{4}-\\d{2}-\\d{2}$' ? { format: 'date' } : {}),
  };
}

/** GET /ogc/collections/{id}/queryables: JSON Schema 2020-12, as Part 3 asks. */
export function queryablesDocument(layer: LayerDefinition, base: string) {
  const schemas = propertySchemas(layer);
  const properties: Record<string, JsonSchema> = {};
  for (const name of queryableNames(layer)) properties[name] = scalarSchema(schemas[name], layer.fields[name]?.vi ?? name);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/collections/${layer.id}/queryables`,
    type: 'object',
    title: layer.title.vi,
    properties,
    additionalProperties: false,
  };
}

/** GET /ogc/api: an OpenAPI 3.0 definition of the landing page, collections and items. */
export function openApiDocument(collections: readonly LayerDefinition[], base: string) {
  const json = { 'application/json': { schema: { type: 'object' } } };
  const geojson = { 'application/geo+json': { schema: { type: 'object' } } };
  const itemsPath = (layer: LayerDefinition) => ({
    get: {
      summary: `${layer.title.vi} / ${layer.title.en}`,
      operationId: `getItems_${layer.id.replaceAll('-', '_')}`,
      parameters: [
        { $ref: '#/components/parameters/bbox' },
        { $ref: '#/components/parameters/limit' },
        { $ref: '#/components/parameters/offset' },
        { $ref: '#/components/parameters/datetime' },
        { $ref: '#/components/parameters/properties' },
        ...queryableNames(layer).map((name) => ({
          name,
          in: 'query',
          required: false,
          style: 'form',
          explode: false,
          description: layer.fields[name]?.en ?? name,
          schema: scalarSchema(propertySchemas(layer)[name], layer.fields[name]?.vi ?? name),
        })),
      ],
      responses: { '200': { description: 'GeoJSON FeatureCollection', content: geojson }, '400': { description: 'A parameter is invalid (named in error.field)' } },
    },
  });
  const paths: Record<string, unknown> = {
    '/': { get: { summary: 'Landing page', operationId: 'getLandingPage', responses: { '200': { description: 'Links', content: json } } } },
    '/conformance': { get: { summary: 'Conformance classes', operationId: 'getConformance', responses: { '200': { description: 'conformsTo', content: json } } } },
    '/collections': { get: { summary: 'Collections', operationId: 'getCollections', responses: { '200': { description: 'Collections', content: json } } } },
  };
  for (const layer of collections) {
    paths[`/collections/${layer.id}`] = { get: { summary: layer.title.vi, operationId: `describeCollection_${layer.id.replaceAll('-', '_')}`, responses: { '200': { description: 'The collection', content: json } } } };
    paths[`/collections/${layer.id}/items`] = itemsPath(layer);
    paths[`/collections/${layer.id}/items/{featureId}`] = {
      get: {
        summary: `One feature of ${layer.id}`,
        operationId: `getItem_${layer.id.replaceAll('-', '_')}`,
        parameters: [{ name: 'featureId', in: 'path', required: true, schema: { type: 'string' } }, { $ref: '#/components/parameters/properties' }],
        responses: { '200': { description: 'GeoJSON Feature', content: geojson }, '404': { description: 'No such feature' } },
      },
    };
    paths[`/collections/${layer.id}/queryables`] = { get: { summary: `Queryables of ${layer.id}`, operationId: `getQueryables_${layer.id.replaceAll('-', '_')}`, responses: { '200': { description: 'JSON Schema', content: { 'application/schema+json': { schema: { type: 'object' } } } } } } };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'EZ-GIS — OGC API – Features', version: '1.0.0', description: 'Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn / Đồng Đăng – Lạng Sơn border economic zone' },
    servers: [{ url: base }],
    paths,
    components: {
      parameters: {
        bbox: { name: 'bbox', in: 'query', required: false, style: 'form', explode: false, schema: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } } },
        limit: { name: 'limit', in: 'query', required: false, style: 'form', explode: false, schema: { type: 'integer', minimum: 1, maximum: FEATURE_LIMIT_MAX, default: 100 } },
        offset: { name: 'offset', in: 'query', required: false, style: 'form', explode: false, schema: { type: 'integer', minimum: 0, default: 0 } },
        datetime: { name: 'datetime', in: 'query', required: false, style: 'form', explode: false, schema: { type: 'string' } },
        properties: { name: 'properties', in: 'query', required: false, style: 'form', explode: false, description: 'Comma-separated property names to return', schema: { type: 'array', items: { type: 'string' } } },
      },
    },
  };
}
