/**
 * OGC API – Features Part 1 (Core, GeoJSON, OpenAPI 3.0) at /ogc, with Part 3's queryables, so
 * that QGIS, GDAL and ArcGIS read every collection. Collection ids are the layer ids; links are
 * absolute, as desktop clients expect. Items take bbox, limit, offset, datetime, `properties=`
 * (the subset of properties to return) and `<property>=<value>` filters on the queryables.
 * Features pass through the public redaction (features/layers/redact.ts) unless the session
 * cookie names a Board staff user.
 */
import { Router, type Request } from 'express';
import { layers, findLayer, type LayerDefinition } from '../../shared/layers/registry.ts';
import { FEATURE_LIMIT_MAX } from '../../shared/schemas/layers.ts';
import type { AppDeps } from '../app-deps.ts';
import { badRequest, notFound } from '../http/http-error.ts';
import { parseBBoxParam, parseIntegerParam, singleParam } from '../http/query-params.ts';
import { requestSession } from '../auth/request-session.ts';
import { audienceOf, layerIsRedactedFor, redactFeature, redactFeatures } from '../features/layers/redact.ts';
import type { FeaturePage, StoredFeature } from '../geo-store/feature-store.ts';
import { withDerivedStatus } from '../features/projects/derived-status.ts';
import { asOfDay } from '../features/projects/projects.service.ts';
import { resolveZoneRevision } from '../features/plans/zone-revision.ts';
import { findRevision } from '../features/plans/plans.repository.ts';
import { revisionVisibleTo, zoneLayer } from '../features/plans/plans.service.ts';
import { openApiDocument, propertyNames, queryableNames, queryablesDocument } from './ogc-api-doc.ts';

const OGC_LIMIT_DEFAULT = 100;
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const reservedParams = new Set(['bbox', 'limit', 'offset', 'datetime', 'f', 'bbox-crs', 'properties']);
const QUERYABLES_REL = 'http://www.opengis.net/def/rel/ogc/1.0/queryables';
const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';
/** planning-zones also takes `revision=<id>`: whose zones to serve (plans/zone-revision.ts). */
const zoneParams = new Set(['revision']);

/** `datetime=` per OGC: an instant or an interval with open ends (`..`). */
const datetimePattern = /^(\.\.|[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+(Z|[+-][0-9:]+)?)?)(\/(\.\.|[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+(Z|[+-][0-9:]+)?)?))?$/;

/** Projects carry their status derived for today, as on the map (features/projects/derived-status.ts). */
function withDerived(deps: AppDeps, layer: LayerDefinition, features: StoredFeature[]): StoredFeature[] {
  return layer.id === 'projects' ? withDerivedStatus(features, asOfDay(deps, undefined)) : features;
}

function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/ogc`;
}

/** A property filter as the stores apply it (URL text against the value), on already-redacted properties. */
function matchesFilters(properties: Record<string, unknown>, filters: Record<string, string>): boolean {
  return Object.entries(filters).every(([key, wanted]) => {
    const value = properties[key];
    return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && String(value) === wanted;
  });
}

/** `properties=a,b`: the names to keep (validated), or undefined for all. */
function parseProperties(layer: LayerDefinition, query: Record<string, unknown>): string[] | undefined {
  const raw = singleParam(query, 'properties');
  if (raw === undefined) return undefined;
  const names = raw.split(',').map((n) => n.trim()).filter((n) => n !== '');
  const known = new Set(propertyNames(layer));
  const unknown = names.find((n) => !known.has(n));
  if (unknown !== undefined) throw badRequest('properties', `unknown property "${unknown}"; properties of ${layer.id}: ${[...known].join(', ')}`);
  return names;
}

function selectProperties(features: StoredFeature[], names: string[] | undefined): StoredFeature[] {
  if (names === undefined) return features;
  return features.map((f) => ({ ...f, properties: Object.fromEntries(names.filter((n) => n in f.properties).map((n) => [n, f.properties[n]])) }));
}

function collectionOrThrow(id: string): LayerDefinition {
  const layer = findLayer(id);
  if (!layer) throw notFound(`Unknown collection "${id}". Collections: ${layers.map((l) => l.id).join(', ')}`);
  return layer;
}

export function createOgcRouter(deps: AppDeps): Router {
  const ogc = Router();

  async function describeCollection(layer: LayerDefinition, base: string) {
    const stats = await deps.features.stats(layer);
    return {
      id: layer.id,
      title: layer.title.vi,
      description: `${layer.title.en}. ${layer.description.vi} / ${layer.description.en}`,
      itemType: 'feature',
      crs: [CRS84],
      extent: { spatial: { bbox: [stats.bbox ?? [102, 8, 110, 24]], crs: CRS84 } },
      links: [
        { href: `${base}/collections/${layer.id}`, rel: 'self', type: 'application/json', title: layer.title.vi },
        { href: `${base}/collections/${layer.id}/items`, rel: 'items', type: 'application/geo+json', title: layer.title.vi },
        { href: `${base}/collections/${layer.id}/queryables`, rel: QUERYABLES_REL, type: 'application/schema+json', title: `Queryables: ${layer.title.vi}` },
      ],
    };
  }

  ogc.get('/', (req, res) => {
    const base = baseUrl(req);
    res.json({
      title: 'EZ-GIS — Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn',
      description: 'OGC API – Features of the Đồng Đăng – Lạng Sơn border economic zone planning map',
      links: [
        { href: base, rel: 'self', type: 'application/json', title: 'This document' },
        { href: `${base}/api`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'OpenAPI 3.0 definition' },
        { href: `${base}/conformance`, rel: 'conformance', type: 'application/json', title: 'Conformance classes' },
        { href: `${base}/collections`, rel: 'data', type: 'application/json', title: 'Collections' },
      ],
    });
  });

  ogc.get('/conformance', (_req, res) => {
    res.json({
      conformsTo: [
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
      ],
    });
  });

  ogc.get('/api', (req, res) => {
    res.type(OPENAPI_TYPE).send(JSON.stringify(openApiDocument(layers.filter((l) => l.public), baseUrl(req))));
  });

  ogc.get('/collections', async (req, res) => {
    const base = baseUrl(req);
    const visible = layers.filter((l) => l.public);
    res.json({
      links: [{ href: `${base}/collections`, rel: 'self', type: 'application/json' }],
      collections: await Promise.all(visible.map((l) => describeCollection(l, base))),
    });
  });

  ogc.get('/collections/:collectionId', async (req, res) => {
    res.json(await describeCollection(collectionOrThrow(req.params.collectionId), baseUrl(req)));
  });

  ogc.get('/collections/:collectionId/queryables', (req, res) => {
    res.type('application/schema+json').send(JSON.stringify(queryablesDocument(collectionOrThrow(req.params.collectionId), baseUrl(req))));
  });

  ogc.get('/collections/:collectionId/items', async (req, res) => {
    const layer = collectionOrThrow(req.params.collectionId);
    const query = req.query as Record<string, unknown>;
    const limit = parseIntegerParam(singleParam(query, 'limit'), 'limit', { min: 1, max: FEATURE_LIMIT_MAX, fallback: OGC_LIMIT_DEFAULT });
    const offset = parseIntegerParam(singleParam(query, 'offset'), 'offset', { min: 0, max: 10_000_000, fallback: 0 });
    const bbox = parseBBoxParam(singleParam(query, 'bbox'));
    const bboxCrs = singleParam(query, 'bbox-crs');
    if (bboxCrs !== undefined && bboxCrs !== CRS84) throw badRequest('bbox-crs', `only ${CRS84} is supported`);
    const format = singleParam(query, 'f');
    if (format !== undefined && format !== 'json' && format !== 'geojson') throw badRequest('f', 'only json (GeoJSON) is offered');
    const datetime = singleParam(query, 'datetime');
    if (datetime !== undefined && !datetimePattern.test(datetime)) throw badRequest('datetime', 'expected an RFC 3339 date-time or an interval such as 2025-01-01/..');
    const selected = parseProperties(layer, query);
    const queryables = new Set(queryableNames(layer));

    const filters: Record<string, string> = {};
    const zoned = layer.id === zoneLayer.id;
    for (const key of Object.keys(query)) {
      if (reservedParams.has(key) || (zoned && zoneParams.has(key))) continue;
      if (!queryables.has(key)) {
        throw badRequest(key, `unknown parameter; filterable properties of ${layer.id}: ${[...queryables].join(', ')}`);
      }
      filters[key] = singleParam(query, key) as string;
    }

    const audience = audienceOf((await requestSession(deps, req, res)).user);
    res.vary('Cookie');
    // Filters the store applies besides the caller's: which revision's zones.
    const scope: Record<string, string> = {};
    if (zoned) {
      // A revisionId property filter is a revision request like any other: the same visibility rule.
      const revision = singleParam(query, 'revision') ?? filters.revisionId;
      delete filters.revisionId;
      const revisionId = await resolveZoneRevision(deps, { revision, datetime }, audience);
      if (revisionId !== null) scope.revisionId = revisionId;
    }
    let page: FeaturePage;
    if (layerIsRedactedFor(layer, audience) && Object.keys(filters).length > 0) {
      // A filter must not find features by what redaction hides (e.g. ?zoneCode= on defence land):
      // filter on the redacted properties only (so the public name of defence land finds it), and
      // page in memory.
      const all = await deps.features.query(layer, { bbox, limit: 1_000_000, offset: 0, filters: scope });
      const visible = redactFeatures(layer, all.features, audience).filter((f) => matchesFilters(f.properties, filters));
      page = { features: withDerived(deps, layer, visible.slice(offset, offset + limit)), numberMatched: visible.length };
    } else {
      const stored = await deps.features.query(layer, { bbox, limit, offset, filters: { ...filters, ...scope } });
      page = { features: withDerived(deps, layer, redactFeatures(layer, stored.features, audience)), numberMatched: stored.numberMatched };
    }
    const base = baseUrl(req);
    const itemsUrl = (newOffset: number) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (typeof value === 'string' && key !== 'offset') params.set(key, value);
      params.set('offset', String(newOffset));
      params.set('limit', String(limit));
      return `${base}/collections/${layer.id}/items?${params.toString()}`;
    };
    const links = [
      { href: itemsUrl(offset), rel: 'self', type: 'application/geo+json' },
      { href: `${base}/collections/${layer.id}`, rel: 'collection', type: 'application/json' },
    ];
    if (offset + page.features.length < page.numberMatched) links.push({ href: itemsUrl(offset + limit), rel: 'next', type: 'application/geo+json' });
    if (offset > 0) links.push({ href: itemsUrl(Math.max(0, offset - limit)), rel: 'prev', type: 'application/geo+json' });

    res.type('application/geo+json').send(
      JSON.stringify({
        type: 'FeatureCollection',
        features: selectProperties(page.features, selected),
        numberMatched: page.numberMatched,
        numberReturned: page.features.length,
        timeStamp: new Date().toISOString(),
        links,
      }),
    );
  });

  ogc.get('/collections/:collectionId/items/:featureId', async (req, res) => {
    const layer = collectionOrThrow(req.params.collectionId);
    const selected = parseProperties(layer, req.query as Record<string, unknown>);
    const stored = await deps.features.get(layer, req.params.featureId);
    if (!stored) throw notFound(`No feature "${req.params.featureId}" in ${layer.id}`);
    const audience = audienceOf((await requestSession(deps, req, res)).user);
    if (layer.id === zoneLayer.id && audience === 'public') {
      // Zones of revisions not yet approved do not exist for the public.
      const revision = await findRevision(deps.database.db, String(stored.properties.revisionId));
      if (revision && !revisionVisibleTo(revision, audience)) throw notFound(`No feature "${req.params.featureId}" in ${layer.id}`);
    }
    const [feature] = selectProperties(withDerived(deps, layer, [redactFeature(layer, stored, audience)]), selected);
    if (!feature) throw notFound(`No feature "${req.params.featureId}" in ${layer.id}`);
    res.vary('Cookie');
    const base = baseUrl(req);
    res.type('application/geo+json').send(
      JSON.stringify({
        ...feature,
        links: [
          { href: `${base}/collections/${layer.id}/items/${encodeURIComponent(feature.id)}`, rel: 'self', type: 'application/geo+json' },
          { href: `${base}/collections/${layer.id}`, rel: 'collection', type: 'application/json' },
        ],
      }),
    );
  });

  return ogc;
}
