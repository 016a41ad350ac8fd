import { describe, expect, it } from 'vitest';
import { filterAndSortProjects, nextDeadline, type ProjectRow } from './project-list.ts';
import { defaultProjectListFilters } from './projects-search.ts';

const noDates = { plannedEndDate: null, finalAccountsDeadline: null, actualEndDate: null, finalAccountsDate: null };

const projects: readonly ProjectRow[] = Object.freeze([
  { name: 'Đường Bản Giểng', kind: 'public', status: 'final-accounts-overdue', overdue: true, dates: { ...noDates, finalAccountsDeadline: '2025-09-30' } },
  { name: 'Bến bãi Tân Thanh', kind: 'non-budget', status: 'under-construction', overdue: false, dates: noDates },
  { name: 'Barie tự động', kind: 'public', status: 'halted', overdue: false, dates: { ...noDates, plannedEndDate: '2026-06-30' } },
  { name: 'Hỗ trợ kỹ thuật Tân Thanh – Pò Chài', kind: 'technical-assistance', status: 'preparing', overdue: false, dates: { ...noDates, plannedEndDate: '2025-12-31' } },
]);

const names = (rows: readonly ProjectRow[]) => rows.map((row) => row.name);

describe('filterAndSortProjects', () => {
  it('sorts by name in Vietnamese order by default', () => {
    expect(names(filterAndSortProjects(projects, defaultProjectListFilters))).toEqual([
      'Barie tự động', 'Bến bãi Tân Thanh', 'Đường Bản Giểng', 'Hỗ trợ kỹ thuật Tân Thanh – Pò Chài',
    ]);
  });

  it('filters by status, kind and overdue', () => {
    expect(names(filterAndSortProjects(projects, { ...defaultProjectListFilters, status: 'halted' }))).toEqual(['Barie tự động']);
    expect(names(filterAndSortProjects(projects, { ...defaultProjectListFilters, kind: 'public' }))).toEqual(['Barie tự động', 'Đường Bản Giểng']);
    expect(names(filterAndSortProjects(projects, { ...defaultProjectListFilters, overdueOnly: true }))).toEqual(['Đường Bản Giểng']);
  });

  it('sorts by status in the order of the status table, then by name', () => {
    expect(names(filterAndSortProjects(projects, { ...defaultProjectListFilters, sort: 'status' }))).toEqual([
      'Hỗ trợ kỹ thuật Tân Thanh – Pò Chài', 'Bến bãi Tân Thanh', 'Barie tự động', 'Đường Bản Giểng',
    ]);
  });

  it('sorts by the next deadline, earliest first, projects without one last', () => {
    expect(names(filterAndSortProjects(projects, { ...defaultProjectListFilters, sort: 'deadline' }))).toEqual([
      'Đường Bản Giểng', 'Hỗ trợ kỹ thuật Tân Thanh – Pò Chài', 'Barie tự động', 'Bến bãi Tân Thanh',
    ]);
  });

  it('leaves its input untouched', () => {
    filterAndSortProjects(projects, { ...defaultProjectListFilters, sort: 'deadline' });
    expect(projects[0]?.name).toBe('Đường Bản Giểng');
  });
});

describe('nextDeadline', () => {
  it('is completion until the work is done, then final accounts', () => {
    const dates = { plannedEndDate: '2025-06-30', finalAccountsDeadline: '2025-12-31', actualEndDate: null, finalAccountsDate: null };
    const row = { name: 'x', kind: 'public', status: 'under-construction' as const, overdue: false, dates };
    expect(nextDeadline(row)).toBe('2025-06-30');
    expect(nextDeadline({ ...row, dates: { ...dates, actualEndDate: '2025-06-01' } })).toBe('2025-12-31');
    expect(nextDeadline({ ...row, dates: { ...dates, actualEndDate: '2025-06-01', finalAccountsDate: '2025-11-01' } })).toBeNull();
  });
});
