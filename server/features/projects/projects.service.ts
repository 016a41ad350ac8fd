/**
 * Investment projects: lists, detail and dashboard with status and overdue derived for a day
 * (shared/domain/project-timing.ts), and officers' updates kept as history. Projects are features of
 * the `projects` layer; their properties change only through FeatureStore.updateProperties.
 */
import type { Geometry } from 'geojson';
import { geometryBBox, type BBox } from '../../../shared/geo/bbox.ts';
import { formatChainage } from '../../../shared/geo/format-chainage.ts';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { projectKinds, projectStatuses, type ProjectStatus } from '../../../shared/domain/project-status.ts';
import { projectTiming, vietnamDate, type OverdueReason } from '../../../shared/domain/project-timing.ts';
import { projectProperties, type ProjectProperties } from '../../../shared/schemas/layer-properties.ts';
import type { ListProjectsInput, UpdateProjectInput } from '../../../shared/schemas/projects.ts';
import { now, type AppDeps } from '../../app-deps.ts';
import { withAudit, type AuditContext } from '../../audit/with-audit.ts';
import type { FeatureStore, StoredFeature } from '../../geo-store/feature-store.ts';
import { refuse } from '../../trpc/errors.ts';
import type { Audience } from '../layers/redact.ts';
import { activeReportsOfProject, type ProjectReport } from '../reports/reports.repository.ts';
import { insertProjectHistory, listProjectHistory, type ProjectHistoryEntry } from './projects.repository.ts';

const projectLayer = findLayer('projects') as LayerDefinition;

export interface ProjectDates {
  startDate: string | null;
  plannedEndDate: string | null;
  finalAccountsDeadline: string | null;
  actualStartDate: string | null;
  actualEndDate: string | null;
  finalAccountsDate: string | null;
}

export interface ProjectListItem {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  sector: string;
  investor: string | null;
  responsibleUnit: string | null;
  /** Derived for `asOf`: what the map, lists and dashboard show. */
  status: ProjectStatus;
  /** As last recorded by an officer (or the seed). */
  storedStatus: ProjectStatus;
  overdue: boolean;
  overdueReasons: OverdueReason[];
  progressPercent: number | null;
  dates: ProjectDates;
  capitalBillionVnd: number | null;
  capitalSource: string | null;
  commune: string;
  gate: string | null;
  illustrative: boolean;
  bbox: BBox;
}

export interface ProjectDetail extends ProjectListItem {
  asOf: string;
  decisions: string[];
  note: string | null;
  source: string;
  geometry: Geometry;
  /** For road works given by chainage: the road and the stretch (chainage.segment gives its line). */
  chainage: { roadId: string; fromMeters: number; toMeters: number; from: string; to: string; lengthMeters: number } | null;
  /** Board staff only (null for others): who changed status and progress, when and why. */
  history: ProjectHistoryEntry[] | null;
  /** Board staff only (null for others): the project's monthly reports, newest month first. */
  reports: ProjectReport[] | null;
}

/** Today in Vietnam unless the caller asks about another day. */
export function asOfDay(deps: Pick<AppDeps, 'clock'>, asOf: string | undefined): string {
  return asOf ?? vietnamDate(now(deps));
}

function listItem(feature: StoredFeature, asOf: string): ProjectListItem {
  const p = feature.properties as ProjectProperties;
  const timing = projectTiming(p, asOf);
  return {
    id: feature.id,
    name: p.name,
    nameEn: p.nameEn,
    kind: p.kind,
    sector: p.sector,
    investor: p.investor ?? null,
    responsibleUnit: p.responsibleUnit ?? null,
    status: timing.displayStatus,
    storedStatus: p.status,
    overdue: timing.overdue,
    overdueReasons: timing.overdueReasons,
    progressPercent: p.progressPercent ?? null,
    dates: {
      startDate: p.startDate ?? null,
      plannedEndDate: p.plannedEndDate ?? null,
      finalAccountsDeadline: p.finalAccountsDeadline ?? null,
      actualStartDate: p.actualStartDate ?? null,
      actualEndDate: p.actualEndDate ?? null,
      finalAccountsDate: p.finalAccountsDate ?? null,
    },
    capitalBillionVnd: p.capitalBillionVnd ?? null,
    capitalSource: p.capitalSource ?? null,
    commune: p.commune,
    gate: p.gate ?? null,
    illustrative: p.illustrative,
    bbox: geometryBBox(feature.geometry),
  };
}

async function allProjects(store: FeatureStore): Promise<StoredFeature[]> {
  return (await store.query(projectLayer, { limit: 10_000, offset: 0 })).features;
}

/** Every project with its derived status, filtered; by name. Project fields are public (DESIGN §6). */
export async function listProjects(store: FeatureStore, asOf: string, filters: NonNullable<ListProjectsInput>): Promise<ProjectListItem[]> {
  return (await allProjects(store))
    .map((feature) => listItem(feature, asOf))
    .filter((p) => (filters.status ? p.status === filters.status : true))
    .filter((p) => (filters.kind ? p.kind === filters.kind : true))
    .filter((p) => (filters.overdueOnly ? p.overdue : true))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export async function getProject(deps: Pick<AppDeps, 'features' | 'database'>, id: string, asOf: string, audience: Audience): Promise<ProjectDetail> {
  const feature = await deps.features.get(projectLayer, id);
  if (!feature) throw refuse('NOT_FOUND', `Không có dự án ${id} / no project ${id}`, 'id');
  const p = feature.properties as ProjectProperties;
  return {
    ...listItem(feature, asOf),
    asOf,
    decisions: p.decisions,
    note: p.note ?? null,
    source: p.source,
    geometry: feature.geometry,
    chainage:
      p.roadId !== undefined && p.chainageFromMeters !== undefined && p.chainageToMeters !== undefined
        ? {
            roadId: p.roadId,
            fromMeters: p.chainageFromMeters,
            toMeters: p.chainageToMeters,
            from: formatChainage(p.chainageFromMeters),
            to: formatChainage(p.chainageToMeters),
            lengthMeters: Math.round((p.chainageToMeters - p.chainageFromMeters) * 100) / 100,
          }
        : null,
    history: audience === 'staff' ? await listProjectHistory(deps.database.db, id) : null,
    reports: audience === 'staff' ? await activeReportsOfProject(deps.database.db, id) : null,
  };
}

export interface ProjectsDashboard {
  asOf: string;
  total: number;
  byStatus: { status: ProjectStatus; count: number; capitalBillionVnd: number; withoutCapital: number }[];
  byKind: { kind: string; count: number }[];
  /** Sum over the projects whose capital the sources give; the others are counted, never guessed. */
  capitalBillionVnd: number;
  projectsWithCapital: number;
  projectsWithoutCapital: number;
  overdue: Pick<ProjectListItem, 'id' | 'name' | 'nameEn' | 'kind' | 'status' | 'overdueReasons' | 'dates' | 'responsibleUnit'>[];
}

export async function projectsDashboard(store: FeatureStore, asOf: string): Promise<ProjectsDashboard> {
  const projects = await listProjects(store, asOf, {});
  const withCapital = projects.filter((p) => p.capitalBillionVnd !== null);
  const sum = (items: readonly ProjectListItem[]) => Math.round(items.reduce((total, p) => total + (p.capitalBillionVnd ?? 0), 0) * 1000) / 1000;
  return {
    asOf,
    total: projects.length,
    byStatus: projectStatuses.map(({ code }) => {
      const inStatus = projects.filter((p) => p.status === code);
      return { status: code, count: inStatus.length, capitalBillionVnd: sum(inStatus), withoutCapital: inStatus.filter((p) => p.capitalBillionVnd === null).length };
    }),
    byKind: projectKinds.map(({ code }) => ({ kind: code, count: projects.filter((p) => p.kind === code).length })),
    capitalBillionVnd: sum(withCapital),
    projectsWithCapital: withCapital.length,
    projectsWithoutCapital: projects.length - withCapital.length,
    overdue: projects
      .filter((p) => p.overdue)
      .map(({ id, name, nameEn, kind, status, overdueReasons, dates, responsibleUnit }) => ({ id, name, nameEn, kind, status, overdueReasons, dates, responsibleUnit })),
  };
}

const changeableFields = ['status', 'progressPercent', 'actualStartDate', 'actualEndDate', 'finalAccountsDate'] as const;

type ProjectContext = AuditContext & { deps: Pick<AppDeps, 'database' | 'clock' | 'features'> };

/** Officers record status, progress and milestones; one history row and one audit row, in one transaction. */
export async function updateProject(ctx: ProjectContext, input: UpdateProjectInput): Promise<ProjectDetail> {
  const today = vietnamDate(now(ctx.deps));
  for (const field of ['actualStartDate', 'actualEndDate', 'finalAccountsDate'] as const) {
    const value = input[field];
    if (value && value > today) throw refuse('BAD_REQUEST', `${field}: ngày thực tế không thể ở tương lai / an actual date cannot be in the future`, field);
  }
  await withAudit(ctx, { entityType: 'project', entityId: input.id }, async (trx) => {
    const feature = await ctx.deps.features.get(projectLayer, input.id, trx);
    if (!feature) throw refuse('NOT_FOUND', `Không có dự án ${input.id} / no project ${input.id}`, 'id');
    const before = feature.properties as ProjectProperties;
    const after: Record<string, unknown> = { ...before };
    const changes: ProjectHistoryEntry['changes'] = {};
    for (const field of changeableFields) {
      const value = input[field];
      if (value === undefined) continue;
      if (value === null) delete after[field];
      else after[field] = value;
      if ((before[field] ?? null) !== (value ?? null)) changes[field] = { from: before[field] ?? null, to: value ?? null };
    }
    const start = after.actualStartDate as string | undefined;
    const end = after.actualEndDate as string | undefined;
    if (start && end && end < start) throw refuse('BAD_REQUEST', 'actualEndDate: ngày hoàn thành trước ngày khởi công / completion before the start', 'actualEndDate');
    const parsed = projectProperties.safeParse(after);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw refuse('BAD_REQUEST', `${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`, issue?.path.join('.'));
    }
    await ctx.deps.features.updateProperties(projectLayer, input.id, parsed.data, trx);
    await insertProjectHistory(trx, {
      projectId: input.id,
      at: now(ctx.deps).toISOString(),
      actorId: ctx.user?.id ?? null,
      actorUsername: ctx.user?.username ?? null,
      status: parsed.data.status,
      progressPercent: parsed.data.progressPercent ?? null,
      changes,
      note: input.note,
    });
    const audited = (properties: Record<string, unknown>) => Object.fromEntries(changeableFields.map((f) => [f, properties[f] ?? null]));
    return { before: audited(before), after: { ...audited(parsed.data), note: input.note }, result: null };
  });
  return getProject(ctx.deps, input.id, today, 'staff');
}
