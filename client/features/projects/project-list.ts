/**
 * The projects list's filters and sorts, on the rows `projects.list` returns (status and overdue
 * already derived by the server for the chosen day). Pure.
 */
import { projectStatuses, type ProjectStatus } from '../../../shared/domain/project-status.ts';
import type { ProjectListFilters, ProjectSort } from './projects-search.ts';

export interface ProjectRow {
  name: string;
  kind: string;
  status: ProjectStatus;
  overdue: boolean;
  dates: {
    plannedEndDate: string | null;
    finalAccountsDeadline: string | null;
    actualEndDate: string | null;
    finalAccountsDate: string | null;
  };
}

/**
 * The deadline the project is working towards: completion until it is done, then final accounts;
 * null when neither is pending (or no date is set).
 */
export function nextDeadline(project: ProjectRow): string | null {
  if (!project.dates.actualEndDate && project.dates.plannedEndDate) return project.dates.plannedEndDate;
  if (!project.dates.finalAccountsDate && project.dates.finalAccountsDeadline) return project.dates.finalAccountsDeadline;
  return null;
}

const statusOrder = new Map<string, number>(projectStatuses.map((status, index) => [status.code, index]));

function byName(a: ProjectRow, b: ProjectRow): number {
  return a.name.localeCompare(b.name, 'vi');
}

const comparators: Record<ProjectSort, (a: ProjectRow, b: ProjectRow) => number> = {
  name: byName,
  status: (a, b) => (statusOrder.get(a.status) ?? 99) - (statusOrder.get(b.status) ?? 99) || byName(a, b),
  // Earliest deadline first; projects with nothing pending last.
  deadline: (a, b) => {
    const left = nextDeadline(a);
    const right = nextDeadline(b);
    if (left === right) return byName(a, b);
    if (left === null) return 1;
    if (right === null) return -1;
    return left < right ? -1 : 1;
  },
};

export function filterAndSortProjects<T extends ProjectRow>(projects: readonly T[], filters: ProjectListFilters): T[] {
  return projects
    .filter((project) => !filters.status || project.status === filters.status)
    .filter((project) => !filters.kind || project.kind === filters.kind)
    .filter((project) => !filters.overdueOnly || project.overdue)
    .sort(comparators[filters.sort]);
}
