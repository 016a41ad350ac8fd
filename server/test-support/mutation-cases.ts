/**
 * One valid call of every mutation of the app router, and who may make it: the permission matrix
 * and the cross-site tests run every mutation from this table, and fail when a mutation of the
 * router is missing from it. Project inputs need the seeded layers (startTestApp's default).
 */
import { appRouter } from '../trpc/app-router.ts';
import { demoPassword } from '../auth/demo-accounts.ts';
import type { TestApp } from './test-app.ts';
import { findRevision } from '../features/plans/plans.repository.ts';

/** The demo local adjustment, sent back and forth between appraisal and drafting: a step that can repeat. */
const REVIEWED_REVISION = 'dd-ls-general-local-2025';

/** Any live comment (plans.comments.add runs first in the matrix); a made-up id where none exists yet (the call is refused before the service). */
async function someCommentId(app: TestApp): Promise<string> {
  const row = await app.deps.database.db.selectFrom('plan_comments').select('id').where('parent_id', 'is', null).where('deleted_at', 'is', null).orderBy('created_at').executeTakeFirst();
  return row?.id ?? 'no-comment-yet';
}
import { findLayer, type LayerDefinition } from '../../shared/layers/registry.ts';
import { insertEnquiry } from '../features/enquiries/enquiries.repository.ts';
import { insertImport } from '../imports/imports.repository.ts';
import { runImportPipeline } from '../imports/import-pipeline.ts';
import { defaultImportLimits } from '../imports/readers/import-limits.ts';
import type { RawDataset } from '../imports/readers/reader-types.ts';

export const actors = ['anonymous', 'xa-dong-dang', 'xa-hoang-van-thu', 'officer', 'planner', 'admin'] as const;
export type Actor = (typeof actors)[number];

/** Commune A's and commune B's demo accounts, as targets of account mutations. */
export const targets = ['xa-dong-dang', 'xa-hoang-van-thu'] as const;
export type Target = (typeof targets)[number];

export interface MutationCase {
  allowed: readonly Actor[];
  /** The mutation acts on another account: run it against commune A's and commune B's. */
  targeted: boolean;
  /** A valid input (undefined: the mutation takes none). Unique per call where it must be. */
  input(app: TestApp, target: Target): Promise<unknown>;
}

const everyone = actors;
const signedIn = actors.filter((a) => a !== 'anonymous');
let serial = 0;
let tradeSerial = 0;

export const mutationCases: Readonly<Record<string, MutationCase>> = {
  'auth.login': { allowed: everyone, targeted: false, input: async () => ({ username: 'officer', password: demoPassword('officer') }) },
  'auth.logout': { allowed: signedIn, targeted: false, input: async () => undefined },
  'auth.logoutEverywhere': { allowed: signedIn, targeted: false, input: async () => undefined },
  'users.create': {
    allowed: ['admin'],
    targeted: false,
    input: async () => ({ username: `matrix-${process.pid}-${(serial += 1)}`, displayName: 'Matrix test', role: 'officer', password: 'a-long-password' }),
  },
  'users.update': {
    allowed: ['admin'],
    targeted: true,
    input: async (app, target) => ({ id: (await app.user(target)).id, displayName: `Renamed ${(serial += 1)}` }),
  },
  'users.resetPassword': {
    allowed: ['admin'],
    targeted: true,
    // Reset to the demo password so that later logins still work.
    input: async (app, target) => ({ id: (await app.user(target)).id, password: demoPassword(target) }),
  },
  'projects.update': {
    allowed: ['officer', 'admin'],
    targeted: false,
    input: async () => ({ id: 'project-binh-nghi-office', progressPercent: (serial += 1) % 100, note: 'Matrix test update' }),
  },
  'reports.submit': {
    allowed: ['officer', 'admin'],
    targeted: false,
    // A resubmission replaces the month's report, so the same project and period serve every call.
    input: async () => ({ projectId: 'project-binh-nghi-office', period: '2025-09', progressPercent: (serial += 1) % 100, issues: 'Matrix test', proposals: '' }),
  },
  'trade.add': {
    allowed: ['officer', 'admin'],
    targeted: false,
    // A month of its own per call (a metric has one figure per period), long past (no future periods).
    input: async () => {
      tradeSerial += 1;
      const period = `${1900 + Math.floor(tradeSerial / 12)}-${String((tradeSerial % 12) + 1).padStart(2, '0')}`;
      return { metric: 'customs-turnover', periodFrom: period, periodTo: period, value: 1, printed: '1 triệu USD', source: 'Matrix test source' };
    },
  },
  'plans.advanceStage': {
    allowed: ['planner', 'admin'],
    targeted: false,
    input: async (app) => {
      const revision = await findRevision(app.deps.database.db, REVIEWED_REVISION);
      return { revisionId: REVIEWED_REVISION, toStage: revision?.stage === 'draft' ? 'appraisal' : 'draft', note: 'Matrix test step' };
    },
  },
  'plans.comments.add': {
    allowed: ['planner', 'officer'],
    targeted: false,
    input: async () => ({ revisionId: REVIEWED_REVISION, lon: 106.7, lat: 21.95, text: `Matrix test comment ${(serial += 1)}` }),
  },
  'plans.comments.reply': {
    allowed: ['planner', 'officer'],
    targeted: false,
    input: async (app) => ({ commentId: await someCommentId(app), text: `Matrix test reply ${(serial += 1)}` }),
  },
  'plans.comments.resolve': {
    allowed: ['planner', 'officer'],
    targeted: false,
    input: async (app) => ({ commentId: await someCommentId(app), resolved: (serial += 1) % 2 === 0 }),
  },
  'clearance.updateParcel': {
    // Board staff who may edit and commune A on its own parcel; commune B, the planner and anonymous are refused.
    allowed: ['xa-dong-dang', 'officer', 'admin'],
    targeted: false,
    input: async (app) => ({ ...(await dongDangClearanceParcel(app)), complaint: (serial += 1) % 2 === 0, note: `Matrix test ${serial}` }),
  },
  'clearance.updateBoundaryGeometry': {
    allowed: ['xa-dong-dang', 'officer', 'admin'],
    targeted: false,
    // The boundary's own geometry again: valid, inside xã Đồng Đăng, and every call may repeat it.
    input: async (app) => {
      const row = await app.deps.features.get(findLayer('clearance-boundaries') as LayerDefinition, 'clearance-huu-nghi-internal-road');
      const geometry = row?.geometry ?? { type: 'Polygon', coordinates: [[[106.706, 21.96], [106.707, 21.96], [106.707, 21.961], [106.706, 21.96]]] };
      return { boundaryId: 'clearance-huu-nghi-internal-road', geometry, note: `Matrix test ${(serial += 1)}` };
    },
  },  'enquiries.submit': {
    allowed: everyone,
    targeted: false,
    input: async () => ({ lotId: 'lot-hp-cn-01', name: 'Matrix Investor', organisation: 'Matrix Co.', contact: 'matrix@example.com', message: `Matrix test enquiry ${(serial += 1)} about this lot` }),
  },
  'imports.commit': {
    // Commune A's own staged import of a boundary inside its commune: commune A and the officers who
    // may write boundaries commit it; the planner (not a boundary target role) and commune B may not.
    allowed: ['xa-dong-dang', 'officer', 'admin'],
    targeted: false,
    input: async (app) => ({ importId: await matrixImport(app), crs: 'EPSG:4326', swappedAxes: false, mapping: { name: 'ten', projectId: 'du_an' } }),
  },
  'imports.discard': {
    // The uploader and any Board staff may discard; commune B may not.
    allowed: ['xa-dong-dang', 'officer', 'planner', 'admin'],
    targeted: false,
    input: async (app) => ({ importId: await matrixImport(app) }),
  },
  'enquiries.markHandled': {
    allowed: ['officer', 'admin'],
    targeted: false,
    // Marking again is allowed (it updates who handled it), so one enquiry serves every call.
    input: async (app) => ({ id: await matrixEnquiry(app), note: `Matrix test ${(serial += 1)}` }),
  },
};

/**
 * A parcel of xã Đồng Đăng (commune A) in the 1119–1120 cargo road boundary: commune B may not touch
 * it. Without seeded layers (cross-site tests, refused before anything runs) a placeholder.
 */
async function dongDangClearanceParcel(app: TestApp): Promise<{ boundaryId: string; parcelId: string }> {
  const row = await app.deps.database.db
    .selectFrom('clearance_parcels')
    .select(['boundary_id', 'parcel_id'])
    .where('boundary_id', '=', 'clearance-cargo-road-1119-1120')
    .where('commune_code', '=', '11.1806')
    .where('deleted_at', 'is', null)
    .orderBy('parcel_id')
    .executeTakeFirst();
  return { boundaryId: 'clearance-cargo-road-1119-1120', parcelId: row?.parcel_id ?? 'parcel-not-seeded' };
}

/** The enquiry the markHandled cases act on, created once without an audit row (test setup, not a mutation under test). */
async function matrixEnquiry(app: TestApp): Promise<string> {
  const id = 'enquiry-matrix';
  const db = app.deps.database.db;
  if (!(await db.selectFrom('enquiries').select('id').where('id', '=', id).executeTakeFirst())) {
    await insertEnquiry(db, { id, lot_id: 'lot-hp-cn-01', name: 'Matrix', organisation: '', contact: 'matrix@example.com', message: 'Matrix enquiry to handle', language: null, ip_digest: 'matrix', created_at: '2026-01-01T00:00:00.000Z', handled_at: null, handled_by_username: null, handled_note: null });
  }
  return id;
}

/**
 * A staged import of commune A (xã Đồng Đăng): one small boundary inside the commune, for the
 * cuts-road project. Reused while it stays staged (inputs are prepared twice for a refused call),
 * created without an audit row (test setup) once a call committed or discarded it. Without the
 * demo accounts (cross-site tests, refused before anything runs) a placeholder.
 */
async function matrixImport(app: TestApp): Promise<string> {
  const db = app.deps.database.db;
  const owner = await app.user('xa-dong-dang').catch(() => null);
  if (!owner) return 'import-not-staged';
  const existing = await db.selectFrom('imports').select('id').where('created_by', '=', owner.id).where('file_name', '=', 'matrix.geojson').where('status', '=', 'staged').executeTakeFirst();
  if (existing) return existing.id;
  const raw: RawDataset = {
    format: 'geojson',
    declaredCrs: null,
    errors: [],
    warnings: [],
    features: [{ geometry: { type: 'Polygon', coordinates: [[[106.706, 21.96], [106.7062, 21.96], [106.7062, 21.9602], [106.706, 21.9602], [106.706, 21.96]]] }, properties: { ten: `Matrix ${(serial += 1)}`, du_an: 'project-cargo-road-1119-1120' }, where: 'feature 1' }],
  };
  const parsed = runImportPipeline(raw, { target: 'clearance-boundaries', limits: defaultImportLimits });
  const id = `import-matrix-${process.pid}-${(serial += 1)}`;
  await insertImport(db, {
    id, createdBy: owner.id, createdByUsername: owner.username, communeCode: owner.communeCode, target: 'clearance-boundaries', format: 'geojson', fileName: 'matrix.geojson',
    crs: parsed.crs, declaredCrs: null, featureCount: 1, errors: parsed.errors, warnings: parsed.warnings, attributeNames: parsed.attributeNames, createdAt: new Date().toISOString(), features: parsed.features,
  });
  return id;
}

/** Paths of every mutation of the app router. */
export function routerMutations(): string[] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
    .filter(([, procedure]) => procedure._def.type === 'mutation')
    .map(([path]) => path)
    .sort();
}

/** Calls a procedure of a caller by its dotted path. */
export function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  return procedure(input);
}
