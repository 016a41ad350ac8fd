/** The environment, parsed once with zod at start-up: a bad value stops the process with a clear message. */
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  /** SQLite file for the embedded database (default). */
  SQLITE_FILE: z.string().default('data/ezgis.sqlite'),
  /** postgres://… selects PostgreSQL + PostGIS instead of SQLite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  /**
   * Opt-in online basemap: an XYZ raster template containing {z}/{x}/{y} (e.g. OpenStreetMap tiles)
   * or a MapLibre style URL ending in .json. Unset: the offline basemap drawn from our own layers.
   */
  BASEMAP_URL: z.string().url().optional(),
  BASEMAP_ATTRIBUTION: z.string().optional(),
  /** Seed the demo data into an empty database at start (on by default). */
  SEED_DEMO: z.enum(['true', 'false']).default('true'),

  /** A session ends after this many minutes without a request (idle expiry). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(120),
  /** A session ends this many hours after login whatever happens (absolute expiry). */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /**
   * The first admin, created at start when the users table is empty (the production way to get
   * in; `node --import tsx server/auth/create-admin.ts <username>` is the other).
   */
  EZGIS_ADMIN_USERNAME: z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9._-]{1,38}[a-z0-9])$/, 'EZGIS_ADMIN_USERNAME: 3–40 characters a–z 0–9 . _ -').optional(),
  EZGIS_ADMIN_PASSWORD: z.string().min(10, 'EZGIS_ADMIN_PASSWORD must have at least 10 characters').optional(),
  /** Other origins (scheme://host[:port], comma-separated) allowed to call mutations, e.g. a separate admin front end. */
  ALLOWED_ORIGINS: z
    .string()
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'ALLOWED_ORIGINS: each entry must be scheme://host[:port] without a path')))
    .default([]),
  /** Per-process rate limits (requests per minute): anonymous reads per IP, login calls per IP, writes per user. */
  RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_LOGINS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Enquiries about lots one IP address may send per hour (counted in the database, shared by every process). */
  RATE_LIMIT_ENQUIRIES_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Imports (POST /api/imports): largest file accepted, most features per file, longest parse before the file is refused. */
  IMPORT_MAX_FILE_BYTES: z.coerce.number().int().min(1024).default(50 * 1024 * 1024),
  IMPORT_MAX_FEATURES: z.coerce.number().int().min(1).default(50_000),
  IMPORT_PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  /** Exports (GET /api/exports) written in a worker (shp.zip, gpkg, dxf): longest write before the request gets 503. */
  EXPORT_WRITE_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
}).refine((env) => (env.EZGIS_ADMIN_USERNAME === undefined) === (env.EZGIS_ADMIN_PASSWORD === undefined), {
  path: ['EZGIS_ADMIN_PASSWORD'],
  message: 'set EZGIS_ADMIN_USERNAME and EZGIS_ADMIN_PASSWORD together',
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return result.data;
}
