/**
 * Staged imports: preview, commit into the target (one audited transaction), discard, list.
 * Who sees an import: its uploader, and Board staff (admin, planner, officer) any. Who commits:
 * the target's roles (import-targets.ts); a commune account only clearance boundaries lying inside
 * its own commune. A commit re-runs the pipeline on the stored raw coordinates with the CRS and
 * axis order the user confirmed, so the preview's guess never decides what is stored.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import * as turf from '@turf/turf';
import { positionsOf } from '../../shared/geo/transform-geometry.ts';
import type { Kysely } from 'kysely';
import { ZodError } from 'zod';
import type { Context } from '../trpc/context.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import type { ImportCommitAnswer, ImportCommitInput, ImportPreview, ImportSummary } from '../../shared/schemas/imports.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { refuse } from '../trpc/errors.ts';
import { now } from '../app-deps.ts';
import { withAudit } from '../audit/with-audit.ts';
import { staffRoles } from '../../shared/domain/roles.ts';
import { findLayer, type LayerDefinition } from '../../shared/layers/registry.ts';
import type { StoredFeature } from '../geo-store/feature-store.ts';
import { areaHectares, areaSquareMeters } from '../../shared/geo/area-square-meters.ts';
import { bboxIntersects, geometryBBox } from '../../shared/geo/bbox.ts';
import { maxMetresOutside } from '../../shared/geo/max-metres-outside.ts';
import { landUseClasses } from '../../shared/domain/land-use.ts';
import { parks, lotStatusCodes } from '../../shared/domain/land-lots.ts';
import { clearanceStageCodes } from '../../shared/domain/clearance-stage.ts';
import { projectKinds, projectStatusCodes } from '../../shared/domain/project-status.ts';
import type { CommuneProperties } from '../../shared/schemas/layer-properties.ts';
import { COMMUNE_TOLERANCE_METRES } from '../features/clearance/clearance.service.ts';
import { recomputeAffectedParcels } from '../features/clearance/affected-parcels.ts';
import { findRevision, insertRevision, insertStageStep, listPlanRows, listRevisionRows } from '../features/plans/plans.repository.ts';
import { closeImport, findImport, listImportFeatures, listImportRows, toSummary, type StoredImport } from './imports.repository.ts';
import { runImportPipeline, type AttributeValue, type StagedFeature } from './import-pipeline.ts';
import { importTargetRules, mayImportInto } from './import-targets.ts';
import { suggestMapping, foldAttributeName } from './attribute-mapping.ts';
import { importLimitsOf } from './imports-upload.ts';
import { ImportRefused } from './readers/reader-types.ts';

export type ImportsContext = Context & { user: SessionUser; communeCode: string | null; procedure?: string };

const isStaff = (user: SessionUser): boolean => staffRoles.includes(user.role);

/** The import, when the caller may see it: NOT_FOUND when there is none, FORBIDDEN when it is someone else's. */
async function visibleImport(ctx: ImportsContext, importId: string): Promise<StoredImport> {
  const stored = await findImport(ctx.deps.database.db, importId);
  if (!stored) throw refuse('NOT_FOUND', `Không có lượt nhập "${importId}" / No import "${importId}"`, 'importId');
  if (stored.createdBy !== ctx.user.id && !isStaff(ctx.user)) {
    throw refuse('FORBIDDEN', 'Lượt nhập này của tài khoản khác / This import belongs to another account', 'importId');
  }
  return stored;
}

function refuseUnlessStaged(stored: StoredImport): void {
  if (stored.status !== 'staged') {
    const vi = stored.status === 'committed' ? 'đã được ghi' : 'đã bị hủy';
    throw refuse('CONFLICT', `Lượt nhập ${vi} / This import was already ${stored.status}`, 'importId');
  }
}

export async function previewImport(ctx: ImportsContext, importId: string): Promise<ImportPreview> {
  const stored = await visibleImport(ctx, importId);
  const features = await listImportFeatures(ctx.deps.database.db, importId);
  return {
    importId: stored.id,
    format: stored.format,
    target: stored.target,
    featureCount: stored.featureCount,
    crs: stored.crs,
    errors: stored.errors,
    warnings: stored.warnings,
    fileName: stored.fileName,
    attributeNames: stored.attributeNames,
    suggestedMapping: suggestMapping(importTargetRules[stored.target].fields, stored.attributeNames),
    features: features.map((f) => ({
      type: 'Feature',
      // A rejected feature without a usable geometry is still listed (with its issue); the map skips it.
      geometry: (f.geometry ?? null) as Geometry,
      properties: { index: f.index, attributes: f.attributes, rejected: f.rejected },
    })),
    createdAt: stored.createdAt,
    status: stored.status,
  };
}

export async function listImports(ctx: ImportsContext): Promise<ImportSummary[]> {
  return (await listImportRows(ctx.deps.database.db, isStaff(ctx.user) ? null : ctx.user.id, 100)).map(toSummary);
}

export async function discardImport(ctx: ImportsContext, importId: string): Promise<{ importId: string; status: 'discarded' }> {
  const stored = await visibleImport(ctx, importId);
  refuseUnlessStaged(stored);
  const at = now(ctx.deps).toISOString();
  return withAudit(ctx, { entityType: 'import', entityId: importId }, async (trx) => {
    if (!(await closeImport(trx, importId, 'discarded', at, null))) refuseUnlessStaged({ ...stored, status: 'committed' });
    return { before: { status: 'staged' }, after: { status: 'discarded', fileName: stored.fileName }, result: { importId, status: 'discarded' as const } };
  });
}

// ——— commit ———

interface CommuneArea {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

async function communeAreas(ctx: ImportsContext): Promise<CommuneArea[]> {
  const layer = findLayer('communes') as LayerDefinition;
  return (await ctx.deps.features.query(layer, { limit: 1000, offset: 0 })).features.map((f) => ({
    code: (f.properties as CommuneProperties).code,
    name: (f.properties as CommuneProperties).name,
    geometry: f.geometry as Polygon | MultiPolygon,
  }));
}

/** The commune a geometry lies inside (within the clearance tolerance), if any. */
function communeContaining(geometry: Geometry, communes: readonly CommuneArea[]): CommuneArea | undefined {
  const box = geometryBBox(geometry);
  const shape = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? geometry : null;
  return communes.find((c) => {
    if (!bboxIntersects(box, geometryBBox(c.geometry))) return false;
    if (shape) return maxMetresOutside(shape, c.geometry) <= COMMUNE_TOLERANCE_METRES;
    // Points and lines: every vertex inside the commune.
    return positionsOf(geometry).every((p) => turf.booleanPointInPolygon([p[0] as number, p[1] as number], c.geometry));
  });
}

type Attributes = Record<string, AttributeValue>;

/** The mapped attribute's value (trimmed text, or the number/boolean), undefined when unmapped or empty. */
function mapped(attributes: Attributes, mapping: Record<string, string>, field: string): string | number | boolean | undefined {
  const attribute = mapping[field];
  if (attribute === undefined) return undefined;
  const value = attributes[attribute];
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return value;
}

function mappedText(attributes: Attributes, mapping: Record<string, string>, field: string): string | undefined {
  const value = mapped(attributes, mapping, field);
  return value === undefined ? undefined : String(value);
}

function mappedNumber(attributes: Attributes, mapping: Record<string, string>, field: string, where: string): number | undefined {
  const value = mapped(attributes, mapping, field);
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  if (!Number.isFinite(number)) throw refuse('BAD_REQUEST', `mapping.${field}: ${where}: "${String(value)}" không phải số / is not a number`, `mapping.${field}`);
  return number;
}

/** A code from a list, matched by code or Vietnamese/English name without tone marks. */
function mappedCode<T extends string>(
  attributes: Attributes,
  mapping: Record<string, string>,
  field: string,
  where: string,
  choices: readonly { code: T; vi?: string; en?: string }[],
): T | undefined {
  const value = mappedText(attributes, mapping, field);
  if (value === undefined) return undefined;
  const folded = foldAttributeName(value);
  const found = choices.find((c) => foldAttributeName(c.code) === folded || (c.vi !== undefined && foldAttributeName(c.vi) === folded) || (c.en !== undefined && foldAttributeName(c.en) === folded));
  if (!found) throw refuse('BAD_REQUEST', `mapping.${field}: ${where}: "${value}" không phải giá trị hợp lệ / is not a known value (${choices.slice(0, 6).map((c) => c.code).join(', ')}…)`, `mapping.${field}`);
  return found.code;
}

function required<T>(value: T | undefined, field: string, where: string): T {
  if (value === undefined) throw refuse('BAD_REQUEST', `mapping.${field}: ${where}: thiếu giá trị, hãy ghép trường "${field}" với một thuộc tính của tệp / no value: map "${field}" onto an attribute of the file`, `mapping.${field}`);
  return value;
}

interface Built {
  layer: LayerDefinition;
  features: StoredFeature[];
  revisionId?: string;
}

const codes = <T extends string>(list: readonly T[]) => list.map((code) => ({ code }));

async function buildFeatures(
  ctx: ImportsContext,
  stored: StoredImport,
  accepted: StagedFeature[],
  input: ImportCommitInput,
  communes: readonly CommuneArea[],
  at: string,
  trx: Kysely<DatabaseSchema>,
): Promise<Built> {
  const { mapping } = input;
  const source = `Nhập từ tệp ${stored.fileName} (${ctx.user.username}, ${at.slice(0, 10)}) / Imported from ${stored.fileName}`;
  const serial = stored.id.replace(/^import-/, '');
  const communeName = (f: StagedFeature): string => mappedText(f.attributes, mapping, 'commune') ?? communeContaining(f.geometry!, communes)?.name ?? '';

  switch (stored.target) {
    case 'land-lots': {
      const layer = findLayer('land-lots') as LayerDefinition;
      return {
        layer,
        features: accepted.map((f) => {
          const code = required(mappedText(f.attributes, mapping, 'code'), 'code', f.where)
            .normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'D').toUpperCase().replace(/[\s_./]+/g, '-');
          const park = required(mappedCode(f.attributes, mapping, 'park', f.where, parks.map((p) => ({ code: p.id, vi: p.vi, en: p.en }))), 'park', f.where);
          const landUse = required(mappedCode(f.attributes, mapping, 'landUse', f.where, landUseClasses), 'landUse', f.where);
          const landUseClass = landUseClasses.find((c) => c.code === landUse) as { maxCoveragePercent?: number; maxFloorAreaRatio?: number };
          const areaM2 = Math.round(areaSquareMeters(f.geometry!) * 10) / 10;
          return {
            type: 'Feature',
            id: `lot-import-${serial}-${f.index + 1}`,
            geometry: f.geometry!,
            properties: {
              code,
              name: mappedText(f.attributes, mapping, 'name') ?? `Lô ${code}`,
              park,
              parkName: parks.find((p) => p.id === park)!.vi,
              commune: communeName(f),
              landUse,
              areaM2,
              areaHa: Math.round(areaM2 / 100) / 100,
              status: mappedCode(f.attributes, mapping, 'status', f.where, codes(lotStatusCodes)) ?? 'available',
              coveragePercentMax: mappedNumber(f.attributes, mapping, 'coveragePercentMax', f.where) ?? landUseClass.maxCoveragePercent ?? 60,
              floorAreaRatioMax: mappedNumber(f.attributes, mapping, 'floorAreaRatioMax', f.where) ?? landUseClass.maxFloorAreaRatio ?? 1,
              floorsMax: mappedNumber(f.attributes, mapping, 'floorsMax', f.where) ?? 1,
              setbackMetres: mappedNumber(f.attributes, mapping, 'setbackMetres', f.where) ?? 0,
              readinessRoad: 'planned',
              readinessPower: 'planned',
              readinessWater: 'planned',
              readinessDrainage: 'planned',
              readinessTelecom: 'planned',
              leaseTermYears: mappedNumber(f.attributes, mapping, 'leaseTermYears', f.where) ?? 50,
              clearance: 'not-started',
              plan: `Nhập từ tệp ${stored.fileName}`,
              planDecision: null,
              contact: 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn',
              source,
              illustrative: false,
            },
          };
        }),
      };
    }
    case 'projects': {
      const layer = findLayer('projects') as LayerDefinition;
      return {
        layer,
        features: accepted.map((f) => {
          const name = mappedText(f.attributes, mapping, 'name') ?? f.where;
          const capital = mappedNumber(f.attributes, mapping, 'capitalBillionVnd', f.where);
          const optional = Object.fromEntries(
            (['investor', 'startDate', 'plannedEndDate', 'note'] as const).map((field) => [field, mappedText(f.attributes, mapping, field)]).filter(([, v]) => v !== undefined),
          );
          return {
            type: 'Feature',
            id: `project-import-${serial}-${f.index + 1}`,
            geometry: f.geometry!,
            properties: {
              name,
              nameEn: mappedText(f.attributes, mapping, 'nameEn') ?? name,
              kind: mappedCode(f.attributes, mapping, 'kind', f.where, projectKinds) ?? 'public',
              sector: mappedText(f.attributes, mapping, 'sector') ?? 'Khác / Other',
              status: mappedCode(f.attributes, mapping, 'status', f.where, codes(projectStatusCodes)) ?? 'preparing',
              decisions: [],
              commune: communeName(f),
              ...optional,
              ...(capital !== undefined ? { capitalBillionVnd: capital } : {}),
              source,
              illustrative: false,
            },
          };
        }),
      };
    }
    case 'clearance-boundaries': {
      const layer = findLayer('clearance-boundaries') as LayerDefinition;
      const projectLayer = findLayer('projects') as LayerDefinition;
      const features: StoredFeature[] = [];
      for (const f of accepted) {
        const commune = communeContaining(f.geometry!, communes);
        if (ctx.communeCode !== null && commune?.code !== ctx.communeCode) {
          throw refuse('FORBIDDEN', `${f.where}: ranh giới ra ngoài địa giới xã của bạn / the boundary leaves your commune`, 'importId');
        }
        if (!commune) throw refuse('BAD_REQUEST', `${f.where}: ranh giới không nằm trọn trong một xã, phường / the boundary does not lie within one commune`, 'importId');
        const projectId = required(mappedText(f.attributes, mapping, 'projectId'), 'projectId', f.where);
        if (!(await ctx.deps.features.get(projectLayer, projectId, trx))) {
          throw refuse('BAD_REQUEST', `mapping.projectId: ${f.where}: không có dự án "${projectId}" / no project "${projectId}"`, 'mapping.projectId');
        }
        const handover = mappedText(f.attributes, mapping, 'targetHandoverDate');
        features.push({
          type: 'Feature',
          id: `clearance-import-${serial}-${f.index + 1}`,
          geometry: f.geometry!,
          properties: {
            name: mappedText(f.attributes, mapping, 'name') ?? f.where,
            projectId,
            commune: commune.name,
            stage: mappedCode(f.attributes, mapping, 'stage', f.where, codes(clearanceStageCodes)) ?? 'notified',
            ...(handover !== undefined ? { targetHandoverDate: handover } : {}),
            areaHa: Math.round(areaHectares(f.geometry!) * 10_000) / 10_000,
            source,
            illustrative: false,
          },
        });
      }
      return { layer, features };
    }
    case 'plan-revision': {
      const layer = findLayer('planning-zones') as LayerDefinition;
      const planId = input.planId;
      if (!planId) throw refuse('BAD_REQUEST', 'planId: chọn quy hoạch để tạo phương án mới / choose the plan the new revision belongs to', 'planId');
      if (!(await listPlanRows(trx)).some((p) => p.id === planId)) throw refuse('BAD_REQUEST', `planId: không có quy hoạch "${planId}" / no plan "${planId}"`, 'planId');
      const revisions = await listRevisionRows(trx, planId);
      let revisionId = `${planId}-import-${serial}`;
      if (await findRevision(trx, revisionId)) revisionId = `${revisionId}-${Date.now()}`;
      const parent = [...revisions].reverse().find((r) => r.stage === 'approved' || r.stage === 'published') ?? revisions[revisions.length - 1] ?? null;
      const name = input.revisionName ?? `Phương án nhập từ ${stored.fileName}`;
      const features: StoredFeature[] = accepted.map((f, i) => {
        const zoneCode = mappedText(f.attributes, mapping, 'zoneCode') ?? `Z${i + 1}`;
        const optional = Object.fromEntries(
          (['coveragePercentMax', 'floorAreaRatioMax', 'floorsMax', 'horizonYear'] as const)
            .map((field) => [field, mappedNumber(f.attributes, mapping, field, f.where)])
            .filter(([, v]) => v !== undefined),
        );
        return {
          type: 'Feature',
          id: `${revisionId}-zone-${f.index + 1}`,
          geometry: f.geometry!,
          properties: {
            zoneCode,
            name: mappedText(f.attributes, mapping, 'name') ?? zoneCode,
            landUse: required(mappedCode(f.attributes, mapping, 'landUse', f.where, landUseClasses), 'landUse', f.where),
            planId,
            revisionId,
            commune: communeName(f),
            areaHa: Math.round(areaHectares(f.geometry!) * 10_000) / 10_000,
            ...optional,
            source,
            illustrative: false,
          },
        };
      });
      await insertRevision(
        trx,
        {
          id: revisionId,
          planId,
          kind: 'comprehensive-adjustment',
          stage: 'draft',
          name,
          nameEn: name,
          parentRevisionId: parent?.id ?? null,
          decisionNumber: null,
          decisionDate: null,
          taskDecisionNumber: null,
          taskDecisionDate: null,
          horizonYear: parent?.horizonYear ?? null,
          horizonYears: parent?.horizonYears ?? [],
          validFrom: null,
          validTo: null,
          adjustmentAreas: [],
          summary: `${features.length} ô đất nhập từ tệp ${stored.fileName} / ${features.length} zones imported from ${stored.fileName}`,
          source,
          illustrative: false,
        },
        at,
      );
      await insertStageStep(trx, { revisionId, fromStage: null, stage: 'draft', at, decisionNumber: null, decisionDate: null, actorId: ctx.user.id, actorUsername: ctx.user.username, note: `Nhập từ tệp ${stored.fileName} / Imported from ${stored.fileName}` });
      return { layer, features, revisionId };
    }
  }
}

/** Each feature's properties against the layer's schema: BAD_REQUEST naming the feature and field. */
function validateProperties(layer: LayerDefinition, features: readonly StoredFeature[], accepted: readonly StagedFeature[]): void {
  features.forEach((feature, i) => {
    const result = layer.schema.safeParse(feature.properties);
    if (!result.success) {
      const issue = (result.error as ZodError).issues[0];
      const field = issue?.path.join('.') ?? 'properties';
      throw refuse('BAD_REQUEST', `mapping.${field}: ${accepted[i]?.where ?? ''}: ${issue?.message ?? 'invalid'}`, `mapping.${field}`);
    }
  });
}

export async function commitImport(ctx: ImportsContext, input: ImportCommitInput): Promise<ImportCommitAnswer> {
  const stored = await visibleImport(ctx, input.importId);
  if (!mayImportInto(ctx.user.role, stored.target)) {
    throw refuse('FORBIDDEN', `Tài khoản của bạn không ghi được vào "${stored.target}" / Your account may not commit into "${stored.target}"`, 'importId');
  }
  if (ctx.user.role === 'commune' && stored.createdBy !== ctx.user.id) {
    throw refuse('FORBIDDEN', 'Lượt nhập này của tài khoản khác / This import belongs to another account', 'importId');
  }
  refuseUnlessStaged(stored);
  const db = ctx.deps.database.db;
  const staged = await listImportFeatures(db, stored.id);
  let rerun;
  try {
    rerun = runImportPipeline(
      {
        format: stored.format,
        declaredCrs: stored.declaredCrs,
        errors: [],
        warnings: [],
        features: staged.map((f) => ({ geometry: f.rawGeometry, properties: f.attributes, where: f.where })),
      },
      { target: stored.target, limits: importLimitsOf(ctx.deps), crs: input.crs, swappedAxes: input.swappedAxes },
    );
  } catch (error) {
    if (error instanceof ImportRefused) throw refuse('BAD_REQUEST', error.message, 'importId');
    throw error;
  }
  // Features the reader refused stay refused whatever the CRS.
  const readerRejected = new Set(stored.errors.filter((e) => e.feature !== undefined && ['not-a-feature', 'invalid-geometry'].includes(e.code)).map((e) => e.feature!));
  const accepted = rerun.features.filter((f) => !f.rejected && !readerRejected.has(f.index));
  if (accepted.length === 0) {
    throw refuse('BAD_REQUEST', `crs: không còn đối tượng hợp lệ với ${input.crs}${input.swappedAxes ? ' (đổi trục)' : ''} / no valid feature with ${input.crs}${input.swappedAxes ? ' (axes swapped)' : ''}`, 'crs');
  }
  const at = now(ctx.deps).toISOString();
  // Read before the transaction: on SQLite a read outside it would wait for it.
  const communes = await communeAreas(ctx);
  return withAudit(ctx, { entityType: 'import', entityId: stored.id }, async (trx) => {
    const built = await buildFeatures(ctx, stored, accepted, input, communes, at, trx);
    validateProperties(built.layer, built.features, accepted);
    await ctx.deps.features.insertMany(built.layer, built.features, trx);
    if (stored.target === 'clearance-boundaries') {
      for (const boundary of built.features) await recomputeAffectedParcels(trx, ctx.deps.features, boundary, at);
    }
    const answer: ImportCommitAnswer = {
      importId: stored.id,
      target: stored.target,
      committedCount: built.features.length,
      skippedCount: staged.length - built.features.length,
      ...(built.revisionId ? { revisionId: built.revisionId } : {}),
      featureIds: built.features.map((f) => f.id),
    };
    if (!(await closeImport(trx, stored.id, 'committed', at, answer))) refuseUnlessStaged({ ...stored, status: 'committed' });
    return {
      before: { status: 'staged' },
      after: { status: 'committed', fileName: stored.fileName, target: stored.target, crs: input.crs, swappedAxes: input.swappedAxes, mapping: input.mapping, committedCount: answer.committedCount, skippedCount: answer.skippedCount, revisionId: answer.revisionId ?? null },
      result: answer,
    };
  });
}

