/**
 * createApp(deps): the Express app — /api/health, /trpc, /tiles, /ogc, the audit CSV export, the
 * offline basemap and the built client, behind security headers and rate limits. No state that
 * matters lives here (sessions, throttling and audit are in the database): any number of
 * processes can serve it; only the per-minute rate-limit counters are per process.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import compression from 'compression';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import type { AppDeps } from './app-deps.ts';
import { appRouter } from './trpc/app-router.ts';
import { createContextFactory } from './trpc/context.ts';
import { createOgcRouter } from './ogc/ogc-router.ts';
import { createTilesRouter } from './tiles/tiles-router.ts';
import { errorHandler, notFound, notFoundHandler } from './http/http-error.ts';
import { geodataDirectory } from './db/seed.ts';
import { securityHeaders } from './http/security-headers.ts';
import { rateLimits } from './http/rate-limit.ts';
import { batchSizeGuard, crossSiteGuard, jsonBodyGuard, MAX_BATCH, queryInputGuard } from './http/trpc-guards.ts';
import { auditCsvHandler } from './features/audit/audit-csv.ts';
import { monthlyCsvHandler } from './features/reports/monthly-csv.ts';
import { balanceCsvHandler } from './features/plans/balance-csv.ts';
import { clearanceExportHandler } from './features/clearance/clearance-export.ts';
import { lotsCsvHandler, lotsGeoJsonHandler } from './features/lots/lots-export.ts';
import { RetryAfterCause } from './trpc/errors.ts';
import { importUploadHandlers } from './imports/imports-upload.ts';

export interface AppOptions {
  /** The built client (vite build output); served when it exists. */
  clientDirectory?: string;
}

export const defaultClientDirectory = path.resolve(import.meta.dirname, '../dist/client');

/** Offline basemap files, served by name from geodata/basemap/. */
const basemapFiles = new Set(['vietnam-land.geojson', 'langson-province.geojson']);

export function createApp(deps: AppDeps, options: AppOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders(deps.env));
  // GeoJSON compresses about 4:1: the commune outlines alone are 4 MB uncompressed.
  app.use(compression());

  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok', db: deps.database.engine, version: deps.version });
  });

  // Cross-site mutations are refused before anything reads their cookie, body or the database.
  app.use('/trpc', crossSiteGuard(deps.env.ALLOWED_ORIGINS));
  // Everything below /api/health is rate-limited (health checks from a load balancer are not).
  app.use(['/trpc', '/tiles', '/ogc', '/api'], rateLimits(deps));

  app.get('/api/audit.csv', auditCsvHandler(deps));
  app.get('/api/reports/monthly.csv', monthlyCsvHandler(deps));
  app.get('/api/plans/balance.csv', balanceCsvHandler(deps));
  app.get('/api/clearance/boundaries/:boundaryId/:file', clearanceExportHandler(deps));
  app.get('/api/lots.csv', lotsCsvHandler(deps));
  app.get('/api/lots.geojson', lotsGeoJsonHandler(deps));
  // The import door: multipart upload, parsed in a worker, staged until imports.commit.
  app.post('/api/imports', ...importUploadHandlers(deps));

  app.get('/api/basemap/:file', (req, res, next) => {
    if (!basemapFiles.has(req.params.file)) {
      next(notFound(`No basemap file "${req.params.file}"`));
      return;
    }
    res.set('Cache-Control', 'public, max-age=86400');
    res.type('application/geo+json').sendFile(path.join(geodataDirectory, 'basemap', req.params.file));
  });

  app.use(
    '/trpc',
    // Order matters: the body is read only within the size limit, and parsed only after the depth check.
    batchSizeGuard,
    queryInputGuard,
    ...jsonBodyGuard,
    createExpressMiddleware({
      router: appRouter,
      createContext: createContextFactory(deps),
      maxBatchSize: MAX_BATCH,
      responseMeta({ errors }) {
        const waits = errors.map((e) => (e.cause instanceof RetryAfterCause ? e.cause.seconds : 0));
        const wait = Math.max(0, ...waits);
        return wait > 0 ? { headers: { 'Retry-After': String(wait) } } : {};
      },
      onError({ error }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(error);
      },
    }),
  );
  app.use('/tiles', createTilesRouter(deps));
  app.use('/ogc', createOgcRouter(deps));
  app.use('/api', notFoundHandler);

  const clientDirectory = options.clientDirectory ?? defaultClientDirectory;
  if (fs.existsSync(path.join(clientDirectory, 'index.html'))) {
    app.use(express.static(clientDirectory, { index: false, maxAge: '1h' }));
    // SPA fallback for client routes only: a missing asset (a path with an extension) stays a 404.
    app.get('/{*splat}', (req, res, next) => {
      if (path.extname(req.path) !== '') {
        next();
        return;
      }
      res.set('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDirectory, 'index.html'));
    });
  }

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
