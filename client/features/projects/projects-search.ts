/**
 * The projects page's query string: the day to look as of (`ngay=YYYY-MM-DD`, Vietnam calendar
 * days), the list's filters and its sort. Only what differs from the defaults is written, so the
 * plain `/du-an` link means "today, everything, by name". Pure.
 */
import { isoDateSchema } from '../../../shared/schemas/projects.ts';
import { vietnamDate } from '../../../shared/domain/project-timing.ts';
import { projectKinds, projectStatusCodes, type ProjectKind, type ProjectStatus } from '../../../shared/domain/project-status.ts';

export const projectSorts = ['name', 'status', 'deadline'] as const;
export type ProjectSort = (typeof projectSorts)[number];

export interface ProjectListFilters {
  status: ProjectStatus | '';
  kind: ProjectKind | '';
  overdueOnly: boolean;
  sort: ProjectSort;
}

export interface ProjectsPageSearch extends ProjectListFilters {
  /** YYYY-MM-DD, or undefined for today in Vietnam. */
  asOf: string | undefined;
}

export const defaultProjectListFilters: ProjectListFilters = { status: '', kind: '', overdueOnly: false, sort: 'name' };

/** A calendar day the server accepts, or undefined. */
export function parseDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return isoDateSchema.safeParse(value.trim()).success ? value.trim() : undefined;
}

/** Today in Vietnam (Asia/Ho_Chi_Minh), whatever the browser's zone. */
export function vietnamToday(now: Date): string {
  return vietnamDate(now);
}

function isStatus(value: string | null): value is ProjectStatus {
  return value !== null && (projectStatusCodes as readonly string[]).includes(value);
}

function isKind(value: string | null): value is ProjectKind {
  return value !== null && projectKinds.some((kind) => kind.code === value);
}

function isSort(value: string | null): value is ProjectSort {
  return value !== null && (projectSorts as readonly string[]).includes(value);
}

export function parseProjectsSearch(search: string): ProjectsPageSearch {
  const params = new URLSearchParams(search);
  const status = params.get('trang-thai');
  const kind = params.get('loai');
  const sort = params.get('sap-xep');
  return {
    asOf: parseDay(params.get('ngay')),
    status: isStatus(status) ? status : '',
    kind: isKind(kind) ? kind : '',
    overdueOnly: params.get('qua-han') === '1',
    sort: isSort(sort) ? sort : 'name',
  };
}

export function formatProjectsSearch(state: ProjectsPageSearch): string {
  const params = new URLSearchParams();
  if (state.asOf) params.set('ngay', state.asOf);
  if (state.status) params.set('trang-thai', state.status);
  if (state.kind) params.set('loai', state.kind);
  if (state.overdueOnly) params.set('qua-han', '1');
  if (state.sort !== 'name') params.set('sap-xep', state.sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Just the day, for links between the projects pages that keep looking at the same date. */
export function asOfSearch(asOf: string | undefined): string {
  return asOf ? `?ngay=${asOf}` : '';
}
